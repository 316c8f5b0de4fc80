"""Setting text in columns the way extracted newspaper pages show it.

Widths are counted in cells: an ideograph or full-width mark is one cell, an ASCII character half
a cell (so a line holding `2021` holds more characters). Closing punctuation never starts a line:
either it hangs past the width (a line one character longer) or the line gives its last character
to the next one; opening marks never end a line. OCR noise is added to printed lines only.
"""

from __future__ import annotations

import random
import re

NO_START = set("，。、；：？！”’）》」』】…·%,.;:?!)")
NO_END = set("“‘（《「『【(")
CJK = re.compile(r"[\u4e00-\u9fff]")


def cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def wrap(text: str, width: float, hang: bool) -> list[str]:
    """Lines of `text` set `width` cells wide."""
    lines: list[str] = []
    i, n = 0, len(text)
    while i < n:
        used, j = 0.0, i
        while j < n and used + cells(text[j]) <= width:
            used += cells(text[j])
            j += 1
        if j < n:
            if text[j] in NO_START:
                if hang:
                    hung = 0
                    while j < n and text[j] in NO_START and hung < 3:
                        j += 1
                        hung += 1
                else:
                    k = j
                    while k > i + 1 and text[k] in NO_START:
                        k -= 1
                    j = k if k > i + 1 else j
            while j - i > 1 and text[j - 1] in NO_END:
                j -= 1
        lines.append(text[i:j])
        i = j
    return lines


def letterspace(role: str) -> str:
    """A letter-spaced role word (`本 报 记 者`, as OCR reads a spaced-out line's words)."""
    return " ".join(role)


def cut_point(text: str, near: int) -> int:
    """Where a title set over two lines may break near `near`: not inside a number, not after an
    opening mark, not before a closing one."""
    best = None
    for k in range(1, len(text)):
        a, b = text[k - 1], text[k]
        if a in NO_END or b in NO_START or (a.isascii() and a.isalnum() and b.isascii() and b.isalnum()):
            continue
        if best is None or abs(k - near) < abs(best - near):
            best = k
    return best if best is not None else near


def stray_space(line: str, rng: random.Random) -> str:
    """One space dropped between two ideographs, as OCR does inside words and names."""
    spots = [k for k in range(1, len(line)) if CJK.match(line[k - 1]) and CJK.match(line[k])]
    if not spots:
        return line
    k = rng.choice(spots)
    return line[:k] + " " + line[k:]


def digit_spaces(line: str) -> str:
    """Spaces between digit runs and ideographs (`3 月 12 日`)."""
    line = re.sub(r"(?<=[\u4e00-\u9fff，。（])([0-9][0-9.%]*)", r" \1", line)
    return re.sub(r"([0-9][0-9.%]*)(?=[\u4e00-\u9fff])", r"\1 ", line)


FULL = str.maketrans("0123456789", "０１２３４５６７８９")
HALF = str.maketrans("０１２３４５６７８９", "0123456789")


def swap_width(text: str, to_full: bool) -> str:
    """Digits as full-width or as half-width (one extraction prints one, another the other)."""
    return text.translate(FULL if to_full else HALF)
