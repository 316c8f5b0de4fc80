"""Paragraphs from cut column lines.

Extraction breaks every line at the column's width and prints a paragraph's first line in one of
three ways, which `indent_mode` tells apart per article from the lines after clear paragraph ends
(an article too short to show any follows its page's habit, which the segmenter passes as `fallback`):
- "indented": the first line keeps its indent (full-width spaces): a paragraph starts exactly there;
- "dropped": the indent is dropped, so the first line is short by two characters;
- "none": the first line is as full as any other; only a short last line shows a paragraph's end.

A blank line after a sentence end is a paragraph break unless both lines around it are full and the
page shows its first lines short (a column break mid-paragraph); a blank after an unfinished full
line is a column break.
"""

from __future__ import annotations

import re
from typing import Literal

from reader.page.blocks import Line, column_width
from reader.page.byline import split_credit
from reader.page.textclean import CONTINUING, MARKERS, join_lines

Mode = Literal["indented", "dropped", "none"]
_LEADING_NUMBER = re.compile(r"[0-9A-Za-z.%]*")
_CREDIT_END = re.compile(r"摄[）)]?$|摄[（(][^（）()]{1,12}[）)]$")


def mode_counts(lines: list[Line], width: int) -> tuple[int, int, int]:
    """Evidence of how first lines print: lines kept indented, and the lines after a short finished
    line that are short by a dropped indent, or full."""
    indented = sum(1 for line in lines if line.indent)
    dropped = full = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a.end and a.width < width - 6:
            if width - 6 <= b.width <= width - 3:
                dropped += 1
            elif b.width >= width - 1:
                full += 1
    return indented, dropped, full


def mode_of(counts: tuple[int, int, int], fallback: Mode = "dropped") -> Mode:
    """The first-line mode the counts of `mode_counts` show; `fallback` when they show nothing."""
    indented, dropped, full = counts
    if indented:
        return "indented"
    if dropped == full == 0:
        return fallback
    return "none" if full > dropped else "dropped"


def indent_mode(lines: list[Line], width: int, fallback: Mode = "dropped") -> Mode:
    """How this run of body lines prints a paragraph's first line (`fallback` when it shows nothing:
    a short article may have no paragraph end that tells, while the rest of its page does)."""
    return mode_of(mode_counts(lines, width), fallback)


def _short(a: Line, b: Line, limit: int) -> bool:
    """Is `a` narrower than `limit` cells even with its kept indent, its digits and letters set a
    full cell wide, and the number opening `b` (never split over two lines) fitted on it?"""
    width = a.width + (4 if a.indent else 0)  # a kept indent is two cells of the line, stripped
    if width >= limit:
        return False  # most lines: full whatever their digits
    text = a.text
    ascii_cells = (3 * len(text) - len(text.encode())) // 2  # one byte each, the rest three
    pushed = len(_LEADING_NUMBER.match(b.text).group())
    return width + ascii_cells + pushed < limit


def _is_break(a: Line, b: Line, b_last: bool, width: int, mode: Mode, a_opens: bool = False) -> bool:
    """Does a paragraph end between line `a` and line `b`? (`a_opens`: `a` starts a paragraph)"""
    a_end = a.end
    if a_end:
        if b.text[:1] in MARKERS:
            return True  # `■ 一线观察`: a marked subhead or credit never goes on a sentence's paragraph
    elif a.text[-1] in "摄）)" and _CREDIT_END.search(a.text) and split_credit(a.text)[1]:
        return True  # a photo's credit closes its caption; no sentence runs on from it
    if mode == "indented":
        # only a paragraph's last line falls short of the column: after a short finished line
        # the next line opens something new even unindented (a subhead printed flush)
        return b.indent or ((a_end or b.blank) and _short(a, b, width - 6))
    trailer = b.text[:1] in "（(" and b.text.rstrip()[-1:] in "）)"
    if trailer and a_end and (b.blank or a.width + b.width <= width):
        # a trailer in brackets stands as its own paragraph where it would have fitted on the line
        # above; under a full line it may be the signature closing that paragraph, wrapped
        return True
    if b.blank:
        if not a_end:
            return _short(a, b, width - 6)  # a short unfinished line: a subhead or list item
        if mode == "none":
            return True
        # a sentence end at a column break: both lines full means the paragraph goes on
        # (a first line is short by its dropped indent, so `b` must be all but full)
        return not (a.width >= width - 6 and b.width >= width - 1)
    if not a_end:
        # only a paragraph's last line falls short: a short line that breaks off is a subhead or
        # list item standing alone (even if its digits were typeset a full cell wide)
        # (a paragraph's first line on a page that drops indents is short by the indent already)
        short = width - (10 if a_opens and mode == "dropped" else 6)
        # (`本报X电` over `（记者Y）…`: a dateline whose bracket went to the next line goes on)
        return _short(a, b, short) and a.text[-1] not in CONTINUING and b.text[:1] not in "（("
    if mode == "none":
        return _short(a, b, width - 1)
    if a.width < width - 6:
        return True
    # the next line is short by the two-character indent that extraction dropped, and is not
    # itself the finished last line of the same paragraph
    return width - 8 <= b.width <= width - 3 and not (b_last and b.end)


def tight_credit(paragraph: str) -> str:
    """A photo credit closing a paragraph is set without the letter-spacing of its names, as
    credits are (`（新华社记者 周  八摄）` → `（新华社记者周八摄）`)."""
    if "摄" not in paragraph[-24:] or " " not in paragraph[-24:]:
        return paragraph
    text, credit = split_credit(paragraph)
    if credit is None:
        return paragraph
    return text + "".join(paragraph[len(text) :].split())


def body_width(lines: list[Line]) -> int:
    """The column width of an article's body lines."""
    return column_width([line.width for line in lines])


def paragraphs(
    runs: list[list[Line]], width: int, mode: Mode | None = None, fallback: Mode = "dropped"
) -> list[str]:
    """Reflow runs of lines into paragraphs; each run starts a paragraph of its own."""
    out: list[str] = []
    for run in runs:
        run_mode = mode or indent_mode(run, width, fallback)
        current: list[str] = []
        for j, line in enumerate(run):
            if current and _is_break(run[j - 1], line, _last(run, j), width, run_mode, len(current) == 1):
                out.append(tight_credit(join_lines(current)))
                current = []
            current.append(line.text)
        if current:
            out.append(tight_credit(join_lines(current)))
    return [p for p in out if p]


def _last(run: list[Line], j: int) -> bool:
    return j == len(run) - 1 or run[j + 1].blank
