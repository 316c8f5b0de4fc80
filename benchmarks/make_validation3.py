"""Lay real article texts out with the third layout program (`benchmarks/layout3/`): pages + truth.

    python benchmarks/make_validation3.py [--out DIR] [--tune N] [--valid N]

Texts: the People's Daily of January 1998 (downloaded on first use into benchmarks/.data) and the
committed 2026 texts (benchmarks/texts/modern). Tuning pages use seeds 0..N-1 (default 50), validation
pages seeds from 500000 on (default 200). Each split folder holds `page_SEED.txt`, `page_SEED.json`
(truth) and `manifest.json` (page -> convention tags). Score them with
`benchmarks/segment_validation.py --dir benchmarks/.data/validation3/valid`.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout3.page import Page  # noqa: E402
from benchmarks.layout3.texts import load_pool  # noqa: E402

OUT = ROOT / "benchmarks" / ".data" / "validation3"
FIRST_VALID_SEED = 500_000


def write_split(pool, seeds: range, folder: Path) -> dict[str, list[str]]:
    """`page_SEED.txt` + `page_SEED.json` per seed and `manifest.json`; old pages are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in list(folder.glob("page_*.txt")) + list(folder.glob("page_*.json")):
        old.unlink()
    manifest: dict[str, list[str]] = {}
    for seed in seeds:
        page = Page(pool, seed)
        name = f"page_{seed:06d}"
        (folder / f"{name}.txt").write_text(page.text, encoding="utf-8")
        truth = {"page": f"{name}.txt", "seed": seed, **page.truth}
        text = json.dumps(truth, ensure_ascii=False, indent=1)
        (folder / f"{name}.json").write_text(text, encoding="utf-8")
        manifest[f"{name}.txt"] = sorted(page.tags)
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    (folder / "manifest.json").write_text(text, encoding="utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    pool = load_pool()
    print(f"texts: {len(pool.articles)} articles, {len(pool.photos)} photos, {len(pool.names)} names")
    for split, seeds in (
        ("tune", range(args.tune)),
        ("valid", range(FIRST_VALID_SEED, FIRST_VALID_SEED + args.valid)),
    ):
        manifest = write_split(pool, seeds, args.out / split)
        counts = collections.Counter(t for tags in manifest.values() for t in tags)
        print(f"{split}: {len(manifest)} pages in {args.out / split}")
        print("  " + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
