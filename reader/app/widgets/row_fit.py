"""Fitting a list row's text into its cells: a label cut by cell width with its marked runs kept
(`fit_marked`), a row drawn exactly as wide as the list (`fill`), and what of a row's aside (its
counts, its date and page) still fits beside its label (`group_aside`, `fitting_aside`, `in_column`).

Pure functions of text and widths, used by the sidebar (`reader.app.widgets.article_list`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

ASIDE_WORD_GAP = re.compile(r"(?<=\S) ")
"""The space after a word of an aside: the spaces after it pad the next word."""


Piece = tuple[str, bool]
"""A run of text and whether it is marked."""


def fit_marked(
    label: str, marks: Sequence[tuple[int, int]], width: int, ellipsis: str = "…", around: bool = False
) -> list[Piece]:
    """`label` cut to `width` cells (by cell width), as runs of marked and unmarked text.

    With `around`, a label too wide is cut at the start as well, so that its first mark shows with about a
    quarter of the width of context before it; cuts are marked with `ellipsis`.
    """
    if width <= 0:
        return []
    mark_width = cell_len(ellipsis)
    start = 0
    if around and marks and cell_len(label) > width:
        first = min(marks[0][0], len(label))
        lead = max(width // 4, mark_width + 1)
        start = first
        used = 0
        while start > 0 and used + get_character_cell_size(label[start - 1]) <= lead - mark_width:
            start -= 1
            used += get_character_cell_size(label[start])
        # near the end of the label: use the room that would otherwise be left blank
        while start > 0 and cell_len(label[start - 1 :]) + mark_width <= width:
            start -= 1
        if start == 1 and label[0] == ellipsis:
            start = 0
    head = ellipsis if start > 0 else ""
    room = width - cell_len(head)
    shown = label[start:]
    tail = ""
    if cell_len(shown) > room:
        tail = ellipsis
        room -= mark_width
        used = 0
        for n, char in enumerate(shown):
            used += get_character_cell_size(char)
            if used > room:
                shown = shown[:n]
                break
    if room < 0:
        return []
    flags = bytearray(len(shown))
    for mark_start, mark_end in marks:
        for i in range(max(mark_start - start, 0), min(mark_end - start, len(shown))):
            flags[i] = 1
    pieces: list[Piece] = [(head, False)] if head else []
    run_start = 0
    for i in range(1, len(shown) + 1):
        if i == len(shown) or flags[i] != flags[run_start]:
            pieces.append((shown[run_start:i], bool(flags[run_start])))
            run_start = i
    if tail:
        pieces.append((tail, False))
    return pieces


def fill(segments: list[Segment], width: int, style: Style) -> Strip:
    """`segments` as one line exactly `width` cells wide, padded in `style` (one `Strip`: padding and then
    cropping one made three, a fifth of drawing a row, and a results frame draws every visible row)."""
    length = sum(segment.cell_length for segment in segments)
    if length < width:
        segments.append(Segment(" " * (width - length), style))
        length = width
    strip = Strip(segments, length)
    return strip if length == width else strip.crop(0, width)


def group_aside(aside: str, label: int, room: int) -> str:
    """What of a group's `aside` (its counts, "2版 8篇") to draw in `room` cells beside a label of `label`
    cells: the label comes first, so words are dropped from the aside's end while the label would be cut
    (at 80 columns "2026-01-15  第20版" read "2026-01-15  第2…" beside "4篇"). A word keeps the spaces
    that pad it ("2版  9篇": the count padded to its siblings')."""
    words = ASIDE_WORD_GAP.split(aside.strip())
    while words:
        text = " " + " ".join(words)
        if label + cell_len(text) <= room:
            return text
        words.pop()
    return ""


def fitting_aside(aside: str, room: int) -> str:
    """What of a row's `aside` to draw in `room` cells (with its leading space): the label keeps half of
    them at least (rounded down: at the list's width at 120 columns, 33 cells, " 1998-01-09 第12版" is 17
    and the label 16, as wide as beside "第3版" on a row of 32; rounded up, every result past page 9
    lost its page, the one thing a citation needs that the row shows), so words are dropped from the
    aside's end until it fits ("1998-01-09 第12版" → "1998-01-09": the date is still worth showing when
    the page number does not fit)."""
    words = aside.split()
    while words:
        text = " " + " ".join(words)
        if room - cell_len(text) >= room // 2:
            return text
        words.pop()
    return ""


def in_column(aside: str, cells: int, room: int) -> str:
    """`aside` (with its leading space) padded on its right to a column of `cells` cells and its space,
    so that the asides of sibling rows start in one column (`Row.aside_cells`), where the row's label
    still keeps half of `room`; else as it is."""
    if not aside or cells <= 0:
        return aside
    padded = aside + " " * (cells + 1 - cell_len(aside))
    return padded if room - cell_len(padded) >= room // 2 else aside
