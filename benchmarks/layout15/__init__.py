"""layout15: a blind layout program for segmentation validation pages (see README.md).

`stories_for(split)` gives the stories of one split (tune and valid share none), and
`build_page(split, index, pools)` lays out one page, byte-identical on every run.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass

from .page import RATES, Built, Page
from .texts import Story, archive_stories, modern_stories

__all__ = ["RATES", "Built", "Pools", "build_page", "load_pools"]


@dataclass
class Pools:
    """The stories of one split, by era, and its standalone photos."""

    modern: list[Story]
    archive: list[Story]
    modern_photos: list[Story]
    archive_photos: list[Story]


def split_of(key: str) -> str:
    """`tune` for about one story in five (by a hash of its key), else `valid`."""
    return "tune" if zlib.crc32(key.encode()) % 5 == 0 else "valid"


CREDIT = re.compile(r"^(本报记者|新华社记者)\s*([\u4e00-\u9fff](?:\s{2})?[\u4e00-\u9fff]{1,2})摄$")


def modern_photo_items(stories: list[Story]) -> list[Story]:
    """Photos of 2026 texts fit to stand alone: unnumbered caption, a reporter's credit."""
    out = []
    for s in stories:
        for _k, (cap, credit) in enumerate(s.photos):
            m = CREDIT.match(credit)
            if not m or cap.startswith("图") or len(cap) < 12:
                continue
            name = "".join(m.group(2).split())
            out.append(
                Story(
                    key=s.key,
                    era="2026",
                    date=s.date,
                    headline=None,
                    bylines=[credit],
                    byline_truth=f"{m.group(1)} {name}",
                    authors=[("记者", name)],
                    paras=[cap],
                    photo_item=True,
                )
            )
    return out


def load_pools() -> dict[str, Pools]:
    """Stories of both splits."""
    modern = modern_stories()
    archive = archive_stories()
    out = {}
    for split in ("tune", "valid"):
        m = [s for s in modern if split_of(s.key) == split]
        a = [s for s in archive if split_of(s.key) == split]
        out[split] = Pools(
            modern=m,
            archive=[s for s in a if not s.photo_item],
            modern_photos=modern_photo_items(m),
            archive_photos=[s for s in a if s.photo_item],
        )
    return out


def build_page(split: str, index: int, pools: Pools) -> Built:
    """Page `index` of `split`, from its own seed."""
    rng = random.Random(f"layout15/{split}/{index}")
    modern = rng.random() < RATES["modern_page"]
    pool = pools.modern if modern else pools.archive
    target = rng.randint(2500, 6000)
    chosen: list[Story] = []
    total = 0
    for k in rng.sample(range(len(pool)), min(40, len(pool))):
        s = pool[k]
        if total + s.size > target + 1500 and len(chosen) >= 2:
            continue
        chosen.append(s)
        total += s.size
        if total >= target or len(chosen) >= 8:
            break
    keys = {s.key for s in chosen}
    photos: list[Story] = []
    if rng.random() < RATES["photo_item"]:
        cands = [p for p in (pools.modern_photos if modern else pools.archive_photos) if p.key not in keys]
        if cands:
            photos = [rng.choice(cands)]
    date = max(s.date for s in chosen) if modern else f"1998-01-{rng.randint(1, 31):02d}"
    page = Page(rng, chosen, photos)
    built = page.build(date)
    built.tags.add("era_2026" if modern else "era_1998")
    return built
