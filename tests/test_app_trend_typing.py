"""Pilot tests: letters typed on the trend chart are terms, never the reader's commands."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reader.app.screens.trend import TrendScreen
from tests.apptest import RunningApp, burst, press, run

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_letters_typed_with_the_chart_focused_go_to_the_box_and_q_does_not_quit(
    running_app: RunningApp,
) -> None:
    """Tab moved the focus from the box to the chart; the letters typed after it did nothing, and the
    first q (a word such as "quota") quit the whole reader from the chart."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "T", *"经济", "enter", "tab")
        screen = app.screen
        assert isinstance(screen, TrendScreen)
        box = screen.query_one(Input)
        assert not box.has_focus
        await press(pilot, *" quota")
        assert app.screen is screen and app.is_running
        assert box.value == "经济 quota"
        assert box.has_focus
        await press(pilot, "tab")
        assert not box.has_focus
        # a burst (a paste, a slow link): the keys after the first were sent to the chart, in order
        await burst(pilot, *" rq", "backspace", "x")
        assert app.screen is screen and box.value == "经济 quota rx"
