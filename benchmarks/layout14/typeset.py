"""Column typesetting as a PDF text extractor gives it back: lines cut at the column width.

Widths are in full-width characters; an ASCII character counts half. A closing punctuation
mark never starts a line: it hangs at the end of the line before (one character over the width).
"""

from __future__ import annotations

import random
import re

NO_LINE_START = "，。、；：？！”’）》」』】…"
NO_LINE_END = "“‘（《「『【"


def char_width(c: str) -> float:
    """Width of one character in full-width units."""
    return 0.5 if ord(c) < 0x2E80 and c not in "“”‘’—…·" else 1.0


def width(s: str) -> float:
    """Width of a string in full-width units."""
    return sum(char_width(c) for c in s)


def wrap(text: str, cols: int, first_indent: str = "") -> list[str]:
    """Lines of `text` cut at `cols` full-width characters (trailing/leading spaces dropped).

    An opening mark never ends a line and a short run of ASCII letters or digits is not split:
    both move to the next line whole.
    """
    lines: list[str] = []
    cur = first_indent
    w = width(cur)
    for c in text:
        if c in " \u3000" and lines and not cur:
            continue
        cw = char_width(c)
        if w + cw > cols and cur.strip() and (c not in NO_LINE_START or w + cw > cols + 2):
            carry = ""
            if c.isascii() and c.isalnum():
                m = re.search(r"[0-9A-Za-z.%]+$", cur)
                if m and len(m.group()) <= 6 and m.start() > len(cur) // 2:
                    carry = m.group()
            while cur[: len(cur) - len(carry)] and cur[len(cur) - len(carry) - 1] in NO_LINE_END:
                carry = cur[len(cur) - len(carry) - 1] + carry
            keep = cur[: len(cur) - len(carry)]
            if keep.strip():
                lines.append(keep.rstrip(" \u3000"))
                cur = carry
            else:
                lines.append(cur.rstrip(" \u3000"))
                cur = ""
            w = width(cur)
            if c in " \u3000" and not cur:
                continue
        cur += c
        w += cw
    if cur.strip():
        lines.append(cur.rstrip(" \u3000"))
    return lines


def max_line_width(cols: int) -> float:
    """The widest a cut line may be: the column plus hanging closing marks (at most two)."""
    return cols + 2


DIGITS = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[\u4e00-\u9fff])")


def ocr_spaces(text: str, rng: random.Random, rate: float) -> str:
    """Spaces an extractor puts between digits (or Latin) and ideographs: "3 月 12 日"."""
    out = []
    last = 0
    for m in DIGITS.finditer(text):
        out.append(text[last : m.start()])
        if rng.random() < rate:
            out.append(" ")
        last = m.start()
    out.append(text[last:])
    return "".join(out)


def letter_space(text: str, gap: str = " ") -> str:
    """A heading printed letter-spaced: "核 心 阅 读"."""
    return gap.join(text)


def truth_text(text: str) -> str:
    """A paragraph as the truth gives it: whitespace dropped except one space between ASCII words."""
    text = text.replace("\u3000", " ")
    return re.sub(r"\s+", lambda m: _keep_space(m, text), text).strip()


def _keep_space(m: re.Match[str], text: str) -> str:
    before = text[m.start() - 1] if m.start() > 0 else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return " " if before.isascii() and before.isalnum() and after.isascii() and after.isalnum() else ""
