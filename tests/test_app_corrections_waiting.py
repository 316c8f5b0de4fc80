"""Correction keys pressed while a correction is being made wait for it, then act on the article it
left the reader in (J J joins two articles, u u undoes two corrections).

Each press after the first used to be dropped with "A correction is still being made.": J J J pressed
quickly joined one article, and u u undid one correction, the reader left guessing which.
"""

from __future__ import annotations

import pytest

from tests.apptest import (
    RunningApp,
    burst,
    main_screen,
    notices,
    notifications,
    press,
    run,
    segmented,
    sidebar_titles,
)

pytestmark = pytest.mark.usefixtures("temp_dirs")

RAW = segmented()
"""The page as the segmenter reads it."""


@run
async def test_join_pressed_twice_quickly_joins_twice_and_undo_twice_undoes_both(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        await press(pilot, "n", "n")  # the third article
        await burst(pilot, "J", "J")  # the second waits for the first, then joins the article it left
        assert not any("still being made" in notice for notice in notices(app))
        assert len(sidebar_titles(app)) == len(before) - 2
        assert notifications(app).count("Joined: ") == 2
        screen = main_screen(app)
        assert screen.current == 0
        joined = app.library.articles[0]
        assert joined.headline == RAW[0].headline
        assert RAW[1].headline in joined.paragraphs and RAW[2].headline in joined.paragraphs
        await burst(pilot, "u", "u")
        assert notifications(app).count("Undone: ") == 2
        assert sidebar_titles(app) == before


@run
async def test_a_key_opening_a_dialog_is_not_kept_waiting(running_app: RunningApp) -> None:
    """t opens a dialog: over a page about to change it would offer what the correction took away."""
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        await press(pilot, "n", "n")
        await burst(pilot, "J", "t")
        assert main_screen(app) is app.screen
        assert "A correction is still being made." in notices(app)
        assert len(sidebar_titles(app)) == len(before) - 1
