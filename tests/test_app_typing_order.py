"""Pilot tests: keys typed in one burst (a paste, a slow link) act in the order they were typed."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input

from reader.app.screens.bookmark_dialog import BookmarkDialog
from reader.app.screens.bookmarks import BookmarksScreen
from reader.app.screens.date_dialog import DateDialog
from reader.app.screens.trend import TrendScreen
from tests.apptest import RunningApp, burst, main_screen, notifications, press, run, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_editing_keys_typed_in_a_burst_act_before_the_characters_after_them(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        box = main_screen(app).search_box
        await press(pilot, "slash", *"abcd")
        # Textual ran backspace's binding only once the key had bubbled up to the app, after the
        # characters behind it were typed: "abcdxy" lost y, x, d and left "abc"
        await burst(pilot, "backspace", "backspace", "backspace", *"xy")
        assert box.value == "axy"
        await burst(pilot, "ctrl+u", *"rencai", "left", "left", "x")
        assert box.value == "rencxai"
        await press(pilot, "ctrl+u", "escape", "D")
        assert isinstance(app.screen, DateDialog)
        await burst(pilot, *"1998-01-2", "backspace", "5")
        assert app.screen.query_one(Input).value == "1998-01-5"
        await press(pilot, "escape", "B", "slash")
        assert isinstance(app.screen, BookmarksScreen)
        await burst(pilot, *"人才x", "backspace", "y")
        assert app.screen.filter_box.value == "人才y"
        await press(pilot, "escape", "escape", "T")
        assert isinstance(app.screen, TrendScreen)
        await burst(pilot, *"经济 改革", "backspace", "backspace", *"发展")
        assert app.screen.query_one(Input).value == "经济 发展"


@run
async def test_a_date_or_terms_typed_in_one_burst_after_D_or_T_reach_their_box(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await burst(pilot, "D", *"1998-01-25")  # they went to the reading pane, the dialog opened empty
        assert isinstance(app.screen, DateDialog)
        assert app.screen.query_one(Input).value == "1998-01-25"
        await press(pilot, "escape")
        await burst(pilot, "T", *"经济 改革")
        assert isinstance(app.screen, TrendScreen)
        assert app.screen.query_one(Input).value == "经济 改革"


@run
async def test_keys_typed_in_the_bookmark_list_in_one_burst_all_reach_the_filter(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "B")
        assert isinstance(app.screen, BookmarksScreen)
        assert app.screen.bookmark_list.has_focus
        # typing in the list moves the focus to the filter; the keys already on their way to the list
        # were lost from the first that was not a character on: "人才x" + backspace + "y" left "人才x"
        await burst(pilot, *"人才x", "backspace", "y")
        assert app.screen.filter_box.value == "人才y"
        assert app.screen.filter_box.has_focus


@run
async def test_a_key_typed_in_a_burst_before_one_that_opens_a_box_acts_first(running_app: RunningApp) -> None:
    """`n m` in one burst (a slow link) bookmarked the article n was to leave: m opened the dialog as it
    passed the screen, and n, run only once it reached the app, went to the dialog and was lost. The
    same for `n n / rc`: the search started on the article being left."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await burst(pilot, "n", "m")
        assert isinstance(app.screen, BookmarkDialog)
        assert screen.current == 1
        await press(pilot, "escape")
        await burst(pilot, "n", "n", "slash", *"rc")
        assert screen.current == 3 and screen.search_box.value == "rc"


@run
async def test_escape_then_slash_in_one_burst_leaves_the_box_and_opens_it_again(
    running_app: RunningApp,
) -> None:
    """Escape, `/` and a word typed in one burst (a loaded machine): the box had not yet lost the focus
    when `/` reached it, so `/` and the word went into the box escape was emptying: both were lost and
    the focus ended on the reading pane. They act where escape led: `/` opens the box again, the word
    is typed in it. A key of the app's (q) after escape still reaches the app."""
    async with running_app((120, 40)) as (app, pilot):
        box = main_screen(app).search_box
        await press(pilot, "slash", *"人民日报")
        await burst(pilot, "escape", "slash", *"人才")
        assert box.has_focus and box.value == "人才"
        await burst(pilot, "escape", "j")
        assert app.focused is main_screen(app).pane and box.value == ""
        await press(pilot, "slash", *"rc")
        await burst(pilot, "escape", "B")
        assert isinstance(app.screen, BookmarksScreen)
        await press(pilot, "escape", "slash", *"rc")
        await burst(pilot, "escape", "q")
        assert app.return_code == 0 and not app.is_running


def parsed(data: str) -> list[events.Key]:
    """The keys Textual's parser, as the reader's driver hooks it, reads from `data` in one read."""
    from reader.app.driver import EscapeKeyParser

    return [token for token in EscapeKeyParser().feed(data) if isinstance(token, events.Key)]


@run
async def test_escape_then_b_in_one_read_pages_up_unless_a_text_box_has_the_focus(
    running_app: RunningApp,
) -> None:
    """ESC b in one read is both option+left (macOS) and escape then `b` typed fast. In the reading pane
    a word move means nothing: escape (ending the search) then b (page up), where it did nothing at all.
    In the search box it stays a word move: read as escape it would close the box and drop its place."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", *"新兴产业", "enter")
        screen.pane.focus()
        await press(pilot, "space")
        assert screen.pane.scroll_y > 0 and screen.hits.active
        keys = parsed("\x1bb")
        assert [key.key for key in keys] == ["ctrl+left"]
        for key in keys:
            app.post_message(key)
        await settle(pilot)
        assert screen.pane.scroll_y == 0  # b paged up
        assert not screen.hits.active  # escape ended the search
        # in the search box: a word to the left, the box keeps the focus and its text
        await press(pilot, "slash", *"ab", "space", *"cd")
        box = screen.search_box
        assert box.has_focus and box.cursor_position == 5
        for key in parsed("\x1bb"):
            app.post_message(key)
        await settle(pilot)
        assert box.has_focus and box.value == "ab cd" and box.cursor_position == 3


@run
async def test_keys_typed_in_one_burst_after_the_key_that_closes_a_dialog_act_on_the_reader(
    running_app: RunningApp,
) -> None:
    """Escape then `/` and a word in one burst (a fast typist, a loaded machine), on a dialog or a screen
    over the reader: the keys after escape were already sent to the dialog when it closed, and were lost
    there (typed into the date box it was closing, or, after the help, `/` opened the search box but the
    word was gone). They act on the reader, as typed after it."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        box = screen.search_box
        await press(pilot, "slash", *"新能源", "enter")
        await press(pilot, "escape", "right_parenthesis")
        for opener, closing in (
            (["question_mark"], ["escape"]),
            (["D"], ["escape"]),
            (["m"], ["escape"]),
            (["t"], ["escape"]),
            (["I"], ["escape"]),
            (["T"], ["escape"]),
            (["B"], ["escape", "escape"]),
        ):
            await press(pilot, *opener)
            assert app.screen is not screen, opener
            await burst(pilot, *closing, "slash", *"rc")
            assert app.screen is screen, opener
            assert box.has_focus and box.value == "rc", (opener, box.value)
            await press(pilot, "escape")
            assert not box.has_focus
        await press(pilot, "slash", *"新能源", "enter", "K")
        assert app.screen is not screen
        await burst(pilot, "escape", "slash", *"rc")
        assert app.screen is screen and box.value == "rc"


@run
async def test_keys_typed_in_one_burst_after_escape_closes_the_command_palette_act_on_the_reader(
    running_app: RunningApp,
) -> None:
    """The same on the command palette (Textual's): the word went into the palette's box as it closed."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "ctrl+p")
        assert app.screen is not screen
        await burst(pilot, "escape", "slash", *"rc")
        assert app.screen is screen and screen.search_box.has_focus and screen.search_box.value == "rc"
        await press(pilot, "escape", "ctrl+p", *"theme")  # typing in it still works, escape still closes it
        assert app.screen is not screen
        await press(pilot, "escape")
        assert app.screen is screen


@run
async def test_keys_typed_in_one_burst_after_enter_on_the_command_palette_act_after_its_command(
    running_app: RunningApp,
) -> None:
    """Enter on the palette closes it only after a chain of messages: the keys typed right after it (`/`
    and a word) went into the box of the palette that was closing and were lost. A word and enter typed
    in one burst (or enter a moment after an input method sent the word) ran the command highlighted for
    the text before (the search was not done): the reader opened the wrong article. Both act in order."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        target = next(i for i, a in enumerate(app.library.articles) if a.headline == "搭台唱好戏 协商汇民智")
        await press(pilot, "ctrl+p", *"协商汇民智")
        await burst(pilot, "enter", "slash", *"rc")
        assert screen.current == target
        assert app.screen is screen and screen.search_box.has_focus and screen.search_box.value == "rc"
        await press(pilot, "escape", "g", "ctrl+p")
        await burst(pilot, *"协商汇民智", "enter", "slash", *"rc")
        assert screen.current == target
        assert app.screen is screen and screen.search_box.value == "rc"
        # a command that opens another palette (the themes): the keys after enter go to that one
        await press(pilot, "escape", "ctrl+p", *"theme")
        await burst(pilot, "enter", *"textual-light", "enter")
        assert app.screen is screen and app.theme == "textual-light"


@run
async def test_keys_typed_in_one_burst_after_ctrl_p_reach_the_command_palette(
    running_app: RunningApp,
) -> None:
    """ctrl+p is the app's key, run once it has bubbled up to the app: the keys typed right after it had
    passed the reader before the palette opened, and were lost (the palette opened empty; its enter then
    ran the first command listed)."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        target = next(i for i, a in enumerate(app.library.articles) if a.headline == "搭台唱好戏 协商汇民智")
        await burst(pilot, "ctrl+p", *"协商汇民智", "enter", "slash", *"rc")
        assert screen.current == target
        assert app.screen is screen and screen.search_box.value == "rc"
        await press(pilot, "escape", "g")
        await burst(pilot, "ctrl+p", *"协商x", "backspace", *"汇民智")
        assert app.screen is not screen and app.screen.query_one(Input).value == "协商汇民智"


@run
async def test_keys_held_for_a_palette_that_never_takes_them_go_on_after_a_time(
    running_app: RunningApp,
) -> None:
    """The app holds the keys typed while the palette opens, until its box has the focus. A palette that
    never got it would have left the reader deaf to every key, ctrl+q too: a hold ends after a time
    (`HOLD_AT_MOST`; run here at once, not waited for)."""
    from reader.app.palette import Palette

    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "ctrl+p")
        palette = app.screen
        assert isinstance(palette, Palette)
        hold = app._key_hold  # type: ignore[attr-defined]
        palette.ready = False  # as if its box had never had the focus
        hold.hold()
        await burst(pilot, *"xy")
        assert palette.query_one(Input).value == ""  # held
        hold.expire(hold._holds - 1)  # an earlier hold's time: not this one's
        await settle(pilot)
        assert palette.query_one(Input).value == ""
        hold.expire(hold._holds)
        await settle(pilot)
        assert palette.query_one(Input).value == "xy"
        await press(pilot, "escape")
        assert app.screen is main_screen(app)


@run
async def test_ctrl_c_with_nothing_selected_says_how_to_quit(running_app: RunningApp) -> None:
    """ctrl+c, the key a terminal user presses to quit, did nothing at all in the reader: its copy
    binding, with nothing selected, passes the key on, but the reader had stopped it there (s43 walk)."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "ctrl+c")
        assert "Do you want to quit?: Press q to quit the app" in notifications(app)
        assert app.is_running
        await press(pilot, "q")
