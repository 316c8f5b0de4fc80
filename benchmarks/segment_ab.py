"""Segmentation speed of two checkouts compared on the bundled page, robust to a busy machine.

    python benchmarks/segment_ab.py OLD_ROOT NEW_ROOT [--rounds 10] [--runs 100] [--instructions]

Wall time on a shared machine swings with its load, so this compares CPU time: ROUNDS child processes
per checkout, started alternately (old, new, new, old, …) so that both see the same load, each timing
RUNS segmentations of the bundled page (`time.process_time`) after a warm-up. Prints the median and
p95 per checkout and the change in the median. `--instructions` also counts the machine instructions
of one segmentation under valgrind (when installed): they do not depend on the load at all (the
difference of 25 and 5 runs, so start-up is left out). A checkout is any folder holding `reader/`
(`git worktree add /tmp/old main --detach`). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import atexit
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "corpus" / "000_0bab674bd8117e01.txt"

_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from reader.page.segment import segment
text = open(sys.argv[2], encoding="utf-8").read()
runs = int(sys.argv[3])
for _ in range(10):
    segment(text)
times = []
for _ in range(runs):
    started = time.process_time()
    segment(text)
    times.append(time.process_time() - started)
print(" ".join(f"{t:.7f}" for t in times))
"""


def _cpu_times(root: str, runs: int) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, root, str(PAGE), str(runs)], capture_output=True, text=True, check=True
    )
    return [float(x) for x in done.stdout.split()]


# makes what segmenting keeps in the cache folder (the word-pair table of reader.page.lexicon, the
# compiled patterns of reader.page.rx), if the checkout keeps anything there
_SETTLE = """
import sys
sys.path.insert(0, sys.argv[1])
import reader.page.segment
try:
    from reader.page.lexicon import _pairs
except ImportError:
    pass
else:
    _pairs()
"""


@cache
def _cache_folder(root: str) -> str:
    """A cache folder of the counts' own for checkout `root`, holding what segmenting keeps there before
    any count: a child that built the word-pair table or compiled the patterns, where another read them
    (or found them of another install or format in the user's folder, and made them again), would count
    the making too."""
    folder = tempfile.mkdtemp(prefix="duba-counts-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    subprocess.run([sys.executable, "-c", _SETTLE, root], env={"DUBA_CACHE_DIR": folder}, check=True)
    return folder


def count_instructions(command: list[str], root: str) -> int:
    """Instructions `command` (a child segmenting with checkout `root`) runs to its end under valgrind
    (cachegrind without its cache model), with a fixed hash seed, no .pyc written (else the first child of
    a fresh checkout compiles every module and a later one does not, and a difference of two counts takes
    the compile in) and a cache folder of its own, made ready first (`_cache_folder`)."""
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *command],
        capture_output=True,
        text=True,
        check=True,
        env={
            "PYTHONHASHSEED": "0",
            "PATH": "/usr/bin:/bin",
            "PYTHONDONTWRITEBYTECODE": "1",
            "DUBA_CACHE_DIR": _cache_folder(root),
        },
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1).replace(",", ""))


def _instructions(root: str, runs: int) -> int:
    return count_instructions([sys.executable, "-c", _CHILD, root, str(PAGE), str(runs)], root)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--instructions", action="store_true")
    args = parser.parse_args()
    size = len(PAGE.read_text(encoding="utf-8").encode("utf-8"))
    times: dict[str, list[float]] = {args.old: [], args.new: []}
    for r in range(args.rounds):
        for root in (args.old, args.new) if r % 2 == 0 else (args.new, args.old):
            times[root] += _cpu_times(root, args.runs)
    for root, found in times.items():
        found.sort()
        median, p95 = statistics.median(found), found[int(0.95 * (len(found) - 1))]
        print(
            f"{root}: {len(found)} runs, CPU median {median * 1000:.3f} ms ({size / median / 1e6:.2f} MB/s), "
            f"p95 {p95 * 1000:.3f} ms ({size / p95 / 1e6:.2f} MB/s)"
        )
    old, new = statistics.median(times[args.old]), statistics.median(times[args.new])
    print(f"change in the median: {(new - old) / old * 100:+.1f}%")
    if args.instructions:
        if shutil.which("valgrind") is None:
            print("valgrind is not installed: no instruction counts")
            return
        roots = (args.old, args.new)
        counts = {root: (_instructions(root, 25) - _instructions(root, 5)) / 20 for root in roots}
        for root, count in counts.items():
            print(f"{root}: {count / 1e6:.2f} M instructions per segmentation")
        print(f"change: {(counts[args.new] - counts[args.old]) / counts[args.old] * 100:+.1f}%")


if __name__ == "__main__":
    main()
