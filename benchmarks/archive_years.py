"""Years of a daily paper: the validation pages as one 8-page daily over five years, measured by process.

A researcher's archive of ~5 years of one paper is ~15,000 pages (~200 MB); the other archive benchmarks
stop at one year. This builds that library once (`archive_library.build_validation_archive`: the
validation pages, shuffled, copies past the first round with their characters rotated, each page with a
sidecar naming paper, date and page) under `--home`, with private XDG data, cache and config folders there
(the `DUBA_*_DIR` overrides unset), and prints, each with the load average when it ran:

- cold `duba library add`, a rescan with nothing changed (`duba library update`), `duba library list`;
- `duba search WORD`: the first (it builds the index), then the median of five; one as after an upgrade of
  the segmenter (no segmentation cache, no snapshot: every page segmented again); a search within a month
  (`date:2019-03 WORD`); `duba kwic` of a common and of a rare word (every line, as CSV); `duba trend WORD
  --by month`; each from start to exit: wall and CPU seconds, peak memory;
- the reader (plain `duba`, headless): start to the first article's text, to every page listed, to the index
  and key terms ready (medians of warm runs) and its memory;
- the caches on disk.

    nice python benchmarks/archive_years.py                       # 5 years, from 2015-01-01
    nice python benchmarks/archive_years.py --years 1 --home /tmp/y1
    DUBA_BENCH_CODE=/other/checkout nice python benchmarks/archive_years.py --fresh   # another duba
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from archive_library import ROOT, build_validation_archive, measured, reader_memory  # noqa: E402

STEPS = ("add", "rescan", "list", "search", "upgrade", "period", "kwic", "trend", "reader", "stalls", "disk")

# The reader (headless, 120x40) on the library, keys pressed as a reader would once everything is open: the
# longest time the UI thread did not run a 5 ms timer during each step (a freeze the reader feels).
STALLS = r"""
import asyncio, json, sys, time
from pathlib import Path
from reader.app.app import DubaApp
from reader.app.screens.main import MainScreen
from reader.library import Library

out, word, common = Path(sys.argv[1]), sys.argv[2], sys.argv[3]


class Probe(DubaApp):
    def on_ready(self) -> None:
        self.ticks = [time.perf_counter()]
        self.set_interval(0.005, lambda: self.ticks.append(time.perf_counter()))


def longest(ticks, since):
    times = [since] + [t for t in ticks if t > since] + [time.perf_counter()]
    return max(b - a for a, b in zip(times, times[1:]))


async def main():
    app = Probe(library=Library.for_plain_start(Path(".")))
    figures = {}
    async with app.run_test(size=(120, 40)) as pilot:
        start = time.perf_counter()
        while True:
            screen = app.screen
            if isinstance(screen, MainScreen) and screen.has_class("-loaded"):
                if screen.search_box.index is not None and screen.view.analyzer is not None:
                    break
            await pilot.pause(0.05)
        opened = time.perf_counter() - start
        figures["open (to index and key terms ready)"] = (opened, longest(app.ticks, start))

        async def step(name, keys, settle=1.5, until=None):
            since = time.perf_counter()
            for key in keys:
                await pilot.press(key)
            waited = time.perf_counter()
            while until is not None and not until() and time.perf_counter() - waited < 120:
                await pilot.pause(0.05)
            await pilot.pause(settle)
            figures[name] = (time.perf_counter() - since - settle, longest(app.ticks, since))

        def kwic_done():
            from reader.app.screens.kwic import KwicScreen

            return isinstance(app.screen, KwicScreen) and app.screen.loaded

        await step("D 2019-03-05 enter", ["D", *"2019-03-05", "enter"])
        await step("> x5 (next issue)", [">"] * 5)
        await step(". x5 (next page)", ["."] * 5)
        await step(f"/ {word} (search as you type)", ["slash", *word], settle=3)
        await step("enter (the best result)", ["enter"])
        await step(f"K ({word})", ["K"], until=kwic_done)
        await step("s (sort the concordance)", ["s"])
        await step("escape, escape", ["escape", "escape"])
        await step(f"/ {common}", ["slash", *common], settle=3)
        await step("enter (the best result)", ["enter"])
        await step(f"K ({common}: first 10,000 lines)", ["K"], until=kwic_done)
        await step("s (sort 10,000 lines)", ["s"])
        await step("escape, escape", ["escape", "escape"])
        await step(f"T {word} enter (trend)", ["T", *word, "enter"], settle=5)
        await step("escape", ["escape"])
    out.write_text(json.dumps(figures))


asyncio.run(main())
"""


def load() -> str:
    """The 1-minute load average now (two cores shared: the figures mean little without it)."""
    return f"load {os.getloadavg()[0]:.2f}"


def show(label: str, wall: float, cpu: float, peak: float, note: str = "") -> None:
    """One line of figures."""
    print(
        f"{label:<34} wall {wall:7.2f} s  CPU {cpu:7.2f} s  peak {peak:5.0f} MB  {load()}  {note}", flush=True
    )


def environment(home: Path) -> dict[str, str]:
    """The environment of every duba run: this checkout on the path, private XDG folders under `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUBA_")}
    env["PYTHONPATH"] = str(ROOT)
    for name in ("DATA", "CACHE", "CONFIG", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    return env


def size_mb(path: Path) -> float:
    """Megabytes of the files under `path` (or of the file)."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def once(label: str, args: list[str], env: dict[str, str]) -> str:
    """`duba ARGS` once, its figures printed; its standard output."""
    wall, cpu, peak, out = measured(args, env)
    show(label, wall, cpu, peak, f"({out.count(chr(10)):,} lines out)")
    return out


def median_of(label: str, args: list[str], env: dict[str, str], runs: int = 5) -> None:
    """`duba ARGS` `runs` times: the medians printed."""
    done = [measured(args, env) for _ in range(runs)]
    wall, cpu, peak = (statistics.median(d[i] for d in done) for i in range(3))
    show(label, wall, cpu, peak, f"(median of {runs}; {done[0][3].count(chr(10)):,} lines out)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--years", type=float, default=5, help="years of the daily (default 5)")
    parser.add_argument("--per-day", type=int, default=8, help="pages an issue (default 8)")
    parser.add_argument("--first", default="2015-01-01", help="the first issue's date (default 2015-01-01)")
    parser.add_argument("--home", type=Path, default=Path("/tmp/duba-years"), help="pages and XDG folders")
    parser.add_argument("--fresh", action="store_true", help="forget the library and caches: add anew")
    parser.add_argument(
        "--word", default="记者", help="the word searched (default 记者: printed in every year)"
    )
    parser.add_argument("--month", default="2019-03", help="the period of the filtered search")
    parser.add_argument("--common", default="的", help="the common word of kwic (default 的)")
    parser.add_argument("--rare", default="茶馆", help="the rare word of kwic (default 茶馆)")
    parser.add_argument(
        "--steps", default=",".join(STEPS), help=f"which figures (default all: {','.join(STEPS)})"
    )
    args = parser.parse_args()
    steps = set(args.steps.split(","))
    first = dt.date.fromisoformat(args.first)
    days = round(args.years * 365.25)
    pages = days * args.per_day
    os.chdir(ROOT)  # (a child `python -c` imports from its working folder first)
    print(f"duba measured: {ROOT} ({sys.executable}); {load()}")

    start = time.perf_counter()
    made, sources = build_validation_archive(
        pages, args.home / "pages", papers=1, per_day=args.per_day, first=first
    )
    folder = args.home / "pages"
    mb = sum(f.stat().st_size for f in folder.rglob("*.txt")) / 1e6
    print(
        f"archive: {folder}: {made:,} pages ({mb:.0f} MB) of one daily, {days:,} days from {first}, ", end=""
    )
    print(f"from {sources:,} validation pages ({time.perf_counter() - start:.1f} s)")
    env = environment(args.home)
    if args.fresh:
        for name in ("data", "cache", "config", "state"):
            shutil.rmtree(args.home / name, ignore_errors=True)

    if "add" in steps:
        if (args.home / "data" / "duba" / "library.sqlite3").is_file():
            print("library added before (--fresh adds it anew)")
        else:
            wall, cpu, peak, out = measured(["library", "add", str(folder)], env)
            show("library add (cold)", wall, cpu, peak, f"{made / wall:.0f} pages/s; {out.strip()[:80]}")
    if "rescan" in steps:
        once("library update (nothing changed)", ["library", "update"], env)
    if "list" in steps:
        once("library list", ["library", "list"], env)
    if "search" in steps:
        index = next((args.home / "cache" / "duba").glob("search-v*"), None)
        if index is not None:
            shutil.rmtree(index)
        once(f"search {args.word} (first: builds index)", ["search", args.word], env)
        median_of(f"search {args.word} (later)", ["search", args.word], env)
    if "upgrade" in steps:
        # as after an upgrade of the segmenter: no page in the segmentation cache, no snapshot (the
        # search index kept, its articles the same)
        cache = args.home / "cache" / "duba"
        for stale in cache.glob("segments-v*"):
            shutil.rmtree(stale)
        for stale in cache.glob("library-pages-v*"):
            stale.unlink()
        once(f"search {args.word} (after an upgrade)", ["search", args.word], env)
    if "period" in steps:
        median_of(
            f"search 'date:{args.month} {args.word}'", ["search", f"date:{args.month} {args.word}"], env
        )
    if "kwic" in steps:
        once(f"kwic {args.common} --csv", ["kwic", args.common, "--csv"], env)
        once(f"kwic {args.rare} --csv", ["kwic", args.rare, "--csv"], env)
    if "trend" in steps:
        once(f"trend {args.word} --by month", ["trend", args.word, "--by", "month"], env)
    if "reader" in steps:
        print(f"reader (headless, plain duba), {load()}:", flush=True)
        reader_memory(env)
    if "stalls" in steps:
        print(f"reader (headless 120x40, keys pressed once all is open), {load()}:", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "stalls"
            subprocess.run(
                [sys.executable, "-c", STALLS, str(out), args.word, args.common],
                env=env,
                check=True,
                timeout=1800,
            )
            for name, (seconds, stall) in json.loads(out.read_text()).items():
                print(f"  {name:<40} {seconds:6.2f} s  longest stall {stall * 1000:6.0f} ms")
        print(f"  ({load()})")
    if "disk" in steps:
        cache = args.home / "cache" / "duba"
        parts = [("catalogue", args.home / "data" / "duba" / "library.sqlite3")]
        parts += [(p.name, p) for p in sorted(cache.iterdir())] if cache.is_dir() else []
        shown = ", ".join(f"{name} {size_mb(path):.1f}" for name, path in parts if path.exists())
        print(f"on disk (MB): {shown}; total cache {size_mb(cache) if cache.is_dir() else 0:.0f}")
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
