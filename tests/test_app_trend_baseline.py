"""The trend chart's bars stand on 0: Textual's sparkline measures them from the lowest value, so a term
found in every month drew the month with least as if it had none (the s44 walk: 油田 at 90.9‰ in January
and 80‰ in February, February's bar `▁`, where `duba trend` draws it nearly as tall as January's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_app_kwic_trend import drawn_chart, page, run

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_a_month_at_half_the_peak_is_drawn_half_as_tall(tmp_path: Path) -> None:
    pages = [
        page("a", "1998-01-05", ["经济发展。", "经济改革。"]),  # 1000‰
        page("b", "1998-02-01", ["经济改革。", "其他新闻。"]),  # 500‰
    ]
    chart = await drawn_chart(tmp_path, pages)
    assert chart.data == [1000.0, 500.0]
    half = chart.width // 2
    january = [row[: half - 1] for row in chart.rows]
    february = [row[half + 1 :] for row in chart.rows]
    assert all(set(row) == {"█"} for row in january)
    assert set(february[-1]) == {"█"}  # (was ▁, the bar of a month without the term)
    assert set(february[0]) == {" "}  # and no taller than half


@run
async def test_a_month_without_the_term_is_still_the_lowest_bar(tmp_path: Path) -> None:
    pages = [
        page("a", "1998-01-05", ["经济发展。", "其他新闻。"]),
        page("b", "1998-02-01", ["其他新闻。"]),
    ]
    chart = await drawn_chart(tmp_path, pages)
    assert set(chart.rows[-1][chart.width // 2 + 1 :]) == {"▁"}
