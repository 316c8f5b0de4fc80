"""`n` on the library's last article and `p` on its first: there is no article to go to.

The reader opened the same article again, at its top: read down to the end of the last article, `n`
threw the reader back to its headline without a word, the place lost. Now the place is kept and a
notice says there is no next (previous) article, as `]` past the last search result and `>` past the
last issue do.
"""

from __future__ import annotations

import pytest

from tests.apptest import RunningApp, main_screen, notifications, press, run

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_n_on_the_last_article_keeps_the_place_and_says_so(running_app: RunningApp) -> None:
    async with running_app((100, 20)) as (app, pilot):
        screen = main_screen(app)
        last = len(app.library) - 1
        await press(pilot, *"n" * last, "G")
        assert screen.current == last
        bottom = screen.pane.scroll_y
        assert bottom > 0
        await press(pilot, "n")
        assert screen.current == last
        assert screen.pane.scroll_y == bottom  # not back at the headline
        assert "No next article" in notifications(app)


@run
async def test_p_on_the_first_article_keeps_the_place_and_says_so(running_app: RunningApp) -> None:
    async with running_app((100, 20)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "G")
        bottom = screen.pane.scroll_y
        assert screen.current == 0 and bottom > 0
        await press(pilot, "p")
        assert screen.current == 0 and screen.pane.scroll_y == bottom
        assert "No previous article" in notifications(app)
