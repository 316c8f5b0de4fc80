"""The library's article counts follow the reader's corrections: a page joined in the reader is
listed by `duba library list` with one article fewer, and with its count again after an undo."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app.app import DubaApp
from reader.archive.catalogue import Catalogue
from reader.corpus import load_page
from reader.library import Library
from tests.apptest import PAGE, press, run, settle, sidebar_titles

pytestmark = pytest.mark.usefixtures("temp_dirs")


def _listed() -> str:
    """What `duba library list` prints (another process, as a user would run it beside the reader)."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", "library", "list"], capture_output=True, text=True, check=True
    )
    return done.stdout


@run
async def test_a_join_and_its_undo_are_counted_in_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(PAGE, folder / PAGE.name)
    count = len(load_page(PAGE, use_cache=False, corrections=False).articles)
    with Catalogue() as catalogue:
        catalogue.add([folder])
    assert f"{count} articles" in _listed()
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(sidebar_titles(app)) == count
        await press(pilot, "n", "n", "J")
        await settle(pilot)
        assert len(sidebar_titles(app)) == count - 1
        assert f"{count - 1} articles" in _listed()
        await press(pilot, "u")
        await settle(pilot)
        assert len(sidebar_titles(app)) == count
        assert f"{count} articles" in _listed()
