"""Paragraphs from cut column lines.

Extraction breaks every line at the column's width and prints a paragraph's first line in one of
three ways, which `firstlines.indent_mode` tells apart per article from the lines after clear paragraph ends
(an article too short to show any follows its page's habit, which the segmenter passes as `fallback`):
- "indented": the first line keeps its indent (full-width spaces): a paragraph starts exactly there;
- "dropped": the indent is dropped, so the first line is short by two characters;
- "none": the first line is as full as any other; only a short last line shows a paragraph's end.

A blank line after a sentence end is a paragraph break unless both lines around it are full and the
page shows its first lines short (a column break mid-paragraph); a blank after an unfinished full
line is a column break.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.page import rx
from reader.page.blocks import (
    DATELINE_SOURCE,
    PLACE_AND_PERSON,
    SIGNED_NAME,
    Line,
    closed_title,
    column_width,
    dateline_head,
    headingish,
    is_balanced,
    landmark_kind,
)
from reader.page.columns import column_ends
from reader.page.credits import ends_on_credit, tight_credit
from reader.page.firstlines import Mode, digit_setting, indent_mode, wide_gain
from reader.page.lexicon import word_crosses
from reader.page.tables import row_text
from reader.page.textclean import CONTINUING, CREDIT_LAST, MARKERS, OPENERS, join_lines, open_bracket

# what closes a quote or bracket ('’' also marks a year cut short, `’98`, which may open a line)
_CLOSING = "”」』》）)"
_LEADING_NUMBER = rx.compile(r"[0-9A-Za-z.%]*")
_GOES_ON = CONTINUING + "）)"  # what a line ends with that is no subhead's end
_NOTE = rx.compile(r"参与采写|参加采写|整理[）)]$|^[（(]作者")
# a line that is one note in brackets and nothing else (`（X参与采写）`, `（作者为…）`, `（王五）`); a
# dateline's reporters broken onto their own line (`（记者X）`) are no such note
_WHOLE_NOTE = rx.compile(r"[（(](?!记者|通讯员)[^（）()]+[）)]")


def _short(a: Line, b: Line, limit: int) -> bool:
    """Is `a` narrower than `limit` cells even with its kept indent, its digits and letters set a
    full cell wide, and the number opening `b` (never split over two lines) fitted on it?"""
    width = a.width + (4 if a.indent else 0)  # a kept indent is two cells of the line, stripped
    if width >= limit:
        return False  # most lines: full whatever their digits
    text = a.text
    ascii_cells = (3 * len(text) - len(text.encode())) // 2  # one byte each, the rest three
    return width + ascii_cells + _pushed(b) < limit


def _pushed(b: Line) -> int:
    """The cells of the number (or word) opening `b`: never split over two lines, it may have been
    pushed down whole from the line above."""
    return len(_LEADING_NUMBER.match(b.text).group())


def _is_break(
    a: Line,
    b: Line,
    b_last: bool,
    width: int,
    mode: Mode,
    a_opens: bool = False,
    digits: Callable[[], str] | None = None,
    flush: Callable[[], bool] | None = None,
    after: Line | None = None,
    column_end: bool = False,
) -> bool:
    """Does a paragraph end between line `a` and line `b`? (`a_opens`: `a` starts a paragraph;
    `flush()`: the run keeps no indent on any line; `after`: the line under `b` in the run, if any;
    `column_end`: `b` opens a column at the depth the run's columns break at, `columns.column_ends`)
    (`paragraphs` skips the call where `a` is full, unfinished and not a credit, and `b` follows it
    with no blank and no kept indent: keep that shortcut in step with what this decides.)"""
    if b.text[0] in _CLOSING:
        return False  # a closing quote or bracket pushed to a line's start closes the sentence above
    a_end = a.end
    if a_end:
        head = b.text[:1]
        if head in MARKERS:
            return True  # `■ 一线观察`: a marked subhead or credit never goes on a sentence's paragraph
        if dateline_head(b.text):
            return True  # `本报X电（记者Y）…` opens an article's text, never goes on the text above
        if b.width > width + 2 and ends_on_credit(b.text):
            return True  # a caption set wider than the column, closed by its credit: no text's line
    elif ends_on_credit(a.text):
        return True  # a photo's credit closes its caption; no sentence runs on from it
    elif a.text[-1] in "）)" and SIGNED_NAME.search(a.text[-16:]):
        return True  # `…。（王五）`: a signature closes its item; the next line opens another
    trailer = b.text[:1] in "（(" and b.text.rstrip()[-1:] in "）)"
    # a note in brackets (`（X参与采写）`, `（作者为…）`) stands as its own paragraph, and any trailer
    # that would have fitted on the line above; under a full line a signature or a source
    # (`（辛美）`, `（本报X电）`) may close that paragraph, wrapped
    if (
        trailer
        and (a_end or a.text[-1] in "）)" or PLACE_AND_PERSON.match(a.text))  # (a letter's signature)
        and not _BRACKET_CREDIT.fullmatch(b.text)
        and (b.blank or a.width + b.width <= width or _NOTE.search(b.text))
    ):
        return True
    if (
        a_end
        and b.width < width - 6
        and not b.end
        and not b.blank
        and not b.indent
        and _alone(b, after, width, mode)
    ):
        return True
    if b.blank and a.text[-1] in "；;" and not b.indent and not _short(a, b, width - 3):
        # a clause of a list closed at the column's end (`…；`) never ends a paragraph whose line
        # is full: the blank under it is a column break, and the sentence goes on
        return False
    if mode == "indented":
        # only a paragraph's last line falls short of the column: after a short finished line
        # the next line opens something new even unindented (a subhead printed flush)
        if b.indent or ((a_end or b.blank) and _short(a, b, width - 6)):
            return True
        if a_end and _short(a, b, width - (1 if b.blank and b.text[:1] not in OPENERS else 3)):
            # a finished line short by a character over a blank: a column break leaves its line
            # full, so the paragraph ended there, though the next one starts flush (set apart);
            # short by two with no blank, it closed a paragraph under which a subhead (or a list's
            # heading) is set flush: a line inside a paragraph falls short by a mark pushed down
            # (an opening mark never ends a line: one that went down over the blank leaves the
            # line above a character short, so it must be two short there too)
            return True
        # a run that keeps no indent at all sets its paragraphs flush, parted by blank lines
        # (a column break would carry the indent of some paragraph's first line in the run)
        return a_end and b.blank and flush is not None and flush()
    if b.blank:
        if not a_end:
            # a short unfinished line: a subhead or list item (a paragraph's first line on a page
            # that drops indents is short by the indent already; other lines only by a mark pushed down)
            if _short(a, b, width - (6 if a_opens and mode == "dropped" else 3)):
                return True
            if (
                a_opens
                and a.blank
                and mode != "dropped"
                and (a.width < width - 1 or closed_title(a.text))
                and b.text[:1] not in "（("  # (`本报X电` / `（记者Y）…`: a dateline goes on)
                and headingish(a.text)
                and is_balanced(a.text)
            ):
                # one unfinished line set apart by blanks above and below, short of the column where
                # a paragraph's first line is full: a subhead near a narrow column's width (a column
                # break leaves full lines; where indents are dropped, a first line is short anyway)
                return True
            # a line standing alone over a paragraph's first line (short by its dropped indent) is a
            # subhead set near the column's width: a column break would go on with a full line
            return (
                a_opens
                and mode == "dropped"
                and _short_by_indent(b, b_last, width)
                and headingish(a.text)
                and is_balanced(a.text)  # (`本报讯（记者 X、Y` / `Z）…`: a bracket broken at a column break)
            )
        if mode == "none":
            return not column_end
        # a sentence end at a column break: both lines full means the paragraph goes on
        # (a first line is short by its dropped indent, so `b` must be all but full)
        return not (a.width >= width - 6 and b.width >= width - 1)
    if not a_end:
        # only a paragraph's last line falls short: a short line that breaks off is a subhead or
        # list item standing alone (even if its digits were typeset a full cell wide)
        # (a paragraph's first line on a page that drops indents is short by the indent already)
        short = width - (10 if a_opens and mode == "dropped" else 6)
        # (`本报X电` over `（记者Y）…`: a dateline whose bracket went to the next line goes on; a
        # clause broken off short at a comma or pause goes on too, but a colon closing a short
        # line ends its paragraph: a list or a quote opens under it, `…享有5项` / `权益：` / `知情权。…`;
        # unless a figure or a Latin word opens the next line, pushed down whole: `热线：` / `0571-…`)
        end = a.text[-1]
        if (
            (end in CONTINUING and (end not in "：:" or (b.text[:1].isascii() and b.text[:1].isalnum())))
            or b.text[:1] in "（("
            or _narrower_column(a, b, after)
        ):
            return False
        if _short(a, b, short):
            return True
        # a line standing alone, narrower than a first line short by its dropped indent (and by a
        # character pushed down), over a line short by just that indent: a subhead, the text under
        # it opening a paragraph of its own
        return (
            a_opens and mode == "dropped" and _short_by_indent(b, b_last, width) and _short(a, b, width - 6)
        )
    if mode == "none":
        # an opening mark never ends a line: one pushed down leaves the line above a cell short
        limit = width - (3 if b.text[:1] in OPENERS else 1)
        if _short(a, b, limit):
            return True
        # in a run that sets digits narrow (one cell each, as counted), a finished line holding
        # digits is as short as it looks: the paragraph ends there
        return (
            a.width + _pushed(b) < limit
            and digits is not None
            and wide_gain(a.text) > 0
            and digits() == "narrow"
        )
    if a.width < width - 6:
        return True
    if not a_opens and _short(a, b, width - 1) and b.width < width - 8:
        # a finished line short of the column over a line shorter still: had that line gone on the
        # same paragraph, its first words would have filled the line above (a paragraph's first
        # line is short by its dropped indent alone)
        return True
    # the next line is short by the two-character indent that extraction dropped, and is not
    # itself the finished last line of the same paragraph
    # (on a page that sets digits as wide as ideographs, a full line with a year looks short too)
    if not _short_by_indent(b, b_last, width):
        return False
    return digits is None or b.width + wide_gain(b.text) <= width - 3 or digits() != "wide"


# what never opens a line: a line under a subhead opens a sentence
_NO_OPENING = _CLOSING + "，。、；：？！…—·,.;:?!"
# marks that may not open a line either: the letter before one goes down to the next line with it
_TAKES_DOWN = "，。、；：？！”」』）》,.;:?!)"


def _subhead_line(a: Line, b: Line, width: int, mode: Mode) -> bool:
    """Is `a`, a paragraph's first line that breaks off unfinished, a subhead standing on a line of
    its own over the paragraph `b` opens? On a page that prints first lines full ("none"), a line
    short by two characters or more, or by three where indents are dropped (over a line short by
    its dropped indent), that ends on a word of its own (no word of the dictionary runs on into
    `b`), reads as a title and is none of a dateline, byline or credit. (An opening mark or a
    letter taken down with a mark that may not open a line, `…下` / `…，`, leaves a line short too;
    letters and digits make widths unsure; under a blank line a paragraph set apart shows nothing
    of how first lines print.) On the pages of all sets but the blind ones, where such a line was
    read as running on, it ended a paragraph 28 times (on five layout programs and the modern
    pages) and went on 2 times (lines of a narrower column, one page)."""
    if a.end or a.blank or a.indent or b.indent or b.blank or mode == "indented":
        return False  # (under a blank, a first line shows no indent mode: paragraphs set apart)
    first, last = b.text[0], a.text[-1]
    if first in _NO_OPENING or last in _GOES_ON or last in CREDIT_LAST or last.isascii():
        return False
    if any(c.isascii() for c in b.text[:8]) or (mode == "dropped" and b.width > width - 3):
        return False  # (where indents are dropped, the paragraph under it shows its first line short)
    limit = width - (3 if mode == "none" else 5)
    limit -= (2 if first in OPENERS else 0) + (2 if b.text[1:2] in _TAKES_DOWN else 0)
    if not _short(a, b, limit):
        return False
    text = a.text
    if not (headingish(text) and is_balanced(text) and landmark_kind(text) is None):
        return False
    return not word_crosses(text, b.text)


def _narrower_column(a: Line, b: Line, after: Line | None) -> bool:
    """Do `a` (unfinished, short of the body's column), `b` and the line under it run on at one
    width, as the lines of a narrower column beside a photo or a box do? A subhead is a line
    alone, or two title lines over a full line; a column breaks its lines at its own width, each
    as wide as the last (within a cell) until a paragraph's short last line. On the pages of all
    sets but the blind ones, where such a line was read as a paragraph end, the paragraph went on
    34 times (lines beside a photo or box, on six layout programs and the modern pages) and ended
    once (the lines of a poem)."""
    if a.end or a.blank or b.blank or b.end or after is None or after.blank:
        return False
    if abs(a.width - b.width) > 1:
        return False
    return abs(after.width - b.width) <= 1 or (after.end and after.width <= b.width + 1)


def _alone(b: Line, after: Line | None, width: int, mode: Mode) -> bool:
    """Under a line that finishes its sentence, does `b` (unfinished, unindented, short) stand on a
    line of its own: a subhead, a list's heading or a letter's signature? A paragraph's last line
    ends its sentence, and a line inside one falls short only by a number pushed down whole; a text
    that keeps its indents sets the line after a subhead indented (or after a blank)."""
    if b.text[-1] in _GOES_ON or b.text[0] in "（(" or ends_on_credit(b.text):
        return False  # (a clause going on, a trailer or signature in brackets, a photo's credit)
    if after is None or after.blank:
        return True
    return (mode != "indented" or after.indent) and _short(b, after, width - 6)


def _short_by_indent(b: Line, b_last: bool, width: int) -> bool:
    """Is `b` short of the column by about the two-character indent extraction dropped (a paragraph's first
    line), and not the finished last line of its own paragraph?"""
    return width - 8 <= b.width <= width - 3 and not (b_last and b.end)


_BRACKET_CREDIT = rx.compile(r"[（(][^（）()]{1,24}摄[）)]")


def join_bracket_credits(paras: list[str]) -> list[str]:
    """A credit in brackets (`（新华社记者周八摄）`) closes the caption it follows, on its line or
    wrapped onto the next: it never stands as a paragraph of its own."""
    out: list[str] = []
    for p in paras:
        if out and p[:1] in "（(" and _BRACKET_CREDIT.fullmatch(p):
            out[-1] += p
        else:
            out.append(p)
    return out


def wraps_on(line: Line, width: int) -> bool:
    """Does `line` break off at the column's width mid-sentence, so the line under it goes on
    with the same text (a subhead set over two lines is cut there as running text is)?"""
    full = line.width + (4 if line.indent else 0) >= width - 1
    return full and not line.end and line.text[-1] not in CREDIT_LAST


UNWRAPPED = 120
"""Cells (sixty ideographs) no column's full line runs to: a body whose commonest long width is wider
was set in no column (text copied from a web page or a word processor, a paragraph to a line, no two
lines as wide). On the pages of all sets, 113 lines run as wide or wider, none a body's column."""


def body_width(lines: list[Line]) -> int:
    """The column width of an article's body lines."""
    return column_width([line.width for line in lines])


def column_fit(lines: list[Line], col: int) -> tuple[int, int, int, int, int]:
    """What tells an article's body lines (`col` their column width) set in a column from text set a
    paragraph to a line (`scattered`): 1 where it has long lines (16 cells or more); how many long
    lines; how many of them are as wide as the column (give or take two cells); how many end a
    sentence; and how many lines go on flush under another where its paragraphs open with an indent
    (a wrapped paragraph's lines: none where each line is a paragraph)."""
    longer = [line for line in lines if line.width >= 16]
    if not longer:
        return 0, 0, 0, 0, 0
    fitting = sum(1 for line in longer if abs(line.width - col) <= 2)
    ended = sum(1 for line in longer if line.end)
    flush = sum(1 for line in lines[1:] if not line.indent) if any(line.indent for line in lines) else 0
    return 1, len(longer), fitting, ended, flush


def scattered(articles: int, longer: int, fitting: int, ended: int, flush: int) -> bool:
    """Are a page's body lines (`column_fit`'s counts summed over its articles) set in no column, a
    paragraph to a line? A column's text fills most of its lines to its width and breaks most of
    them mid-sentence, and where its paragraphs are indented most of its lines go on flush; text
    copied a paragraph to a line does none of these. Past each article's widest line (the width
    it measured its column by), three long lines or more, under a third of them as wide as their
    column; all but one in ten long lines ending a sentence; under one in ten going on flush."""
    others, others_fitting = longer - articles, fitting - articles
    return others >= 3 and 3 * others_fitting < others and 10 * ended >= 9 * longer and 10 * flush < longer


def paragraphs(
    runs: list[list[Line]], width: int, mode: Mode | None = None, fallback: Mode = "dropped"
) -> list[str]:
    """Reflow runs of lines into paragraphs; each run starts a paragraph of its own."""
    out: list[str] = []
    for run in runs:
        run_mode = mode or indent_mode(run, width, fallback)
        found: list[str] = []  # how the run sets digits, asked only when a line may tell

        def digits(run: list[Line] = run, found: list[str] = found) -> str:
            if not found:
                found.append(digit_setting(run, width))
            return found[0]

        def flush(run: list[Line] = run) -> bool:
            return not any(line.indent for line in run)

        ends: list[frozenset[int]] = []  # where the run's columns of one depth break, asked likewise

        current: list[str] = []
        full = width - 6  # a line this wide (its kept indent counted) is never short
        unwrapped = width > UNWRAPPED
        indented = run_mode == "indented"
        for j, line in enumerate(run):
            if line.table:  # (a table's row: a paragraph of its own, `tables`)
                if current:
                    out.append(tight_credit(join_lines(current, running=True)))
                    current = []
                out.append(row_text(line.text))
                continue
            if current:
                a = run[j - 1]
                if unwrapped and a.end:
                    # (text set in no column, a paragraph to a line: a finished line ends its paragraph)
                    out.append(tight_credit(join_lines(current, running=True)))
                    current = []
                # most lines go on the unfinished full line above them, with no blank between: no
                # test of `_is_break` can then find a break (only an indent does, where kept)
                if (
                    not a.end
                    and not line.blank
                    and a.text[-1] not in CREDIT_LAST
                    and a.width + (4 if a.indent else 0) >= full
                    and not (indented and line.indent)
                ) and not (len(current) == 1 and _subhead_line(a, line, width, run_mode)):
                    if a.break_gap:
                        _gap(current, a, line.text)
                    current.append(line.text)
                    continue
            opens = len(current) == 1
            after = run[j + 1] if j + 1 < len(run) else None
            # (a blank under a full finished line: a column break where the run's columns break)
            end = bool(current) and line.blank and run_mode == "none" and a.end and a.width >= width - 1
            if end:
                if not ends:
                    ends.append(column_ends(run, width))
                end = j in ends[0]
            if current and (
                _is_break(run[j - 1], line, _last(run, j), width, run_mode, opens, digits, flush, after, end)
                or (
                    opens
                    and _subhead_line(run[j - 1], line, width, run_mode)
                    and not _narrower_column(run[j - 1], line, after)
                )
                or (a.text[0] in "（(" and _note_closes(run, j, opens))
            ):
                out.append(tight_credit(join_lines(current, running=True)))
                current = []
            if current and run[j - 1].break_gap:
                _gap(current, run[j - 1], line.text)
            current.append(line.text)
        if current:
            out.append(tight_credit(join_lines(current, running=True)))
    return [p for p in out if p]


def _note_closes(run: list[Line], j: int, opens: bool) -> bool:
    """Does the line over `run[j]` (asked only where it opens with a bracket) close its paragraph as
    a note in brackets standing on a line of its own, after a finished sentence or opening the
    paragraph itself (`…。` / `（X参与采写）`)? Such a note (a helper's credit, a signature, an
    interviewer's `（本报记者X采访整理）`, the source of a quote) ends what it stands under or stands
    alone, whatever its width: the line under it opens another paragraph. On the truths of the
    non-blind sets, the text under 269 such lines (twelve layout programs and the modern set) opened
    a paragraph of its own every time, and went on the note's paragraph never; a note under a line
    broken off mid-sentence (once went on) is left out."""
    a, b = run[j - 1], run[j]
    if b.text[:1] in _CLOSING or not _WHOLE_NOTE.fullmatch(a.text):
        return False
    if opens:
        return True
    above = run[j - 2]
    return above.end or above.text[-1] in "）)"


def _gap(current: list[str], above: Line, below: str) -> None:
    """A space printed at the break after `above` (the last of the paragraph's lines `current`) is
    a word gap the line's end fell on where it parts two words that a gap parts anyway: names
    inside an open bracket (`（记者 王  五 ` / `赵六一）`) and two Latin words (`…the new ` /
    `plan…`). It stays, so the words do not run together (elsewhere a running text sets no gaps,
    and a Latin word cut with no gap printed reads whole)."""
    if open_bracket("".join(current)):
        current[-1] += above.break_gap
    elif _dateline(current, above, below):
        current[-1] += "  "  # (a dateline's gap before its bracket or its text's date: `textclean`)
    elif _latin(above.text[-1]) and _latin(below[0]):
        current[-1] += " "


_DATELINE_TAIL = rx.compile(rf"{DATELINE_SOURCE}[^（(，。“”）)]{{0,24}}[讯电]$")


def _dateline(current: list[str], above: Line, below: str) -> bool:
    """Does the paragraph `current` so far end on a dateline (`本报北京1月1日电`, `新华社 1 月 1日电`),
    with its bracket or its text's date under it?"""
    if above.text[-1] not in "电讯" or not (below[0] in "（(" or below[0].isdigit()):
        return False
    return _DATELINE_TAIL.search("".join(current).rstrip()[-30:]) is not None


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _last(run: list[Line], j: int) -> bool:
    return j == len(run) - 1 or run[j + 1].blank
