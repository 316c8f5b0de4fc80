"""Is a page read as one extracted with no blank lines to part its stories and titles?

A page read in raw order from a PDF, or pasted from a viewer, often prints no blank line at all, or
one only where a column breaks (mid-sentence, as the text runs on into the next column). Nothing then
parts one story from the next, or a heading from its text, but the lines' shapes
(`titlesapart.titles_apart`). Such a page is told from one that prints a blank line between its
paragraphs, or around its titles, by how few blank lines it holds (`BLANKLESS`), or by where they
fall (`column_breaks_only`): a blank line that parts paragraphs or frames a title stands under a
finished sentence or a title line, one that breaks a column stands under a full line that goes on
into the text under it. Tests that tell a title line there by its shape are here too: a
column's tag closing its words (`tag_closed`) or alone on the line under it (`tag_alone`), and a
story's opening right under it (`over_byline`).
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blocks import BOX_OPENINGS, bracket_note, column_tag, line_byline
from reader.page.byline import split_dateline
from reader.page.credits import ends_on_credit
from reader.page.names import COMMON_SURNAMES
from reader.page.textclean import cell_width

BLANKLESS = 25
"""Lines of text a page holds (at least) for each blank line, to be read as blankless whatever its
blank lines are (a page whose only blank lines are its column breaks, a column of a small page holding
30 lines or more: no story gap and no title is marked there)."""

SENTENCE_LAST = "。！？!?…”」）)"
"""What a finished sentence (or a note after it) ends with."""

NO_TITLE_LAST = SENTENCE_LAST + "，、：；"
"""What a sentence or a clause ends with: a title line never does."""

INDENTS = "\u3000 \t"
"""What a paragraph's indent opens with."""

BREAKS_SHARE = 0.5
"""The share of a page's blank lines that must break a column (`column_breaks_only`) …"""
SOME_BREAKS, PARTED = 0.2, 0.1
"""… or `SOME_BREAKS` of them, where at most `PARTED` of the lines that finish a sentence stand over a
blank line (a page that parts its paragraphs with blank lines has one under most paragraphs' ends)."""
PER_BREAK = 8
"""… and the lines of text it holds for each blank line, at least: a page that parts its paragraphs
(or frames its titles) with blank lines holds 3 to 8 most often (on the non-blind sets' pages with
blank lines, half hold under 5.4 and one in eight 10 or more); columns of 8 lines or more pass."""

_TEXT_MARK = rx.compile("[，。、；：！？]")  # a line of running text holds one, a title line rarely


def column_breaks_only(lines: list[str]) -> bool:
    """Are the page's blank lines (fewer than one in `PER_BREAK` lines of text) column breaks, most
    of them (`BREAKS_SHARE`), or some (`SOME_BREAKS`) where they part no paragraphs (`PARTED`)? A
    blank line breaks a column where the line over it runs the column's full width and finishes no
    sentence, and the line under it goes on with the text: no indent (no paragraph opens there) and
    a mark of running text (not a title line). A column may break at a paragraph's end or over a
    title too, where nothing tells it from a blank line that parts them. Of the non-blind and blind
    sets' pages with blank lines, not blankless by their number (3,123), 7 pass; of the same sets'
    pages re-blanked with a blank line only every 12 to 24 lines (columns of a small page, or of a
    story set in a box), 2,769 of 3,140 (2,070 with `BREAKS_SHARE` alone); every 8 to 12 lines (four
    sets), 704 of 840."""
    texts = [line.strip() for line in lines]
    widths = sorted(cell_width(text) for text in texts if text)
    if len(widths) < BLANKLESS:
        return False
    col = widths[len(widths) * 3 // 4]  # (the width three lines in four stay within)
    runs = breaks = 0
    n = len(texts)
    for k in range(1, n - 1):
        if texts[k] or not texts[k - 1]:
            continue
        runs += 1
        j = k + 1
        while j < n and not texts[j]:
            j += 1
        above = texts[k - 1]
        if (
            j < n
            and above[-1] not in SENTENCE_LAST
            and cell_width(above) >= col - 2
            and lines[j][:1] not in INDENTS
            and _TEXT_MARK.search(texts[j])
        ):
            breaks += 1
    if runs < 2 or len(widths) < PER_BREAK * runs:
        return False
    if breaks >= BREAKS_SHARE * runs:
        return True
    # (fewer breaks, but the blank lines part no paragraphs: few finished sentences stand over one)
    finished = [k for k in range(n - 1) if texts[k] and texts[k][-1] in SENTENCE_LAST]
    over_blank = sum(1 for k in finished if not texts[k + 1])
    return breaks >= SOME_BREAKS * runs and over_blank <= PARTED * len(finished)


def tag_closed(text: str) -> bool:
    """Does a column's name in brackets close a title's words (`…鲜度（话说新农村）`)? Not a note or a
    signature alone in brackets (`（王五）`), nor one after a finished sentence."""
    tag = column_tag(text)
    return (
        tag is not None
        and tag.start() >= 4
        and text[tag.start() - 1] not in NO_TITLE_LAST
        and not ends_on_credit(text)  # (`王五摄（影像中国）`: a photo's credit and its agency)
    )


def over_byline(texts: list[str], k: int) -> bool:
    """Does line `k` stand right over what opens a story, under a finished sentence: a reporter's
    byline (`本报记者 王五`, with its role word), a writer's name alone with text under it, a
    dateline (`本报北京1月1日电（记者 王五）`, perhaps wrapped over two lines) or a box that heads a
    body (`核心阅读`, `编者按：`)? Text never runs on into those: a line there, however near the
    column's width, is the heading of that story."""
    if k + 1 >= len(texts) or not texts[k + 1] or (k and texts[k - 1][-1:] not in SENTENCE_LAST):
        return False
    below = texts[k + 1]
    if below.startswith(BOX_OPENINGS):
        return True
    found = line_byline(below)
    if found is not None:
        # (names alone: a signature over its text, with the next line text again)
        return any(author.role for author in found.authors) or (
            k + 2 < len(texts)
            and len(texts[k + 2]) > len(below)
            and "摄" not in below
            and line_byline(texts[k]) is None  # (a byline's names run on so)
        )
    if below[:1] not in "本新中据":  # (a cheap test first: where a dateline's publisher opens)
        return False
    opening = "".join((below + (texts[k + 2] if k + 2 < len(texts) else "")).split())
    return split_dateline(opening) is not None


def tag_alone(text: str) -> bool:
    """Is `text` a column's tag alone on its line (`（今日谈）`), the end of a headline that did not fit
    on its line? Not a note (`（X参与采写）`, a count of pictures) nor a name signing the text above."""
    tag = column_tag(text)
    if tag is None or tag.start() or bracket_note(text, text):
        return False
    if ends_on_credit(text):
        return False  # (`（王五摄）`: a photo's credit)
    return len(text) > 5 or text[1] not in COMMON_SURNAMES
