"""Where the reader is kept through a correction: the paragraph being read (`Spot`), found again by its
opening in the page's new articles, and the body offset to show after each kind of correction
(`place_after`). Offsets index `Article.text`, the paragraphs joined by "\\n"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from reader.app.screens.title_choice import TitleChoice
    from reader.model import Article, Page


@dataclass(frozen=True, slots=True)
class Spot:
    """Where the reader is in an article: paragraph `paragraph` (its opening `opening`), `offset` into it."""

    paragraph: int
    opening: str
    offset: int


class Details(TypedDict, total=False):
    """The particulars of a correction (`reader.app.correcting.carry_out`), by operation: a split (S)
    names its paragraph; a paragraph break (P) its paragraph and the character it breaks at (0: the
    paragraph is joined with the one before); a title change (t) the dialog's choice. A join, an undo
    and a redo have none."""

    paragraph: int
    """The paragraph of the article (S, P, F)."""
    at: int
    """The character of that paragraph where a new paragraph starts (P); 0 joins it with the one before."""
    choice: TitleChoice
    """What the title dialog chose (t)."""
    count: int
    """How many paragraphs from `paragraph` on a caption made a photo item of its own takes (F)."""


OPENING = 24
"""Characters of a paragraph's opening used to find it again after a correction."""


def paragraph_start(article: Article, paragraph: int) -> int:
    """Offset in `article.text` where paragraph `paragraph` starts."""
    return sum(len(p) + 1 for p in article.paragraphs[:paragraph])


def covered(article: Article, span: tuple[int, int]) -> tuple[int, int]:
    """The first paragraph of `article` that `span` (offsets of its text) touches, and how many it
    touches (a selection over two captions: 2)."""
    text, last = article.text, len(article.paragraphs) - 1
    first = min(text.count("\n", 0, span[0]), last)
    return first, min(text.count("\n", 0, max(span[1] - 1, span[0])), last) - first + 1


def find_spot(articles: Sequence[Article], spot: Spot | None, fallback: int) -> tuple[int, int]:
    """The article of `articles` that now holds `spot`'s paragraph, and the body offset to show; else
    article `fallback` (clamped) from its top (-1)."""
    for index, article in enumerate(articles):
        if (offset := spot_offset(article, spot)) is not None:
            return index, offset
    return min(max(fallback, 0), max(len(articles) - 1, 0)), -1


def spot_offset(article: Article, spot: Spot | None) -> int | None:
    """The body offset in `article` of `spot`'s paragraph, found by its opening; None where no paragraph
    of `article` opens that way."""
    if spot is None or not spot.opening:
        return None
    for number, paragraph in enumerate(article.paragraphs):
        if paragraph.startswith(spot.opening):
            return paragraph_start(article, number) + min(spot.offset, len(paragraph))
    return None


def undone_at(page: Page, local: int, dropped: dict[str, object] | None) -> int:
    """The article to show after an undo: for a join of the article being read (`local`) with the
    one after it, the article it parts off again (what J was pressed on); else `local`."""
    from reader.corrections import CorrectionError
    from reader.corrections.ops import find_article

    key = dropped.get("article") if dropped and dropped.get("op") == "join" else None
    if not isinstance(key, dict):
        return local
    try:
        parted = find_article(page.articles, key)
    except (CorrectionError, ValueError):
        return local
    return parted if parted == local + 1 else local


def change_place(
    articles: Sequence[Article], op: dict[str, object], spot: Spot | None
) -> tuple[int, int] | None:
    """Where to show a correction just undone or redone (u, U), stored operation `op`: the article of
    `articles` it concerns, at its paragraph (-1: the top, titles and all), so that the reader sees what
    changed, as an editor's undo shows its change. None where the reader's own place (`spot`) is in that
    article (they stay there), or where the operation's text is not found."""
    from reader.corrections import CorrectionError
    from reader.corrections.ops import find_article, find_paragraph

    found: tuple[int, int | None] | None = None
    # a moved title: first the article that received it; a join: the article joined (undone, it is
    # the article parted off again; the one it joined is where the reader stood, at the seam)
    names = ("article", "to") if op.get("op") == "join" else ("to", "article")
    keys = [op.get(name) for name in names]
    texts = [key["body"] for key in keys if isinstance(key, dict) and isinstance(key.get("body"), str)]
    if isinstance(op.get("paragraph"), str):
        texts.insert(0, str(op["paragraph"]))
    for text in texts:
        try:
            found = find_paragraph(list(articles), text)
            break
        except (CorrectionError, ValueError):
            continue
    for key in keys if found is None else ():
        if isinstance(key, dict):
            try:
                found = find_article(list(articles), key), None
                break
            except (CorrectionError, ValueError):
                continue
    if found is None:
        return None
    index, paragraph = found
    if spot_offset(articles[index], spot) is not None:
        return None
    return index, paragraph_start(articles[index], paragraph) if paragraph else -1


def keep_place(article: Article, spot: Spot | None) -> int:
    """The body offset of `article` to show after its titles changed: `spot`'s paragraph where it still
    opens the same way; else the paragraph now at its number (what followed a paragraph that became a
    title, or the rest of one whose opening did); the top (-1), titles and all, when that is the first
    paragraph or there is no body or no spot."""
    if spot is None or not article.paragraphs:
        return -1
    if (offset := spot_offset(article, spot)) is not None:
        return offset
    number = min(spot.paragraph, len(article.paragraphs) - 1)
    return paragraph_start(article, number) if number else -1  # the body's start: show the new titles too


def back_at(article: Article, above: int | None) -> int:
    """The paragraph of `article` that a title put back into its text above paragraph `above` (None:
    under the last) has become."""
    return above if above is not None else len(article.paragraphs) - 1


def place_after(
    op: str, page: Page, local: int, target: int, spot: Spot | None, details: Details
) -> tuple[int, int]:
    """Where to show the page after correction `op` (`reader.app.correcting.carry_out`) on its article
    `local`, whose result names article `target`: (article, body offset; -1 for its top)."""
    choice = details.get("choice")
    if op == "role" and choice is not None and choice.to:
        return target, -1  # the article that received the title: shown with it on top
    if op == "role" and choice is not None and choice.back:
        # the title put back: shown where it went (the top, titles and all, over the first paragraph)
        number = back_at(page.articles[target], choice.paragraph)
        return target, paragraph_start(page.articles[target], number) if number else -1
    if op == "role":
        # The paragraph may have become the title: stay on the article the dialog acted on.
        # A paragraph made a headline or kicker in mid-article starts a new one: show it from the top.
        return target, keep_place(page.articles[target], spot) if target == local else -1
    if op == "kind":
        # what changed is the item's top (the photo's label and credit, a byline): read from the start
        # of its text, it is shown from its top, titles and all
        index, offset = find_spot(page.articles, spot, target)
        return index, -1 if offset <= 0 else offset
    if op == "undo" and target != local:
        # a join undone: the article parted off again, at the reading place if it is there, else
        # from its top (the place may be in the article it had joined, which J kept in view)
        offset = spot_offset(page.articles[target], spot)
        return target, -1 if offset is None else offset
    return find_spot(page.articles, spot, target)
