"""How a run of body lines prints its paragraphs' first lines, and how it sets digits.

Extraction breaks every line at the column's width and prints a paragraph's first line in one of
three ways, which `indent_mode` tells apart per article from the lines after clear paragraph ends:
- "indented": the first line keeps its indent (full-width spaces);
- "dropped": the indent is dropped, so the first line is short by two characters;
- "none": the first line is as full as any other.

A page may also set its digits and letters as wide as ideographs or one cell each
(`digit_setting`): a line holding digits then looks short, or full, for that alone.
"""

from __future__ import annotations

from typing import Literal

from reader.page.blocks import Line

Mode = Literal["indented", "dropped", "none"]
Counts = tuple[int, int, int]  # the evidence of `mode_counts`


def mode_counts(lines: list[Line], width: int) -> Counts:
    """Evidence of how first lines print: lines kept indented, and the lines after a short finished
    line that are short by a dropped indent, or full. A page that sets digits as wide as ideographs
    makes a full first line holding a year look short by a dropped indent: such a line counts as the
    rest of the evidence, or else the digit setting (`digit_setting`), shows. Lines opening with two
    ASCII spaces count as kept indents only where they outnumber the dropped ones: on the pages of all
    sets but the blind ones, where they did not, reading the item as dropping its indents changed the
    paragraphs of 4 pages (three layout programs and the modern set), each for the better."""
    indented = sum([1 for line in lines if line.indent])  # (a list: cheaper than a generator)
    spaced = sum([1 for line in lines if line.spaced]) if indented else 0
    dropped = full = either = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a.end and a.width < width - 6:
            if width - 6 <= b.width <= width - 3:
                if b.end or b.text[-1] in "）)" or b.indent:
                    # (a line that ends its own paragraph, `（王五）`, is short for that alone; a
                    # line that kept its indent is short by it, and counted as kept)
                    continue
                if b.width + wide_gain(b.text) >= width - 1:
                    either += 1  # holding digits, it may be full in print, set as wide as ideographs
                else:
                    dropped += 1
            elif b.width >= width - 1:
                full += 1
    if spaced and spaced <= dropped:
        # two ASCII spaces open the paragraphs of some pages, but where as many first lines or more
        # drop their indent, such a line is a gap the line's start fell on (before a number, a
        # quote, inside a title): a text that keeps indents keeps them on every paragraph
        indented -= spaced
    if either and not indented:
        # such lines go the way the rest of the evidence goes where it is clear either way, else
        # the way the lines inside paragraphs set digits (one cell each: they are short indeed)
        if dropped > full + either:
            dropped += either
        elif full > dropped + either:
            full += either
        else:
            digits = digit_setting(lines, width)
            if digits == "wide":
                full += either
            elif digits == "narrow":
                dropped += either
    return indented, dropped, full


def mode_of(counts: Counts, fallback: Mode = "dropped") -> Mode:
    """The first-line mode the counts of `mode_counts` show; `fallback` when they show nothing."""
    indented, dropped, full = counts
    if indented:
        return "indented"
    if dropped == full:
        return fallback  # (no evidence, or as much each way: the page's habit decides)
    return "none" if full > dropped else "dropped"


def indent_mode(lines: list[Line], width: int, fallback: Mode = "dropped") -> Mode:
    """How this run of body lines prints a paragraph's first line (`fallback` when it shows nothing:
    a short article may have no paragraph end that tells, while the rest of its page does)."""
    return mode_of(mode_counts(lines, width), fallback)


def wide_gain(text: str) -> int:
    """The cells a line gains in print when its letters and digits are set as wide as ideographs
    (one byte each in UTF-8, the rest of a line three) and the extractor's spaces take no room."""
    return (3 * len(text) - len(text.encode())) // 2 - 2 * text.count(" ")


def digit_setting(run: list[Line], width: int) -> str:
    """How this run sets digits and letters: "wide" (as wide as ideographs: the lines inside a
    paragraph that hold digits fall short of the column by as many cells as they have digits),
    "narrow" (one cell each, as the extractor counts them: such lines fill the column) or "" (the
    run does not tell)."""
    wide = narrow = 0
    for j in range(1, len(run) - 1):
        line = run[j]
        if line.end or run[j - 1].end or run[j + 1].blank or line.blank:
            continue  # only lines inside a paragraph tell
        if line.width >= width - 1:
            narrow += wide_gain(line.text) >= 2
        elif 2 <= width - line.width <= 12 and not run[j + 1].text[:1].isascii():
            # (a line short because the number opening the next line was pushed there tells nothing)
            n = wide_gain(line.text)
            wide += n >= 2 and abs(width - line.width - n) <= 1
    if wide > narrow:
        return "wide"
    return "narrow" if narrow > wide else ""
