"""Lay real article texts out with the second layout program (`benchmarks/layout2/`): pages + truth.

    python benchmarks/make_validation2.py [--out DIR] [--tune N] [--valid N]

The texts are those of `benchmarks/make_validation.py` (the People's Daily of January 1998); the page
layout is decided independently by `benchmarks.layout2`. Tuning pages use seeds 0..N-1, validation
pages seeds from 300000 on. Each split folder holds `page_SEED.txt`, `page_SEED.json` (truth) and
`manifest.json` (page -> convention tags). Score them with
`benchmarks/segment_validation.py --dir benchmarks/.data/validation2/valid`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout import build  # noqa: E402
from benchmarks.layout2.compose import Page  # noqa: E402

if __name__ == "__main__":
    build.main(__doc__, ROOT / "benchmarks" / ".data" / "validation2", 300_000, 200, make_page=Page, digits=6)
