"""Pilot test of plain `duba` when the data folder cannot be written (a read-only home, a mounted
archive): the library is opened as last catalogued, with a line saying it was not checked, instead of
the sample page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.app.app import DubaApp
from reader.archive.catalogue import Catalogue
from reader.library import Library
from tests.apptest import main_screen, notifications, run, screen_text, settle
from tests.test_app_archive import write_archive

pytestmark = pytest.mark.usefixtures("temp_dirs")


def refuse_writing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the catalogue to write fails as it does in a read-only folder (SQLite cannot make its
    journal there); opening it to read works. Tests run as root, for whom no folder is read-only."""
    opened = Catalogue.__init__

    def init(self: Catalogue, path: Path | None = None, *, read_only: bool = False) -> None:
        if not read_only:
            raise sqlite3.OperationalError("unable to open database file")
        opened(self, path, read_only=read_only)

    monkeypatch.setattr(Catalogue, "__init__", init)


@run
async def test_a_library_in_a_read_only_folder_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    refuse_writing(monkeypatch)
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(main_screen(app).library.pages) == 7
        assert "聊城日报" in screen_text(app) and "人民日报" in screen_text(app)
        shown = notifications(app)
        assert "not checked for new or changed pages" in shown and "sample" not in shown


@run
async def test_the_reader_says_why_a_read_only_library_was_not_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a read-only data folder the reader said only SQLite's "(unable to open database file)", where
    `duba library update` says the folder cannot be written and why: the reader says it the same way."""
    from reader.archive.catalogue import default_path
    from tests.readonly import read_only

    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    refuse_writing(monkeypatch)
    read_only(monkeypatch, default_path().parent)
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(main_screen(app).library.pages) == 7
        shown = notifications(app)
        assert "not checked for new or changed pages" in shown
        assert f"the folder {default_path().parent} cannot be written" in shown
        assert "read-only file system" in shown and "unable to open database file" not in shown
        # one sentence, one colon (it read "pages: the folder … cannot be written: it is on …", s22)
        [sentence] = [line for line in shown.splitlines() if "not checked" in line]
        assert sentence.removeprefix("Library: ").count(":") == 1, sentence  # (the title, then the notice)


@run
async def test_the_reader_opens_a_library_another_duba_is_adding_to_without_waiting(tmp_path: Path) -> None:
    """Plain `duba` rescans the library as it opens; a `duba library add` at work holds it (it used to
    rescan alongside, each reading the same new pages). The reader opens what is catalogued so far and
    says why it did not check for new pages, instead of waiting for the add to finish."""
    from reader.archive.catalogue import default_path
    from reader.archive.writelock import write_lock

    papers = write_archive(tmp_path / "papers")
    with Catalogue() as catalogue:
        catalogue.add([papers])
    (papers / "later.txt").write_text("　　新加的一版，还没有编进目录。\n", encoding="utf-8")
    with write_lock(default_path(), "duba library add"):
        app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert len(main_screen(app).library.pages) == 7
            assert "duba library add (pid" in notifications(app)
            assert "is updating the library: opened the pages catalogued so far" in notifications(app)
