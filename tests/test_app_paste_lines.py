"""A paste of several lines into a text box: Textual's Input keeps the first line and drops the others,
so a note pasted into the bookmark dialog (a dictionary entry, lines copied from a web page) was saved
with its first line only, and nothing said so. Every line is kept now, joined by a space."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from reader.cli import main
from tests.apptest import RunningApp, press, run, screen_text, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")

NOTE = "铜箔 tóngbó\n  copper foil\n\n极薄：ultra-thin\n"


@run
async def test_a_note_and_tags_pasted_over_several_lines_are_kept_whole(
    running_app: RunningApp, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "right_parenthesis", "m")
        app.post_message(events.Paste(NOTE))
        await settle(pilot)
        await press(pilot, "tab")
        app.post_message(events.Paste("词汇\n科技"))
        await settle(pilot)
        await press(pilot, "enter", "B")
        assert "铜箔 tóngbó copper foil 极薄：ultra-thin" in screen_text(app)
    capsys.readouterr()
    assert main(["bookmarks", "export"]) == 0
    out = capsys.readouterr().out
    assert "笔记：铜箔 tóngbó copper foil 极薄：ultra-thin\n" in out
    assert "标签：词汇、科技" in out
