"""Lay out the seventh validation set: pages of the blind layout program `benchmarks/layout7`.

    python benchmarks/make_validation7.py [--out benchmarks/.data/validation7] [--tune 50] [--valid 200]

Writes OUT/{tune,valid}/page_N.txt, page_N.json (the truth: articles and furniture) and
manifest.json (each page's convention tags). Seeds are fixed; the tune and valid splits use
disjoint stories (a fifth of each source's articles for tune). About half of the pages are laid out
from the January 1998 People's Daily, half from the 2026 texts in benchmarks/texts/modern, and one
page in six mixes the two. Every page passes `benchmarks.layout7.check` before it is written.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout7.check import check  # noqa: E402
from benchmarks.layout7.compose import compose  # noqa: E402
from benchmarks.layout7.texts import Pools, Source, load  # noqa: E402

SEED = 7_2026
OUT = ROOT / "benchmarks" / ".data" / "validation7"


def split_sources(sources: list[Source], seed: int) -> tuple[list[Source], list[Source]]:
    """(tune, valid): a fifth of the sources for tune, the rest for valid, no source in both."""
    order = sorted(sources, key=lambda s: s.key)
    random.Random(seed).shuffle(order)
    cut = len(order) // 5
    return order[:cut], order[cut:]


def page_sources(rng: random.Random, old: list[Source], new: list[Source]) -> list[Source]:
    """The articles of one page: mostly one year's texts, sometimes mixed."""
    n = rng.choices([3, 4, 5, 6], [2, 4, 3, 1])[0]
    main, other = (new, old) if rng.random() < 0.5 else (old, new)
    picked = rng.sample(main, min(n, len(main)))
    if rng.random() < 0.17 and other:
        picked[rng.randrange(len(picked))] = rng.choice(other)
    return picked


def write_split(old: list[Source], new: list[Source], pools: Pools, out: Path, pages: int, seed: int) -> dict:
    """Lay out `pages` pages into `out`; the manifest (page name -> tags)."""
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, list[str]] = {}
    for i in range(pages):
        rng = random.Random(seed * 1000 + i)
        sources = page_sources(rng, old, new)
        photos = rng.choices([0, 1, 2], [13, 5, 2])[0]
        text, articles, furniture, tags = compose(sources, photos, rng, pools)
        name = f"page_{i:03d}.txt"
        truth = {"page": name, "articles": articles, "furniture": furniture}
        errors = check(text, truth, furniture)
        if errors:
            raise ValueError(f"{name}: {errors}")
        (out / name).write_text(text, "utf-8")
        (out / name).with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        manifest[name] = tags
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    old, new, pools = load()
    old_tune, old_valid = split_sources(old, SEED)
    new_tune, new_valid = split_sources(new, SEED + 1)
    write_split(old_tune, new_tune, pools, args.out / "tune", args.tune, SEED)
    write_split(old_valid, new_valid, pools, args.out / "valid", args.valid, SEED + 1)
    print(f"{args.tune} tune and {args.valid} valid pages in {args.out}")


if __name__ == "__main__":
    main()
