"""With a data folder that cannot be written (a read-only home, a mounted archive), the reading place was
dropped silently: the next `duba` opened at the first article with no word why. The reader says it the
first time the place cannot be saved, and quitting says it on stderr once the terminal is back."""

from __future__ import annotations

import pytest

from reader import paths
from reader.app import say_exit_notes
from tests.apptest import RunningApp, main_screen, notifications, press, run
from tests.readonly import read_only

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_a_reading_place_that_cannot_be_saved_is_said_in_the_reader_and_at_quit(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    read_only(monkeypatch, paths.data_dir())
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n")
        main_screen(app).save_position()  # (what the timer after a move does)
        said = notifications(app)
        assert "Reading place: Your reading place cannot be saved: the folder" in said
        assert "cannot be written because" in said and "will not open here next time" in said
        await press(pilot, "n")
        main_screen(app).save_position()
        assert notifications(app).count("Reading place:") == 1  # said once, not at every move
    (note,) = app.exit_notes
    assert note.startswith(
        f"the reading place was not saved: the folder {paths.data_dir()} cannot be written"
    )
    say_exit_notes(app.exit_notes)
    assert capsys.readouterr().err == f"duba: warning: {note}\n"


@run
async def test_a_reading_place_saved_says_nothing(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n")
        main_screen(app).save_position()
        assert "Reading place" not in notifications(app)
    assert app.exit_notes == []


@run
async def test_a_theme_that_cannot_be_remembered_is_said_once(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only(monkeypatch, paths.data_dir())
    async with running_app((120, 40)) as (app, pilot):
        app.theme = "textual-light"
        await pilot.pause()
        said = notifications(app)
        assert "Theme: Your theme cannot be remembered: the folder" in said and "cannot be written" in said
        app.theme = "nord"
        await pilot.pause()
        assert notifications(app).count("Theme:") == 1  # said once, not at every theme tried
