"""The bookmark list's third line (note, tags, the time it was made): at 80 columns a long note left
the time cut to "2026-1…" (the s31 walk), which said nothing; the time is shown whole or not at all."""

from __future__ import annotations

import re

import pytest

from tests.apptest import RunningApp, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")

NOTE = "a note long enough to fill most of the row at eighty columns wide"


@run
async def test_a_long_note_leaves_the_time_out_whole_not_cut(running_app: RunningApp) -> None:
    for size, shown in (((80, 24), False), ((120, 40), True)):
        async with running_app(size) as (app, pilot):
            await press(pilot, "right_parenthesis", "m", *NOTE, "enter", "B")
            text = screen_text(app)
            assert NOTE[:40] in text
            assert not re.search(r"\d…", text), text  # no time cut off
            assert bool(re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)) == shown, size
