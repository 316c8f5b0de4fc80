"""The help screen (`?`, F1) on a small terminal and at 80 columns: pressing keys, reading the screen."""

from __future__ import annotations

import pytest

from reader.app.screens.help import HelpScreen
from tests.apptest import RunningApp, main_screen, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_the_help_at_20x5_fills_the_terminal_with_keys_and_says_how_to_close(
    running_app: RunningApp,
) -> None:
    """At 20x5 the help was a frame round two rows (`duba 读报 —` / `keys`) over the reader's footer:
    each press of j showed a fragment of a column 7 cells wide, and nothing said how to leave it."""
    async with running_app((20, 5)) as (app, pilot):
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        lines = screen_text(app).split("\n")
        assert lines[0].strip() == "keys · esc closes"
        assert not any(mark in "".join(lines) for mark in "╭╰│")  # no frame
        assert all(line.strip() for line in lines[1:])  # every row holds help
        shown = " ".join(line.strip() for line in lines[1:])
        assert "n ]  Next article; while searching" in shown
        await press(pilot, *"jjjjjj")
        lines = screen_text(app).split("\n")
        assert lines[0].strip() == "keys · esc closes"  # stays put as the keys scroll under it
        assert "p [  Previous article" in " ".join(line.strip() for line in lines[1:])
        await press(pilot, "G")
        assert screen_text(app).split("\n")[-1].strip() == "closes it."  # the end of the help
        await press(pilot, "escape")
        assert app.screen is main_screen(app)


@run
async def test_the_help_at_80_columns_leaves_room_for_the_descriptions(running_app: RunningApp) -> None:
    """At 80 columns the frame took 90% of the width and the keymap ids a column of their own, so the
    descriptions had 32 cells: `Hide or show the list of` / `articles`, `Quit (the reading position
    is` / `kept)`. The ids stay whole."""
    async with running_app((80, 24)) as (app, pilot):
        await press(pilot, "question_mark")
        lines = screen_text(app).split("\n")
        for description in ("Hide or show the list of articles", "Quit (the reading position is kept)"):
            assert any(description in line for line in lines), description
        assert any("toggle_sidebar" in line and "Hide or show" in line for line in lines)
        assert "next_article" in screen_text(app) and "next_artic…" not in screen_text(app)
