"""Pilot tests of the concordance and trend screens: press keys, read the screen."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import DataTable, Sparkline

from reader.app.screens.kwic import KwicScreen
from reader.app.screens.trend import TrendScreen
from reader.model import Article, Page, PageMeta
from reader.search.index import SearchIndex
from reader.search.kwic import cells

pytestmark = pytest.mark.usefixtures("temp_dirs")


def run(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with asyncio.run (pytest-asyncio is not a dependency)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


def page(name: str, date: str, bodies: list[str], page_no: str = "1") -> Page:
    articles = [
        Article(id=f"{name}-{k}", headline=f"标题{k}", paragraphs=body.split("\n"), page=f"{name}.txt")
        for k, body in enumerate(bodies)
    ]
    return Page(f"/x/{name}.txt", f"{name}.txt", name, PageMeta("人民日报", date, page_no), articles)


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    pages = [
        page("b", "1998-02-01", ["Reuters报道：经济增长，经济发展。", "没有关键词。"], page_no="2"),
        page("a", "1998-01-05", ["我们的经济在继续发展。"] + ["其他新闻。"] * 3, page_no="4"),
        page("c", "1998-03-01", ["全角ＡＢＣ与经济。", "改革开放。"]),
    ]
    return SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")


class Host(App[None]):
    def __init__(self, screen: KwicScreen | TrendScreen) -> None:
        super().__init__()
        self.start = screen
        self.result: object = "not dismissed"

    def on_mount(self) -> None:
        def done(value: object) -> None:
            self.result = value

        self.push_screen(self.start, done)


@dataclass
class Chart:
    """A trend chart of one term as drawn: its values, its rows of cells (top first), its width and
    the text under it (the axis)."""

    data: list[float]
    rows: list[str]
    width: int
    axis: str


async def drawn_chart(tmp_path: Path, pages: list[Page], term: str = "经济") -> Chart:
    """The chart `TrendScreen` draws for `term` on `pages`, at 60×20."""
    index = SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")
    screen = TrendScreen(index, [term])
    app = Host(screen)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        [line] = list(screen.query(Sparkline))
        region = line.region
        strips = app.screen._compositor.render_strips()
        rows = ["".join(s.text for s in strip)[region.x : region.right] for strip in strips]
        axis = str(list(screen.query(".trend-axis"))[0].render())
        return Chart(list(line.data or []), rows[region.y : region.bottom], region.width, axis)


@run
async def test_kwic_lists_every_hit_aligned_and_opens_one(index: SearchIndex) -> None:
    screen = KwicScreen(index, "经济", context=8)
    app = Host(screen)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        table = screen.query_one(DataTable)
        assert table.row_count == 4
        assert "4 处" in str(screen.query_one("#kwic-title").render())
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        assert [r[0] for r in rows] == ["1998-01-05", "1998-02-01", "1998-02-01", "1998-03-01"]
        # the keyword starts at the same cell in every row, whatever the script before it
        starts = {cells(str(r[2]).split(" 经济 ")[0]) for r in rows}
        assert len(starts) == 1
        # date and page columns, cell padding and the scrollbar take 21 cells: no row runs off the screen
        assert all(cells(str(r[2])) + 21 <= 100 for r in rows)
        await pilot.press("s")  # by left context
        assert screen.order == "left"
        await pilot.press("down", "enter")
        await pilot.pause()
    chosen = app.result
    assert isinstance(chosen, KwicScreen.Chosen) and chosen.field == "text"
    article = index.article(chosen.article_id)
    assert article is not None and article.text[chosen.offset : chosen.offset + 2] == "经济"


@run
async def test_kwic_escape_goes_back_with_nothing(index: SearchIndex) -> None:
    app = Host(KwicScreen(index, "经济"))
    async with app.run_test() as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


@run
async def test_trend_draws_one_sparkline_per_term_and_changes_period(index: SearchIndex) -> None:
    screen = TrendScreen(index, ["经济", "其他"])
    app = Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        lines = screen.query(Sparkline)
        assert len(lines) == 2
        economy = list(lines)[0].data
        assert economy == [1000 * 1 / 4, 1000 * 1 / 2, 1000 * 1 / 2]  # articles per 1,000, Jan..Mar
        assert "1998-01 … 1998-03" in str(screen.query_one("#trend-summary").render())
        await pilot.press("ctrl+r")  # by year
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.result is not None and screen.result.periods == ["1998"]
        assert list(screen.query(Sparkline))[0].data == [1000 * 3 / 8]
        # new terms typed into the box
        screen.query_one("#trend-terms").value = "改革"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.query(Sparkline)) == 1


@run
async def test_a_term_found_nowhere_draws_no_bars(index: SearchIndex) -> None:
    screen = TrendScreen(index, ["经济", "不存在"])
    app = Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.query(Sparkline)) == 1  # a sparkline of zeros is full height: none drawn
        assert "Not found" in str(list(screen.query(".trend-none"))[0].render())


@run
async def test_trend_says_that_enter_draws_the_chart(index: SearchIndex) -> None:
    """Opened with no terms (the search box was empty), the screen was blank under the box; terms typed
    drew nothing until enter, which nothing on the screen mentioned (the footer: ctrl+r, esc, f1)."""
    screen = TrendScreen(index)
    app = Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        def summary() -> str:
            return str(screen.query_one("#trend-summary").render())

        assert "enter" in summary()
        await pilot.press(*"经济")
        assert "enter" in summary()
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.query(Sparkline)) == 1 and "1998-01 … 1998-03" in summary()
        await pilot.press("space", *"改革")  # the chart shown is of the terms before
        assert "enter" in summary()


@run
async def test_the_charted_question_is_recognised_whatever_the_order_of_its_filters(
    index: SearchIndex,
) -> None:
    """The summary names the chart shown while the box holds its question, filters typed first or last;
    emptied before any chart, the box still says that enter draws it."""
    screen = TrendScreen(index)
    app = Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        def summary() -> str:
            return str(screen.query_one("#trend-summary").render())

        await pilot.press(*"经济")
        await pilot.press(*["backspace"] * 2)
        assert "enter" in summary()
        await pilot.press(*"paper:人民日报", "space", *"经济", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert "1998-01 … 1998-03" in summary() and "人民日报" in summary()
        await pilot.press("space")  # the same question, a space more
        assert "1998-01 … 1998-03" in summary()


@run
async def test_months_with_no_pages_are_a_gap_said_as_such_not_zero_bars(tmp_path: Path) -> None:
    """No page was printed in February and March: nothing to count there, which is not 0‰. The chart
    drew them as the lowest bar, the same as a month whose articles never use the term."""
    pages = [
        page("a", "1998-01-05", ["经济发展。", "其他新闻。"]),
        page("b", "1998-04-01", ["经济改革。", "其他新闻。", "又一条。"]),
        page("c", "1998-05-01", ["没有那个词。"]),
    ]
    chart = await drawn_chart(tmp_path, pages)
    assert chart.data == [500.0, 0.0, 0.0, pytest.approx(1000 / 3, abs=0.001), 0.0]
    rows = chart.rows
    # five months over the width: a fifth of the columns each; Feb and Mar are the gap
    fifth = chart.width // 5
    assert set(rows[-1][fifth + 1 : 3 * fifth - 1]) == {"·"}
    assert all(set(row[fifth + 1 : 3 * fifth - 1]) == {" "} for row in rows[:-1])
    assert "·" not in rows[-1][4 * fifth :]  # May has articles, none with the term: the lowest bar
    assert "▁" in rows[-1][4 * fifth :]
    assert "没有文章 no articles: 1998-02 … 1998-03" in chart.axis


@run
async def test_a_long_gap_between_issues_is_drawn_narrow(tmp_path: Path) -> None:
    """Pages of one month, then none for years, then two months: the chart drew every empty month as wide
    as one with articles, and the three months with pages took three columns of ninety-odd. A long gap is
    drawn two periods wide, and the axis says so."""
    pages = [
        page("a", "1998-01-05", ["经济发展。", "其他新闻。"]),
        page("b", "2005-11-01", ["经济改革。", "其他新闻。"]),
        page("c", "2005-12-01", ["没有那个词。"]),
    ]
    chart = await drawn_chart(tmp_path, pages)
    assert chart.data == [500.0, 0.0, 0.0, 500.0, 0.0]
    assert chart.rows[-1].count("·") <= 2 * chart.width // 5 + 1  # the gap: two periods of five
    assert "1998-02 … 2005-10" in chart.axis and "drawn 2 wide at most" in chart.axis


@run
async def test_the_periods_with_no_articles_are_said_whole_at_80_columns(tmp_path: Path) -> None:
    """The line under each term's bars naming the months with no articles ran off the screen at 80
    columns (`…, 1998-05 … 1` and the rest cut); it wraps onto a second line."""
    dated = ["1998-01-05", "1998-04-01", "1998-07-01", "1998-09-01", "1999-09-01", "2005-11-01"]
    pages = [page(f"p{k}", date, ["经济改革。", "其他新闻。"]) for k, date in enumerate(dated)]
    index = SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")
    screen = TrendScreen(index, ["经济"])
    app = Host(screen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        rows = ["".join(s.text for s in strip).strip() for strip in strips]
        assert all(cells(row) <= 80 for row in rows)
        at = next(k for k, row in enumerate(rows) if "没有文章 no articles:" in row)
        said = " ".join(rows[at : at + 3])
        assert "1998-02 … 1998-03, 1998-05 … 1998-06, 1998-08, 1998-10 … 1999-08 (+1)" in said
        assert "drawn 2 wide at most" in said
