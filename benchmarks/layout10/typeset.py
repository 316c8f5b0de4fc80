"""Typesetting for layout10: cutting text into column lines, print spacing and truth folding.

Text is built with two kinds of space: an ordinary space is a real gap (a truth keeps it as one
space: between a caption and its credit, a role and a name, the parts of a two-part headline) and
`SP` is a space that only the printed page has (OCR spaces around numbers, letter-spaced names and
role words): `printed()` turns `SP` into a space, `truth()` drops it and folds every other run of
spaces to one.
"""

from __future__ import annotations

import re

SP = "\x01"  # a printed-only space
CJK = "\u4e00-\u9fff"
CLOSING = "，。、；：？！”’）》」』…%·"
OPENING = "“‘（《「『"
ASCII_WORD = re.compile(r"[0-9A-Za-z.%]")


def printed(text: str) -> str:
    """The text as the page prints it."""
    return text.replace(SP, " ")


def truth(text: str) -> str:
    """The text as a truth records it: printed-only spaces gone, real gaps one space."""
    return " ".join(text.replace(SP, "").replace("\u3000", " ").split())


def units(ch: str) -> float:
    """Width of one character in em: half for ASCII (and a printed space), one otherwise."""
    return 0.5 if ord(ch) < 128 or ch == SP else 1.0


def ocr_numbers(text: str) -> str:
    """OCR spaces on both sides of every run of ASCII digits or letters that touches a CJK character."""
    text = re.sub(rf"(?<=[{CJK}，。、”“：（）])(?=[0-9A-Za-z])", SP, text)
    return re.sub(rf"(?<=[0-9A-Za-z%])(?=[{CJK}，。、”“：（）])", SP, text)


def letter_space(word: str, gap: str = SP) -> str:
    """A word printed with a space between its characters (`本 报 记 者`)."""
    return gap.join(word)


def spaced_name(name: str) -> str:
    """A two-character name letter-spaced to the width of three (`姜  峰`); others as they are."""
    return name[0] + SP + SP + name[1] if len(name) == 2 else name


def cut(text: str, width: float, indent: str = "") -> list[str]:
    """Lines of `text` set in a column `width` ems wide, in the printed form.

    Chinese line rules: a closing mark never starts a line (it hangs at the end of the previous
    one), an opening mark never ends one, and a run of ASCII digits/letters is not split. Spaces at
    a line's start or end are dropped (a gap at a line break is not printed). `indent` (full-width
    spaces) opens the first line.
    """
    s = indent + printed(text)
    lines: list[str] = []
    i, n = 0, len(s)
    first = True
    while i < n:
        if not first:
            while i < n and s[i] in " \u3000":
                i += 1
            if i >= n:
                break
        start = i
        used = 0.0
        while i < n and used + units(s[i]) <= width:
            used += units(s[i])
            i += 1
        if i < n:
            # hang one closing mark at the line's end
            if s[i] in CLOSING:
                i += 1
                if i < n and s[i] in CLOSING and s[i] == s[i - 1]:
                    i += 1  # a doubled mark (…… ——) stays together
            else:
                # do not end a line with an opening mark, nor split an ASCII run
                j = i
                while j > start + 1 and s[j - 1] in OPENING:
                    j -= 1
                if ASCII_WORD.match(s[j - 1]) and ASCII_WORD.match(s[j]):
                    k = j
                    while k > start + 1 and ASCII_WORD.match(s[k - 1]):
                        k -= 1
                    if k > start + 1 and (j - k) <= 10:
                        j = k
                i = j
        line = s[start:i]
        line = line.rstrip(" ") if not first else line.rstrip(" ")
        if line.strip():
            lines.append(line)
        first = False
    return lines


def wrap_title(text: str, width: int) -> list[str]:
    """A title too wide for its span, broken where a reader would: after a mark or a gap if one
    falls in the line's second half, else at the width."""
    s = printed(text)
    out: list[str] = []
    while len(s) > width:
        cut_at = 0
        for k in range(width, width // 2, -1):
            if s[k - 1] in "，、：；！？" or s[k - 1 : k + 1] == "  ":
                cut_at = k
                break
        if not cut_at:
            cut_at = width
        out.append(s[:cut_at].rstrip())
        s = s[cut_at:].lstrip()
    if s:
        out.append(s)
    return out
