"""Break text into printed lines the way a typeset column does, as a PDF/OCR extractor returns them.

A column holds `width` ideograph widths. Ideographs and full-width punctuation take one; digits and Latin
letters take half (a proportional face) or one (a page set in full-width figures). Runs of digits and
Latin letters are not broken unless longer than a line. Kinsoku (禁则): closing punctuation never starts
a line (it hangs on the line before, past the measure, as printers do), opening punctuation never ends
one, and the two halves of "——" and "……" stay together.
"""

from __future__ import annotations

import re

NO_START = set("，。、；：？！）》」』”’…—·％%，．,.;:!?)]}〉】〕")
NO_END = set("（《「『“‘〈【〔([{")
TOKEN = re.compile(r"——|……|[A-Za-z0-9][A-Za-z0-9.%+\-/:·]*|\s+|.", re.S)


def char_width(ch: str, narrow: float) -> float:
    """Width of one character in ideograph widths: ASCII (except space) takes `narrow`."""
    if ch == " ":
        return narrow
    return narrow if ord(ch) < 0x2000 else 1.0


def text_width(text: str, narrow: float = 0.5) -> float:
    """Printed width of `text` in ideograph widths."""
    return sum(char_width(c, narrow) for c in text)


def tokens_of(text: str) -> list[str]:
    """Unbreakable pieces: closing punctuation glued to what precedes it, opening to what follows."""
    out: list[str] = []
    opener = ""
    for tok in TOKEN.findall(text):
        if tok[0] in NO_START and out and not out[-1].isspace() and not opener:
            out[-1] += tok
        elif tok[-1] in NO_END and not tok.isspace():
            opener += tok
        else:
            out.append(opener + tok)
            opener = ""
    if opener:
        out.append(opener)
    return out


def wrap(text: str, width: float, narrow: float = 0.5, indent: str = "") -> list[str]:
    """Lines of `text` set `width` ideographs wide (the first line starts with `indent`)."""
    lines: list[str] = []
    line: list[str] = [indent] if indent else []
    used = text_width(indent, narrow)
    for tok in tokens_of(text):
        w = text_width(tok, narrow)
        core = text_width(tok.rstrip("".join(NO_START)), narrow)
        if line and used + core > width + 1e-9:
            if w > width and re.match(r"[A-Za-z0-9]", tok):
                # a run longer than a line: break it by characters
                for ch in tok:
                    cw = char_width(ch, narrow)
                    if used + cw > width + 1e-9:
                        lines.append("".join(line))
                        line, used = [], 0.0
                    line.append(ch)
                    used += cw
                continue
            lines.append("".join(line))
            line, used = [], 0.0
            if tok.isspace():
                continue
        line.append(tok)  # closing punctuation past the measure hangs
        used += w
    if line:
        lines.append("".join(line))
    out = [ln.rstrip() for ln in lines]
    return [ln if i == 0 and indent else ln.lstrip(" ") for i, ln in enumerate(out) if ln.strip()]
