"""The progress line over the list at 80 columns: the sidebar is 25 cells wide there, and a library of
13,545 articles had its index build read `索引 Indexing 1080/1354` (the s44 walk): the total cut at the
sidebar's edge, a wrong number. The words give way to the count."""

from __future__ import annotations

import pytest

from reader.app.widgets.search_box import SearchBox
from tests.apptest import RunningApp, main_screen, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_the_index_builds_count_is_whole_at_80_columns(running_app: RunningApp) -> None:
    async with running_app((80, 24)) as (app, pilot):
        sidebar = main_screen(app).sidebar
        sidebar.post_message(SearchBox.IndexProgress(1080, 13545))
        await pilot.pause(0.1)
        top = screen_text(app).splitlines()[0]
        assert "1080/13545" in top
        sidebar.post_message(SearchBox.IndexProgress(13335, 13545))
        await pilot.pause(0.1)
        assert "13335/13545" in screen_text(app).splitlines()[0]


@run
async def test_the_words_stay_where_there_is_room(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        main_screen(app).sidebar.post_message(SearchBox.IndexProgress(1080, 13545))
        await pilot.pause(0.1)
        assert "索引 Indexing 1080/13545" in screen_text(app).splitlines()[0]
