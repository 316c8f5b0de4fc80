"""A headline run in with its first paragraph (`标题正文…` on one printed line) is cut off with the
keyboard a word at a time in the title dialog (t): ctrl+←/→ take a word fewer or more, home the first
word alone; the words come from `reader.analysis.word_ends` (the tokenizer's, a mark a word of its own).
Before, ← took one character fewer: about thirty presses from the sentence's end on such a page.

The page is made up: one story whose headline was printed on the line of its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import word_ends
from reader.app.screens.title_dialog import TitleDialog
from tests.apptest import RunningApp, burst, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")

HEADLINE = "山村小学有了图书室"
FIRST = HEADLINE + "那个秋日，我到南方一个山区县采访，听说那里的小学建起了图书室。"
TEXT = (
    f"　　{FIRST}孩子们放学后都来读书。\n"
    "　　图书室里的书大多是城里的学校捐赠的，每月还会添上一批新书。老师说，孩子们的作文写得越来越好了。\n"
)


def _page(tmp_path: Path) -> Path:
    path = tmp_path / "pages" / "page.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def _taken(dialog: TitleDialog) -> str:
    assert dialog.source is not None
    return dialog.source.taken


def test_word_ends_cut_at_words_and_marks_and_keep_a_run_of_digits_whole() -> None:
    text = "山村小学有了图书室去年１２月，我到"
    ends = word_ends(text)
    assert ends[-1] == len(text) and ends == sorted(set(ends))
    assert len(HEADLINE) in ends  # the headline's end is a word's end
    assert text.index("，") in ends and text.index("，") + 1 in ends  # the mark is a word of its own
    digits = text.index("１")
    assert digits in ends and digits + 1 not in ends  # １２ is one word


@run
async def test_ctrl_arrows_and_home_cut_a_run_in_headline_off_by_words(
    running_app: RunningApp, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[_page(tmp_path)]) as (app, pilot):
        assert app.library.articles[0].headline is None
        await press(pilot, "t")
        dialog = app.screen
        assert isinstance(dialog, TitleDialog)
        sentence = FIRST
        assert _taken(dialog) == sentence  # the cursor's sentence, which opens the paragraph
        await press(pilot, "ctrl+left")
        assert _taken(dialog) == sentence[:-1]  # the stop, a word of its own
        await press(pilot, "ctrl+left")
        assert _taken(dialog) == sentence[: -len("图书室。")]
        await press(pilot, "home")
        assert _taken(dialog) == "山村"
        for _ in range(4):  # 小学 有 了 图书室
            await press(pilot, "ctrl+right")
        assert _taken(dialog) == HEADLINE
        assert HEADLINE in screen_text(app)
        await press(pilot, "h")
        assert app.screen is not dialog
        article = app.library.articles[0]
        assert article.headline == HEADLINE
        assert article.paragraphs[0].startswith("那个秋日，")


@run
async def test_word_keys_typed_as_the_dialog_opens_are_made_once_the_words_are_found(
    running_app: RunningApp, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[_page(tmp_path)]) as (app, pilot):
        await burst(pilot, "t", "home", "ctrl+right", "ctrl+right")
        dialog = app.screen
        assert isinstance(dialog, TitleDialog)
        assert _taken(dialog) == "山村小学有"


@run
async def test_ctrl_arrows_move_the_point_that_parts_a_title_by_a_word(
    running_app: RunningApp, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[_page(tmp_path)]) as (app, pilot):
        await press(pilot, "t", "home", "ctrl+right", "h")
        assert app.library.articles[0].headline == "山村小学"
        await press(pilot, "t", "down")  # the headline
        dialog = app.screen
        assert isinstance(dialog, TitleDialog)
        assert dialog.source is not None and dialog.source.field == "headline"
        await press(pilot, "ctrl+left")
        assert dialog.source.length == len("山村")  # the point parts it after its first word
        await press(pilot, "ctrl+right")
        assert dialog.source.length is None  # past the last word: no point


@run
async def test_without_a_tokenizer_the_dialog_stays_and_word_keys_still_move(
    running_app: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tokenizer that fails (a broken install) must not end the reader: the worker's error ended the app
    (Textual's default), and word keys queued for words that never came."""
    import reader.analysis

    def broken(text: str) -> list[int]:
        raise ImportError("no tokenizer")

    monkeypatch.setattr(reader.analysis, "word_ends", broken)
    async with running_app((120, 40), paths=[_page(tmp_path)]) as (app, pilot):
        await press(pilot, "t", "ctrl+left")
        dialog = app.screen
        assert isinstance(dialog, TitleDialog) and app.is_running
        assert _taken(dialog) == FIRST[:1]
