"""Write the layout15 validation set: 50 tune and 200 valid pages, byte-identical on every run.

    python benchmarks/make_validation15.py [--out benchmarks/.data/validation15] [--tune 50] [--valid 200]

Each page is `page_NNNN.txt` with its truth `page_NNNN.json` (the hand-checked format of
tests/data); `manifest.json` maps every page to its convention tags. The program that lays the pages
out is `benchmarks/layout15/` (its README gives every convention's rate and truth).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from layout15 import build_page, load_pools  # noqa: E402

OUT = Path(__file__).resolve().parent / ".data" / "validation15"


def write_split(out: Path, split: str, count: int, pools) -> dict[str, list[str]]:
    """Write `count` pages of `split` into out/split; their manifest entries."""
    folder = out / split
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for i in range(count):
        name = f"page_{i + 1:04d}"
        built = build_page(split, i, pools[split])
        (folder / f"{name}.txt").write_text(built.text, encoding="utf-8")
        truth = {"page": f"{name}.txt", "articles": built.articles}
        (folder / f"{name}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        manifest[f"{name}.txt"] = sorted(built.tags)
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return manifest


def main() -> None:
    """Write both splits."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    pools = load_pools()
    for split, count in (("tune", args.tune), ("valid", args.valid)):
        manifest = write_split(args.out, split, count, pools)
        tags: dict[str, int] = {}
        for page_tags in manifest.values():
            for t in page_tags:
                tags[t] = tags.get(t, 0) + 1
        print(split, len(manifest), "pages;", ", ".join(f"{t} {n}" for t, n in sorted(tags.items())))


if __name__ == "__main__":
    main()
