"""Breaking text into column lines as a Chinese typesetter does.

Widths are in full-width characters; a half-width character (digits, Latin, a space) takes half a
cell. A run of half-width letters or digits is not broken (it moves to the next line whole unless it
is longer than a line). 避头尾: a closing mark (，。、”）…) never starts a line and an opening mark
(“（《) never ends one. How a line keeps a closing mark off the next line is the page's choice:

- `hang`: the mark hangs in the margin (the line is one mark longer than the column)
- `push`: the character before it moves down with it (the line is one character shorter)
- `none`: no rule (what a careless extraction of a line-broken text gives)
"""

from __future__ import annotations

CLOSING = set("，。、；：！？）】》」』”’…—%％·")
OPENING = set("“‘（【《「『")


def cells(text: str) -> float:
    """Width of `text` in full-width cells."""
    return sum(0.5 if ord(ch) < 0x2E80 and ch not in "“”‘’…—·" else 1.0 for ch in text)


def _tokens(text: str) -> list[str]:
    """Characters, with runs of ASCII letters/digits/.%, kept together as one token."""
    out: list[str] = []
    run = ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".%-/:+_"):
            run += ch
            continue
        if run:
            out.append(run)
            run = ""
        out.append(ch)
    if run:
        out.append(run)
    return out


def wrap(text: str, width: float, first: float | None = None, kinsoku: str = "hang") -> list[str]:
    """`text` broken into lines of at most `width` cells (`first` for the first line)."""
    if not text:
        return []
    toks = _tokens(text)
    lines: list[list[str]] = [[]]
    used = 0.0
    limit = width if first is None else first
    for tok in toks:
        w = cells(tok)
        if used + w > limit + 1e-9 and lines[-1]:
            if kinsoku == "hang" and tok in CLOSING and used + w <= limit + 1.0 + 1e-9:
                lines[-1].append(tok)
                used += w
                continue
            carry: list[str] = []
            if kinsoku in ("hang", "push"):
                # an opening mark at the line's end goes down with what it opens
                while lines[-1] and lines[-1][-1] in OPENING:
                    carry.insert(0, lines[-1].pop())
                if tok in CLOSING and not carry:
                    # marks already at the line's end go down too, then one character before them
                    while len(lines[-1]) > 1 and lines[-1][-1] in CLOSING:
                        carry.insert(0, lines[-1].pop())
                    if len(lines[-1]) > 1:
                        carry.insert(0, lines[-1].pop())
            if not lines[-1]:  # nothing left to keep: give up the rule for this line
                lines[-1], carry = carry, []
            lines.append(carry)
            used = sum(cells(t) for t in carry)
            limit = width
        if w > limit and not lines[-1] and len(tok) > 1:
            # a half-width run longer than the line: split it
            lines[-1].append(tok)
            used = w
            continue
        lines[-1].append(tok)
        used += w
    return ["".join(line) for line in lines if line]
