#!/usr/bin/env python3
"""Write the layout13 validation set: 50 tune + 200 valid pages laid out blind from real article texts.

    python benchmarks/make_validation13.py [--out benchmarks/.data/validation13] [--tune 50] [--valid 200]

Each split folder gets page_NNNN.txt (the page as a PDF extractor gives it), page_NNNN.json (truth),
manifest.json (page -> convention tags) and sources.json (page -> story ids). Fixed seeds: the same
bytes on every run. Texts: benchmarks/texts/modern (2026) and the January 1998 People's Daily.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.layout13 import build_split  # noqa: E402
from benchmarks.people_daily_1998 import fetch_corpus, read_tagged_lines  # noqa: E402


def write_split(out: Path, pages: list, name: str) -> Counter:
    """Write one split's pages, truth and manifest; return its convention counts."""
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page_*"):
        old.unlink()
    manifest, sources, counts = {}, {}, Counter()
    for i, page in enumerate(pages, 1):
        stem = f"page_{i:04d}"
        (folder / f"{stem}.txt").write_text(page.text, encoding="utf-8")
        truth = {"page": f"{stem}.txt", **page.truth}
        (folder / f"{stem}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        manifest[f"{stem}.txt"] = page.tags
        sources[f"{stem}.txt"] = page.sources
        counts.update(page.tags)
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (folder / "sources.json").write_text(
        json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return counts


def main(argv: list[str] | None = None) -> None:
    """Build both splits and print page and convention counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / ".data" / "validation13"))
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args(argv)
    lines = read_tagged_lines(fetch_corpus())
    out = Path(args.out)
    for name, n in (("tune", args.tune), ("valid", args.valid)):
        counts = write_split(out, build_split(lines, name, n), name)
        print(f"{name}: {n} pages")
        for tag, c in sorted(counts.items()):
            print(f"  {tag:28s} {c}")


if __name__ == "__main__":
    main()
