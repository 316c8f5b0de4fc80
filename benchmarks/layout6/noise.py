"""OCR noise on printed lines: spaces that an extraction puts where the paper has none.

Only spaces are added (never a character changed or dropped), so the truth, which keeps the paper's
own text, stays exact.
"""

from __future__ import annotations

import random
import re

CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")


def digit_spaces(line: str, rng: random.Random, p: float) -> str:
    """Spaces around runs of digits and Latin letters that touch Chinese (`自 2021 年 8 月份`)."""
    if p <= 0 or not ASCII_RUN.search(line):
        return line
    out = []
    last = 0
    for m in ASCII_RUN.finditer(line):
        out.append(line[last : m.start()])
        run = m.group(0)
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        if rng.random() < p:
            if before and CJK_CHAR.match(before):
                run = " " + run
            if after and CJK_CHAR.match(after):
                run = run + " "
        out.append(run)
        last = m.end()
    out.append(line[last:])
    return "".join(out)


def inner_space(line: str, rng: random.Random) -> str:
    """One space between two Chinese characters at a random place (`研究 所`)."""
    spots = [i for i in range(1, len(line)) if CJK_CHAR.match(line[i - 1]) and CJK_CHAR.match(line[i])]
    if not spots:
        return line
    i = rng.choice(spots)
    return line[:i] + " " + line[i:]


def letterspace(text: str) -> str:
    """Every Chinese character of `text` set apart by a space (`本 报 记 者`)."""
    out = []
    for i, ch in enumerate(text):
        if i and CJK_CHAR.match(ch) and CJK_CHAR.match(text[i - 1]):
            out.append(" ")
        out.append(ch)
    return "".join(out)
