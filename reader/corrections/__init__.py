"""A reader's corrections to a page's segmentation, stored per page and applied on every load.

Real pages always leave the segmenter some errors. A correction is one of these operations, each
recorded by the text it concerns rather than by an article's position or id, so it still finds its
place when the segmentation around it changes (a new segmenter version, another correction):

- `join`: join an article with the one before it: the earlier one keeps its title fields, and the
  later one's title lines (and its byline, when the earlier one has one) open its paragraphs, where
  they were printed; only an earlier article with no title at all takes the later one's titles;
- `split`: start a new article at a paragraph;
- `join_paragraphs`: join a paragraph with the one before it in its article (a line that filled its
  column read as a paragraph's last); `split_paragraph`: start a new paragraph at a character of one,
  recorded by the paragraph's opening and the words on both sides of the break;
- `role`: make a paragraph, the opening characters of one (a "line"), or one of the article's
  title fields the headline, kicker, subtitle or byline. The text the role held before takes the
  place the new text left, so nothing is ever lost; a headline or kicker taken from the middle
  of an article starts a new article there, but the whole last paragraph is the title printed under
  its story's body (`after_body`: what follows it after a new segmentation starts a new article);
- `join_titles`: join two title lines the segmenter read as two fields (a headline printed over two
  lines at the column width, read as kicker `贵州加强和` + headline `改进临时救助工作`) into one:
  the headline with the kicker above it (else the subtitle under it) or a subtitle with the line
  above it into the headline; a kicker with the line under it into the kicker (a long kicker wrapped
  at the column, read as kicker + headline: `into`), as a wrapped line (no space between CJK) or
  with a space (a two-part title);
- `split_title`: the reverse: part a title field at a character; the part above the point becomes
  a title field above it (a kicker from the headline), or the part below one below it (a subtitle);
- `to_text`: put a title field back into the article's text, as a paragraph above a paragraph
  (recorded by its opening) or under the last: a subhead, a caption or a body line read as a title;
- `move_title`: move a title field, a paragraph or a paragraph's opening to the article before or
  after as its headline, kicker, subtitle or byline: a story printed with its headline under its
  body often has that headline read as the kicker of the story below. Recorded by the title's text
  and the receiving article, so it is found wherever a new segmentation puts the line (as a field
  or a paragraph of any article near the receiving one); what the role held takes its place;
- `kind`: make a caption in a story's text (a paragraph or a few, with a credit line under them) a
  photo item of its own, over the story where it opened it, else after it; or a whole item a photo (a
  caption split off a story, or set apart, read as an article: the credit closing its text becomes its
  byline, as the segmenter reads a photo's) or an article (a story read as a photo: a byline that is
  only a photo's credit goes back under the text);
- undo: drop the last operation.

Corrections live in the user data folder (`reader.paths.data_dir()/corrections/SHA.json`, SHA the
page file's content hash), one JSON file per page, written atomically (`reader.fsutil.write_atomic`).
They are applied after segmentation and never stored in the segmentation cache, so the cache always
holds the segmenter's own answer. An operation that no longer finds its text is
skipped with a warning; the rest still apply.

A page file edited after it was corrected (an OCR slip fixed by hand) has a new hash. So that its
corrections are not lost, each file also records where its page was (`corrections/paths/KEY`, KEY a
hash of the page's full path, holding the page's last corrected hash): a page with no corrections of
its own takes those of the earlier version at its path, with a warning that says so, and the next
correction stores them under the new hash together with the new one. Reading a page never writes.

The package: `ops` (operations described by text, made from the articles the reader sees; those that
join and part title lines in `titles`), `applying` (carrying them out on a page's articles; `already`:
those a new segmentation carried out by itself), `store` (the per-page files).
"""

from __future__ import annotations

from reader.corrections.applying import apply, apply_noted
from reader.corrections.ops import (
    ITEM_KINDS,
    NEIGHBOURS,
    QUOTE,
    ROLES,
    STACK,
    TITLE_LINES,
    CorrectionError,
    Role,
    join_op,
    join_paragraphs_op,
    kind_op,
    move_title_op,
    role_op,
    split_op,
    split_paragraph_op,
    to_text_op,
)
from reader.corrections.store import VERSION, CorrectedMeanwhile, CorrectionStore
from reader.corrections.titles import (
    join_titles_op,
    joined_role,
    joined_title,
    split_problem,
    split_title_op,
    title_pair,
)

__all__ = [
    "QUOTE",
    "ROLES",
    "STACK",
    "TITLE_LINES",
    "ITEM_KINDS",
    "VERSION",
    "NEIGHBOURS",
    "CorrectedMeanwhile",
    "CorrectionError",
    "CorrectionStore",
    "Role",
    "apply",
    "apply_noted",
    "join_op",
    "join_paragraphs_op",
    "join_titles_op",
    "joined_role",
    "joined_title",
    "kind_op",
    "move_title_op",
    "role_op",
    "split_op",
    "split_paragraph_op",
    "split_problem",
    "split_title_op",
    "title_pair",
    "to_text_op",
]
