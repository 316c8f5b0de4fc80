"""How long the reader's UI thread is blocked when a long article is shown, and when its key terms come.

    python benchmarks/keyterms_bench.py [--chars 30000,300000] [--one-line] [--rounds 10] [--size 120x40]

For each size a page is written that holds one article of about that many characters (the bundled page's
paragraphs over and over; with `--one-line`, all on one line: a page extracted without its line ends),
and the reader opens it
beside the bundled page, headless (Textual's `run_test`). Once the key-term model is fitted, it goes from
a short article to the long one `--rounds` times, as `n`/`p` would, with the key terms of the long one
forgotten each time (so that they are worked out anew, as for an article opened for the first time), and
prints, median and p95, for the first showing and for the article shown again:

- `open_article`: the UI thread's call that shows the article (the pane lays the whole text out: most of
  it), and of it, plus the handling of the worker's answer, the time in key terms (`_apply_keywords`, which
  ran jieba on the whole article before the worker; painting the keyword layer; drawing the header);
- the longest stall of the event loop after that call until the key terms are on screen (a probe wakes
  every millisecond): drawing the article's first frame, and a worker holding the GIL, show here;
- when the key terms are on screen, from the call.

Apart, it prints what the pane's layout and finding the key terms cost alone (medians). Then, with the
long article open, it types a few queries into the search box and prints the longest stall from a query
typed to its hits painted in the article, and of it the time the UI thread spent finding those hits.

Run it in a checkout of the parent commit too (copy this file there) for the figures before a change.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUNDLED = ROOT / "corpus" / "000_0bab674bd8117e01.txt"


def summary(label: str, ms: list[float]) -> str:
    """`label  median … p95 … max …` of millisecond samples."""
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    return f"  {label:<38} median {median:8.1f} ms   p95 {p95:8.1f} ms   max {ordered[-1]:8.1f} ms"


def long_page(folder: Path, chars: int, one_line: bool = False) -> Path:
    """A page of one article of about `chars` characters: the bundled page's paragraphs, rotated so that
    the text does not repeat in one period (`one_line`: as one paragraph)."""
    lines = (line.strip() for line in BUNDLED.read_text(encoding="utf-8").splitlines())
    paragraphs = [line for line in lines if len(line) > 30]
    parts: list[str] = []
    size = 0
    turn = 0
    while size < chars:
        for paragraph in paragraphs[turn % len(paragraphs) :] + paragraphs[: turn % len(paragraphs)]:
            parts.append(paragraph)
            size += len(paragraph)
            if size >= chars:
                break
        turn += 1
    path = folder / f"long-{chars}{'-one-line' if one_line else ''}.txt"
    text = "".join(parts) if one_line else "\n　　".join(parts)
    path.write_text("　　" + text + "\n", encoding="utf-8")
    return path


class LoopProbe:
    """Wakes every millisecond on the event loop and keeps each gap between two wake-ups."""

    def __init__(self) -> None:
        self.gaps: list[tuple[float, float]] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            self.gaps.append((last, now))
            last = now

    def start(self) -> None:
        self.gaps = []
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    def longest(self, since: float) -> float:
        """The longest gap that began at `since` or later, in ms."""
        return max(((end - begin) * 1000 for begin, end in self.gaps if begin >= since), default=0.0)


class KeyTermsClock:
    """Adds up the UI thread's time in what shows key terms: `ArticleView._apply_keywords` (which ran
    jieba before the worker), and, outside it, painting the keyword layer and drawing the header (what
    the worker's answer costs the UI thread)."""

    def __init__(self) -> None:
        self.total = 0.0
        self._depth = 0

    def wrap(self, owner: type, name: str, only: Callable[..., bool] = lambda *_: True) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            if self._depth or threading.current_thread() is not threading.main_thread() or not only(*args):
                return original(*args, **kwargs)
            self._depth += 1
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.total += time.perf_counter() - started
                self._depth -= 1

        setattr(owner, name, timed)


def forget_key_terms(view: Any) -> None:
    """Drop what the view remembers of key terms (nothing before the cache existed)."""
    cache = getattr(view, "_key_terms_cache", None)
    if cache is not None:
        cache.clear()


async def measure(chars: int, one_line: bool, rounds: int, size: tuple[int, int], folder: Path) -> None:
    from reader.analysis import find_terms
    from reader.app.app import DubaApp
    from reader.app.screens.main import MainScreen
    from reader.app.widgets.article_view import ArticleView
    from reader.app.widgets.key_terms import KeyTerms
    from reader.app.widgets.reading_pane import ReadingPane

    clock = KeyTermsClock()
    clock.wrap(ArticleView, "_apply_keywords")
    clock.wrap(ReadingPane, "set_highlights", lambda _pane, layer, *_: layer == "keywords")
    clock.wrap(KeyTerms, "show")

    page = long_page(folder, chars, one_line)
    app = DubaApp([BUNDLED, page])
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        view = screen.view
        while view.analyzer is None or not screen.has_class("-loaded"):
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        articles = app.library.articles
        long_index = max(range(len(articles)), key=lambda i: len(articles[i].text))
        short_index = 0 if long_index else 1
        article = articles[long_index]
        print(f"article of {len(article.text):,} characters in {len(article.paragraphs):,} paragraphs")

        async def show(index: int) -> dict[str, float]:
            probe = LoopProbe()
            probe.start()
            await asyncio.sleep(0.005)  # the probe running
            clock.total = 0.0
            started = time.perf_counter()
            screen.open_article(index)
            called = time.perf_counter()
            while not view.key_terms.terms:
                await asyncio.sleep(0.0005)
            shown = time.perf_counter()
            await asyncio.sleep(0.005)  # the probe wakes after the last stall
            await probe.stop()
            await app.workers.wait_for_complete()
            await pilot.pause()
            return {
                "call": (called - started) * 1000,
                "key terms": clock.total * 1000,
                "stall after": probe.longest(called),
                "shown": (shown - started) * 1000,
            }

        def away() -> None:
            screen.open_article(short_index)

        first: dict[str, list[float]] = {}
        again: dict[str, list[float]] = {}
        pane: list[float] = []
        work: list[float] = []
        for _ in range(rounds):
            started = time.perf_counter()
            view.pane.show_article(articles[long_index])  # the pane's part of open_article, alone
            pane.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            found = view.analyzer.keywords(articles[long_index], app.config.keywords)  # the worker's part
            find_terms(articles[long_index].text, found)
            work.append((time.perf_counter() - started) * 1000)
            for figures, forget in ((first, True), (again, False)):
                away()
                await app.workers.wait_for_complete()
                await pilot.pause()
                if forget:
                    forget_key_terms(view)
                for name, value in (await show(long_index)).items():
                    figures.setdefault(name, []).append(value)
        print(f"  key terms: {'  '.join(view.key_terms.terms)}")
        print(f"  (apart: the pane's layout {statistics.median(pane):.1f} ms, ", end="")
        print(f"finding the key terms {statistics.median(work):.1f} ms, medians)")
        for label, figures in (("shown for the first time", first), ("shown again", again)):
            print(f"  {label}:")
            print(summary("  UI thread: open_article", figures["call"]))
            print(summary("    of which key terms, + answer", figures["key terms"]))
            print(summary("  longest stall after the call", figures["stall after"]))
            print(summary("  key terms on screen after", figures["shown"]))
        await search_while_open(app, pilot, long_index, rounds)


QUERIES = ("企业", "产业链", "制造业 -广告", "qiye")


async def search_while_open(app: Any, pilot: Any, long_index: int, rounds: int) -> None:
    """Type each of `QUERIES` with the long article open: the longest stall from the last key until
    the article's hits are painted, and the UI thread's time finding them (`SearchIndex.hits`)."""
    from reader.search.index import SearchIndex

    screen = app.screen
    while screen.search_box.index is None:
        await pilot.pause(0.05)
    screen.open_article(long_index)
    await app.workers.wait_for_complete()
    await pilot.press("slash")
    box = screen.search_box
    finding = [0.0]
    real = SearchIndex.hits

    def hits(index: SearchIndex, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            return real(index, *args, **kwargs)
        started = time.perf_counter()
        try:
            return real(index, *args, **kwargs)
        finally:
            finding[0] += time.perf_counter() - started

    SearchIndex.hits = hits  # type: ignore[method-assign]
    stalls: list[float] = []
    on_ui: list[float] = []
    for _ in range(rounds):
        for query in QUERIES:
            box.value = ""
            await app.workers.wait_for_complete()
            await pilot.pause()
            probe = LoopProbe()
            probe.start()
            await asyncio.sleep(0.005)
            finding[0] = 0.0
            started = time.perf_counter()
            box.insert_text_at_cursor(query)
            while screen.hits.query != query or getattr(screen.hits, "waiting", False):
                await asyncio.sleep(0.0005)
            await asyncio.sleep(0.005)  # the probe wakes after the last stall
            await probe.stop()
            stalls.append(probe.longest(started))
            on_ui.append(finding[0] * 1000)
    SearchIndex.hits = real  # type: ignore[method-assign]
    print(f"  a query typed while it is open ({', '.join(QUERIES)}):")
    print(summary("  longest stall until its hits show", stalls))
    print(summary("    finding the hits on the UI thread", on_ui))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", default="30000,300000", help="article sizes, comma-separated")
    parser.add_argument("--one-line", action="store_true", help="the article is one paragraph")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--size", default="120x40", help="terminal size, COLSxROWS")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="duba-keyterms-bench-") as temp:
        folder = Path(temp)
        for name in ("DATA", "CACHE", "CONFIG"):
            (folder / name.lower()).mkdir()
            os.environ[f"DUBA_{name}_DIR"] = str(folder / name.lower())
        for chars in (int(n) for n in args.chars.split(",")):
            asyncio.run(measure(chars, args.one_line, args.rounds, (width, height), folder))


if __name__ == "__main__":
    main()
