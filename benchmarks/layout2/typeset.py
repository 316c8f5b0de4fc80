"""Setting text in narrow newspaper columns the way a PDF extractor then prints it.

A `Style` is one page's typesetting habits, each drawn independently: the column width (12–20
characters), whether ASCII digits and letters take half a cell, whether the compositor kept
punctuation off line starts (and if so, by hanging it past the margin or by pushing a character
down), how a paragraph's first line comes out of extraction (kept indent, dropped indent, or flush),
whether blank lines separate paragraphs, how tall a column is (a blank line at every column break,
wherever the sentence is), and whether the extractor put spaces around ASCII runs ("自 2021 年").
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# characters a careful compositor never lets open a line, and those never left at a line's end
NO_START = "，。、；：？！”’）》」』〉…—·%"
NO_END = "“‘（《「『〈"
_ASCII_RUN = re.compile(r"[0-9A-Za-z.%/+\-]+")


@dataclass
class Style:
    """One page's typesetting and extraction habits."""

    width: int
    half_ascii: bool  # ASCII digits/letters take half a cell
    kinsoku: str  # "off", "hang" (punctuation hangs past the margin) or "push" (a character moves down)
    first_line: str  # "indent" (printed "　　"), "dropped" (first line short by two) or "flush"
    blank_between: bool  # a blank line between paragraphs
    column_height: int  # lines per column: a blank line at each column break
    ocr_spaces: float  # chance of a space on each side of an ASCII run

    @classmethod
    def draw(cls, rng: random.Random) -> Style:
        """A page's habits, each an independent choice."""
        first_line = rng.choices(["indent", "dropped", "flush"], [0.3, 0.3, 0.4])[0]
        # flush first lines with nothing between paragraphs hide every paragraph end at a full
        # line; extractors that lose the indent usually keep the blank, so that pair is rarer
        blank = rng.random() < (0.8 if first_line == "flush" else 0.35)
        return cls(
            width=rng.randint(12, 20),
            half_ascii=rng.random() < 0.6,
            kinsoku=rng.choices(["off", "hang", "push"], [0.4, 0.35, 0.25])[0],
            first_line=first_line,
            blank_between=blank,
            column_height=rng.randint(16, 60),
            ocr_spaces=rng.choice([0.0, 0.0, 0.3, 0.7]),
        )

    def tags(self) -> list[str]:
        """Convention tags for the page manifest."""
        size = "narrow" if self.width <= 14 else "wide" if self.width >= 18 else "medium"
        out = [
            f"width_{size}",
            f"first_line_{self.first_line}",
            "para_blank" if self.blank_between else "para_no_blank",
            f"kinsoku_{self.kinsoku}",
        ]
        if self.ocr_spaces:
            out.append("ocr_spaces")
        return out


def cell(ch: str, half_ascii: bool) -> float:
    """Cells a character takes in the column."""
    if ch == "　":
        return 1.0
    if ord(ch) < 128:
        return 0.5 if half_ascii else 1.0
    return 1.0


def _tokens(text: str) -> list[str]:
    """Characters, with ASCII runs kept whole (a number is never split over two lines)."""
    out: list[str] = []
    at = 0
    for m in _ASCII_RUN.finditer(text):
        out.extend(text[at : m.start()])
        out.append(m.group())
        at = m.end()
    out.extend(text[at:])
    return out


def wrap(text: str, width: float, style: Style, first_indent: str = "") -> list[str]:
    """Lines of one paragraph set `width` cells wide; `first_indent` is "indent", "dropped" or ""."""
    tokens = _tokens(text)
    lines: list[list[str]] = []
    line: list[str] = []
    used = 0.0
    limit = width
    if first_indent == "indent":
        line, used = ["　　"], 2.0
    elif first_indent == "dropped":
        limit = width - 2
    for tok in tokens:
        w = sum(cell(c, style.half_ascii) for c in tok)
        if line and used + w > limit + 1e-9:
            if style.kinsoku == "hang" and tok in NO_START and tok != "—":
                line.append(tok)  # the punctuation hangs past the margin
                lines.append(line)
                line, used, limit = [], 0.0, width
                continue
            carry: list[str] = []
            if style.kinsoku != "off":
                if tok in NO_START and len(line) > 1:
                    carry = [line.pop()]  # push the last character down with the punctuation
                while len(line) > 1 and line[-1] in NO_END:
                    carry.insert(0, line.pop())
            lines.append(line)
            line = carry
            used = sum(cell(c, style.half_ascii) for t in carry for c in t)
            limit = width
        line.append(tok)
        used += w
    if line:
        lines.append(line)
    return ["".join(x) for x in lines]


def ocr_space(line: str, style: Style, rng: random.Random) -> str:
    """Spaces an extractor puts around ASCII runs between ideographs (`自 2021 年`)."""
    if not style.ocr_spaces:
        return line

    def space(m: re.Match[str]) -> str:
        before = " " if m.start() > 0 and rng.random() < style.ocr_spaces else ""
        after = " " if m.end() < len(line) and rng.random() < style.ocr_spaces else ""
        return before + m.group() + after

    return _ASCII_RUN.sub(space, line)


def letter_space(name: str, rng: random.Random, chance: float = 0.6) -> str:
    """A two-character name padded to the width of three (`姜  峰`), as bylines print them."""
    if len(name) == 2 and rng.random() < chance:
        return name[0] + rng.choice(["  ", "　", " "]) + name[1]
    return name
