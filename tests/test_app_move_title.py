"""Pilot tests of moving a title to the article next to it (t, then p or n, then h/k/s/b).

A story printed with its headline under its body is often read as the end of the article above,
its headline as the kicker of the article below. The reader splits the story off (S) and then gives
it its headline back from the article below: stored, applied on a restart, in `duba segment --json`
and `duba corrections export`, undone with u, and a bookmark in the story still opens at its passage.

Each test has its own data folder (DUBA_DATA_DIR); a "restart" is a second app on the same folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.app.screens.help import HelpScreen
from reader.app.screens.title_dialog import TitleDialog
from reader.cli import main
from tests.apptest import (
    PAGE,
    RunningApp,
    main_screen,
    notifications,
    press,
    run,
    screen_text,
    segmented,
    sidebar_titles,
    snap_bundled,
)

pytestmark = pytest.mark.usefixtures("temp_dirs")

RAW = segmented()
STORY = 2
"""The article whose later paragraphs are split off as the story that lost its headline."""
KICKED = 3
"""The article below it, whose kicker (`东阿县`) plays the lost headline."""


def test_the_page_has_the_titles_these_tests_move() -> None:
    assert len(RAW[STORY].paragraphs) == 4 and RAW[STORY].headline
    assert RAW[KICKED].kicker == "东阿县" and RAW[KICKED].headline


@run
async def test_a_kicker_becomes_the_headline_of_the_article_before_with_a_bookmark_kept(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    kicker, headline = RAW[KICKED].kicker, RAW[KICKED].headline
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "n", "n", "right_curly_bracket", "right_curly_bracket", "m", "enter")
        assert "Bookmarked" in notifications(app)
        [(start, end)] = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        quote = RAW[STORY].text[start:end]
        await press(pilot, "S")  # the story starts at the cursor's paragraph: an untitled article
        split = len(app.library.articles[STORY].paragraphs)
        assert 0 < split < 4 and screen.current == STORY + 1
        assert app.library.articles[STORY + 1].headline is None

        await press(pilot, "n", "t")  # the article below: its kicker is the story's headline
        assert isinstance(app.screen, TitleDialog)
        await press(pilot, "down", "p")  # the kicker, into the article before
        shown = screen_text(app)
        # the untitled article named by its opening, on the line that says where the title goes
        [line] = [line for line in shown.splitlines() if "→ 上一篇 the article before" in line]
        assert "无题 untitled: " + RAW[STORY].paragraphs[split][:8] in line
        await press(pilot, "h")
        assert app.screen is screen
        story, below = app.library.articles[STORY + 1], app.library.articles[STORY + 2]
        assert story.headline == kicker and story.paragraphs == RAW[STORY].paragraphs[split:]
        assert (below.kicker, below.headline) == (None, headline)
        assert story.corrected and below.corrected
        assert sidebar_titles(app)[STORY + 1].startswith(kicker)  # type: ignore[arg-type]
        assert screen.current == STORY + 1  # the reader is shown the article that received it
        assert "Title moved" in notifications(app)
        assert f"「{kicker}」 is now the headline of the article before" in notifications(app)
        # the bookmark is in the story: still marked on its passage, listed under the story's headline
        marks = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        assert [story.text[a:b] for a, b in marks] == [quote]
        await press(pilot, "p", "p", "B")
        assert kicker in screen_text(app)  # type: ignore[operator]
        await press(pilot, "enter")
        assert screen.current == STORY + 1
        assert [story.text[h.start : h.end] for h in screen.pane.highlights("bookmarks")] == [quote]
        await press(pilot, "q")

    capsys.readouterr()
    assert main(["segment", str(PAGE), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"]
    assert printed[STORY + 1]["headline"] == kicker and printed[STORY + 2].get("kicker") is None
    assert [n for n, a in enumerate(printed) if a.get("corrected")] == [STORY, STORY + 1, STORY + 2]
    assert main(["corrections", "export"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["pages"]
    assert [op["op"] for op in exported["ops"]] == ["split", "move_title"]
    assert exported["ops"][1]["text"] == kicker and exported["ops"][1]["role"] == "headline"
    assert main(["bookmarks", "export", "--format", "json"]) == 0
    [bookmark] = json.loads(capsys.readouterr().out)["bookmarks"]
    assert bookmark["headline"] == kicker

    async with running_app((120, 40)) as (app, pilot):  # a restart: the page opens corrected
        assert sidebar_titles(app)[STORY + 1].startswith(kicker)  # type: ignore[arg-type]
        await press(pilot, "u")
        assert "Undid the move of a title" in notifications(app)
        story, below = app.library.articles[STORY + 1], app.library.articles[STORY + 2]
        assert story.headline is None and (below.kicker, below.headline) == (kicker, headline)


@run
async def test_a_paragraph_becomes_the_kicker_of_the_article_after(running_app: RunningApp) -> None:
    """n turns the dialog to the article after; the cursor's paragraph leaves its article for it."""
    body = RAW[STORY].paragraphs
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", *["right_curly_bracket"] * 5, "t")
        assert f"第{len(body)}段" in screen_text(app)  # the last paragraph is the one taken
        await press(pilot, "n")
        assert "→ 下一篇 the article after" in screen_text(app)
        assert RAW[STORY + 1].headline[:8] in screen_text(app)  # type: ignore[index]
        await press(pilot, "n")  # n again: back to this article, and to the paragraph
        assert "→ 下一篇" not in screen_text(app) and f"▶ 第{len(body)}段" in screen_text(app)
        # end: all of the paragraph (not the cursor's sentence); n turns the choice to the headline, a
        # body paragraph being long for a title: up takes the paragraph, and s moves it when pressed twice
        await press(pilot, "end", "n", "up", "s")
        assert "characters of a paragraph, long for a title" in screen_text(app)
        await press(pilot, "s")
        moved, after = app.library.articles[STORY], app.library.articles[STORY + 1]
        assert moved.paragraphs == body[:-1]
        assert after.subtitle == body[-1] and after.headline == RAW[STORY + 1].headline
        assert main_screen(app).current == STORY + 1


@run
async def test_moving_is_refused_where_there_is_no_neighbour(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "t", "p")  # the first article: nothing before it
        assert "no article before this one" in notifications(app)
        assert "→ 上一篇" not in screen_text(app)
        await press(pilot, "escape")
        assert not any(a.corrected for a in app.library.articles)


@run
async def test_the_help_lists_the_keys_that_move_a_title(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        entries = {(e.binding_id, e.description) for _, group in app.screen.sections for e in group}
        assert ("title_to_previous", "Into the article before") in entries
        assert ("title_to_next", "Into the article after") in entries


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_title_dialog_turned_to_the_article_before_120x40(
    snap_compare: Any, theme: str, monkeypatch: pytest.MonkeyPatch, temp_dirs: Path
) -> None:
    monkeypatch.setenv("DUBA_CONFIG_DIR", "/nonexistent/duba-config")
    assert snap_bundled(snap_compare, theme, *"nnn", "t", "down", "p")


@run
async def test_the_last_paragraph_made_the_headline_heads_its_article(running_app: RunningApp) -> None:
    """A story's title printed under its body and read as its last paragraph: t, end, h made a new
    article of the title alone; it is the headline of the body above it."""
    body = RAW[STORY].paragraphs
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", *["right_curly_bracket"] * 2, "S")  # the story: the last paragraphs
        story = app.library.articles[STORY + 1]
        assert story.headline is None and len(story.paragraphs) >= 2
        rest = story.paragraphs[:-1]
        count = len(sidebar_titles(app))
        # its last paragraph, all of it (a long one: h twice)
        await press(pilot, *["right_curly_bracket"] * 3, "t", "end", "h", "h")
        assert len(sidebar_titles(app)) == count  # no article of a title alone
        story = app.library.articles[STORY + 1]
        assert story.headline == body[-1] and story.paragraphs == rest
        assert sidebar_titles(app)[STORY + 1].startswith(body[-1][:10])
        assert "(printed under the body) is now the headline" in notifications(app)


@run
async def test_the_last_paragraph_of_a_titled_article_made_the_headline_starts_a_new_one(
    running_app: RunningApp,
) -> None:
    """Under an article with its headline, a last paragraph made the headline is the next story's title
    run on into it: a new article, and the reader says so and goes to it (it said "printed under the
    body" and stayed on the old article)."""
    body = RAW[STORY].paragraphs
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n")
        count = len(sidebar_titles(app))
        await press(pilot, *["right_curly_bracket"] * len(body), "t", "end", "h", "h")  # the last paragraph
        assert len(sidebar_titles(app)) == count + 1
        assert app.library.articles[STORY].headline == RAW[STORY].headline
        assert app.library.articles[STORY + 1].headline == body[-1]
        assert "starts a new article as its headline" in notifications(app)
        assert main_screen(app).current == STORY + 1


@run
async def test_a_title_moved_onto_a_titled_article_splits_it_with_one_undo(running_app: RunningApp) -> None:
    """The article before has a headline already (its story was not split off first): h asked nothing
    and swapped the two headlines, giving the article below the headline of the one above. Now the
    dialog lists that article's paragraphs: enter splits it at the chosen one, the story next to the
    title takes it, and the article keeps its own headline; one u undoes both."""
    kicker, headline = RAW[KICKED].kicker, RAW[KICKED].headline
    body = RAW[STORY].paragraphs
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "n", "n", "n", "t", "down", "p", "h")
        assert isinstance(app.screen, TitleDialog)  # not moved yet: where does the story start?
        shown = screen_text(app)
        assert f"It has a headline already (「{RAW[STORY].headline[:6]}" in shown  # type: ignore[index]
        assert "▶ 第4段" in shown and body[3][:8] in shown and body[0][:8] in shown
        await press(pilot, "up", "enter")  # its story starts at paragraph 3
        assert app.screen is screen
        above, story, below = app.library.articles[STORY : STORY + 3]
        assert (above.headline, above.paragraphs) == (RAW[STORY].headline, body[:2])
        assert (story.headline, story.paragraphs) == (kicker, body[2:])
        assert (below.kicker, below.headline, below.paragraphs) == (None, headline, RAW[KICKED].paragraphs)
        assert screen.current == STORY + 1
        assert "the article before is split at its paragraph 3 and keeps its headline" in notifications(app)
        await press(pilot, "u")
        assert [a.to_dict() for a in app.library.articles] == [a.to_dict() for a in RAW]
        assert "The page is as the segmenter read it" in notifications(app)


@run
async def test_a_swap_of_two_titles_takes_the_letter_twice(running_app: RunningApp) -> None:
    kicker, headline = RAW[KICKED].kicker, RAW[KICKED].headline
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", "n", "t", "down", "p", "h", "escape")  # esc: back to what to take
        assert isinstance(app.screen, TitleDialog) and "▶ 引题 kicker" in screen_text(app)
        await press(pilot, "h", "h")
        above, below = app.library.articles[STORY : STORY + 2]
        assert above.headline == kicker and above.paragraphs == RAW[STORY].paragraphs
        assert (below.kicker, below.headline) == (RAW[STORY].headline, headline)


@run
async def test_p_on_a_long_body_paragraph_chooses_the_title_and_the_paragraph_needs_two_presses(
    running_app: RunningApp,
) -> None:
    """The dialog opens on the cursor's paragraph (its first sentence): `t p h` moved body text into the
    article before as its headline. p now turns the choice to the first title field, and a long
    paragraph chosen on purpose moves only when its letter is pressed twice."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", "n", "t", "p")
        shown = screen_text(app)
        assert "▶ 引题 kicker" in shown and "The paragraph is long for a title" in shown
        await press(pilot, "up", "h")
        assert isinstance(app.screen, TitleDialog)
        shown = screen_text(app)
        assert "characters of a paragraph, long for a title: h again" in shown and "moves it" in shown
        await press(pilot, "escape")
        assert not any(a.corrected for a in app.library.articles)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_title_dialog_asking_where_to_split_the_article_before_120x40(
    snap_compare: Any, theme: str, monkeypatch: pytest.MonkeyPatch, temp_dirs: Path
) -> None:
    monkeypatch.setenv("DUBA_CONFIG_DIR", "/nonexistent/duba-config")
    assert snap_bundled(snap_compare, theme, *"nnn", "t", "down", "p", "h", "up")


@run
async def test_t_h_on_a_long_body_paragraph_takes_the_letter_twice(running_app: RunningApp) -> None:
    """`t h` made the cursor's body sentence (the dialog opens on it) the headline of a new article
    at one key press; now the first h says what it is, and a shorter line (←) is taken at once."""
    async with running_app((120, 40)) as (app, pilot):
        count = len(sidebar_titles(app))
        await press(pilot, "n", "n", *["right_curly_bracket"] * 2, "t", "end", "h")
        assert isinstance(app.screen, TitleDialog) and "▶ 第2段" in screen_text(app)
        shown = screen_text(app)
        assert "characters of a paragraph, long for a title: h again" in shown and "takes it" in shown
        assert len(sidebar_titles(app)) == count and not any(a.corrected for a in app.library.articles)
        await press(pilot, *["left"] * (len(RAW[STORY].paragraphs[1]) - 12), "h")  # a line of 12: at once
        assert app.library.articles[STORY + 1].headline == RAW[STORY].paragraphs[1][:12]


@run
async def test_end_while_asking_where_to_split_keeps_the_sentence_chosen(running_app: RunningApp) -> None:
    """The dialog asks where the article before splits: `end` (take the whole paragraph) belongs to the
    choice of what to take, finished by then; it widened the sentence taken to its whole paragraph."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", "n", "t", "p", "up", "h", "h")  # a long paragraph's opening sentence
        assert isinstance(
            app.screen, TitleDialog
        ) and "Which paragraph does its story start at?" in screen_text(app)
        await press(pilot, "end", "enter")
        taken, whole = app.library.articles[STORY + 1].headline, RAW[STORY + 1].paragraphs[0]
        assert taken and whole.startswith(taken) and len(taken) < len(whole)


@run
async def test_the_split_list_keeps_the_paragraph_chosen_in_sight_at_30x10(running_app: RunningApp) -> None:
    """At 30x10 the dialog ran off the screen: the paragraph chosen (▶, the article's last) and what
    enter does were below its bottom edge. Now a short terminal leaves out the heading, the hint and
    list rows far from ▶, and the note saying what the keys do stays."""
    body = RAW[STORY].paragraphs
    async with running_app((30, 10)) as (app, pilot):
        await press(pilot, "n", "n", "n", "t", "down", "p", "h")
        shown = screen_text(app)
        assert "▶ 第4段  " + body[3][:4] in shown
        assert "enter splits it at ▶" in " ".join(line.strip("│ ") for line in shown.splitlines())
        await press(pilot, "up")
        assert "▶ 第3段  " + body[2][:4] in screen_text(app) and "Which paragraph" in screen_text(app)
        await press(pilot, "enter")
        assert app.library.articles[STORY].paragraphs == body[:2]


def test_title_dialog_asking_where_to_split_at_30x10(
    snap_compare: Any, monkeypatch: pytest.MonkeyPatch, temp_dirs: Path
) -> None:
    monkeypatch.setenv("DUBA_CONFIG_DIR", "/nonexistent/duba-config")
    assert snap_bundled(snap_compare, "textual-dark", *"nnn", "t", "down", "p", "h", size=(30, 10))


@run
async def test_the_split_list_says_what_enter_does_at_24x8(running_app: RunningApp) -> None:
    """At 24x8 the list kept ▶ in sight but the note saying what enter does was cut after its first
    lines (「…」 and the swap took them): it is said short there."""
    body = RAW[STORY].paragraphs
    async with running_app((24, 8)) as (app, pilot):
        await press(pilot, "n", "n", "n", "t", "down", "p", "h")
        shown = " ".join(line.strip("│ ") for line in screen_text(app).splitlines())
        assert "▶ 第4段" in shown
        assert "enter splits at ▶" in shown and "esc back" in shown
        await press(pilot, "up", "enter")
        assert app.library.articles[STORY].paragraphs == body[:2]


@run
async def test_the_title_dialog_says_its_keys_at_40x12(running_app: RunningApp) -> None:
    """At 40x12 the dialog left its hint out whole to keep the list in sight: nothing on screen said
    which key makes the headline, puts a title back into the text or cancels. A short form of the hint
    stays under the list, and of the hint asking where a title put back goes; it names the keys that
    part a title too."""
    async with running_app((40, 12)) as (app, pilot):
        await press(pilot, "n", "t")
        shown = " ".join(line.strip("│ ") for line in screen_text(app).splitlines())
        assert "▶ 第1段" in shown
        assert "h headline · k kicker · s subtitle" in shown and "t text" in shown and "esc" in shown
        # and the keys that choose where to part a headline run into its text (s30: none named)
        assert "←/→ where to part" in shown and "ctrl+←/→ a word" in shown
        await press(pilot, "down", "t")
        shown = " ".join(line.strip("│ ") for line in screen_text(app).splitlines())
        assert "▶ 第1段" in shown and "t/enter puts it" in shown


def test_title_dialog_at_40x12(snap_compare: Any, monkeypatch: pytest.MonkeyPatch, temp_dirs: Path) -> None:
    monkeypatch.setenv("DUBA_CONFIG_DIR", "/nonexistent/duba-config")
    assert snap_bundled(snap_compare, "textual-dark", "n", "t", size=(40, 12))
