"""The bookmark list's third line (note, tags, the time it was made): at 80 columns a long note left
the time cut to "2026-1…" (the s31 walk), which said nothing; the time is shown whole or not at all, and a
long note is cut before it (tests/test_app_bookmark_long_note.py), so it is shown at 80 columns too."""

from __future__ import annotations

import re

import pytest

from tests.apptest import RunningApp, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")

NOTE = "a note long enough to fill most of the row at eighty columns wide"


@run
async def test_a_long_note_leaves_the_time_out_whole_not_cut(running_app: RunningApp) -> None:
    for size, shown, tags in (
        ((80, 24), True, ""),
        ((120, 40), True, ""),
        ((40, 20), False, "示例标签名字很长"),
    ):
        async with running_app(size) as (app, pilot):
            await press(
                pilot, "right_parenthesis", "m", *NOTE, *(("tab", *tags) if tags else ()), "enter", "B"
            )
            text = screen_text(app)
            assert NOTE[: 40 if size[0] > 40 else 8] in text
            assert not re.search(r"\d…", text), text  # no time cut off
            if tags:  # (the bookmarks made at the sizes before are listed too: this one's line)
                text = next(line for line in text.splitlines() if "#示例" in line)
            assert bool(re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)) == shown, size
