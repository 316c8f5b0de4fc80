"""Pilot tests of plain `duba` on a library: the issue where reading stopped (else the first) is shown
before the rest of the library has opened; then every page is listed and the reader stays where it is."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import reader.corpus
from reader.app.app import DubaApp
from reader.app.loader import Loader
from reader.archive.catalogue import Catalogue
from reader.library import Library
from tests.apptest import main_screen, press, run, settle, where
from tests.test_app_archive import write_archive

pytestmark = pytest.mark.usefixtures("temp_dirs")


class Watch:
    """Records, for each set of pages the loader opens (`Loader.Opened`, in the order its thread posts
    them), whether it was the whole library and how many pages it held. (Counting the library's pages when
    `Loaded` reaches the screen raced: the loader may install the whole library before the screen
    handles the first issue's `Loaded`.)"""

    def __init__(self) -> None:
        self.loads: list[tuple[bool, int]] = []
        self._seen: set[int] = set()

    def __call__(self, message: Any) -> None:
        # the hook sees a message again at each widget it bubbles to: count it once
        if isinstance(message, Loader.Opened) and id(message) not in self._seen:
            self._seen.add(id(message))
            self.loads.append((message.complete, len(message.corpus.pages)))


async def open_library(watch: Watch, keys: tuple[str, ...] = ()) -> tuple[tuple[str, str, str], int]:
    app = DubaApp(library=Library.for_plain_start(Path("unused")))
    async with app.run_test(size=(120, 40), message_hook=watch) as pilot:
        await settle(pilot)
        for key in keys:
            await press(pilot, key)
        return where(app), len(main_screen(app).library.pages)


@run
async def test_the_first_issue_shows_before_the_rest_opens(tmp_path: Path) -> None:
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    watch = Watch()
    place, pages = await open_library(watch)
    # 人民日报 of 1998-01-05, two pages, alone first; then all seven pages of the library
    assert watch.loads == [(False, 2), (True, 7)]
    assert place == ("人民日报", "1998-01-05", "1") and pages == 7


@run
async def test_the_issue_where_reading_stopped_opens_first(tmp_path: Path) -> None:
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    place, _ = await open_library(Watch(), ("greater_than_sign", "full_stop"))  # 1998-01-06, page 2
    assert place == ("人民日报", "1998-01-06", "2")
    watch = Watch()
    place, pages = await open_library(watch)
    assert watch.loads == [(False, 2), (True, 7)]
    assert (
        place == ("人民日报", "1998-01-06", "2") and pages == 7
    )  # the remembered page, kept through the load


@run
async def test_quitting_while_the_library_opens_stops_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python waits for a worker's thread before it exits: a load left running kept the reader on the
    # terminal after q until every page was open. Now the load stops at the next page.
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n:02d}.txt").write_text(f"　　第{n}页的新闻，市场供应充足。\n", encoding="utf-8")
    opened: list[str] = []
    quitting, finished = threading.Event(), threading.Event()
    real_load_page, real_load = reader.corpus.load_page, Library.load

    def load_page(path: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(path.name)
        if len(opened) == 3:
            quitting.wait(10)  # the reader quits while this page opens
        return real_load_page(path, *args, **kwargs)

    def load(library: Library, *args: Any) -> Any:
        try:
            return real_load(library, *args)
        finally:
            finished.set()

    monkeypatch.setattr(reader.corpus, "load_page", load_page)
    monkeypatch.setattr(Library, "load", load)
    app = DubaApp(library=Library([folder]))
    async with app.run_test(size=(80, 24)) as pilot:
        while len(opened) < 3:
            await pilot.pause(0.01)
        await pilot.press("q")
    quitting.set()
    assert finished.wait(10)
    assert opened == ["00.txt", "01.txt", "02.txt"]  # none after the page it was opening


@run
async def test_quitting_while_key_terms_are_fitted_stops_the_fit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The key terms are fitted over every page in a worker; Python waited for it before exiting.
    import reader.analysis

    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n:02d}.txt").write_text(f"　　第{n}页的新闻，市场供应充足。\n", encoding="utf-8")
    counted: list[str] = []
    quitting = threading.Event()
    real_page_df = reader.analysis._page_df

    def page_df(page: Any, use_cache: bool) -> Any:
        counted.append(page.name)
        if len(counted) == 3:
            quitting.wait(10)  # the reader quits while this page is counted
        return real_page_df(page, use_cache)

    finished = threading.Event()
    real_fit = reader.analysis.Analyzer.fit

    def fit(analyzer: Any, *args: Any) -> Any:
        try:
            return real_fit(analyzer, *args)
        finally:
            finished.set()

    monkeypatch.setattr(reader.analysis, "_page_df", page_df)
    monkeypatch.setattr(reader.analysis.Analyzer, "fit", fit)
    app = DubaApp(library=Library([folder]))
    async with app.run_test(size=(80, 24)) as pilot:
        while len(counted) < 3:
            await pilot.pause(0.01)
        await pilot.press("q")
    quitting.set()
    assert finished.wait(10)
    assert len(counted) == 3  # none after the page it was counting
