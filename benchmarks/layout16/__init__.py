"""layout16: an independent layout program for segmentation validation pages (session 55).

`generate(split, n, seed)` lays out `n` pages from the stories of one split ("tune" or "valid"); each
page is (raw text, truth dict, manifest entry). See README.md for the model and the conventions.
"""

from __future__ import annotations

import random
from functools import cache

from .page import Pool, build_page
from .sources import Story, read_1998, read_modern, split_key

__all__ = ["generate", "stories", "Story", "split_key"]


@cache
def stories() -> tuple[Story, ...]:
    return tuple(read_modern()) + tuple(read_1998())


def _editors(pool: tuple[Story, ...]) -> list[str]:
    names = sorted(
        {a["name"] for s in pool if s.source == "1998" for a in s.authors if len(a["name"]) in (2, 3)}
    )
    return names[:400]


def generate(split: str, n: int, seed: int) -> list[tuple[str, dict, dict]]:
    rng = random.Random(seed)
    every = stories()
    mine = [s for s in every if split_key(s.sid) == split]
    pools = {
        "2026": Pool([s for s in mine if s.source == "2026"], rng),
        "1998": Pool([s for s in mine if s.source == "1998"], rng),
    }
    editors = _editors(every)
    pages = []
    for _ in range(n):
        pages.append(build_page(rng, pools, editors))
    return pages
