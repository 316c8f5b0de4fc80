"""Pilot test: the dates of the search results line up in the reader's list, a page number after them or
not. Each result's date and page were drawn flush right, so a result printed on no known page had its
date where the page number of the row above ended: `1998-01-06` stood five cells right of `1998-01-05`
over `第3版`, and the list's dates no longer read as a column."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len, set_cell_size

from tests.apptest import RunningApp, main_screen, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")

PAGES = {
    "rmrb/1998-01-05/03.txt": "　　开局即决战，起步即冲刺。今年的小麦收成很好。\n",
    "rmrb/1998-01-06/nopage.txt": "　　小麦收成比往年好了不少，村民们很高兴。\n",
    "rmrb/1998-01-08/12.txt": "　　十二版的小麦长得好。\n",
}


@run
async def test_the_dates_of_the_results_are_one_column(running_app: RunningApp, tmp_path: Path) -> None:
    root = tmp_path / "papers"
    for name, text in PAGES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    async with running_app((120, 40), paths=[root]) as (app, pilot):
        await press(pilot, "slash", *"小麦")
        width = main_screen(app).sidebar.outer_size.width
        shown = [set_cell_size(line, width) for line in screen_text(app).splitlines()]
        dates = {}
        for line in shown:
            for date in ("1998-01-05", "1998-01-06", "1998-01-08"):
                if date in line:
                    dates[date] = cell_len(line[: line.index(date)])
        assert len(dates) == 3, "\n".join(shown)
        assert len(set(dates.values())) == 1, (dates, "\n".join(shown))
        # the page numbers are still there, after the dates
        assert any("1998-01-05 第3版" in line for line in shown) and any(
            "1998-01-08 第12版" in line for line in shown
        )
