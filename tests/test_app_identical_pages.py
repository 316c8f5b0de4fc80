"""The reader's search over one page file copied byte for byte into two dated folders: each copy is found
under its own date, and enter opens that copy (the index kept one copy per content hash: `date:` the
other date found nothing, though the sidebar listed both pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app.app import DubaApp
from tests.apptest import main_screen, press, run, settle, where
from tests.test_identical_pages import copies

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_a_date_filter_finds_the_copy_printed_that_day_and_enter_opens_it(tmp_path: Path) -> None:
    app = DubaApp([copies(tmp_path / "papers")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for day in ("2025-01-02", "2025-01-09"):
            await press(pilot, "slash", "ctrl+u", *f"date:{day} 人才引育")
            rows = [row for row in main_screen(app).sidebar.rows if row.kind == "article"]
            assert [day in row.aside for row in rows if "人才集聚" in row.label] == [True], day
            assert any(row.label.startswith("and 2 identical") for row in main_screen(app).sidebar.rows)
            await press(pilot, "enter")
            assert where(app) == ("人民日报", day, "1")
