"""How long the reader's UI thread stalls while it shows one huge article: a page extracted without its
line ends, millions of characters on one line.

    python benchmarks/big_article_bench.py [--chars 3000000] [--rounds 5] [--size 120x40]

A page of one article of about `--chars` characters on one line is made from the bundled page's paragraphs
(rotated, so the text does not repeat in one period: varied Chinese with its punctuation), and the reader
opens it beside the bundled page, headless (Textual's `run_test`). Then `--rounds` times it goes from a
short article to the huge one, as `n`/`p` would, and prints, median and p95:

- `open_article`: the UI thread's call that shows the article;
- the longest stall of the event loop (a probe wakes every millisecond), that call's too, until the whole
  article is laid out and its key terms are on screen: what a key pressed meanwhile may wait;
- when its first text is on screen, and when the whole of it is laid out, from the call;
- the longest stall from `G` pressed at once until the end of the article is on screen.

Run it in a checkout of the parent commit too (copy this file there) for the figures before a change.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from keyterms_bench import BUNDLED, LoopProbe, long_page, summary  # noqa: E402


def longest(probe: LoopProbe, since: float) -> float:
    """The longest gap of the probe that ended after `since` (a call that stalled at `since` counts), ms."""
    return max(((end - begin) * 1000 for begin, end in probe.gaps if end > since), default=0.0)


def laid_out(pane: object) -> bool:
    """Is the whole article laid out? (Before the pane laid out in parts, it always was.)"""
    return bool(getattr(pane, "laid_out", True))


async def measure(chars: int, rounds: int, size: tuple[int, int], folder: Path) -> None:
    from reader.app.app import DubaApp
    from reader.app.screens.main import MainScreen

    page = long_page(folder, chars, one_line=True)
    app = DubaApp([BUNDLED, page])
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        view, pane = screen.view, screen.view.pane
        while view.analyzer is None or not screen.has_class("-loaded"):
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        articles = app.library.articles
        huge = max(range(len(articles)), key=lambda i: len(articles[i].text))
        text = articles[huge].text
        print(f"article of {len(text):,} characters in {len(articles[huge].paragraphs):,} paragraphs")
        first_line = text[:8]
        figures: dict[str, list[float]] = {}

        def note(name: str, value: float) -> None:
            figures.setdefault(name, []).append(value)

        async def away() -> None:
            screen.open_article(0 if huge else 1)
            await app.workers.wait_for_complete()
            await pilot.pause()

        for _ in range(rounds):
            await away()
            probe = LoopProbe()
            probe.start()
            await asyncio.sleep(0.005)
            started = time.perf_counter()
            screen.open_article(huge)
            called = time.perf_counter()
            first = None
            while not (laid_out(pane) and view.key_terms.terms):
                if first is None and any(
                    first_line in pane.line_text(n) for n in range(min(3, pane.line_count))
                ):
                    first = time.perf_counter()
                await asyncio.sleep(0.0005)
            done = time.perf_counter()
            await asyncio.sleep(0.005)
            await probe.stop()
            note("UI thread: open_article", (called - started) * 1000)
            note("longest stall until laid out", longest(probe, started))
            note("first text on screen after", ((first or done) - started) * 1000)
            note("laid out in full after", (done - started) * 1000)

            await away()
            probe.start()
            await asyncio.sleep(0.005)
            started = time.perf_counter()
            screen.open_article(huge)
            pane.action_bottom()
            while not (laid_out(pane) and int(pane.scroll_y) >= pane.max_scroll_y - 1):
                await asyncio.sleep(0.0005)
            await asyncio.sleep(0.005)
            await probe.stop()
            note("G at once: longest stall till the end", longest(probe, started))
        for name, values in figures.items():
            print(summary(name, values))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", type=int, default=3_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", default="120x40", help="terminal size, COLSxROWS")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="duba-big-article-bench-") as temp:
        folder = Path(temp)
        for name in ("DATA", "CACHE", "CONFIG"):
            (folder / name.lower()).mkdir()
            os.environ[f"DUBA_{name}_DIR"] = str(folder / name.lower())
        asyncio.run(measure(args.chars, args.rounds, (width, height), folder))


if __name__ == "__main__":
    main()
