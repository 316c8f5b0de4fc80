"""What `duba search --count` costs: ranking every match against checking each one (`SearchIndex.count`).

    python benchmarks/search_count_bench.py [--pages N] [--repeat K]

Builds a search index over the first N laid-out validation pages (benchmarks/.data, made by
benchmarks/make_validation*.py) in a throwaway cache and prints, per query, how many articles match
and the median time of both ways of counting them; the two counts must agree. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import load_page  # noqa: E402
from reader.search.index import SearchIndex  # noqa: E402

QUERIES = ("的", "经济", "经济 发展", "记者", "shili")


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = sorted((ROOT / "benchmarks" / ".data").glob("validation*/valid/*.txt"))[: args.pages]
    if not paths:
        sys.exit("no validation pages: run benchmarks/make_validation.py first")
    pages = [load_page(p, corrections=False) for p in paths]
    with tempfile.TemporaryDirectory() as cache:
        index = SearchIndex.load_or_build(pages, cache_dir=Path(cache))
        print(f"{len(pages)} pages, {len(index):,} articles")
        for query in QUERIES:
            ranked, counted = [], []
            for _ in range(args.repeat):
                start = time.perf_counter()
                n_ranked = len(index.search(query, limit=len(index) + 1))
                ranked.append(time.perf_counter() - start)
                start = time.perf_counter()
                n_counted = index.count(query)
                counted.append(time.perf_counter() - start)
            agree = "" if n_ranked == n_counted else f"  DISAGREE: {n_counted}"
            print(
                f"{query:10} {n_ranked:7,} matches  ranked {statistics.median(ranked) * 1000:7.1f} ms"
                f"  counted {statistics.median(counted) * 1000:6.1f} ms{agree}"
            )


if __name__ == "__main__":
    main()
