"""Pilot tests of the title dialog's join and part (t, then j/J, or ←/→ then k/s): a headline printed
over two lines and read as kicker + headline becomes one headline again, and one headline read as two
parts is parted; stored, applied on a restart, in `duba segment --json`, undone with u, and a bookmark
on the article stays marked and cites the corrected headline.

Each test has its own data folder (DUBA_DATA_DIR); a "restart" is a second app on the same folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from reader.app.screens.help import HelpScreen
from reader.app.screens.title_dialog import TitleDialog
from reader.cli import main
from tests.apptest import (
    PAGE,
    RunningApp,
    burst,
    main_screen,
    notices,
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
KICKED = 3
"""An article with a kicker over its headline (`东阿县` / `企业全生命周期服务全覆盖`)."""
TWO_PART = 6
"""An article whose headline has two parts (`搭台唱好戏 协商汇民智`)."""


def test_the_page_has_the_titles_these_tests_correct() -> None:
    assert RAW[KICKED].kicker == "东阿县" and RAW[KICKED].headline == "企业全生命周期服务全覆盖"
    assert RAW[TWO_PART].headline == "搭台唱好戏 协商汇民智" and not RAW[TWO_PART].kicker
    assert RAW[0].headline and RAW[0].subtitle and not RAW[0].kicker


@run
async def test_j_joins_the_kicker_onto_the_headline_kept_on_restart_with_a_bookmark(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    article = RAW[KICKED]
    joined = "东阿县企业全生命周期服务全覆盖"
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, *"nnn")
        await press(pilot, "right_parenthesis", "right_parenthesis", "m", "enter")
        assert "Bookmarked" in notifications(app)
        screen = main_screen(app)
        [(start, end)] = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        quote = article.text[start:end]

        await press(pilot, "t")
        assert isinstance(app.screen, TitleDialog)
        await press(pilot, "down", "down")  # the paragraph, then the title lines as printed: the headline
        assert "j → 标题 headline  " + joined in screen_text(app)  # what j makes, before it is pressed
        await press(pilot, "j")
        assert app.screen is screen
        corrected = app.library.articles[KICKED]
        assert (corrected.kicker, corrected.headline) == (None, joined)
        assert corrected.paragraphs == article.paragraphs and corrected.corrected
        assert sidebar_titles(app)[KICKED].startswith(joined)
        assert "Title changed" in notifications(app) and joined in notifications(app)
        # the bookmark stays on its passage and now cites the joined headline
        marks = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        assert [corrected.text[a:b] for a, b in marks] == [quote]
        await press(pilot, "B")
        assert joined in screen_text(app)
        await press(pilot, "escape", "q")

    capsys.readouterr()
    assert main(["segment", str(PAGE), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"]
    assert (printed[KICKED].get("kicker"), printed[KICKED]["headline"]) == (None, joined)
    assert [a.get("corrected", False) for a in printed] == [n == KICKED for n in range(len(RAW))]
    assert main(["bookmarks", "export", "--format", "json"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["bookmarks"]
    assert exported["headline"] == joined

    async with running_app((120, 40)) as (app, pilot):  # a restart: the page opens corrected
        assert sidebar_titles(app)[KICKED].startswith(joined)
        await press(pilot, *"nnn", "u")
        assert "Undid the join of title lines" in notifications(app)
        undone = app.library.articles[KICKED]
        assert (undone.kicker, undone.headline) == (article.kicker, article.headline)


@run
async def test_shift_j_on_the_kicker_makes_a_two_part_headline(running_app: RunningApp) -> None:
    """J on a kicker over the headline made one kicker of both, and the article had no headline left
    (J is the two-part headline's key: `村里游客多 村民腰包鼓`). The dialog shows what j and J make."""
    spaced = "东阿县 企业全生命周期服务全覆盖"
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, *"nnn", "t", "down")  # the paragraph, then the kicker
        shown = screen_text(app)
        assert "j → 引题 kicker  东阿县企业全生命周期服务全覆盖" in shown  # a kicker wrapped at the column
        assert "J → 标题 headline  " + spaced in shown
        await press(pilot, "J")
        corrected = app.library.articles[KICKED]
        assert (corrected.kicker, corrected.headline) == (None, spaced)
        assert "one headline" in notifications(app)


@run
async def test_shift_j_joins_the_subtitle_with_a_space(running_app: RunningApp) -> None:
    article = RAW[0]
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "t", "down", "down", "J")  # the subtitle joins the headline above it
        corrected = app.library.articles[0]
        assert corrected.headline == f"{article.headline} {article.subtitle}"
        assert corrected.subtitle is None


@run
async def test_a_headline_is_parted_into_kicker_and_headline_at_a_point(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        await press(pilot, *"nnnnnn", "t", "down")  # the headline
        await press(pilot, *["left"] * 6)  # the point after 搭台唱好戏
        assert "搭台唱好戏│ 协商汇民智" in screen_text(app)
        assert "j →" not in screen_text(app)  # with a point set, j's preview gives way
        await press(pilot, "k")
        corrected = app.library.articles[TWO_PART]
        assert (corrected.kicker, corrected.headline) == ("搭台唱好戏", "协商汇民智")
        assert corrected.subtitle == RAW[TWO_PART].subtitle
        assert sidebar_titles(app)[TWO_PART].startswith("协商汇民智")
        # a kicker there already: the dialog says so and stays open, nothing stored
        await press(pilot, "t", "down", "down", "left", "left", "k")  # (the kicker, then the headline)
        assert isinstance(app.screen, TitleDialog)
        assert "has a kicker already" in notifications(app)
        await press(pilot, "escape", "u")
        assert sidebar_titles(app) == before


@run
async def test_the_point_to_part_a_long_headline_at_stays_in_sight(running_app: RunningApp) -> None:
    """A headline longer than the dialog's line (a kicker and headline joined, then parted again at
    the right place) showed only its first characters and an ellipsis: the point, set far in, was
    not drawn at all, and the user pressed ← blind."""
    article = RAW[0]
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "t", "down", "down", "J")  # a headline of 30-odd characters
        long = app.library.articles[0].headline
        assert long == f"{article.headline} {article.subtitle}" and long.endswith("新动能新优势")
        await press(pilot, "t", "down", *["left"] * 3)  # the point before its last three characters
        assert isinstance(app.screen, TitleDialog)
        assert "新动能│新优势" in screen_text(app)
        await press(pilot, "s")
        assert app.library.articles[0].subtitle == "新优势"


@run
async def test_j_on_a_line_with_no_neighbour_or_on_the_paragraph_says_why(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", "t", "j")  # the paragraph is chosen
        assert "choose the kicker, headline or subtitle" in notifications(app)
        await press(pilot, "down", "j")  # a headline alone
        assert "no other title line to join" in notifications(app)
        assert isinstance(app.screen, TitleDialog)
        await press(pilot, "escape")
        assert app.library.articles[2].headline == RAW[2].headline


@run
async def test_the_help_lists_the_join_keys(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        entries = {(e.binding_id, e.description) for _, group in app.screen.sections for e in group}
        assert any(i == "title_join" and "贵州加强和" in d for i, d in entries)
        assert any(i == "title_join_spaced" and "space" in d for i, d in entries)


@run
async def test_the_helps_closing_note_names_undo_and_redo(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        notes = " ".join(str(note.render()) for note in app.screen.query(".help-note").results(Static))
        assert "u undoes, U redoes" in notes


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_title_dialog_with_the_join_preview_120x40(
    snap_compare: Any, theme: str, monkeypatch: pytest.MonkeyPatch, temp_dirs: Path
) -> None:
    monkeypatch.setenv("DUBA_CONFIG_DIR", "/nonexistent/duba-config")
    assert snap_bundled(snap_compare, theme, *"nnn", "t", "down")


@run
async def test_where_the_part_of_a_long_paragraph_taken_ends_stays_in_sight(running_app: RunningApp) -> None:
    """← takes one character fewer of the paragraph: on a paragraph longer than the dialog's line the
    part taken was cut at the line's end with an ellipsis, so ← changed nothing that could be seen."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "t", "end", *["left"] * 3)  # all of the paragraph but its last three characters
        assert isinstance(app.screen, TitleDialog)
        source = app.screen.source
        assert source is not None and source.paragraph is not None and source.length is not None
        paragraph = " ".join(source.text.split())
        assert len(paragraph) > 40  # longer than the line (72 cells, 20-odd characters of it)
        shown = app.screen.query_one("#title-sources", Static)
        assert paragraph[-6:] in str(shown.render())  # the end of the part taken, then what is left
        await press(pilot, *["left"] * 5)
        assert paragraph[-12:] in str(shown.render())


@run
async def test_a_wrapped_kicker_read_as_kicker_and_headline_takes_two_corrections(
    running_app: RunningApp,
) -> None:
    """A long kicker printed over two lines is read as kicker + headline, and the real headline under
    them as the subtitle (s20's walk). j made a headline of the kicker's two lines, and the fix took
    five title corrections; now j on the kicker keeps them the kicker, and s→h makes the headline."""
    async with running_app((120, 40)) as (app, pilot):
        # set the page up that way: the headline parted, its last five characters the subtitle
        await press(pilot, *"nnn", "t", "down", "down", *["left"] * 5, "s")
        article = app.library.articles[KICKED]
        assert (article.kicker, article.headline, article.subtitle) == (
            "东阿县",
            "企业全生命周期",
            "服务全覆盖",
        )

        await press(pilot, "t", "down")  # the kicker
        assert "j → 引题 kicker  东阿县企业全生命周期" in screen_text(app)
        await press(pilot, "j")
        await press(pilot, "t", "down", "down", "h")  # the kicker, then the subtitle: the headline
        article = app.library.articles[KICKED]
        assert (article.kicker, article.headline, article.subtitle) == (
            "东阿县企业全生命周期",
            "服务全覆盖",
            None,
        )
        assert "The title lines are one kicker: 「东阿县企业全生命周期」" in notifications(app)
        assert sidebar_titles(app)[KICKED].startswith("服务全覆盖")


@run
async def test_t_puts_a_title_back_into_the_text_above_the_cursors_paragraph(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    """A subhead read as the subtitle (s20's walk: read as the headline) had no way back into the text:
    h/k/s/b only swapped it with another title. t puts it back above the cursor's paragraph, kept on
    a restart, in --json and the export, and u undoes it. It goes back as printed: with the `——`
    the subtitle field leaves out."""
    article = RAW[0]
    subtitle = article.subtitle
    assert subtitle
    printed_line = f"——{subtitle}"  # (the page's line)
    assert printed_line in PAGE.read_text(encoding="utf-8").splitlines()
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, *["right_curly_bracket"] * 3, "t", "down", "down")  # the subtitle
        assert "t → 正文 text  above 第3段 paragraph 3" in screen_text(app)
        assert "t into the text" in screen_text(app)
        await press(pilot, "t")  # where: ▶ on the cursor's paragraph
        assert "Where in the text does 「我市全力塑造制…」 go? (above ▶)" in screen_text(app)
        assert f"▶ 第3段  {article.paragraphs[2][:10]}" in screen_text(app)
        await press(pilot, "t")
        corrected = app.library.articles[0]
        assert corrected.subtitle is None and corrected.headline == article.headline
        assert corrected.paragraphs == [*article.paragraphs[:2], printed_line, *article.paragraphs[2:]]
        assert f"The subtitle 「{subtitle[:6]}" in notices(app)[-1]
        assert "is back in the text: paragraph 3." in notices(app)[-1]
        pane = main_screen(app).pane
        top = int(pane.scroll_y)
        view = range(top, min(top + pane.scrollable_content_region.height, pane.line_count))
        assert subtitle in "".join(pane.line_text(n).replace(" ", "") for n in view)  # shown where it went

        await press(pilot, "g", "t", "down", "t", "t")  # the top: the headline goes above the first paragraph
        assert app.library.articles[0].paragraphs[0] == article.headline
        assert "no headline now" in notices(app)[-1]
        await press(pilot, "u")
        assert "Undid the return of a title to the text" in notices(app)[-1]
        await press(pilot, "q")

    capsys.readouterr()
    assert main(["segment", str(PAGE), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"][0]
    assert printed["subtitle"] is None and printed["paragraphs"][2] == printed_line and printed["corrected"]
    assert main(["corrections", "export"]) == 0
    [op] = json.loads(capsys.readouterr().out)["pages"][0]["ops"]
    assert op["op"] == "to_text" and op["field"] == "subtitle" and op["text"] == subtitle
    assert op["printed"] == printed_line
    assert op["before"] == "\n".join(article.paragraphs[2:])[:40]

    async with running_app((120, 40)) as (app, pilot):  # a restart: the page opens corrected
        assert app.library.articles[0].paragraphs[2] == printed_line
        await press(pilot, "t", "t")  # on the paragraph: it is there already
        assert "in the text already" in notices(app)[-1]
        # a title goes under the last paragraph: the last row (and esc goes back to what to take)
        await press(pilot, "down", "t", "escape", "t", *["down"] * 12, "enter")
        last = app.library.articles[0]
        assert last.headline is None and last.paragraphs[-1] == article.headline
        assert "is back in the text: paragraph 11." in notices(app)[-1]


@run
async def test_keys_typed_in_one_burst_after_t_act_in_the_dialog(running_app: RunningApp) -> None:
    """t, ↓, ↓ sent at once (a paste, a slow link, fast fingers) reached the dialog before it was
    composed: the reader closed with NoMatches('#title-sources')."""
    async with running_app((120, 40)) as (app, pilot):
        await burst(pilot, *"nnn", "t", "down", "down")
        assert isinstance(app.screen, TitleDialog)
        assert "▶ 标题 headline  企业全生命周期服务全覆盖" in screen_text(app)
        await burst(pilot, "j")
        assert app.library.articles[KICKED].headline == "东阿县企业全生命周期服务全覆盖"


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_title_dialog_asking_where_a_title_goes_back_120x40(
    snap_compare: Any, theme: str, monkeypatch: pytest.MonkeyPatch, temp_dirs: Path
) -> None:
    monkeypatch.setenv("DUBA_CONFIG_DIR", "/nonexistent/duba-config")
    assert snap_bundled(snap_compare, theme, "right_curly_bracket", "t", "down", "down", "t")


@run
async def test_home_and_end_reach_the_first_and_last_rows_where_a_title_goes_back_into_the_text(
    running_app: RunningApp,
) -> None:
    """Putting a title back into the text above a paragraph far from the cursor's took ↓ once per
    paragraph (s28's walk: eight presses to reach the last but one). end goes to the last row, home to
    the first, pgdn/pgup seven rows."""
    article = RAW[0]
    count = len(article.paragraphs)
    assert count >= 9 and article.subtitle
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "t", "down", "down", "t")
        assert "Where in the text does" in screen_text(app)
        await press(pilot, "end")
        assert "▶ （末）under the last paragraph" in screen_text(app)
        await press(pilot, "home")
        assert f"▶ 第1段  {article.paragraphs[0][:8]}" in screen_text(app)
        await press(pilot, "pagedown")
        assert f"▶ 第8段  {article.paragraphs[7][:8]}" in screen_text(app)
        await press(pilot, "end", "up", "t")
        corrected = app.library.articles[0]
        assert corrected.subtitle is None
        assert corrected.paragraphs[-1] == article.paragraphs[-1]
        assert article.subtitle in corrected.paragraphs[-2]


TAGGED = """山前新修一条路

　　本报记者 甲乙丙

　　山前新修了一条水泥路，村里的果子一天就能运到城里。路修好以后，来村里看花的人也多了起来。

　　河边的老磨坊改成了茶馆，老人们常在那里下棋聊天。入夜以后，茶馆门口亮起一排灯。

新邻居为何而来？（乡村观察）

　　城里的年轻人租下空置的老屋，开起了书店和面包房。他们说，这里的空气好，邻里也和气。

　　村委会为新来的住户办了登记，还请他们一起商量修路的事。
"""
"""A made-up page: a story, then a second one headed by a question closed by its column's tag."""


@run
async def test_t_h_on_a_question_title_takes_its_column_tag_with_it(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """t on a paragraph opens with the passage cursor's sentence as the line to take: on a title closed by
    a question and its column's tag (`…为何而来？（乡村观察）`) the sentence ends at the question mark, and
    t h made `…为何而来？` the headline and left `（乡村观察）` behind as a paragraph (s28's walk, an l10v
    page). The tag goes with the title now."""
    page = tmp_path / "page.txt"
    page.write_text(TAGGED, encoding="utf-8")
    async with running_app((120, 40), paths=(page,)) as (app, pilot):
        assert len(app.library.articles) == 2
        await press(pilot, "n", "J")  # (joined: the second story's headline is a paragraph of the first)
        assert app.library.articles[0].paragraphs[2] == "新邻居为何而来？（乡村观察）"
        await press(pilot, "g", *["right_curly_bracket"] * 3, "t")
        assert "▶ 第3段 paragraph  新邻居为何而来？（乡村观察）" in screen_text(app)
        await press(pilot, "h")
        assert [a.headline for a in app.library.articles] == [
            "山前新修一条路",
            "新邻居为何而来？（乡村观察）",
        ]
        assert app.library.articles[1].paragraphs[0].startswith("城里的年轻人")
