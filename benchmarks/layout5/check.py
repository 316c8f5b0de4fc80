"""Checks every truth on writing: its texts are on the page in order, and it scores 1.0 against itself."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.tools.score_pages import score  # noqa: E402

FIELDS = ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body")


def flat(text: str) -> str:
    return "".join(text.split())


def problems(text: str, truth: dict, furniture: list[str]) -> list[str]:
    """What is wrong with a page's truth (empty when it is consistent)."""
    out = []
    page = flat(text)
    at = 0
    for i, art in enumerate(truth["articles"]):
        if not art["paragraphs"] or not all(p.strip() for p in art["paragraphs"]):
            out.append(f"article {i}: empty paragraph")
            continue
        start = None
        for p in art["paragraphs"]:
            found = page.find(flat(p), at)
            if found < 0:
                out.append(f"article {i}: paragraph not on the page in order: {p[:20]!r}")
                break
            start = found if start is None else start
            at = found + len(flat(p))
        for name in ("kicker", "headline", "subtitle", "byline"):
            value = art.get(name)
            if value and flat(value) not in page:
                out.append(f"article {i}: {name} not on the page: {value!r}")
        for a in art["authors"]:
            if not a["name"] or a["name"] not in page:
                out.append(f"article {i}: author {a} not on the page")
    # every printed character is in some truth text or in the furniture (the square is decoration)
    parts = [
        v
        for art in truth["articles"]
        for v in [art.get(n) for n in ("kicker", "headline", "subtitle", "byline")]
        if v
    ]
    parts += [p for art in truth["articles"] for p in art["paragraphs"]] + furniture
    printed = Counter(re.sub(r"[■]", "", page))
    told = Counter(re.sub(r"[■]", "", flat("".join(parts))))
    if printed != told:
        extra = printed - told
        missing = told - printed
        out.append(
            f"characters differ: printed only {''.join(extra.elements())[:30]!r}, "
            f"truth only {''.join(missing.elements())[:30]!r}"
        )
    figures, _ = score(truth, truth)
    for f in FIELDS:
        if abs(figures[f] - 1.0) > 1e-9:
            out.append(f"self-score {f} = {figures[f]:.3f}")
    return out
