"""Hard wrapping, column breaks and OCR noise (layout16)."""

from __future__ import annotations

import random
import re

# characters a typesetter does not start a line with: they hang at the end of the previous line
NO_START = set("，。、；：？！”’）》」』…—%％")
NO_END = set("“‘（《「『")


def cells(ch: str) -> int:
    return 1 if ord(ch) < 0x2000 else 2


def wrap(text: str, width: int, kinsoku: bool = True) -> list[str]:
    """Greedy fill to `width` cells (full-width characters 2 cells, ASCII 1)."""
    lines: list[str] = []
    cur: list[str] = []
    used = 0
    for ch in text:
        w = cells(ch)
        if cur and used + w > width:
            if kinsoku and ch in NO_START and used + w <= width + 2:
                cur.append(ch)  # hangs in the margin
                lines.append("".join(cur))
                cur, used = [], 0
                continue
            carry: list[str] = []
            if kinsoku and cur[-1] in NO_END and len(cur) > 1:
                carry = [cur.pop()]
            lines.append("".join(cur))
            cur = carry
            used = sum(cells(c) for c in cur)
        cur.append(ch)
        used += w
    if cur:
        lines.append("".join(cur))
    if kinsoku:  # a second closing mark ('。”') hangs too rather than start a line
        for k in range(1, len(lines)):
            while lines[k] and lines[k][0] in NO_START and len(lines[k]) > 1:
                lines[k - 1] += lines[k][0]
                lines[k] = lines[k][1:]
    return [ln.rstrip() if ln.strip() else ln for ln in lines] or [""]


def column_breaks(lines: list[str], height: int, rng: random.Random) -> list[str]:
    """A blank line wherever a column fills up (counting printed lines), even mid-sentence."""
    out: list[str] = []
    count = rng.randrange(height)  # the article starts part-way down a column
    for k, ln in enumerate(lines):
        out.append(ln)
        if ln.strip():
            count += 1
        if count >= height and k + 1 < len(lines):
            if ln.strip() and lines[k + 1].strip():
                out.append("")
            count = 0
    return out


def spaced_digits(line: str, rng: random.Random, p: float) -> str:
    """OCR noise: '3月12日' -> '3 月 12 日' for some digit runs next to Chinese characters."""

    def sub(m: re.Match) -> str:
        if rng.random() >= p:
            return m.group(0)
        s, e = m.span()
        left = " " if s > 0 and ord(line[s - 1]) > 0x7F else ""
        right = " " if e < len(line) and ord(line[e]) > 0x7F else ""
        return left + m.group(0) + right

    return re.sub(r"[0-9][0-9.%]*", sub, line)


ROLE_WORDS = ("本报记者", "本报通讯员", "通讯员", "新华社记者")


def spaced_roles(text: str) -> str:
    """OCR noise: '本报记者' printed letter-spaced as '本 报 记 者'."""
    for w in ROLE_WORDS:
        if w in text:
            return text.replace(w, " ".join(w), 1)
    return text


def fold(text: str) -> str:
    return " ".join(text.split())
