"""Segmentation throughput over many different pages, each segmented once, as an archive's reader meets them.

    python benchmarks/segment_pages.py [DIR ...] [--per-process N] [--root ROOT ...] [--worst K]
                                       [--instructions] [--every K]

`segment_bench.py` and `segment_ab.py` segment one page again and again: every per-text cache is warm
after the first run, and the page is larger than most. Here every page_*.txt under the folders (by
default benchmarks/.data/validation10 and modern2) is segmented once, in fresh processes of N pages each
(so no page finds its own lines cached), timed in CPU time (`time.process_time`: a busy machine slows
the wall clock, much less the CPU time). Prints, per checkout: median and p95 milliseconds per page,
MB/s over all pages (their bytes over their summed time), the peak memory of a process (its largest
resident size), and what each process paid once before its first page: importing the segmenter,
loading the word dictionary (`lexicon`'s pair table, and the dictionary itself, which 1 page in 12
still needs) and segmenting the bundled page the first time. `--root` (repeatable) names checkouts
to compare (any folder holding `reader/`, e.g. `git worktree add --detach /tmp/old main`); their
processes alternate so that all see the same load. `--instructions` counts machine instructions per
page instead, under valgrind (when installed; independent of the load; each process's start-up left
out): the measure to compare two checkouts by. `--every K` takes every K-th page only (valgrind is
~50× slower). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from segment_ab import count_instructions

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
DEFAULT_DIRS = [DATA / "validation10", DATA / "modern2"]
BUNDLED = ROOT / "corpus" / "000_0bab674bd8117e01.txt"

# One process: import the segmenter, load the dictionary, segment the bundled page (the start-up, timed
# apart), then each page of the list once. Prints one JSON object.
_CHILD = """
import json, resource, sys, time
root, listing, bundled = sys.argv[1:4]
clock = time.process_time
started = clock()
sys.path.insert(0, root)
from reader.page.segment import segment
try:
    from reader.page.lexicon import word_crosses
except ImportError:  # a checkout older than reader.page.lexicon (an A/B --root)
    from reader.page.wordbreak import word_crosses
imported = clock()
word_crosses("甲乙", "丙丁")  # (the pair table, or in an older checkout the dictionary, loads on first use)
import rjieba  # (the dictionary, which a few pages still need, loaded here, not on a random page)
loaded = clock()
page = open(bundled, encoding="utf-8").read()
segment(page)
first = clock()
segment(page)
second = clock()
start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
times = []
for path in open(listing, encoding="utf-8").read().split("\\n"):
    if path:
        text = open(path, encoding="utf-8").read()
        begun = clock()
        segment(text, path)
        times.append(clock() - begun)
print(json.dumps({
    "import": imported - started, "dictionary": loaded - imported,
    "first": (first - loaded) - (second - first), "times": times,
    "start_rss": start_rss, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
"""


def _pages(dirs: list[Path], every: int) -> list[Path]:
    found = sorted(p for d in dirs for p in d.rglob("page_*.txt"))
    return found[::every]


def _child(root: str, pages: list[Path], valgrind: bool = False) -> dict | int:
    """Run one process over `pages`: its JSON report, or (under valgrind) its instruction count."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in pages))
        listing.flush()
        command = [sys.executable, "-c", _CHILD, root, listing.name, str(BUNDLED)]
        if not valgrind:
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            return json.loads(done.stdout)
        return count_instructions(command, root)


def _chunks(pages: list[Path], size: int) -> list[list[Path]]:
    return [pages[k : k + size] for k in range(0, len(pages), size)]


def _timed(roots: list[str], pages: list[Path], per_process: int, worst: int) -> None:
    sizes = {p: p.stat().st_size for p in pages}
    reports: dict[str, list[dict]] = {root: [] for root in roots}
    for n, chunk in enumerate(_chunks(pages, per_process)):
        for root in roots if n % 2 == 0 else roots[::-1]:
            reports[root].append(_child(root, chunk))
    total = sum(sizes.values())
    totals = {}
    for root, found in reports.items():
        times = [t for r in found for t in r["times"]]
        by_page = sorted(zip(times, [p for c in _chunks(pages, per_process) for p in c], strict=True))
        ordered = sorted(times)
        median, p95 = statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]
        totals[root] = sum(times)
        start = {k: statistics.median(r[k] for r in found) * 1000 for k in ("import", "dictionary", "first")}
        print(
            f"{root}: {len(times)} pages, {total / 1e6:.2f} MB in {len(found)} processes: per page median "
            f"{median * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms; {total / sum(times) / 1e6:.2f} MB/s (CPU); "
            f"peak memory {max(r['rss'] for r in found) / 1024:.0f} MB "
            f"(+{max(r['rss'] - r['start_rss'] for r in found) / 1024:.0f} MB over the start-up's)"
        )
        print(
            f"  once per process (median): import {start['import']:.0f} ms, "
            f"dictionary {start['dictionary']:.0f} ms, first page's extra {start['first']:.1f} ms"
        )
        slow = sorted(by_page, key=lambda tp: sizes[tp[1]] / tp[0])[:worst]
        for t, p in slow:
            print(
                f"  {p.relative_to(DATA) if p.is_relative_to(DATA) else p}: {sizes[p] / 1024:.1f} KB, "
                f"{t * 1000:.2f} ms, {sizes[p] / t / 1e6:.2f} MB/s"
            )
    if len(roots) > 1:
        base = totals[roots[0]]
        for root in roots[1:]:
            print(f"{root} vs {roots[0]}: total CPU {(totals[root] - base) / base * 100:+.1f}%")


def _counted(roots: list[str], pages: list[Path], per_process: int) -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    total = sum(p.stat().st_size for p in pages)
    counts = {}
    for root in roots:
        chunks = _chunks(pages, per_process)
        idle = _child(root, [], valgrind=True)
        counts[root] = sum(_child(root, chunk, valgrind=True) - idle for chunk in chunks)
        print(
            f"{root}: {len(pages)} pages, {total / 1e6:.2f} MB: {counts[root] / len(pages) / 1e6:.2f} M "
            f"instructions per page, {counts[root] / total:.0f} per byte"
        )
    for root in roots[1:]:
        print(f"{root} vs {roots[0]}: {(counts[root] - counts[roots[0]]) / counts[roots[0]] * 100:+.2f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--per-process", type=int, default=25)
    parser.add_argument("--root", action="append", help="a checkout (repeatable; default: this one)")
    parser.add_argument("--worst", type=int, default=0, help="list the K pages of the lowest MB/s")
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--every", type=int, default=1)
    args = parser.parse_args()
    roots = [str(Path(r).resolve()) for r in args.root or [ROOT]]
    pages = _pages(args.dirs, args.every)
    if not pages:
        raise SystemExit("no page_*.txt under " + ", ".join(map(str, args.dirs)))
    if args.instructions:
        _counted(roots, pages, max(args.per_process, 50))
    else:
        _timed(roots, pages, args.per_process, args.worst)


if __name__ == "__main__":
    main()
