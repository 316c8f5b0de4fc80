"""Notices on a tiny terminal: Textual's notice is half the terminal wide, with a blank row over and
under its text and one between notices; at 40x12 F's notice ran down 11 of the 12 rows over the right
half of the text (the s29 walk). Under 60 columns a notice spans the terminal's width, under 20 rows it
has no blank rows: five rows there, the text above it in sight. At 120x40 notices are as Textual draws
them."""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from tests.apptest import RunningApp, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")

PHOTO = 4
"""The bundled page's photo item (F makes it an article, and says so)."""


@run
async def test_a_notice_at_40x12_spans_the_width_and_leaves_the_top_of_the_text_in_sight(
    running_app: RunningApp,
) -> None:
    async with running_app((40, 12), notifications=True) as (app, pilot):
        await press(pilot, *"n" * PHOTO, "F")
        await pilot.pause(0.1)  # (the notice is drawn after the key's refresh)
        (toast,) = app.screen.query(Toast)
        region = toast.region
        assert region.width >= 38  # (was 20: half the terminal)
        assert region.height <= 6  # (was 11)
        assert region.y >= 4  # the title, the byline and the first text rows stay in sight


@run
async def test_a_notice_at_120x40_is_as_textual_draws_it(running_app: RunningApp) -> None:
    async with running_app((120, 40), notifications=True) as (app, pilot):
        await press(pilot, *"n" * PHOTO, "F")
        await pilot.pause(0.1)
        (toast,) = app.screen.query(Toast)
        assert 50 <= toast.region.width <= 60  # (a guard: as on the parent)
        assert not app.has_class("-narrow-notices") and not app.has_class("-short-notices")


@run
async def test_at_40x12_a_new_notice_takes_the_place_of_the_one_before(running_app: RunningApp) -> None:
    """Walk: F then u at 40x12 stacked two notices; the newer, under the older, lost its end ("U redoes
    it"). A warning gives way too (P refused, then m: it covered the bookmark's note box)."""
    async with running_app((40, 12), notifications=True) as (app, pilot):
        await press(pilot, *"n" * PHOTO, "F", "u")
        await pilot.pause(0.1)
        (toast,) = app.screen.query(Toast)
        assert "Undid" in str(toast.render())
        assert toast.region.bottom <= app.screen.region.bottom - 1  # whole, over the footer
        app.notify("a made-up warning", severity="warning")
        app.notify("a made-up notice")
        await pilot.pause(0.1)
        shown = [str(t.render()) for t in app.screen.query(Toast)]
        assert len(shown) == 1 and "made-up notice" in shown[0]


@run
async def test_at_40x12_a_dialog_opens_without_the_notices_shown_before(running_app: RunningApp) -> None:
    """Walk: P refused ('Correction not made', a warning of 8 s), then m: the warning covered the
    bookmark dialog's note box. At 120x40 the notice stays (it takes a corner there)."""
    from reader.app.screens.bookmark_dialog import BookmarkDialog

    for size, kept in (((40, 12), 0), ((120, 40), 1)):
        async with running_app(size, notifications=True) as (app, pilot):
            app.notify("a made-up warning", severity="warning", timeout=30)
            await pilot.pause(0.1)
            assert app.screen.query(Toast)  # shown on the reading screen
            await press(pilot, "m")
            await pilot.pause(0.1)
            assert isinstance(app.screen, BookmarkDialog)
            assert len(app.screen.query(Toast)) == kept, size


@run
async def test_at_40x12_the_screen_beneath_a_dialog_draws_no_notice_around_it(
    running_app: RunningApp,
) -> None:
    """Walk (s30): F, escape, D at 40x12: the reading screen's notice still showed, dimmed, on the row
    under the date dialog (Textual refreshes the notices of the screen on top alone). At 120x40 it
    shows there, as Textual draws it. Once the dialog closes, the reading screen shows notices again."""
    from reader.app.screens.date_dialog import DateDialog

    for size, kept in (((40, 12), False), ((120, 40), True)):
        async with running_app(size, notifications=True) as (app, pilot):
            app.notify("a made-up-warning", severity="warning", timeout=30)
            await pilot.pause(0.1)
            await press(pilot, "D")
            await pilot.pause(0.1)
            assert isinstance(app.screen, DateDialog)
            # (export_screenshot draws the screens beneath too)
            assert ("made-up-warning" in app.export_screenshot()) == kept, size
            # and gone from the screen beneath, not only hidden: Textual does not redraw that screen for
            # its class, and in a terminal the notice stayed drawn ~2 s (the review's walk of b0ee64e)
            assert bool(app.screen_stack[-2].query("Toast")) == kept, size
            await press(pilot, "escape")
            app.notify("a made-up notice after", timeout=30)
            await pilot.pause(0.1)
            assert "made-up notice after" in screen_text(app), size


@run
async def test_at_40x12_the_sentence_a_first_press_marks_is_shown_above_its_notice(
    running_app: RunningApp,
) -> None:
    """Walk: F on a story at 40x12 marked its first paragraph, under the title and byline, and the notice
    'Press F again: the marked paragraph…' covered it: the sentence comes to the pane's top line."""
    from tests.apptest import main_screen

    async with running_app((40, 12), notifications=True) as (app, pilot):
        for key in ("F", "S", "P"):
            screen = main_screen(app)
            screen.bookmarker.passage.reset()
            screen.pane.scroll_to(y=0, animate=False)
            await press(pilot, key)
            await pilot.pause(0.1)
            span = screen.bookmarker.passage.span()
            assert span is not None and app.screen.query(Toast), key
            line = screen.pane.line_for_offset(span[0])
            assert line is not None and line > 0  # (under the titles: hidden by the notice before)
            assert int(screen.pane.scroll_y) == line, key
            (toast,) = app.screen.query(Toast)
            assert toast.region.y > screen.pane.region.y + 1, key
