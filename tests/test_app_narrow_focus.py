"""The focus and the narrow layout (under 80 columns the list and the text take the whole width in turn)
after the terminal is resized: what is on screen is what the keys act on.

Typing a query, a terminal made narrow (a tmux pane split, a window dragged) hid the search box and moved
the focus to the reading pane, and widening it again left it there: the letters typed on went to the
reader as commands (`n` stepped to the next hit, `J` would join two articles, `q` quit) while the box still
showed the query. A search begun narrow and ended wide (enter) left the list to take the whole width when
the terminal narrowed again, over the text, the focus in the hidden reading pane.
"""

from __future__ import annotations

import pytest

from tests.apptest import RunningApp, main_screen, press, run, screen_text, settle, type_keys

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_typing_a_query_goes_on_into_the_box_after_the_terminal_narrows_and_widens(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash")
        await type_keys(pilot, *"新能源")
        await settle(pilot)
        await pilot.resize_terminal(50, 15)
        await settle(pilot)
        assert app.focused is screen.search_box
        assert screen.sidebar_shown  # the box and its results take the width, as / does there
        assert "新能源" in screen_text(app).split("\n")[0]
        await type_keys(pilot, *"jn")
        await settle(pilot)
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert app.focused is screen.search_box
        await type_keys(pilot, *"Jq")
        await settle(pilot)
        assert screen.search_box.value == "新能源jnJq"  # typed into the box, none of them a command
        assert app.is_running
        assert screen.current == 0


@run
async def test_the_text_read_is_on_screen_after_a_search_ended_wide_and_the_terminal_narrowed(
    running_app: RunningApp,
) -> None:
    async with running_app((50, 15)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", *"铜箔")
        await pilot.resize_terminal(120, 30)
        await press(pilot, "enter")  # the best result opens, the focus in the text
        assert app.focused is screen.pane
        await pilot.resize_terminal(50, 15)
        await settle(pilot)
        assert app.focused is screen.pane
        assert not screen.sidebar_shown  # the list gave way to the text the keys scroll
        assert screen.pane.region.width > 40
        assert "1 result" not in screen_text(app)
