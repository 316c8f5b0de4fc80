"""Segmentation throughput on real page text: MB/s for the bundled page and a 10 MB page.

    python benchmarks/segment_bench.py [--repeat N]

Prints median and p95 wall time per page, throughput and peak memory; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

from reader.page.segment import segment

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "corpus" / "000_0bab674bd8117e01.txt"


def _time(text: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        segment(text, "bench.txt")
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    page = PAGE.read_text(encoding="utf-8")
    size = len(page.encode("utf-8"))
    times = sorted(_time(page, args.repeat))
    p95 = times[int(0.95 * (len(times) - 1))]
    median = statistics.median(times)
    print(
        f"bundled page ({size / 1024:.1f} KB): median {median * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, "
        f"{size / median / 1e6:.2f} MB/s"
    )

    big = (page + "\n\n") * (10_000_000 // size + 1)
    big_size = len(big.encode("utf-8"))
    best = min(_time(big, 3))
    tracemalloc.start()  # measured in a run of its own: tracing slows everything down
    _time(big, 1)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"10 MB page ({big_size / 1e6:.1f} MB): best of 3 {best:.2f} s, {big_size / best / 1e6:.2f} MB/s, "
        f"peak traced memory {peak / 1e6:.0f} MB"
    )


if __name__ == "__main__":
    main()
