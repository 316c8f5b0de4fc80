"""The trend chart's bars stand on 0: Textual's sparkline measures them from the lowest value, so a term
found in every month drew the month with least as if it had none (the s44 walk: 油田 at 90.9‰ in January
and 80‰ in February, February's bar `▁`, where `duba trend` draws it nearly as tall as January's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Sparkline

from reader.app.screens.trend import TrendScreen
from reader.search.index import SearchIndex
from tests.test_app_kwic_trend import Host, page, run

pytestmark = pytest.mark.usefixtures("temp_dirs")


def chart_rows(app: Host, line: Sparkline) -> list[str]:
    """The sparkline's rows as drawn on screen."""
    region = line.region
    strips = app.screen._compositor.render_strips()
    rows = ["".join(s.text for s in strip)[region.x : region.right] for strip in strips]
    return rows[region.y : region.bottom]


@run
async def test_a_month_at_half_the_peak_is_drawn_half_as_tall(tmp_path: Path) -> None:
    pages = [
        page("a", "1998-01-05", ["经济发展。", "经济改革。"]),  # 1000‰
        page("b", "1998-02-01", ["经济改革。", "其他新闻。"]),  # 500‰
    ]
    index = SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")
    screen = TrendScreen(index, ["经济"])
    app = Host(screen)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        [line] = list(screen.query(Sparkline))
        assert line.data == [1000.0, 500.0]
        rows = chart_rows(app, line)
        half = line.region.width // 2
        january = [row[: half - 1] for row in rows]
        february = [row[half + 1 :] for row in rows]
        assert all(set(row) == {"█"} for row in january)
        assert set(february[-1]) == {"█"}  # (was ▁, the bar of a month without the term)
        assert set(february[0]) == {" "}  # and no taller than half


@run
async def test_a_month_without_the_term_is_still_the_lowest_bar(tmp_path: Path) -> None:
    pages = [
        page("a", "1998-01-05", ["经济发展。", "其他新闻。"]),
        page("b", "1998-02-01", ["其他新闻。"]),
    ]
    index = SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")
    screen = TrendScreen(index, ["经济"])
    app = Host(screen)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        [line] = list(screen.query(Sparkline))
        half = line.region.width // 2
        assert set(chart_rows(app, line)[-1][half + 1 :]) == {"▁"}
