"""Lay real article texts out with the second layout program (`benchmarks/layout2/`): pages + truth.

    python benchmarks/make_validation2.py [--out DIR] [--tune N] [--valid N]

The texts are those of `benchmarks/make_validation.py` (the People's Daily of January 1998); the page
layout is decided independently by `benchmarks.layout2`. Tuning pages use seeds 0..N-1, validation
pages seeds from 300000 on. Each split folder holds `page_SEED.txt`, `page_SEED.json` (truth) and
`manifest.json` (page -> convention tags). Score them with
`benchmarks/segment_validation.py --dir benchmarks/.data/validation2/valid`.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout.build import load_texts  # noqa: E402
from benchmarks.layout2.compose import Page  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / ".data" / "validation2"
VALID_FIRST_SEED = 300_000


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def write_split(texts, seeds: range, folder: Path) -> dict[str, list[str]]:
    """Pages `page_SEED.txt` with truth `page_SEED.json` and `manifest.json` (page -> tags)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in list(folder.glob("*.txt")) + list(folder.glob("*.json")):
        old.unlink()
    manifest: dict[str, list[str]] = {}
    for seed in seeds:
        page = Page(texts, seed)
        name = f"page_{seed:06d}"
        (folder / f"{name}.txt").write_text(page.text, encoding="utf-8")
        truth = {"page": f"{name}.txt", "seed": seed, **page.truth}
        (folder / f"{name}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        manifest[f"{name}.txt"] = sorted(page.tags)
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--tune", type=int, default=60)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    texts = load_texts()
    for split, seeds in (
        ("tune", range(args.tune)),
        ("valid", range(VALID_FIRST_SEED, VALID_FIRST_SEED + args.valid)),
    ):
        manifest = write_split(texts, seeds, args.out / split)
        counts = collections.Counter(tag for tags in manifest.values() for tag in tags)
        print(f"{split}: {len(manifest)} pages in {args.out / split}")
        print("  " + ", ".join(f"{tag} {n}" for tag, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
