"""Cutting text into printed lines, and the spacing noise a PDF extractor leaves in them.

Widths are counted in half-width cells: a CJK character or full-width mark takes two, an ASCII
character one, so a column of W characters is `2 * W` cells wide. A line is cut where the next
character would pass the width, except that closing marks (at most three) hang at the end of the
line they close (a line never starts with `，` or `。`, nor ends with `“`), and on pages that keep
Latin words and numbers whole an ASCII run that would be cut moves to the next line whole.
"""

from __future__ import annotations

import random
import re

CLOSERS = "，。、；：？！”’）》」』…—"
OPENERS = "“‘（《「『"
ASCII_RUN = re.compile(r"[0-9A-Za-z.%]+")


def cells(ch: str) -> int:
    """Half-width cells one character takes."""
    return 1 if ord(ch) < 0x2000 else 2


def width(text: str) -> int:
    """Half-width cells of a line."""
    return sum(cells(ch) for ch in text)


def cut(text: str, limit: int, split_ascii: bool) -> list[str]:
    """`text` cut into lines of at most `limit` cells (up to three hanging closing marks may pass it)."""
    lines: list[str] = []
    cur = ""
    used = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        w = cells(ch)
        if used + w > limit and cur:
            if ch == " ":  # an extractor's space before a closing mark: the mark still hangs
                k = i
                while k < n and text[k] == " ":
                    k += 1
                if k < n and text[k] in CLOSERS:
                    i, ch = k, text[k]
            hung = 0
            while ch in CLOSERS and ch and hung < 3:
                cur += ch
                hung += 1
                i += 1
                ch = text[i] if i < n else ""
            if not split_ascii and cur and ch and ASCII_RUN.match(ch):
                k = len(cur)
                while k > 0 and ASCII_RUN.match(cur[k - 1]):
                    k -= 1
                run_end = i
                while run_end < n and ASCII_RUN.match(text[run_end]):
                    run_end += 1
                if 0 < k < len(cur) and (len(cur) - k) + (run_end - i) <= limit // 2:
                    i -= len(cur) - k
                    cur = cur[:k]
            if len(cur) > 1 and cur[-1] in OPENERS:  # an opening mark goes down with its word
                cur = cur[:-1]
                i -= 1
            cur = cur.rstrip(" ")
            if cur:
                lines.append(cur)
            cur, used = "", 0
            while i < n and text[i] == " ":
                i += 1
            continue
        cur += ch
        used += w
        i += 1
    cur = cur.rstrip(" ")
    if cur:
        lines.append(cur)
    return lines


def ocr_spaces(text: str, rng: random.Random, rate: float) -> str:
    """Spaces an extractor puts round half-width runs in CJK text (`3 月 12 日`), each run at `rate`."""

    def spaced(m: re.Match[str]) -> str:
        if rng.random() >= rate:
            return m.group(0)
        before = " " if m.start() > 0 and cells(text[m.start() - 1]) == 2 else ""
        after = " " if m.end() < len(text) and cells(text[m.end()]) == 2 else ""
        return before + m.group(0) + after

    return re.sub(r"[0-9][0-9.%]*", spaced, text)


def letter_space(name: str) -> str:
    """A two-character name as a page sets it to the width of three (`姜  峰`)."""
    return name[0] + "  " + name[1] if len(name) == 2 else name
