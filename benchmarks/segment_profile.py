"""Where a segmentation's time goes on varied pages, each segmented once, as an archive's reader meets them.

    python benchmarks/segment_profile.py [DIR ...] [--root ROOT] [--per-process N] [--every K]
                                         [--top N] [--slowest K] [--no-sample]

Every page_*.txt under the folders (by default benchmarks/.data/validation10/valid and modern2) is
segmented once, in fresh processes of N pages each (so caches start as cold as in `segment_pages.py`).
Prints, for the checkout ROOT (default: this one):
- the pages' CPU time per page (median, p95) and MB/s (their bytes over their summed time);
- the share of the time in each step of `segment._analyse` and in the steps of `units.build_units`
  (each step's function wrapped with a CPU clock, which adds a little to every figure of this pass;
  a step run twice on a page counts twice);
- the slowest pages (ms, KB, units, lines) and why they may be slow;
- unless --no-sample, a second pass of the same processes, sampled every 0.25 ms (a
  signal handler notes the running function, every function on the stack and the running line): the
  top functions by own time, by time inside them, and the top lines. (Sampling slows the run little
  and evenly; cProfile slows small functions most and would mislead.)
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
DEFAULT_DIRS = [DATA / "validation10" / "valid", DATA / "modern2"]
BUNDLED = ROOT / "corpus" / "000_0bab674bd8117e01.txt"

# the steps timed: (module, function name) looked up in the module that calls them
SEGMENT_STEPS = [
    *("cut_blocks", "build_units", "label", "_items", "meeting_breaks", "mark_goes_on", "read_sets_on"),
    *("_move_top_photo", "free_photos", "tie_photos_below", "page_mode", "_assemble", "confidences"),
    "unbroken",
]
UNIT_STEPS = [
    *("block_columns", "paragraph_habits", "measure_units", "mark_cohesion", "join_wrapped_titles"),
    *("merge_body", "mark_stacks", "glued_stack", "title_lines", "mark_field_labels"),
    "split_at",
]

# One process: import, warm up on the bundled page, then each page of the list once with its steps
# timed (or, when sampled, with its stacks sampled instead). Prints one JSON object.
_CHILD = """
import json, sys, time
root, listing, bundled = sys.argv[1:4]
prof_out = sys.argv[4] == 'sample'
segment_steps, unit_steps = json.loads(sys.argv[5])
sys.path.insert(0, root)
import reader.page.segment as S
import reader.page.units as U
from reader.page.lexicon import word_crosses
word_crosses("甲乙", "丙丁")
import rjieba
from reader.gcpause import paused
clock = time.process_time
spent = {}
def timed(mod, name, key):
    f = getattr(mod, name, None)
    if f is None:
        return
    def g(*a, **k):
        begun = clock()
        try:
            return f(*a, **k)
        finally:
            spent[key] = spent.get(key, 0.0) + clock() - begun
    setattr(mod, name, g)
page = open(bundled, encoding="utf-8").read()
S.segment(page)
if not prof_out:
    for name in segment_steps:
        timed(S, name, "segment." + name)
    for name in unit_steps:
        timed(U, name, "units." + name)
rows = []
samples = {"self": {}, "inside": {}, "line": {}, "n": 0}
if prof_out:
    import signal
    def sample(signum, frame):
        if not on:
            return
        samples["n"] += 1
        code = frame.f_code
        here = f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}"
        samples["self"][here] = samples["self"].get(here, 0) + 1
        at = f"{here}:{frame.f_lineno}"
        samples["line"][at] = samples["line"].get(at, 0) + 1
        seen = set()
        while frame is not None:
            code = frame.f_code
            name = f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}"
            if name not in seen:
                seen.add(name)
                samples["inside"][name] = samples["inside"].get(name, 0) + 1
            frame = frame.f_back
    # (a wall-clock timer: the CPU-time ones tick at the kernel's 4 ms at best; on a loaded machine a
    # tick while the process waits is taken where it resumes, anywhere in its work alike)
    signal.signal(signal.SIGALRM, sample)
    signal.setitimer(signal.ITIMER_REAL, 0.00025, 0.00025)
on = False
for path in open(listing, encoding="utf-8").read().split("\\n"):
    if not path:
        continue
    text = open(path, encoding="utf-8").read()
    before = dict(spent)
    on = True
    begun = clock()
    with paused():
        units = S._analyse(text, path)[0]
        took = clock() - begun
    on = False
    steps = {k: v - before.get(k, 0.0) for k, v in spent.items() if v != before.get(k, 0.0)}
    rows.append({"path": path, "time": took, "bytes": len(text.encode()), "units": len(units),
                 "lines": text.count("\\n"), "steps": steps})
if prof_out:
    signal.setitimer(signal.ITIMER_REAL, 0, 0)
    rows = samples
print(json.dumps(rows))
"""


def _run(root: Path, pages: list[Path], per_process: int, sample: bool) -> list:
    rows: list = []
    steps = json.dumps([SEGMENT_STEPS, UNIT_STEPS])
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(0, len(pages), per_process):
            listing = Path(tmp) / f"list{n}.txt"
            listing.write_text("\n".join(map(str, pages[n : n + per_process])), encoding="utf-8")
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _CHILD,
                    str(root),
                    str(listing),
                    str(BUNDLED),
                    "sample" if sample else "",
                    steps,
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            got = json.loads(out)
            rows.extend(got if not sample else [got])
    return rows


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def _report_times(rows: list[dict], slowest: int) -> None:
    times = [r["time"] for r in rows]
    size = sum(r["bytes"] for r in rows)
    total = sum(times)
    print(
        f"{len(rows)} pages, {size / 1e6:.2f} MB: per page median {statistics.median(times) * 1e3:.2f} ms, "
        f"p95 {_p95(times) * 1e3:.2f} ms; {size / total / 1e6:.2f} MB/s (CPU, steps timed)"
    )
    steps: dict[str, float] = {}
    for r in rows:
        for k, v in r["steps"].items():
            steps[k] = steps.get(k, 0.0) + v
    print(f"\n{'step':32s} {'ms/page':>8s} {'share':>6s}   (units.* steps are inside segment.build_units)")
    for k, v in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"{k:32s} {v / len(rows) * 1e3:8.3f} {v / total * 100:5.1f}%")
    print(f"\nslowest {slowest} pages: ms  KB  units  lines  ms/KB  top step")
    for r in sorted(rows, key=lambda r: -r["time"])[:slowest]:
        top = max(r["steps"].items(), key=lambda kv: kv[1], default=("-", 0.0))
        print(
            f"  {r['time'] * 1e3:6.1f} {r['bytes'] / 1e3:6.1f} {r['units']:5d} {r['lines']:5d} "
            f"{r['time'] * 1e3 / (r['bytes'] / 1e3):6.2f}  {top[0]} {top[1] * 1e3:.1f} ms  "
            f"{Path(r['path']).parent.parent.name}/{Path(r['path']).parent.name}/{Path(r['path']).name}"
        )


def _report_samples(runs: list[dict], top: int) -> None:
    total = sum(r["n"] for r in runs)
    for kind, title in (("self", "own time"), ("inside", "time inside"), ("line", "line")):
        counts: dict[str, int] = {}
        for r in runs:
            for k, v in r[kind].items():
                counts[k] = counts.get(k, 0) + v
        print(f"\n== sampled ({total} samples), by {title}")
        for k, v in sorted(counts.items(), key=lambda kv: -kv[1])[:top]:
            print(f"{v / total * 100:5.1f}%  {k}")


def main() -> None:
    """Profile the segmenter on many pages and print where the time goes."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--per-process", type=int, default=25)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--slowest", type=int, default=12)
    parser.add_argument("--no-sample", action="store_true")
    args = parser.parse_args()
    pages = sorted(p for d in (args.dirs or DEFAULT_DIRS) for p in d.rglob("page_*.txt"))[:: args.every]
    _report_times(_run(args.root.resolve(), pages, args.per_process, False), args.slowest)
    if not args.no_sample:
        _report_samples(_run(args.root.resolve(), pages, args.per_process, True), args.top)


if __name__ == "__main__":
    main()
