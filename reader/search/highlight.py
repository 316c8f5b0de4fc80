"""Where a query's hits are in an article: spans for the reading pane, one-line snippets for result lists.

Offsets are the article's own: text is folded one character for one character (`textnorm.fold`), so a
hit found in folded text highlights the original characters without an offset map.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.search.boundaries import is_word
from reader.search.plan import Plan
from reader.search.textnorm import collapse_whitespace

Span = tuple[int, int]

SNIPPET_BEFORE = 14
"""Characters of context before the hit a snippet starts with."""
SNIPPET_CHARS = 64


def find_spans(folded: str, strings: Iterable[str]) -> list[Span]:
    """Every occurrence of each of `strings` in `folded`, sorted; overlapping hits become one, adjacent
    ones stay two (so the reader can step through them)."""
    found: list[Span] = []
    for s in strings:
        n = len(s)
        if not n:
            continue
        i = folded.find(s)
        while i >= 0:
            found.append((i, i + n))
            i = folded.find(s, i + n)
    found.sort()
    merged: list[Span] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def best_offset(doc: str, start: int, stop: int, mask: bytes, plan: Plan) -> int:
    """Offset in `doc[start:stop]` (the body) of the best hit, or -1: the rarest term's first
    whole-word occurrence, else its first occurrence; literal forms before the others."""
    terms = sorted(plan.terms, key=lambda t: -max(a.idf for a in t.alts))
    for term in terms:
        if term.head_only:
            continue
        for alt in sorted(term.alts, key=lambda a: a.tier):
            s = alt.text
            i = doc.find(s, start, stop)
            first = i
            while i >= 0 and not is_word(mask, i, i + len(s)):
                i = doc.find(s, i + 1, stop)
            pos = i if i >= 0 else first
            if pos >= 0:
                return pos - start
    return -1


def snippet(body: str, offset: int) -> str:
    """One line of `body` around `offset` (-1: its start), whitespace folded, "…" where cut."""
    begin = max(0, offset - SNIPPET_BEFORE) if offset >= 0 else 0
    end = min(len(body), begin + SNIPPET_CHARS)
    if end - begin < SNIPPET_CHARS:
        begin = max(0, end - SNIPPET_CHARS)
    text = collapse_whitespace(body[begin:end])
    return ("…" if begin > 0 else "") + text + ("…" if end < len(body) else "")
