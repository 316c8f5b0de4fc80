"""Blank lines put back around a page's titles, where it was extracted with none to part them.

A page read in raw order from a PDF, or pasted from a viewer, often prints no blank line at all, or one
only where a column breaks (`reader.page.blankless`). `titles_apart` gives it the blank lines a page
with them prints: around its title lines, told by their shapes, around credits and furniture set
inside the page, and where the column changes under a finished sentence; `reader.page.pageblocks`
then cuts the page into blocks at them as at any blank line.
"""

from __future__ import annotations

from reader.model import PageMeta
from reader.page import rx
from reader.page.blankless import (
    BLANKLESS,
    INDENTS,
    NO_TITLE_LAST,
    SENTENCE_LAST,
    over_byline,
    tag_alone,
    tag_closed,
)
from reader.page.blocks import NUMBERED_CAPTION, dateline_head, is_bare_names, line_byline
from reader.page.credits import ends_on_credit, split_credit
from reader.page.furniture import MOST_EDGE, SECTION, furniture
from reader.page.names import surnamed
from reader.page.textclean import cell_width
from reader.page.titlelines import goes_on
from reader.page.wordbreak import wrapped_early

# a sentence's end closing a line of text (a column's tag closing a headline is none)
_STOPPED = ("。", "！", "？", "。”", "！”", "？”")


def titles_apart(lines: list[str], columns: bool = False) -> list[str]:
    """The page's lines with a blank line around each title-like line, where the page was extracted
    with no blank lines at all (under one in `BLANKLESS` lines of text: a PDF's text read in raw
    order, pasted from a viewer): there nothing parts one story from the next, or a heading from
    its text, but the lines' shapes; or with a blank line only where a column breaks (`columns`:
    `blankless.column_breaks_only`), which parts neither. Otherwise the lines as they are.

    A title-like line finishes no sentence and holds no comma (one its column's tag closes may,
    unless it runs the column's width, as text breaking off after a bracket does), and is well short
    of the column (`col` here is the width three lines in four stay within; and of the widest line a
    few lines up and down, where a story is set narrower), or wider than it (set across columns: by
    a character where it holds no punctuation, which hangs past the column's end on a line of text,
    else by more than two; not where the line under it is as wide: a story set wide), or closed by a
    column's tag (`blankless.tag_closed`, of any width), or right over a byline or dateline, of any
    width (`blankless.over_byline`), or right over a column's tag alone on its line (`（今日谈）`: a
    headline wrapped over its tag, whatever it ends on but a stop; the tag stays tight under it). On
    a page that indents its paragraphs, a flush line no wider than the column
    that finishes nothing is title-like too where the line under it does not go on with it (an
    indented line, or a title-like one): no paragraph opens flush there. It is set apart where it
    stands under a finished sentence, another such line or the page's top, unless it is less than
    six characters short and goes on into the next line, a ragged column's line wrapped early
    inside a word (`wordbreak.wrapped_early`, as on the bundled page; under a title, a label or a
    credit, only where the next line's first word would not have fit; a tag closes a title, never a
    word; no word goes on into a byline, a dateline or an indented line; and a line wider than the
    column wraps no word early unless the line under it is as wide or closes a sentence or a
    credit: a story or caption set wide). A byline under a title line stands apart from it too; the
    rest of a title line (its end broken off inside a word or from a word binding to it, a two-part
    headline's second half: `titlelines.goes_on`; its column's tag alone) stays tight under it, as a
    page with blank lines prints it. A
    blank line also goes under a photo's credit (it closes its caption), over a numbered caption
    (`图①：…`) under a finished sentence and over the first line of a caption over a credit line of
    its own or ending on its credit (under the last finished sentence above the credit, a few lines
    up at most), and around an editors' credit or a running head set inside the page (furniture,
    read where blocks are cut). Names alone right under a finished sentence, with a blank line under
    them and a story's opening under that (a title-like line, a byline, a dateline) or the page's
    end, stay tight under it: they sign that text (set apart, they read as the next story's byline;
    on the helper sets, authors +.017 on Feb 15–21's tuning half and +.003 on Aug 22–28's held-out
    half). Over text they may be the byline of the story under them, its headline printed after it.

    With every blank line taken out, layout10's validation pages went from articles F1 .728 and
    headline .471 to .805 / .617 with the short title lines; with the tagged and wide ones, the
    credits and the furniture, the modern pages from .795 / .661 to .847 / .754, layout8's from
    .831 / .680 to .880 / .750, layout10's from .817 / .641 to .850 / .698. A page with blank lines
    is left as it is."""
    texts = [line.strip() for line in lines]
    body = [text for text in texts if text]
    if len(body) < BLANKLESS or (BLANKLESS * (len(texts) - len(body)) > len(body) and not columns):
        return lines
    n = len(lines)
    widths = [cell_width(text) for text in texts]
    ranked = sorted(width for width, text in zip(widths, texts, strict=True) if text)
    col = ranked[len(ranked) * 3 // 4]
    # lines that finish nothing (no sentence end, no comma but in a tagged title); title-like where well
    # short of the column
    tagged = [bool(text) and text[-1] in "）)" and tag_closed(text) for text in texts]
    credited = [bool(text) and ends_on_credit(text) for text in texts]
    unfinished = [
        bool(text)
        and (text[-1] not in NO_TITLE_LAST or tagged[k])
        and "。" not in text
        and ("，" not in text or (tagged[k] and not col - 6 < widths[k] <= col + 1))
        for k, text in enumerate(texts)
    ]
    over = [unfinished[k] and over_byline(texts, k) for k in range(n)]
    # a column's tag alone on its line closes the headline over it, whatever that ends on but a stop
    alone = [bool(text) and tag_alone(text) for text in texts]
    heads = [
        k + 1 < n and alone[k + 1] and bool(texts[k]) and texts[k][-1] not in _STOPS and "。" not in texts[k]
        for k in range(n)
    ]
    alone = [alone[k] and k > 0 and heads[k - 1] for k in range(n)]
    # wider than the column with no punctuation to hang past it: no line of text
    hangs = [widths[k] > col + 1 and not _PUNCT.search(texts[k]) for k in range(n)]
    # as wide as the line under it: a wide line there is a story's (or caption's) set wide, no title
    as_wide_under = [k + 1 < n and abs(widths[k + 1] - widths[k]) <= 2 for k in range(n)]
    titled = [
        unfinished[k]
        and (
            # (a story set in a narrower column than the page's: short of the lines around it too)
            (widths[k] <= col - 6 and widths[k] <= max(widths[max(0, k - _NEAR) : k + _NEAR + 1]) - 6)
            # (set across columns: no line of text runs so wide, but a story's set wide)
            or ((widths[k] > col + 4 or hangs[k]) and not as_wide_under[k])
            or tagged[k]
            or over[k]
        )
        or heads[k]
        or alone[k]
        for k in range(n)
    ]
    # a page that indents its paragraphs opens none flush: a flush line finishing nothing under a
    # finished sentence is a title line wherever the line under it goes on with no text of its own
    set_in = [line[:1] in INDENTS for line in lines]
    indents = _INDENTING * sum(set_in) >= len(body)
    shaped = [
        titled[k]
        or (
            indents
            and unfinished[k]
            and not set_in[k]
            and widths[k] <= col
            and (k + 1 >= n or not texts[k + 1] or set_in[k + 1] or titled[k + 1])
        )
        for k in range(n)
    ]
    # a tagged headline's first line, wrapped after a pause, under a finished sentence
    lead = [
        k + 1 < n
        and (tagged[k + 1] or heads[k + 1])
        and texts[k][-1:] in ("，", "、")
        and "。" not in texts[k]
        and (not k or not texts[k - 1] or texts[k - 1][-1] in SENTENCE_LAST)
        for k in range(n)
    ]
    shaped = [shaped[k] or lead[k] for k in range(n)]

    # an editor's credit or a running head set inside the page (under a column's last story) is
    # furniture; standing in a block of text, it would be read as that text's, or a title (those at
    # the page's edges, a running head with its section's name, are read where blocks are cut)
    said = PageMeta()
    inside = range(MOST_EDGE, n - MOST_EDGE)
    aside = [
        k in inside and bool(texts[k]) and texts[k][-1] not in "。！？，、；" and furniture(texts[k], said)
        for k in range(n)
    ]
    # a photo's caption over a credit line of its own opens under the last finished sentence above it
    opens = set()
    for k in range(1, n):
        if credited[k]:
            j = k if split_credit(texts[k])[0] else k - 1  # (a caption may print its credit at its end)
            while j > max(0, k - _CAPTION_LINES) and texts[j - 1] and texts[j - 1][-1] not in SENTENCE_LAST:
                j -= 1
            if j > 0 and texts[j] and texts[j - 1] and texts[j - 1][-1] in SENTENCE_LAST:
                opens.add(j)
    heading = _running_head(texts)
    out: list[str] = []
    for k, line in enumerate(lines):
        text = texts[k]
        above = texts[k - 1] if k else ""
        below = texts[k + 1] if k + 1 < n else ""
        if k in heading:
            out.append(line)  # (a running head set over lines stays tight: `pageblocks` reads it whole)
            if below and k + 1 not in heading:
                out.append("")
            continue
        if aside[k]:
            if out and out[-1].strip() and not aside[k - 1]:
                out.append("")
            out.append(line)
            if below and not aside[k + 1]:
                out.append("")
            continue
        title = (
            shaped[k]
            and (not above or above[-1] in SENTENCE_LAST or shaped[k - 1])
            and not (
                below
                and not tagged[k]
                and not over[k]
                and not heads[k]
                and not lead[k]
                and not (indents and set_in[k + 1])
                and (
                    (widths[k] <= col + 4 and not hangs[k])
                    or as_wide_under[k]
                    or below[-1] in SENTENCE_LAST
                    or credited[k + 1]
                )
                and wrapped_early(text, below, col - widths[k], not above.endswith(_STOPPED))
            )
        )
        numbered = (NUMBERED_CAPTION.match(text) is not None and above[-1:] in SENTENCE_LAST) or k in opens
        if (
            title
            and not below
            and above.endswith(_STOPPED)
            and is_bare_names(text)
            and _opens_below(texts, k, shaped)
        ):
            # (names alone right under a finished sentence, a blank line or the page's end under them,
            # sign that text: kept tight under it, as the page prints them, for `byline_place` to read)
            out.append(line)
            continue
        if (
            (
                title
                or numbered
                or _column_changes(texts, widths, k)
                or (shaped[k] and k and shaped[k - 1] and _signs(texts, k, tagged))
            )
            and out
            and out[-1].strip()
            and not (
                shaped[k - 1]
                and (alone[k] or lead[k - 1] or goes_on(above, text, (widths[k - 1], widths[k]), col))
            )
        ):
            out.append("")
        out.append(line)
        if below and ((title and not shaped[k + 1]) or (credited[k] and not credited[k + 1])):
            out.append("")
    return out


def _running_head(texts: list[str]) -> set[int]:
    """The lines of a running head set over several lines at the page's top or foot (`7` / `要闻` /
    `2026年1月2日  星期五`): the edge's first lines, tight together, each a running head's part or
    a section's name between two (or on the page's first line, over the part naming the page). A
    name set apart there reads as a title over the first story."""
    found: set[int] = set()
    said = PageMeta()
    for order in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        run: list[int] = []
        for k in order:
            if not texts[k]:
                if run:
                    break
                continue
            run.append(k)
            if len(run) == MOST_EDGE:
                break
        parts = [furniture(texts[k], said, at_edge=True) for k in run]
        head: list[int] = []
        named = False
        for j, k in enumerate(run):
            # (a name between two parts, one of them dated, the other not: a diary's title over its
            # entry's date, or a letter's writer between its date and the editors' credit, is no
            # section's name)
            between = (
                0 < j < len(run) - 1
                and parts[j - 1]
                and parts[j + 1]
                and (_DATED.search(texts[run[j - 1]]) is None) != (_DATED.search(texts[run[j + 1]]) is None)
            )
            # (or on the page's first line over a part naming the page or the paper, not a date alone)
            first = j == 0 == k and len(run) > 1 and parts[1] and _PAGED.search(texts[run[1]]) is not None
            name = (
                not parts[j]
                and (between or first)
                and SECTION.fullmatch(texts[k]) is not None
                and not (len(texts[k]) == 3 and surnamed(texts[k]))  # (`李秀英`: a letter's writer)
            )
            if not (parts[j] or name):
                break
            head.append(k)
            named = named or name
        if named:  # (a running head of parts alone is read where blocks are cut, as it stands)
            found.update(head)
    return found


def _signs(texts: list[str], k: int, tagged: list[bool]) -> bool:
    """Is line `k`, under a title line, a byline: a reporter's role and names, or names alone under a
    title closed by its column's tag (a commentary's writer)?"""
    found = line_byline(texts[k])
    return found is not None and (tagged[k - 1] or any(a.role for a in found.authors))


def _column_changes(texts: list[str], widths: list[int], k: int) -> bool:
    """Does line `k`, under a finished sentence, open lines set in another column than the lines over
    it: the widest of the `_RUN` lines from `k` on and the widest of the `_RUN` lines over it (no blank
    line among them) one wider than the other by `_WIDER` cells and by `_WIDER_SHARE` of the
    narrower? A story keeps its column to its end: what is set in another one under its finished
    sentence is another item (a commentary set wide after a feature set narrow, a photo's caption
    set to the photo's width) or a title set across columns. On the copies of the non-blind sets
    with no blank lines, such a blank line gained 5 to 25 headlines a set and lost 1 to 7 (every
    set gained); the non-blind sets with blank lines are unchanged."""
    if k < _RUN or k + _RUN > len(texts) or texts[k - 1][-1:] not in SENTENCE_LAST:
        return False
    if not all(texts[k - _RUN : k + _RUN]):
        return False
    above = max(widths[k - _RUN : k])
    narrow, wide = sorted((above, max(widths[k : k + _RUN])))
    if wide - narrow < _WIDER or wide < _WIDER_SHARE * narrow:
        return False
    # (a paragraph's last line, set in the column above and finishing its sentence there, stays in it:
    # the change falls under it, where the next line opens the wider column)
    return not (
        widths[k] <= above < wide and texts[k][-1:] in SENTENCE_LAST and _column_changes(texts, widths, k + 1)
    )


_DATED = rx.compile(r"\d{4}\s*年")  # (a running head prints its date once)
_PAGED = rx.compile(r"第\s*[0-9A-Za-z]{1,4}\s*版|[\u4e00-\u9fff]报")  # (its page, or its paper)
_STOPS = "。！？!?…"  # (a question or cry may close a headline, but not one wrapped over its tag)
_NEAR = 5  # lines up and down that tell the width of the column a line stands in
_RUN = 3  # lines either side of a change of column that tell each column's width
_WIDER = 6  # cells, at least, one column runs wider than the other at such a change …
_WIDER_SHARE = 1.2  # … and by this share of the narrower one, at least
_CAPTION_LINES = 4  # lines a photo's caption over its credit line runs to, at most
_INDENTING = 20  # lines of text a page holds (at most) for each indented one, to be read as indenting
# any punctuation: a line of text set wider than the column by a character holds some (hanging)
_PUNCT = rx.compile(r"[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2010-\u2027,.;:!?()\[\]]")


def _opens_below(texts: list[str], k: int, shaped: list[bool]) -> bool:
    """Does what follows the blank lines under line `k` open a story of its own (a title-like line, a
    byline or a dateline), or the page end there? Text there may be the story the names head, its
    headline printed after it."""
    j = next((j for j in range(k + 1, len(texts)) if texts[j]), len(texts))
    return (
        j == len(texts)
        or shaped[j]
        or line_byline(texts[j]) is not None
        or dateline_head(texts[j]) is not None
    )
