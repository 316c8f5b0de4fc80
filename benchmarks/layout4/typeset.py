"""Setting text the way a compositor does and reading it back the way a PDF/OCR extractor does.

Lines are filled by width in half-cells (a Han character or full-width mark is two, a Latin letter
or digit one), with the rules of Chinese setting: a closing mark never starts a line (it hangs at
the end of the one before), an opening mark never ends one, a short run of digits is not split.
Each article's flowing blocks are cut into columns of a fixed height; the extractor leaves a blank
line at every column break, in the middle of a sentence if that is where the column ends. Then OCR
noise: spaces around digits and Latin words, a letter-spaced line now and then, a stray space.
Truth never sees any of this: it keeps the source text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from benchmarks.layout4.article import Block

CLOSE = set("，。、；：！？”’）》」』…—")
OPEN = set("“‘（《「『")


@dataclass
class Style:
    """How one page is set and extracted."""

    paragraph: str
    """`blank` (a blank line between paragraphs), `indent` (first lines indented), or `both`."""
    indent: str
    column: int
    """Lines in a full column."""
    digit_space: float
    """Chance that a run of digits or Latin letters gets spaces around it."""
    letter_space: float
    """Chance that a line comes out letter-spaced (`本 报 记 者`)."""
    stray_space: float
    """Chance that a line gets one stray space between two characters."""
    title_gap: bool
    """A blank line between the lines of a title stack."""
    gap_rate: float = 1.0
    """Chance of a blank line between two blocks of different kinds (titles, byline, body)."""


def cells(char: str) -> int:
    return 1 if ord(char) < 0x2000 else 2


def wrap(text: str, width: int, first_indent: str = "") -> list[str]:
    """`text` cut into lines of `width` full-width characters (by half-cells), after Chinese rules."""
    limit = 2 * width
    lines: list[str] = []
    line, used = first_indent, sum(cells(c) for c in first_indent)
    i = 0
    while i < len(text):
        char = text[i]
        run = re.match(r"[A-Za-z0-9.%]+", text[i:])
        token = run.group() if run and len(run.group()) <= 8 else char
        size = sum(cells(c) for c in token)
        if used + size > limit and line.strip():
            if token[0] in CLOSE and used + size <= limit + 4:
                line += token  # up to two marks hang past the line's end
                used += size
                i += len(token)
                continue
            carry = ""
            while line and line[-1] in OPEN:
                carry = line[-1] + carry
                line = line[:-1]
            lines.append(line)
            line, used = carry, sum(cells(c) for c in carry)
        line += token
        used += size
        i += len(token)
    if line:
        lines.append(line)
    return lines


def ocr(line: str, rng: random.Random, style: Style) -> str:
    """`line` with the spaces an OCR pass puts in."""
    if style.digit_space:

        def around(found: re.Match) -> str:
            if rng.random() >= style.digit_space:
                return found.group()
            start, end = found.span()
            left = " " if start > 0 and line[start - 1] != " " else ""
            right = " " if end < len(line) and line[end] != " " else ""
            return left + found.group() + right

        line = re.sub(r"[A-Za-z0-9.%]+", around, line)
    if style.letter_space and rng.random() < style.letter_space:
        return " ".join(line.replace(" ", ""))
    if style.stray_space and len(line) > 4 and rng.random() < style.stray_space:
        at = rng.randint(1, len(line) - 2)
        if line[at - 1] != " " and line[at] != " ":
            line = line[:at] + " " + line[at:]
    return line


def flow(blocks: list[Block], rng: random.Random, style: Style, first: int) -> list[str]:
    """Set consecutive flowing blocks in columns; `first` lines fit in the first column."""
    out: list[str] = []
    room = first
    for n, block in enumerate(blocks):
        indent = style.indent if block.indent and style.paragraph in ("indent", "both") else ""
        lines = wrap(block.text, block.width, indent)
        if n and style.paragraph in ("blank", "both"):
            if room <= 1:
                room = style.column
            else:
                room -= 1
            out.append("")
        for line in lines:
            if room <= 0:
                if out and out[-1] != "":
                    out.append("")
                room = style.column
            out.append(ocr(line, rng, style) if block.ocr else line)
            room -= 1
    return out


def lines_of(block: Block, rng: random.Random, style: Style) -> list[str]:
    """A block printed on a line of its own (title, byline, credit, subhead, furniture)."""
    return [ocr(block.text, rng, style) if block.ocr else block.text]


def typeset(blocks: list[Block], rng: random.Random, style: Style) -> list[str]:
    """An article's blocks as extracted lines: runs of flowing blocks in columns, the rest as lines."""
    out: list[str] = []
    run: list[Block] = []
    previous = None

    def gap(kind: str) -> None:
        if not out or out[-1] == "":
            return
        if kind in ("kicker", "headline", "subtitle") and previous in ("kicker", "headline", "subtitle"):
            if style.title_gap:
                out.append("")
            return
        if kind in ("byline", "credit") and previous in ("byline", "credit"):
            return
        if kind == "credit" and previous == "caption" and rng.random() < 0.7:
            return
        if rng.random() < style.gap_rate:
            out.append("")

    for block in blocks + [Block("end", "", flow=False)]:
        if block.flow:
            run.append(block)
            continue
        if run:
            gap(run[0].role)
            out += flow(run, rng, style, rng.randint(max(3, style.column // 3), style.column))
            previous = run[-1].role
            run = []
        if block.role == "end":
            break
        gap(block.role)
        out += lines_of(block, rng, style)
        previous = block.role
    return out
