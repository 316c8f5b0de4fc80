"""Typesetting: blocks of one page to the raw text a PDF/OCR extraction of it gives.

A block is one printed unit (a head line, a byline, a paragraph, a caption, a furniture line).
Wrapped blocks run in their article's column (`cells` = 2 × characters; ASCII letters and digits take
one cell, everything else two), with the line-breaking rules of Chinese typesetting: closing
punctuation never starts a line (it hangs at the end of the line before, past the column, up to
three such marks in a row, as “。”” or “———” need), opening punctuation never ends one.
Unwrapped blocks are printed on one line each.

Columns are `height` lines tall: where a column ends, the extraction leaves a blank line, wherever
that falls — between paragraphs or in the middle of a sentence. OCR spaces (around runs of ASCII
digits, or between two Han characters) are put in here, so the truth never holds them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

NO_START = "，。、；：？！”’）》」』…—%％·,.;:?!)"
NO_END = "“‘（《「『"


@dataclass
class Block:
    """One printed unit of a page, in page order."""

    text: str
    role: str  # kicker headline subtitle byline dateline body subhead caption credit furniture title
    cells: int | None = None  # wrap width in cells; None prints it unwrapped
    blank_before: bool = True  # a blank line before it (else it follows the previous line directly)
    lines: list[str] | None = None  # an unwrapped block printed over several given lines
    column: int = 0  # the column-height counter this block's lines count against (0: none)
    ocr_digits: float = 0.0  # chance of spaces around each ASCII digit run
    ocr_han: float = 0.0  # chance of one stray space per line between two Han characters


@dataclass
class Line:
    """One printed line and the widest it may be (cells), for the width check."""

    text: str
    limit: int | None


@dataclass
class Typesetter:
    """Lays blocks out as lines; column heights by counter id."""

    rng: random.Random
    heights: dict[int, int] = field(default_factory=dict)
    used: dict[int, int] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    mid_sentence_breaks: int = 0

    def emit(self, blocks: list[Block]) -> list[Line]:
        """All blocks as lines (blank lines have text "")."""
        for block in blocks:
            if block.blank_before and self.lines and self.lines[-1].text != "":
                self.lines.append(Line("", None))
            if block.cells is None:
                for text in block.lines or [block.text]:
                    self.lines.append(Line(self.ocr(text, block), None))
                continue
            wrapped = wrap(block.text, block.cells)
            for k, text in enumerate(wrapped):
                if block.column:
                    used = self.used.get(block.column, 0)
                    if used and used % self.heights[block.column] == 0 and self.lines[-1].text != "":
                        self.lines.append(Line("", None))
                        if k > 0:
                            self.mid_sentence_breaks += 1
                    self.used[block.column] = used + 1
                self.lines.append(Line(self.ocr(text, block), block.cells + 6))
        while self.lines and self.lines[-1].text == "":
            self.lines.pop()
        return self.lines

    def ocr(self, text: str, block: Block) -> str:
        """OCR spaces around digit runs and, rarely, between two Han characters."""
        if block.ocr_digits:
            out = []
            i = 0
            while i < len(text):
                ch = text[i]
                if ch.isascii() and ch.isdigit():
                    j = i
                    while j < len(text) and text[j].isascii() and (text[j].isdigit() or text[j] in ".%"):
                        j += 1
                    run = text[i:j]
                    if self.rng.random() < block.ocr_digits:
                        run = (" " if i > 0 else "") + run + (" " if j < len(text) else "")
                    out.append(run)
                    i = j
                else:
                    out.append(ch)
                    i += 1
            text = "".join(out)
        if block.ocr_han and self.rng.random() < block.ocr_han:
            spots = [i for i in range(1, len(text)) if is_han(text[i - 1]) and is_han(text[i])]
            if spots:
                at = self.rng.choice(spots)
                text = text[:at] + " " + text[at:]
        return text


def is_han(ch: str) -> bool:
    """A CJK ideograph."""
    return "\u4e00" <= ch <= "\u9fff"


def cells(text: str) -> int:
    """Printed width: ASCII one cell, anything else two."""
    return sum(1 if ord(ch) < 0x2000 else 2 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, closing punctuation hung, opening never last."""
    lines: list[str] = []
    cur = ""
    used = 0
    hung = 0
    for ch in text:
        w = 1 if ord(ch) < 0x2000 else 2
        if used + w > width and cur:
            if ch in NO_START and hung < 3:
                hung += 1
                cur += ch  # hang it past the column; the next character starts the line after
                used += w
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            if cur.strip():
                lines.append(cur)
            else:
                carry = cur + carry
            cur, used = carry, cells(carry)
        hung = 0
        cur += ch
        used += w
    if cur:
        lines.append(cur)
    return [line.strip() for line in lines if line.strip()]
