"""In the bookmark list a long note hid the bookmark's tags and the time it was made (the line was cut
at the note): the note is cut before them now, and keeps a few characters where the list is narrow."""

from __future__ import annotations

import pytest

from tests.apptest import RunningApp, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")

NOTE = "这段话说明了示例城市的发展思路，值得以后写文章时引用，" * 4


@run
async def test_a_long_note_is_cut_before_the_tags_and_the_time(running_app: RunningApp) -> None:
    for size in ((120, 40), (80, 24)):
        async with running_app(size) as (app, pilot):
            await press(pilot, "right_parenthesis", "m", *NOTE, "tab", *"示例 待查", "enter")
            await press(pilot, "B")
            shown = screen_text(app)
            line = next(line for line in shown.splitlines() if "#示例" in line)
            assert "#待查" in line and line.rstrip().endswith(tuple("0123456789")), line  # the time, whole
            assert NOTE[:8] in line and "…" in line, line  # the note, cut


@run
async def test_on_a_narrow_list_the_note_keeps_its_opening(running_app: RunningApp) -> None:
    async with running_app((40, 20)) as (app, pilot):
        await press(pilot, "right_parenthesis", "m", *NOTE, "tab", *"示例很长的一个标签名字", "enter")
        await press(pilot, "B")
        line = next(line for line in screen_text(app).splitlines() if NOTE[:3] in line)
        assert "#示例" in line, line  # the tags follow it, cut
