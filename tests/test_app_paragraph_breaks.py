"""Pilot tests of P, the reader's correction of a paragraph break: it breaks a paragraph at the passage
cursor's sentence, or joins the paragraph that sentence opens with the one before; stored per page,
applied on every load, in `duba segment --json` and `duba corrections export`, undone by u; bookmarks
keep their passages (the s22 walk: no key fixed a wrong paragraph break)."""

from __future__ import annotations

import json

import pytest
from textual.geometry import Offset
from textual.selection import Selection

from reader.cli import main
from reader.corpus import load_page
from tests.apptest import PAGE, RunningApp, main_screen, notifications, press, run, screen_text, segmented

pytestmark = pytest.mark.usefixtures("temp_dirs")

RAW = segmented()
"""The page as the segmenter reads it (no corrections)."""
BODY = RAW[0].paragraphs
"""The first article's paragraphs; its second has two sentences."""


def cursor_text(app: object) -> str:
    """The text of the passage cursor's sentence."""
    screen = main_screen(app)  # type: ignore[arg-type]
    span = screen.bookmarker.passage.span()
    assert span is not None and screen.pane.article is not None
    return screen.pane.article.text[span[0] : span[1]]


@run
async def test_p_breaks_a_paragraph_at_the_cursor_and_p_again_joins_it_back(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = BODY[1].split("。", 1)
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "P")  # the cursor was hidden: shown, nothing changed yet
        assert app.library.articles[0].paragraphs == BODY
        assert "again" in notifications(app)
        # which keys move the cursor, without parentheses inside parentheses ("(( ) and { } move it)")
        assert "( and ) move it by sentences, { and } by paragraphs" in notifications(app).replace("\n", " ")
        await press(pilot, "right_parenthesis", "right_parenthesis")  # paragraph 2, its second sentence
        assert cursor_text(app) == second
        await press(pilot, "P")
        article = app.library.articles[0]
        assert article.paragraphs == [BODY[0], first + "。", second, *BODY[2:]]
        assert article.corrected
        assert "Paragraph break" in notifications(app) and "u undoes it" in notifications(app)
        assert cursor_text(app) == second  # the cursor stays on the sentence: P again would join
        await press(pilot, "q")

    # stored: a restart shows it, `segment --json` and `corrections export` carry it
    capsys.readouterr()
    assert main(["segment", str(PAGE), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"][0]
    assert printed["paragraphs"][1:3] == [first + "。", second] and printed["corrected"]
    assert main(["corrections", "export"]) == 0
    [page] = json.loads(capsys.readouterr().out)["pages"]
    assert [op["op"] for op in page["ops"]] == ["split_paragraph"]

    async with running_app((120, 40)) as (app, pilot):
        assert app.library.articles[0].paragraphs[1:3] == [first + "。", second]
        await press(pilot, "P", "right_parenthesis", "right_parenthesis")
        assert cursor_text(app) == second
        await press(pilot, "P")  # the sentence opens a paragraph now: joined with the one before
        assert app.library.articles[0].paragraphs == BODY
        # the join takes the break back: nothing is stored, and U (not u) puts the break back
        assert "Break taken back" in notifications(app)
        assert "one paragraph again: the paragraph break made there is taken back (U puts it back)" in (
            notifications(app).replace("\n", " ")
        )
        await press(pilot, "U")
        assert app.library.articles[0].paragraphs[1:3] == [first + "。", second]
        await press(pilot, "u")
        assert app.library.articles[0].paragraphs == BODY
        assert "as the segmenter read it" in notifications(app)
        await press(pilot, "q")
    capsys.readouterr()
    assert main(["corrections", "export"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == []  # the break and its taking back: none
    async with running_app((120, 40)) as (app, pilot):
        assert app.library.articles[0].paragraphs == BODY
        assert not app.library.articles[0].corrected


@run
async def test_p_joins_two_paragraphs_and_a_bookmark_in_the_second_keeps_its_passage(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        # the cursor on paragraph 3's opening, bookmarked, then P joins it onto paragraph 2
        await press(pilot, "right_curly_bracket", "right_curly_bracket", "right_curly_bracket")
        assert BODY[2].startswith(cursor_text(app))
        await press(pilot, "m", "enter")
        assert "Bookmarked" in notifications(app)
        quote = cursor_text(app)
        await press(pilot, "P")
        article = app.library.articles[0]
        assert article.paragraphs == [BODY[0], BODY[1] + BODY[2], *BODY[3:]]
        assert "Paragraphs 2 and 3 are one" in notifications(app)
        screen = main_screen(app)
        marks = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        assert [article.text[a:b] for a, b in marks] == [quote]
        await press(pilot, "q")
    capsys.readouterr()
    assert main(["bookmarks", "export", "--format", "json"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["bookmarks"]
    assert exported["article_id"] == load_page(PAGE).articles[0].id  # cites the corrected article


@run
async def test_p_on_the_first_sentence_of_an_article_joins_nothing_and_says_why(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "P", "P")
        assert "opens the article" in notifications(app)
        assert app.library.articles[0].paragraphs == BODY
        await press(pilot, "question_mark", "G")  # the help's closing note names P
        assert "P breaks or joins paragraphs" in screen_text(app).replace("\n", " ")


@run
async def test_p_breaks_a_paragraph_where_a_mouse_selection_starts(running_app: RunningApp) -> None:
    """A break inside a sentence (a quoted line with no stop run on into the next paragraph: the passage
    cursor steps by sentences and cannot reach it): a mouse selection says where the new paragraph starts."""
    first, second = BODY[1].split("。", 1)
    split_at = first.index("，") + 1  # inside the first sentence
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        pane = screen.pane
        start = app.library.articles[0].text.index(first[split_at : split_at + 6])
        line = pane.line_for_offset(start)
        assert line is not None
        x = pane.line_text(line).index(first[split_at : split_at + 6])
        screen.selections = {pane: Selection(Offset(x, line), Offset(x + 4, line))}
        await pilot.pause()
        await press(pilot, "P")  # no second press: the selection is where, and is used up
        assert app.library.articles[0].paragraphs[1:3] == [first[:split_at], first[split_at:] + "。" + second]
        assert not screen.selections


@run
async def test_i_breaks_a_paragraph_inside_a_sentence_with_the_keyboard(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    """The break a mouse selection makes (above), made without a mouse: I opens a dialog on the cursor's
    sentence that shows the two paragraphs; ↑/↓ move the break from mark to mark, ←/→ by a character."""
    from reader.app.screens.break_dialog import BreakDialog

    first, second = BODY[1].split("。", 1)
    comma = first.index("，") + 1  # a break after a clause mark inside the first sentence
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "right_curly_bracket", "right_curly_bracket")  # shown, then on paragraph 2
        assert cursor_text(app) == first + "。"
        await press(pilot, "I")
        dialog = app.screen
        assert isinstance(dialog, BreakDialog)
        start = dialog.at  # the sentence's first mark
        assert first[start - 1] in "、，：“”" and 0 < start < comma
        while dialog.at < comma:
            await press(pilot, "down")
        assert dialog.at == comma
        shown = screen_text(app)
        assert first[comma - 6 : comma] + "¶" in shown and "¶" + first[comma : comma + 6] in shown
        await press(pilot, "left", "right")  # a character back and forth
        assert dialog.at == comma
        await press(pilot, "escape")  # cancelled: nothing changed
        assert app.library.articles[0].paragraphs == BODY
        await press(pilot, "I")
        while app.screen.at < comma:  # type: ignore[attr-defined]
            await press(pilot, "down")
        await press(pilot, "enter")
        assert app.library.articles[0].paragraphs[1:3] == [first[:comma], first[comma:] + "。" + second]
        assert "A new paragraph (paragraph 3) starts at" in notifications(app)
        await press(pilot, "q")
    capsys.readouterr()
    assert main(["corrections", "export"]) == 0
    [page] = json.loads(capsys.readouterr().out)["pages"]
    assert [op["op"] for op in page["ops"]] == ["split_paragraph"]


@run
async def test_the_break_dialog_fits_a_terminal_of_40_by_12(running_app: RunningApp) -> None:
    """At 40×12 the dialog ran past the screen's bottom: its keys (enter, esc) and its frame were cut."""
    async with running_app((40, 12)) as (app, pilot):
        await press(pilot, "right_curly_bracket", "right_curly_bracket", "I")
        shown = screen_text(app)
        assert "esc" in shown and "╰" in shown, shown


@run
async def test_a_join_taken_back_leaves_no_corrected_mark(running_app: RunningApp) -> None:
    """P joins paragraphs (the sidebar marks the article ✎), P again takes the join back: nothing is
    stored and u has nothing to undo, but the ✎ stayed until the next correction or a restart."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)

        def listed() -> str:
            region = screen.panel.region
            rows = screen_text(app).splitlines()[region.y : region.bottom]
            return "\n".join(row[region.x : region.right] for row in rows)

        await press(pilot, "g", "P", "right_parenthesis", "P")
        assert "Paragraphs 1 and 2 are one paragraph" in notifications(app)
        assert "✎" in listed()
        await press(pilot, "P")
        assert "Join taken back" in notifications(app)
        assert app.library.articles[0].paragraphs == BODY
        assert "✎" not in listed(), listed()
        assert app.library.articles[0].id == RAW[0].id  # (a bookmark made now cites the article as read)
