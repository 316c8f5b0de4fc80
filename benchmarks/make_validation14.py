#!/usr/bin/env python3
"""Write the layout14 page sets: 50 tune + 200 valid pages with truth and convention tags.

    python benchmarks/make_validation14.py [--out benchmarks/.data/validation14] [--tune 50] [--valid 200]

Pages are fixed by their seeds (byte-identical on every run). Tune and valid share no story.
Layout program: benchmarks/layout14/ (README.md there lists every convention's rate).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.layout14.build import build_split, load_pools  # noqa: E402


def write_split(out: Path, pages: list, counts: Counter) -> None:
    """page_NNNN.txt + .json and manifest.json in out."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for i, b in enumerate(pages):
        name = f"page_{i:04d}"
        (out / f"{name}.txt").write_text(b.text, encoding="utf-8")
        truth = {"page": f"{name}.txt", **b.truth}
        (out / f"{name}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        manifest[f"{name}.txt"] = b.tags
        counts.update(b.tags)
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / ".data" / "validation14"))
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    pools = load_pools()
    out = Path(args.out)
    for split, n in (("tune", args.tune), ("valid", args.valid)):
        counts: Counter = Counter()
        pages = build_split(pools[split], split, n)
        write_split(out / split, pages, counts)
        arts = sum(len(b.truth["articles"]) for b in pages)
        print(f"{split}: {n} pages, {arts} items -> {out / split}")
        for tag, c in sorted(counts.items()):
            print(f"  {tag:28s} {c}")


if __name__ == "__main__":
    main()
