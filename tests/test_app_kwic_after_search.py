"""The concordance (K) and the trend (T) of a search the reader has ended: escape (or a correction)
empties the search box, and K then said "Type a word in the search box (/) first" (the s30 walk:
search, open a result, escape to read, K). While the box is empty they take the last search's query."""

from __future__ import annotations

import pytest

from reader.app.screens.kwic import KwicScreen
from reader.app.screens.trend import TrendScreen
from tests.apptest import RunningApp, notices, press, run

pytestmark = pytest.mark.usefixtures("temp_dirs")

WORD = "产业"
"""A word of the bundled page."""


@run
async def test_k_and_t_after_escape_take_the_search_just_ended(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *WORD, "enter", "escape")
        assert not app.screen.search_box.value  # type: ignore[attr-defined]
        await press(pilot, "K")
        assert isinstance(app.screen, KwicScreen), notices(app)
        assert app.screen.search_query == WORD
        await press(pilot, "escape", "T")
        assert isinstance(app.screen, TrendScreen)
        assert app.screen.terms == (WORD,)


@run
async def test_k_with_no_search_yet_still_asks_for_a_word(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "K")
        assert not isinstance(app.screen, KwicScreen)
        assert any("Type a word in the search box" in n for n in notices(app))
