"""The bookmarks screen answers which keys it takes while it is not (or no longer) composed.

Textual asks the screen whether the list takes a key (`check_consume_key`) whenever it lists the
bindings: for the footer too, which recomposes when the bindings change, also while the screen is being
closed. The screen looked its list up to answer, and once the list was removed (escape right after
ctrl+z in the list, found by a random walk of keys: B, tab, ctrl+z, escape) the lookup failed and the
reader quit with a traceback. It answers from the focused widget now: nothing is taken while there is
no list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app.screens.bookmarks import BookmarksScreen
from reader.app.shelf import Shelf
from reader.bookmarks import BookmarkStore
from tests.apptest import RunningApp, press, run

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_a_bookmarks_screen_without_its_list_takes_no_key(tmp_path: Path) -> None:
    with BookmarkStore(tmp_path / "bookmarks.json") as store:
        screen = BookmarksScreen(Shelf(store))
        assert screen.check_consume_key("q", "q") is False  # (raised: no '#bookmark-list')


@run
async def test_letters_typed_in_the_list_still_filter_and_q_does_not_quit(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "m", "enter", "B")
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert app.focused is screen.bookmark_list
        assert screen.check_consume_key("q", "q") is True
        await press(pilot, "q")
        assert app.is_running and app.screen is screen
        assert screen.filter_box.value == "q"
