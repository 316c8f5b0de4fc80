"""Lay out the fourth segmentation validation set (program: `benchmarks/layout4/`).

    python benchmarks/make_validation4.py [--out DIR] [--tune N] [--valid N]

Writes DIR/tune (seeds 0..N-1, default 50) and DIR/valid (seeds 700000.., default 200), each with
`page_SEED.txt`, its truth `page_SEED.json` (shared truth format) and `manifest.json` (page ->
convention tags), the layout `benchmarks/segment_validation.py --dir DIR/valid` scores. DIR defaults
to benchmarks/.data/validation4 (git-ignored); the January 1998 People's Daily is downloaded there
on first use. Every truth is checked before it is written: each of its texts is on the page and it
scores 1.0 against itself on every field.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout4.page import check, make_page  # noqa: E402
from benchmarks.layout4.sources import Texts, load_texts  # noqa: E402
from benchmarks.people_daily_1998 import fetch_corpus, read_tagged_lines  # noqa: E402
from tests.tools.score_pages import score  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / ".data" / "validation4"
VALID_FROM = 700000
FIELDS = ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body")


def problems(text: str, truth: dict) -> list[str]:
    """Why this page's truth cannot be scored as written (empty when it can)."""
    found = check(text, truth)
    figures, _ = score(truth, truth)
    found += [f"{f} {figures[f]:.3f} against itself" for f in FIELDS if figures[f] != 1.0]
    return found


def write_split(folder: Path, seeds: range, texts: Texts) -> None:
    """Lay out one page per seed into `folder`, with its manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page_*"):
        old.unlink()
    manifest = {}
    for seed in seeds:
        name = f"page_{seed}.txt"
        text, truth, tags = make_page(seed, texts)
        wrong = problems(text, truth)
        if wrong:
            raise SystemExit(f"seed {seed}: " + "; ".join(wrong))
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).with_suffix(".json").write_text(
            json.dumps({"page": name, **truth}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        manifest[name] = tags
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(f"{len(manifest)} pages in {folder}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--tune", type=int, default=50, help="pages in the tuning split (seeds 0..N-1)")
    ap.add_argument(
        "--valid", type=int, default=200, help=f"pages in the validation split (seeds from {VALID_FROM})"
    )
    args = ap.parse_args()
    texts = load_texts(read_tagged_lines(fetch_corpus()))
    write_split(args.out / "tune", range(args.tune), texts)
    write_split(args.out / "valid", range(VALID_FROM, VALID_FROM + args.valid), texts)


if __name__ == "__main__":
    main()
