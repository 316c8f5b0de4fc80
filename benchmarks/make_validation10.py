#!/usr/bin/env python3
"""Write the layout10 validation pages: benchmarks/.data/validation10/{tune,valid}.

    python benchmarks/make_validation10.py [--out DIR] [--tune N] [--valid N]

Each split folder gets page_NNNNNN.txt (the page as an extractor gives it), page_NNNNNN.json (its
truth, in the format of tests/tools/score_pages.py) and manifest.json (each page's convention tags).
Stories are split disjointly between tune and valid by a hash of their id; seeds are fixed, so a
run writes the same bytes every time. See benchmarks/layout10/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout10.page import PageMaker  # noqa: E402
from benchmarks.layout10.stories import read_1998, read_modern  # noqa: E402

SEEDS = {"tune": 1010, "valid": 2020}


def all_stories():
    """Every story of both sources."""
    return read_modern() + read_1998()


def names_pool(stories) -> list[str]:
    """Reporters' names found in bylines and datelines, for bylines the layout adds."""
    names = sorted({n for s in stories for _, n in s.byline + s.dateline_authors if len(n) in (2, 3)})
    return names


def make_split(split: str, count: int, stories, names) -> list[tuple[str, str, dict, list[str]]]:
    """The pages of one split as (name, text, truth, tags)."""
    maker = PageMaker([s for s in stories if s.split == split], names, SEEDS[split])
    out = []
    for k in range(count):
        text, truth, tags = maker.page(k)
        name = f"page_{k:06d}.txt"
        out.append((name, text, {"page": name, **truth}, tags))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / ".data" / "validation10")
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    stories = all_stories()
    names = names_pool(stories)
    for split, count in (("tune", args.tune), ("valid", args.valid)):
        folder = args.out / split
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {}
        for name, text, truth, tags in make_split(split, count, stories, names):
            (folder / name).write_text(text, encoding="utf-8")
            (folder / name).with_suffix(".json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            manifest[name] = tags
        (folder / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{folder}: {count} pages")


if __name__ == "__main__":
    main()
