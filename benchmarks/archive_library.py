"""The validation-page library of `archive_bench.py --source validation`: made, and measured by process.

`build_validation_archive` lays the segmenter's validation pages out as two dailies (see its docstring);
`validation_library` adds them to a library with private folders once and prints what whole processes
cost on it: `duba library add`, a rescan, the reader (plain `duba`, headless) to its first text, to every
page listed, to the index and key terms ready, and its memory then; the caches on disk; `duba search`,
`kwic` and `trend` from start to exit. Run through `archive_bench.py`, which adds the in-process figures.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("DUBA_BENCH_CODE") or HERE.parent)
"""The duba measured (see archive_bench.py --code)."""


VALIDATION_PAPERS = (("rmrb", "人民日报"), ("gmrb", "光明日报"))
VALIDATION_PAGES_PER_DAY = 12
# Characters of running text (no byline, dateline or credit cue among them) that the k-th copy of a page
# shifts k places along this string: every copy is a page of its own (its own hash, article ids and
# words), laid out as the original, since each character keeps its width.
ROTATED = (
    "人国业大和发生地工作民成动会行家能到要市全展化实产时多部进区开高理务经力用学建现"
    "长公体关合场同村政制重机面主加平小品设定心分服度保技事法水资万农量入天好活企"
)


# The sets a benchmark may read: validation11..15 are held out (no one reads them but their own scorer).
VALIDATION_SETS = ("validation", *(f"validation{n}" for n in range(2, 11)))


def validation_sources() -> list[Path]:
    """The segmenter's validation pages (the sets of `VALIDATION_SETS`, tune and valid) and the modern pages,
    in a fixed order."""
    data = HERE / ".data"
    found = [page for name in VALIDATION_SETS for page in sorted((data / name).glob("*/page_*.txt"))]
    found += sorted((data / "modern2").glob("*.txt"))
    if not found:
        raise SystemExit(f"no validation pages under {data} (see PREAMBLE: link benchmarks/.data)")
    return found


def build_validation_archive(
    pages: int,
    target: Path,
    papers: int = len(VALIDATION_PAPERS),
    per_day: int = VALIDATION_PAGES_PER_DAY,
    first: dt.date = dt.date(2001, 1, 1),
) -> tuple[int, int]:
    """Write `pages` pages under `target`: the validation pages, shuffled once, laid out as `papers` dailies
    (two by default) of `per_day` pages (twelve) from `first` on (`rmrb/DATE/NN.txt` with a `.meta.json`
    sidecar naming paper, date and page, which outranks the page's own running head); past the first round
    each page is a copy with its characters rotated (`ROTATED`). Returns (pages, source pages). Reuses an
    archive already built."""
    stamp = target / "archive.json"
    wanted = {"pages": pages, "version": 2, "source": "validation"}
    wanted |= {"papers": papers, "per_day": per_day, "first": first.isoformat()}
    if stamp.is_file():
        info = json.loads(stamp.read_text())
        if {k: info.get(k) for k in wanted} == wanted:
            return info["pages"], info["sources"]
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    sources = validation_sources()
    random.Random(2001).shuffle(sources)
    day_pages = per_day * papers
    for n in range(pages):
        source = sources[n % len(sources)]
        k = n // len(sources)
        text = source.read_text(encoding="utf-8", errors="replace")
        if k:
            shift = k % len(ROTATED)
            text = text.translate(str.maketrans(ROTATED, ROTATED[shift:] + ROTATED[:shift]))
        date = first + dt.timedelta(days=n // day_pages)
        folder, paper = VALIDATION_PAPERS[(n % day_pages) // per_day]
        page_no = n % per_day + 1
        path = target / folder / date.isoformat() / f"{page_no:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        meta = {"paper": paper, "date": date.isoformat(), "page_no": str(page_no)}
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False))
    stamp.write_text(json.dumps({**wanted, "pages": pages, "sources": len(sources)}))
    return pages, len(sources)


# `duba ARGS` in this process, then the peak memory of its helpers (a build's second process) to fd 3.
DUBA_THEN_CHILDREN = r"""
import os, resource, sys
from reader.cli import main
try:
    code = main()
finally:
    os.write(3, str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss).encode())
sys.exit(code)
"""


def measured(args: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Run `duba ARGS` to its end: wall seconds, CPU seconds and peak memory (MB) of that process
    (`os.wait4`; its helper processes' peak counts where higher), and its standard output. Exits on
    failure."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        reading, writing = os.pipe()
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", DUBA_THEN_CHILDREN, *args],
            env=env,
            stdout=out,
            stderr=err,
            pass_fds=(writing,),
            preexec_fn=lambda: os.dup2(writing, 3),
        )
        os.close(writing)
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        helpers = os.read(reading, 64).decode() or "0"
        os.close(reading)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode(errors="replace")
        if child.returncode not in (0, 1):  # (1: a search that found nothing)
            print(text, err.read().decode(errors="replace"))
            raise SystemExit(f"duba {' '.join(args)} failed")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, max(usage.ru_maxrss, int(helpers)) * 1024 / 1e6, text


# The reader on the library in a child process: when the first article's text is on screen, when every page
# is listed, when the index and the key-term model are ready and the name tagger warmed; its memory then.
READER_MEMORY = r"""
import gc, json, sys, time
from pathlib import Path
from reader.app.app import DubaApp
from reader.app.screens.main import MainScreen
from reader.library import Library

out = Path(sys.argv[1])
started = float(sys.argv[2])


def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 1e6


def status(field):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) * 1024 / 1e6 for line in fh if line.startswith(field + ":"))


class Bench(DubaApp):
    def on_ready(self) -> None:
        self.stamps = {}
        self.settled = 0
        self.set_interval(0.005, self.check)

    def check(self) -> None:
        screen = self.screen
        now = time.time() - started
        if not isinstance(screen, MainScreen) or screen.current is None:
            return
        self.stamps.setdefault("first text", now)
        if not screen.has_class("-loaded"):
            return
        self.stamps.setdefault("all pages listed", now)
        if screen.search_box.index is None or screen.view.analyzer is None:
            return
        self.stamps.setdefault("index and key terms ready", now)
        self.settled += 1
        if self.settled == 400:  # two seconds more: the name tagger loads in the background
            gc.collect()
            self.stamps["rss"] = rss()
            self.stamps["peak"] = status("VmHWM")
            self.stamps["anonymous"] = status("RssAnon")
            self.stamps["file"] = status("RssFile")
            out.write_text(json.dumps(self.stamps))
            self.exit()


Bench(library=Library.for_plain_start(Path("."))).run(headless=True)
"""


def reader_memory(env: dict[str, str], runs: int = 3) -> None:
    """Plain `duba` on the library, warm: seconds to the first article's text, to every page listed and to
    the index and key terms ready; then its memory (RSS after a collection, and the peak). Medians."""
    runs_done = []
    for _ in range(runs + 1):  # (the first warms the caches: snapshot and index)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "stamps"
            started = time.time()
            subprocess.run(
                [sys.executable, "-c", READER_MEMORY, str(out), f"{started:.6f}"],
                env=env,
                check=True,
                timeout=3600,
            )
            runs_done.append(json.loads(out.read_text()))
    runs_done.pop(0)
    for key in ("first text", "all pages listed", "index and key terms ready"):
        values = sorted(run[key] for run in runs_done)
        each = ", ".join(f"{v:.2f}" for v in values)
        print(f"reader: {key:<26} {statistics.median(values):6.2f} s  (runs {each})")
    rss, peak, anonymous, file = (
        statistics.median(run[key] for run in runs_done) for key in ("rss", "peak", "anonymous", "file")
    )
    print(f"reader memory with everything open: {rss:.0f} MB (peak {peak:.0f} MB): ", end="")
    print(f"anonymous {anonymous:.0f}, file pages {file:.0f} (libraries, the mapped index as read); ", end="")
    print(f"medians of {runs} runs")


CLI_RUNS = (
    ("search 经济", ["search", "经济"]),
    ("search date:MONTH 经济", ["search", "date:{month} 经济"]),
    ("search date:MONTH 经济 --sort date", ["search", "date:{month} 经济", "--sort", "date"]),
    ("kwic 经济 -n 40", ["kwic", "经济", "--limit", "40"]),
    ("kwic date:MONTH 经济 --csv", ["kwic", "date:{month} 经济", "--csv"]),
    ("trend 经济 --by month", ["trend", "经济", "--by", "month"]),
)


def disk_figures(env: dict[str, str]) -> None:
    """What the library takes on disk beside its pages: catalogue, snapshot, search index, caches."""

    def size(path: Path) -> int:
        if path.is_file():
            return path.stat().st_size
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())

    data, cache = Path(env["DUBA_DATA_DIR"]), Path(env["DUBA_CACHE_DIR"])
    parts = [("catalogue", data / "library.sqlite3")]
    parts += [(f"cache {p.name}", p) for p in sorted(cache.iterdir())]
    shown = ", ".join(f"{name} {size(path) / 1e6:.1f}" for name, path in parts if path.exists())
    print(f"on disk (MB): {shown}")


def cli_figures(env: dict[str, str], month: str, runs: int = 3) -> None:
    """`duba search`, `kwic` and `trend` on the library, whole process (start to exit), warm: median wall and
    CPU seconds and peak memory of `runs` runs each."""
    for label, args in CLI_RUNS:
        args = [a.format(month=month) for a in args]
        measured(args, env)  # warm: the snapshot and index caches written
        done = [measured(args, env) for _ in range(runs)]
        wall = statistics.median(d[0] for d in done)
        cpu = statistics.median(d[1] for d in done)
        peak = statistics.median(d[2] for d in done)
        lines = done[0][3].count("\n")
        print(f"duba {label:<36} wall {wall:5.2f} s  CPU {cpu:5.2f} s  peak {peak:4.0f} MB  ({lines} lines)")


def validation_library(pages: int, home: Path, fresh: bool, warm_only: bool) -> dict[str, str] | None:
    """The whole-process figures of a library of `pages` validation pages, built and added once under
    `home/vPAGES` (pages, data, cache, config and state folders, reused by later runs); the environment
    that names its folders, for the in-process figures (None with `warm_only`)."""
    folder = home / f"v{pages}"
    start = time.perf_counter()
    made, sources = build_validation_archive(pages, folder / "pages")
    print(f"archive: {folder / 'pages'}: {made:,} pages from {sources:,} validation pages ", end="")
    print(f"({time.perf_counter() - start:.1f} s)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("DATA", "CACHE", "CONFIG"):
        env[f"DUBA_{name}_DIR"] = str(folder / name.lower())
    env["XDG_STATE_HOME"] = str(folder / "state")
    if fresh:
        for name in ("data", "cache", "config", "state"):
            shutil.rmtree(folder / name, ignore_errors=True)
    if not (folder / "data" / "library.sqlite3").is_file():
        size = sum(f.stat().st_size for f in (folder / "pages").rglob("*.txt"))
        wall, cpu, peak, out = measured(["library", "add", str(folder / "pages")], env)
        print(
            f"cold library add   wall {wall:6.1f} s  CPU {cpu:6.1f} s  {made / wall:5.0f} pages/s  ", end=""
        )
        print(f"{size / 1e6 / cpu:4.2f} MB/s of CPU  peak {peak:.0f} MB; {out.strip()}")
    else:
        print("library added before (--fresh adds it anew)")
    wall, cpu, peak, _ = measured(["library", "update"], env)
    print(f"rescan, nothing changed: wall {wall:5.2f} s  CPU {cpu:5.2f} s  peak {peak:.0f} MB")
    reader_memory(env)
    disk_figures(env)
    if warm_only:
        return None
    cli_figures(env, "2001-03")
    return env
