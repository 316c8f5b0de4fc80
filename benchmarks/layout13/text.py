"""Line cutting and the noise a PDF text extractor adds: OCR spaces, letter-spaced names, digit widths."""

from __future__ import annotations

import random
import re

#: May hang past the column's edge rather than open a line (kinsoku).
CLOSING = set("，。、；：！？）”’》」』…%％")
#: Never ends a line: moved to the next one.
OPENING = set("（“‘《「『")

HALF_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")
CJK = re.compile(r"[\u4e00-\u9fff]")


def char_width(ch: str) -> float:
    """Width in column units: CJK and full-width forms 1, half-width letters and digits 0.5."""
    return 0.5 if ord(ch) < 0x2000 else 1.0


def width(text: str) -> float:
    """Printed width of a line."""
    return sum(char_width(c) for c in text)


def wrap(text: str, cols: float) -> list[str]:
    """Cut text into lines of at most `cols` units, as set in a column: no hyphens (numbers and Latin
    words cut anywhere), closing punctuation hangs past the edge, opening punctuation never ends a line."""
    lines: list[str] = []
    line = ""
    w = 0.0
    for ch in text:
        cw = char_width(ch)
        if w >= cols + 0.01 and ch not in CLOSING and line:
            lines.append(line)
            line, w = "", 0.0
        if w + cw > cols and line:
            if ch in CLOSING and w + cw <= cols + 2 and (w <= cols or line[-1] in CLOSING):
                # hangs past the edge (a second mark hangs after the first)
                line += ch
                w += cw
                continue
            carry = ""
            if ch in CLOSING:
                # a mark that cannot hang takes the character before it to the next line
                k = len(line)
                while k > 1 and line[k - 1] in CLOSING:
                    k -= 1
                if k > 1:
                    carry, line = line[k - 1 :], line[: k - 1]
            while line and line[-1] in OPENING and len(line) > 1:
                carry = line[-1] + carry
                line = line[:-1]
            lines.append(line)
            line, w = carry, width(carry)
        line += ch
        w += cw
    if line:
        lines.append(line)
    return lines


def ocr_spaces(text: str, rng: random.Random, rate: float) -> str:
    """Spaces an extractor puts around half-width runs set between CJK characters (`3 月 12 日`)."""
    if rate <= 0:
        return text
    out = []
    last = 0
    for m in HALF_RUN.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else ""
        after = text[b] if b < len(text) else ""
        if (CJK.match(before) or CJK.match(after)) and rng.random() < rate:
            out.append(text[last:a])
            out.append((" " if CJK.match(before) else "") + m.group() + (" " if CJK.match(after) else ""))
            last = b
    out.append(text[last:])
    return "".join(out)


FULL = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
FULL.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
FULL.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
FULL["．"] = "."
HALF = {v: k for k, v in FULL.items() if v != "."}


def half_width(text: str) -> str:
    """Full-width digits and Latin letters as half-width ones (an extractor that normalises)."""
    return "".join(FULL.get(c, c) for c in text)


def full_width(text: str) -> str:
    """Half-width digits and Latin letters as full-width ones (a font that sets them so)."""
    return "".join(HALF.get(c, c) for c in text)


def spaced_name(name: str, gap: str) -> str:
    """A two-character name letter-spaced as bylines print it (`李  蕊`); longer names as they are."""
    return gap.join(name) if len(name) == 2 else name


def letter_spaced(text: str) -> str:
    """Every character a space apart (`本 报 记 者`), as a justified byline extracts."""
    return " ".join(text)


def balanced_cut(text: str) -> list[str]:
    """A long title set on two lines, cut near the middle (after punctuation when there is some)."""
    mid = len(text) // 2
    for d in range(0, mid - 2):
        for at in (mid + d, mid - d):
            if 0 < at < len(text) and text[at - 1] in "，、：；":
                return [text[:at], text[at:]]
    # never after an opening mark nor before a closing one
    while mid > 1 and (text[mid - 1] in OPENING or text[mid] in CLOSING):
        mid -= 1
    return [text[:mid], text[mid:]]
