"""Lay out the validation9 pages: the ninth layout program (a 2020s People's Daily page, blind).

    python benchmarks/make_validation9.py [--out DIR] [--tune N] [--valid N]

Writes DIR/tune and DIR/valid (default benchmarks/.data/validation9): page_NNNNNN.txt, its truth
page_NNNNNN.json and manifest.json (the convention tags of each page), the formats
`benchmarks/segment_validation.py` and `tests/tools/score_pages.py` read. The real 2026 texts of
benchmarks/texts/modern are split, by a hash of each file name, into disjoint tune and valid stories;
every page has a fixed seed, so the same command writes the same pages. See benchmarks/layout9/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout9.page import make_page  # noqa: E402
from benchmarks.layout9.stories import Story, load_stories  # noqa: E402

SPLIT_SEED = 9
TUNE_SHARE = 0.3
SEED_BASE = {"tune": 9_000_000, "valid": 9_100_000}


def split_stories(stories: list[Story]) -> dict[str, list[Story]]:
    """Disjoint tune and valid stories: a story's split follows from its file name alone (a hash), so
    adding texts never moves a story from one split to the other."""
    tune = {s.key for s in stories if zlib.crc32(f"{SPLIT_SEED}:{s.key}".encode()) % 100 < TUNE_SHARE * 100}
    return {
        "tune": [s for s in stories if s.key in tune],
        "valid": [s for s in stories if s.key not in tune],
    }


def names_of(stories: list[Story]) -> list[str]:
    """Every byline name (credits and editor lines are drawn from them)."""
    return sorted({n for s in stories for _, n in s.authors if 2 <= len(n) <= 3})


def write_split(folder: Path, count: int, seed_base: int, stories: list[Story], names: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page_*"):
        old.unlink()
    manifest = {}
    for i in range(count):
        name = f"page_{i:06d}.txt"
        text, truth, tags = make_page(seed_base + i, stories, names)
        (folder / name).write_text(text, encoding="utf-8")
        truth = {"page": name, **truth}
        (folder / name).with_suffix(".json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        manifest[name] = tags
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / ".data" / "validation9")
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    stories = load_stories()
    names = names_of(stories)
    splits = split_stories(stories)
    for split, count in (("tune", args.tune), ("valid", args.valid)):
        write_split(args.out / split, count, SEED_BASE[split], splits[split], names)
        print(f"{args.out / split}: {count} pages from {len(splits[split])} stories")


if __name__ == "__main__":
    main()
