"""Plain `duba` on a library: the progress over the list counted the rescan's files and then the pages
opened under one label, so the bar ran full ("Opening 58/58") and then started again ("Opening 2/54",
the s44 walk). The rescan now says "Checking", and "Opening" counts only up."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.app.loader
from reader.app.app import DubaApp
from reader.app.widgets.sidebar import Sidebar
from reader.archive.catalogue import Catalogue
from reader.library import Library
from tests.apptest import main_screen, run, settle
from tests.test_app_archive import write_archive

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_the_rescan_is_checking_and_opening_never_counts_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_archive(tmp_path / "papers")
    (root / "notes.txt").write_text("\n\n", encoding="utf-8")  # a file the rescan counts, no page
    with Catalogue() as catalogue:
        catalogue.add([root])
    shown: list[tuple[str, float, int]] = []
    original = Sidebar.show_progress

    def record(self: Sidebar, what: str, done: float, total: int) -> None:
        shown.append((what, done, total))
        original(self, what, done, total)

    monkeypatch.setattr(Sidebar, "show_progress", record)
    monkeypatch.setattr(reader.app.loader, "PROGRESS_EVERY", -1.0)  # every step told
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(main_screen(app).library.pages) == 7
    checking = [(done, total) for what, done, total in shown if what == "Checking"]
    opening = [(done, total) for what, done, total in shown if what == "Opening"]
    assert checking and checking[-1] == (8, 8)  # seven pages and the file that is none
    assert opening and all(total == 7 for _, total in opening)
    assert [done for done, _ in opening] == sorted(done for done, _ in opening)
