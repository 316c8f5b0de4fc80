"""Write the layout11 validation pages: benchmarks/.data/validation11/{tune,valid}/.

    python benchmarks/make_validation11.py [--out DIR] [--tune N] [--valid N]

Pages are laid out by `benchmarks/layout11` (specification: benchmarks/layout11/README.md) from the
modern People's Daily texts in benchmarks/texts/modern. Stories are split between tune and valid by a
hash of their file name (no story is in both). Each split folder holds page_NNNNNN.txt, its truth
page_NNNNNN.json (the format of tests/tools/score_pages.py) and manifest.json ({page: [convention
tags]}). Seeds are fixed: every run writes the same bytes. Score with
`python benchmarks/segment_validation.py --dir benchmarks/.data/validation11/valid`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout11.compose import compose  # noqa: E402
from benchmarks.layout11.texts import read_stories, split_of  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / ".data" / "validation11"
PAGES = {"tune": 50, "valid": 200}


def seed(split: str, number: int) -> int:
    return int(hashlib.sha256(f"layout11/{split}/{number}".encode()).hexdigest()[:16], 16)


def make_split(split: str, count: int) -> list[tuple[str, str, dict, list[str], list[str]]]:
    """(name, page text, truth, tags, stories used) for `count` pages of `split`."""
    pool = [s for s in read_stories() if split_of(s) == split]
    pages = []
    for number in range(1, count + 1):
        rng = random.Random(seed(split, number))
        n = rng.choice([2, 3, 3, 4, 4, 5, 6])
        chosen = rng.sample(pool, min(n, len(pool)))
        photos = [s for s in pool if s.photos and s not in chosen]
        text, truth, tags, used = compose(chosen, photos, rng)
        name = f"page_{number:06d}.txt"
        pages.append((name, text, {"page": name, **truth}, tags, used))
    return pages


def write(out: Path, counts: dict[str, int]) -> None:
    for split, count in counts.items():
        folder = out / split
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("page_*"):
            old.unlink()
        manifest = {}
        for name, text, truth, tags, _ in make_split(split, count):
            (folder / name).write_text(text, encoding="utf-8")
            dumped = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
            (folder / name).with_suffix(".json").write_text(dumped, encoding="utf-8")
            manifest[name] = tags
        dumped = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
        (folder / "manifest.json").write_text(dumped, encoding="utf-8")
        print(f"{folder}: {count} pages")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--tune", type=int, default=PAGES["tune"])
    ap.add_argument("--valid", type=int, default=PAGES["valid"])
    args = ap.parse_args()
    write(args.out, {"tune": args.tune, "valid": args.valid})


if __name__ == "__main__":
    main()
