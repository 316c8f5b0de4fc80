"""Snapshot tests of the bookmark screens (pytest-textual-snapshot): the list at 120×40 and 60×20, the dialog.

Stable run to run: bookmark times come from a fixed clock in UTC (`reader.bookmarks.store._now` patched,
TZ=UTC), notifications are cleared before the picture, the list (not the filter box, whose cursor
blinks) has the focus, and the data folder is fresh. Refresh after a reviewed change with
`pytest tests/test_app_bookmark_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader import paths
from reader.app.app import DubaApp
from reader.bookmarks import BookmarkStore
from reader.model import Article
from tests.apptest import press, settle
from tests.test_app_snapshots import ABSENT_CONFIG


@pytest.fixture(autouse=True)
def snapshot_dirs(temp_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # on top of conftest's folders: the help screen prints the config path, so fix it
    monkeypatch.setenv("DUBA_CONFIG_DIR", ABSENT_CONFIG)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    minutes = itertools.count()
    monkeypatch.setattr(
        "reader.bookmarks.store._now", lambda: f"2024-03-15T09:{next(minutes):02d}:00.000000+00:00"
    )
    # an orphan: its page is open, its passage is in none of the articles
    page = next(paths.bundled_corpus().glob("*.txt")).name
    gone = Article(id="gone", headline="一篇已改版的文章", paragraphs=["这句话已经不在页面上了。"], page=page)
    with BookmarkStore(temp_dirs / "data" / "bookmarks.json") as store:
        store.add(gone, None, 0, len(gone.text), note="原文找不到", tags="待查")


async def bookmark_two(pilot: Pilot[None]) -> None:
    """Bookmark a sentence of the first article and two of the second, with notes and tags."""
    await settle(pilot)
    await press(pilot, "right_parenthesis", "right_parenthesis", "m", *"copper", "tab", *"energy", "enter")
    await press(pilot, "n", "right_parenthesis", "v", "m", *"talent", "enter")
    pilot.app.clear_notifications()


def test_bookmarks_screen_120x40(snap_compare: Any) -> None:
    async def open_list(pilot: Pilot[None]) -> None:
        await bookmark_two(pilot)
        await pilot.press("B")
        await pilot.pause()

    assert snap_compare(DubaApp([]), terminal_size=(120, 40), run_before=open_list)


def test_bookmarks_screen_60x20(snap_compare: Any) -> None:
    async def open_list(pilot: Pilot[None]) -> None:
        await bookmark_two(pilot)
        await pilot.press("B", "down")
        await pilot.pause()

    assert snap_compare(DubaApp([]), terminal_size=(60, 20), run_before=open_list)


def test_marked_passage_and_cursor_120x40(snap_compare: Any) -> None:
    async def mark(pilot: Pilot[None]) -> None:
        await bookmark_two(pilot)
        await pilot.press("p", "right_parenthesis", "right_parenthesis", "right_parenthesis")
        await pilot.pause()

    assert snap_compare(DubaApp([]), terminal_size=(120, 40), run_before=mark)


def test_a_long_note_leaves_its_tags_and_time_in_sight_80x24(snap_compare: Any) -> None:
    """A note longer than the line hid the bookmark's tags and time: it is cut before them now."""

    async def open_list(pilot: Pilot[None]) -> None:
        await settle(pilot)
        note = "a note long enough to fill the whole line of the list and more, " * 2
        await press(pilot, "right_parenthesis", "m", *note, "tab", *"energy copper", "enter")
        pilot.app.clear_notifications()
        await pilot.press("B")
        await pilot.pause()

    assert snap_compare(DubaApp([]), terminal_size=(80, 24), run_before=open_list)
