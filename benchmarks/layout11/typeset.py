"""Set text in narrow columns the way a PDF/OCR extractor gives a broadsheet page back.

Widths are in full-width cells: a CJK character or full-width punctuation is one cell, an ASCII
character half a cell. Lines are cut greedily; closing punctuation never starts a line (it hangs at
the end of the line before) and opening punctuation never ends one; ASCII runs (numbers, words) are
not cut when they fit on a line. A column of text holds `height` lines: after that many lines the
extractor gives a blank line (a column break), in the middle of a sentence if it falls there.
"""

from __future__ import annotations

import random
import re

CLOSING = set("，。、；：？！）》」』”’…—·％%,.;:!?)]")
OPENING = set("（《「『“‘([")


def cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and ch not in "“”‘’…—·" else 1.0


def asciirun(ch: str) -> bool:
    """A character of a number or a Latin word ("2.09", "AI+", "5G")."""
    return ch.isascii() and not ch.isspace() and ch not in "()[],;:!?"


def wrap(text: str, width: float) -> list[str]:
    """Cut `text` into lines of at most `width` cells (a closing mark may hang one over)."""
    lines: list[str] = []
    i, n = 0, len(text)
    while i < n:
        used = 0.0
        j = i
        while j < n and used + cells(text[j]) <= width:
            used += cells(text[j])
            j += 1
        if j >= n:
            lines.append(text[i:])
            break
        # an ASCII run cut in two goes whole to the next line when it can
        if asciirun(text[j]) and asciirun(text[j - 1]):
            k = j
            while k > i and asciirun(text[k - 1]):
                k -= 1
            if k > i + 1:
                j = k
        # closing punctuation hangs at the end of this line
        while j < n and text[j] in CLOSING:
            j += 1
        # opening punctuation does not end a line
        while j - 1 > i and text[j - 1] in OPENING:
            j -= 1
        if j >= n:
            lines.append(text[i:])
            break
        lines.append(text[i:j])
        i = j
    return lines


def ocr_spaces(line: str, rng: random.Random, stray: bool = True) -> str:
    """Spaces an OCR pass or a PDF extractor puts around numbers and, rarely (`stray`), between
    characters (not in bylines: a space inside a name would make it two names)."""
    if re.search(r"[0-9A-Za-z]", line) and rng.random() < 0.6:
        line = re.sub(r"(?<=[^\x00-\x7f])([0-9A-Za-z][0-9A-Za-z.%]*)", r" \1", line)
        line = re.sub(r"([0-9A-Za-z%])(?=[^\x00-\x7f ])", r"\1 ", line)
    if stray and len(line) > 6 and rng.random() < 0.08:
        k = rng.randrange(2, len(line) - 2)
        if not line[k - 1].isspace() and not line[k].isspace():
            line = line[:k] + " " + line[k:]
    return line


class Column:
    """A stream of body lines that gives a blank line at every column break.

    `emit(lines, gap_after)` adds a block's lines; `gap_after` asks for the blank line that ends a
    paragraph (the extractor's paragraph gap), which may be lost (`lost_gap`).
    """

    def __init__(self, out: list[str], height: int, rng: random.Random, start: int = 0):
        self.out = out
        self.height = height
        self.rng = rng
        self.used = start
        self.breaks = 0

    def emit(self, lines: list[str]) -> None:
        for line in lines:
            if self.used >= self.height:
                self.blank()
                self.used = 0
                self.breaks += 1
            self.out.append(line)
            self.used += 1

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.out.append("")
