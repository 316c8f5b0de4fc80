"""Setting text into lines the way a PDF/OCR extraction of a newspaper column gives them.

Widths count full-width characters as one column and ASCII letters, digits and spaces as half a
column. A line is cut where the next character would overflow the column; at a closing punctuation
mark the page either cuts anyway, hangs the mark past the margin, or pushes the last character down.
OCR noise (spaces around digits in dates, letter-spaced role words, full-width digits) is applied to
the printed text only, except full-width digits, which the truth keeps as printed.
"""

from __future__ import annotations

import random
import re

CLOSING = "。，、；：！？）》」』”’…"
_FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def units(text: str) -> int:
    """Width in half columns: ASCII counts 1, everything else 2."""
    return sum(1 if ord(c) < 128 else 2 for c in text)


def wrap(text: str, width: int, mode: str = "cut", indent: str = "") -> list[str]:
    """`text` cut into lines of `width` full-width columns (`mode`: cut, hang or push at closing marks)."""
    cap = 2 * width
    lines: list[str] = []
    cur, used = indent, units(indent)
    for ch in text:
        w = 1 if ord(ch) < 128 else 2
        if used + w > cap and cur.strip():
            if ch in "…—" and cur[-1] == ch:
                # a two-character ellipsis or dash is never split over two lines
                lines.append(cur + ch)
                cur, used = "", 0
                continue
            if mode == "hang" and ch in CLOSING and cur[-1] not in CLOSING:
                lines.append(cur + ch)
                cur, used = "", 0
                continue
            if mode == "push" and ch in CLOSING and len(cur.strip()) > 2 and cur[-1] not in CLOSING:
                lines.append(cur[:-1])
                cur = cur[-1] + ch
                used = units(cur)
                continue
            lines.append(cur)
            cur, used = ch, w
        else:
            cur += ch
            used += w
    if cur.strip():
        lines.append(cur)
    return [line.rstrip() for line in lines]


def spaced_name(name: str) -> str:
    """A two-character name letter-spaced as printed in bylines (`姜  峰`)."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def spaced_role(text: str) -> str:
    """OCR that reads each character of a role word apart (`本 报 记 者`)."""
    return re.sub(r"本报(?:驻\S+?)?(?:记者|通讯员)|新华社记者", lambda m: " ".join(m.group(0)), text, count=1)


def date_spaces(text: str) -> str:
    """OCR spaces between digits and the characters around them (`3 月 12 日`)."""
    return re.sub(r"(?<=[\u4e00-\u9fff，、])(\d+)(?=[年月日号时个万亿%])", r" \1 ", text)


def fullwidth_mix(text: str, rng: random.Random) -> str:
    """Some digit runs printed full-width, the others left half-width."""
    return re.sub(
        r"\d+", lambda m: m.group(0).translate(_FW_DIGITS) if rng.random() < 0.5 else m.group(0), text
    )
