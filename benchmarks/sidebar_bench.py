"""Sidebar tree benchmark: the paper → date → page tree with 30,000 articles stays responsive.

Builds a synthetic library (two papers, eight pages an issue, four articles a page: 30,000 articles in
~470 issues per paper), shows it in the reader's sidebar (`ArticleList.show_pages`) and times, inside the
running app, the widget work a key costs: the action plus drawing every visible line (what the next frame
asks of the widget):

- building the tree and its rows, and the first frame with it;
- a cursor move (j/k over groups and articles, page down/up);
- opening and closing a date (an issue: 8 page rows and 32 article rows come and go), and a paper;
- following the reader to an article in another issue (`select_article`: the old issue closes, the new
  one opens);
- the same moves with every issue opened by hand (~38,000 rows).

Prints median, p95 and max per operation.

    python benchmarks/sidebar_bench.py
    python benchmarks/sidebar_bench.py --articles 60000
    python benchmarks/sidebar_bench.py --library /tmp/archive/v10000   # a library's own pages

`--library HOME`: the pages of the library whose private folders are under HOME (`data`, `cache`, as
`benchmarks/archive_bench.py --source validation` makes them), from its snapshot, in archive order.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.model import Article, Page, PageMeta  # noqa: E402

PAGES_PER_ISSUE = 8
ARTICLES_PER_PAGE = 4


def library(articles: int) -> list[Page]:
    """Two papers, issue by issue from 1998-01-01, in archive order."""
    per_paper = articles // 2
    pages: list[Page] = []
    number = 0
    for paper in ("人民日报", "聊城日报"):
        day = dt.date(1998, 1, 1)
        made = 0
        while made < per_paper:
            for page_no in range(1, PAGES_PER_ISSUE + 1):
                items = [
                    Article(
                        id=f"{number + n:08x}",
                        headline=f"第{number + n}篇 新能源产业“加速跑”全市制造业发展新动能",
                        paragraphs=["正文。"],
                    )
                    for n in range(ARTICLES_PER_PAGE)
                ]
                number += ARTICLES_PER_PAGE
                made += ARTICLES_PER_PAGE
                meta = PageMeta(paper=paper, date=day.isoformat(), page_no=str(page_no))
                pages.append(Page(f"{paper}{day}{page_no}.txt", f"{page_no:02d}.txt", "", meta, items))
            day += dt.timedelta(days=1)
    return pages


def summary(label: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"  {label:<44} median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   max {ms[-1]:6.2f} ms"


def library_of(home: Path) -> list[Page]:
    """The pages of the library kept under `home` (its data and cache folders), in archive order."""
    import os

    for name in ("data", "cache", "config"):
        os.environ[f"DUBA_{name.upper()}_DIR"] = str(home / name)
    from reader.archive.snapshot import library_corpus
    from reader.library import in_archive_order

    opened = library_corpus()
    if opened is None:
        raise SystemExit(f"no library under {home}")
    return in_archive_order(opened[0])


def run(articles: int, rounds: int, profile: bool = False, home: Path | None = None) -> None:
    from reader.app.app import DubaApp
    from reader.app.screens.main import MainScreen
    from reader.app.widgets.page_tree import Node

    pages = library(articles) if home is None else library_of(home)
    total = sum(len(p.articles) for p in pages)
    rng = random.Random(7)

    async def measure() -> None:
        app = DubaApp([ROOT / "tests" / "data" / "000_0bab674bd8117e01.txt"])
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, MainScreen)
            sidebar = screen.sidebar
            height = sidebar.size.height

            def timed(action: Callable[..., object], *args: object) -> float:
                tick = time.perf_counter()
                action(*args)
                for y in range(height):  # what the next frame asks of the widget
                    sidebar.render_line(y)
                return time.perf_counter() - tick

            started = time.perf_counter()
            sidebar.show_pages(pages)
            built = time.perf_counter() - started
            drawn = timed(sidebar.select_article, 0)  # the first article's issue opens, every line drawn
            sidebar.focus()
            await pilot.pause()
            tree = sidebar.tree
            assert tree is not None
            dates = [n for n in tree.nodes if "date" in n.levels]
            papers = [n for n in tree.nodes if n.levels == ("paper",)]
            print(
                f"sidebar tree: {total:,} articles, {len(pages):,} pages, {len(dates):,} issues,"
                f" {len(papers)} papers; {len(sidebar.rows):,} rows shown at the start"
            )
            print(
                f"  tree and rows built {built * 1000:.0f} ms; first issue opened, drawn {drawn * 1e3:.1f} ms"
            )

            def moves() -> list[float]:
                out = []
                actions = [sidebar.action_cursor_down] * rounds + [sidebar.action_cursor_up] * rounds
                actions += [sidebar.action_page_down, sidebar.action_page_up] * (rounds // 4)
                for action in actions:
                    out.append(timed(action))
                return out

            def toggles(nodes: list[Node], first: bool) -> list[float]:
                out = []
                for node in nodes:
                    out.append(timed(sidebar.toggle_group, node.number, first))
                    out.append(timed(sidebar.toggle_group, node.number, not first))
                return out

            def follows() -> list[float]:
                out = []
                for _ in range(rounds):
                    article = rng.randrange(total)
                    out.append(timed(sidebar.select_article, article))
                return out

            print(summary("cursor move (j/k, page down/up)", moves()))
            print(summary("open + close an issue", toggles(rng.sample(dates, rounds), True)))
            print(summary("close + open a paper", toggles(papers * (rounds // 10), False)))
            print(summary("follow the reader to another issue", follows()))
            for node in dates:  # every issue opened by hand
                tree.set_open(node.number, True)
            sidebar.toggle_group(papers[0].number, False)
            sidebar.toggle_group(papers[0].number, True)
            if profile:
                import cProfile

                cProfile.runctx("toggles(dates[:50], False)", globals(), locals(), sort="cumtime")
            await pilot.pause()
            print(f"  every issue open: {len(sidebar.rows):,} rows")
            print(summary("cursor move (j/k, page down/up)", moves()))
            print(summary("close + open an issue", toggles(rng.sample(dates, rounds), False)))
            print(summary("close + open a paper", toggles(papers * (rounds // 10), False)))
            print(summary("follow the reader to another issue", follows()))

    asyncio.run(measure())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=100, help="repetitions per operation")
    parser.add_argument("--profile", action="store_true", help="profile closing and opening issues")
    parser.add_argument("--library", type=Path, metavar="HOME", help="a library's pages (see above)")
    args = parser.parse_args()
    run(args.articles, args.rounds, args.profile, args.library)


if __name__ == "__main__":
    main()
