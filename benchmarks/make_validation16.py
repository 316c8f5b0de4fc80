#!/usr/bin/env python3
"""Write the layout16 validation pages: DIR/tune and DIR/valid, page_NNNNNN.txt + .json, manifest.json
(each page's tags) and pages.json (its stories).

    python benchmarks/make_validation16.py [--out DIR] [--tune N] [--valid N]

Fixed seeds (tune 1616, valid 2626): the same bytes on every run. See benchmarks/layout16/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layout16 import generate  # noqa: E402

SEEDS = {"tune": 1616, "valid": 2626}


def write_split(out: Path, split: str, n: int) -> int:
    folder = out / split
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page_*"):
        old.unlink()
    manifest = {"program": "layout16", "split": split, "seed": SEEDS[split], "pages": []}
    for k, (text, truth, entry) in enumerate(generate(split, n, SEEDS[split]), start=1):
        name = f"page_{k:06d}"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(
            json.dumps({"page": f"{name}.txt", **truth}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        manifest["pages"].append({"page": name, "articles": len(truth["articles"]), **entry})
    # manifest.json as the other sets write it (each page's convention tags, read by
    # segment_validation.py and the error listings); the pages' stories and counts in pages.json
    tags = {f"{entry['page']}.txt": entry["tags"] for entry in manifest["pages"]}
    (folder / "manifest.json").write_text(
        json.dumps(tags, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (folder / "pages.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / ".data" / "validation16"))
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    args = ap.parse_args()
    out = Path(args.out)
    for split, n in (("tune", args.tune), ("valid", args.valid)):
        write_split(out, split, n)
        print(f"{split}: {n} pages -> {out / split}")


if __name__ == "__main__":
    main()
