"""The concordance on a narrow terminal: at 40 columns the date, paper and page columns took 27 cells and
every line ran off the screen's edge inside its keyword (the s30 walk: the keyword cut to its first
character). The paper, then the page, then the date column give way until the context has 8 cells a side;
at 100 columns all stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from reader.app.screens.kwic import KwicScreen
from reader.search.index import SearchIndex
from reader.search.kwic import cells
from tests.test_app_kwic_trend import Host, page, run

pytestmark = pytest.mark.usefixtures("temp_dirs")


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    pages = [
        page("a", "1998-01-05", ["我们的经济在继续发展，工厂的产量也在不断提高。"], page_no="12"),
        page("b", "1998-02-01", ["各地的农村经济发展很快，农民的收入增加了不少。"], page_no="3"),
    ]
    return SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")


async def _rows(index: SearchIndex, width: int) -> tuple[list[str], list[list[str]]]:
    screen = KwicScreen(index, "经济", papers=True)
    app = Host(screen)
    async with app.run_test(size=(width, 12)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        table = screen.query_one(DataTable)
        labels = [str(column.label) for column in table.columns.values()]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
    return labels, rows


@run
async def test_at_40_columns_the_keyword_and_its_context_fit_and_the_date_stays(index: SearchIndex) -> None:
    labels, rows = await _rows(index, 40)
    assert labels == ["日期", "上下文"]
    assert len(rows) == 2
    for date, context in rows:
        assert date.startswith("1998-") and " 经济 " in context
        assert 12 + cells(context) + 2 + 2 <= 40  # the date column, its padding, the scrollbar: on screen
        left, right = context.split(" 经济 ")
        assert cells(left) >= 7 and cells(right) >= 7


@run
async def test_at_100_columns_every_column_stays(index: SearchIndex) -> None:
    labels, _rows_ = await _rows(index, 100)
    assert labels == ["日期", "报纸", "版", "上下文"]


@run
async def test_a_resize_lays_the_lines_out_again(index: SearchIndex) -> None:
    """The review of 89b90fd: the columns were chosen at opening only; a concordance opened at 100 columns
    and read at 40 ran off the edge again (its context's width, too, was the opening's)."""
    screen = KwicScreen(index, "经济", papers=True)
    app = Host(screen)
    async with app.run_test(size=(100, 12)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        table = screen.query_one(DataTable)
        table.move_cursor(row=1)
        for width, labels in ((40, ["日期", "上下文"]), (100, ["日期", "报纸", "版", "上下文"])):
            await pilot.resize_terminal(width, 12)
            await pilot.pause()
            assert [str(column.label) for column in table.columns.values()] == labels
            context = [str(cell) for cell in table.get_row_at(0)][-1]
            assert " 经济 " in context and cells(context) + (12 if width == 40 else 27) + 4 <= width
            assert table.row_count == 2 and table.cursor_row == 1
