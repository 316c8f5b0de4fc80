"""Write the twelfth layout program's validation set (tune 50 pages, valid 200 pages).

    python benchmarks/make_validation12.py [--out benchmarks/.data/validation12]

Each split folder gets page_NNN.txt (the raw extracted page), page_NNN.json (its truth, in the
bundled page's truth format), manifest.json (page → convention tags drawn; the format
`benchmarks/segment_validation.py --dir` reads) and stories.json (page → the stories laid out on
it). Fixed seeds: every run writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout12 import build_splits  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / ".data" / "validation12"


def write(out: Path) -> dict[str, int]:
    """Both splits written under `out`; the page count of each."""
    counts = {}
    for split, pages in build_splits().items():
        folder = out / split
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("page_*"):
            old.unlink()
        manifest = {}
        stories = {}
        for page in pages:
            (folder / f"{page.name}.txt").write_text(page.text, encoding="utf-8")
            (folder / f"{page.name}.json").write_text(
                json.dumps(page.truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            manifest[f"{page.name}.txt"] = page.tags
            stories[f"{page.name}.txt"] = page.stories
        for fname, data in (("manifest.json", manifest), ("stories.json", stories)):
            (folder / fname).write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        counts[split] = len(pages)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    counts = write(args.out)
    print(" ".join(f"{k}={v}" for k, v in counts.items()), "pages in", args.out)


if __name__ == "__main__":
    main()
