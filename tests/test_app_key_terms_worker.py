"""The key terms of the article shown are found in a worker: jieba never runs on the UI thread, a long
article is on screen at once with "关键词 ..." above it until its terms come, an article left before they
came never shows them, and an article shown again lists its terms at once (they are kept)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import jieba.posseg
import pytest
from textual.pilot import Pilot

import reader.analysis
from reader.app.app import DubaApp
from tests.apptest import PAGE, RunningApp, main_screen, press, run, screen_text, settle, type_keys

pytestmark = pytest.mark.usefixtures("temp_dirs")

MARK = "热气球"
"""The word the long article is about: its first key term."""

PENDING = "关键词 ..."


def long_page(folder: Path) -> Path:
    """A page extracted without its line ends: one article of ~120,000 characters, about hot-air balloons."""
    story = (
        "热气球节在城郊开幕，来自各地的热气球爱好者齐聚一堂。"
        "组委会介绍，今年参加展示的热气球数量创下新高，观众可以登上系留热气球俯瞰全城。"
        "当地还为热气球飞行划定了专门空域，气象部门每天发布飞行预报。"
    )
    path = folder / "long.txt"
    path.write_text("　　" + story * 1000 + "\n", encoding="utf-8")
    return path


def header(text: str) -> str:
    """The key-terms line of the screen."""
    return next(row for row in text.splitlines() if "关键词" in row)


class Tokenizer:
    """Stands in for `reader.analysis.tokenizer`: records which thread cut each text, and, while `held`,
    keeps a worker cutting the long article waiting until `release` (on the UI thread it never waits:
    there it would wait for the test itself)."""

    def __init__(self) -> None:
        self.real = reader.analysis.tokenizer
        self.on_ui_thread: list[bool] = []
        self.long_cuts = 0
        self.held = False
        self._go = threading.Event()

    def __call__(self) -> Callable[[str], list[str]]:
        cut = self.real()

        def recording(text: str) -> list[str]:
            ui = threading.current_thread() is threading.main_thread()
            self.on_ui_thread.append(ui)
            if MARK in text:
                self.long_cuts += 1
                if self.held and not ui:
                    self._go.wait(60)  # (only a safety net: the test releases it)
            return cut(text)

        return recording

    def release(self) -> None:
        self.held = False
        self._go.set()


@pytest.fixture
def tokenizer(monkeypatch: pytest.MonkeyPatch) -> Tokenizer:
    recorder = Tokenizer()
    monkeypatch.setattr(reader.analysis, "tokenizer", recorder)
    return recorder


async def until(pilot: Pilot[None], done: Callable[[], bool]) -> None:
    """Let the app run (its workers too) until `done()`."""
    for _ in range(1000):
        if done():
            return
        await pilot.pause()
    raise AssertionError("never came")


async def open_long_article(pilot: Pilot[None], app: DubaApp) -> int:
    """Press n (or p) until the long article is shown; the last key does not wait for the key terms."""
    screen = main_screen(app)
    target = next(n for n, article in enumerate(screen.library.articles) if MARK in article.text)
    assert screen.current is not None
    key = "n" if target > screen.current else "p"
    await press(pilot, *[key] * (abs(target - screen.current) - 1))
    await type_keys(pilot, key)
    await until(pilot, lambda: screen.current == target)
    return target


@run
async def test_jieba_never_runs_on_the_ui_thread_when_articles_are_shown(
    running_app: RunningApp, tokenizer: Tokenizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    tagged_on_ui: list[bool] = []
    real_cut = jieba.posseg.cut

    def cut(text: str, *args: object, **kwargs: object) -> object:
        tagged_on_ui.append(threading.current_thread() is threading.main_thread())
        return real_cut(text, *args, **kwargs)

    monkeypatch.setattr(jieba.posseg, "cut", cut)
    async with running_app((120, 40), paths=[PAGE]) as (app, pilot):
        await press(pilot, "n", "n", "e", "p", "e", "n", "n")
        await settle(pilot)
        assert main_screen(app).key_terms.terms  # (they were found, elsewhere)
        assert PENDING not in header(screen_text(app))
    assert tokenizer.on_ui_thread and tagged_on_ui
    assert not any(tokenizer.on_ui_thread), "the key terms ran jieba on the UI thread"
    assert not any(tagged_on_ui), "names were tagged on the UI thread"


@run
async def test_a_long_article_shows_at_once_and_its_key_terms_come_after(
    running_app: RunningApp, tokenizer: Tokenizer, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[PAGE, long_page(tmp_path)]) as (app, pilot):
        tokenizer.held = True
        await open_long_article(pilot, app)
        await pilot.pause()
        shown = screen_text(app)
        assert "热气球节在城郊开幕" in shown  # the article is on screen while its terms are found
        assert PENDING in header(shown)
        assert MARK not in header(shown)
        tokenizer.release()
        await settle(pilot)
        line = header(screen_text(app))
        assert PENDING not in line
        assert MARK in line.split()  # its first key term, listed
        assert main_screen(app).pane.highlights("keywords")  # and marked in the text


@run
async def test_an_article_left_before_its_key_terms_came_never_shows_them(
    running_app: RunningApp, tokenizer: Tokenizer, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[PAGE, long_page(tmp_path)]) as (app, pilot):
        screen = main_screen(app)
        tokenizer.held = True
        long_index = await open_long_article(pilot, app)
        await type_keys(pilot, "p" if long_index else "n")  # on before the long article's terms come
        await until(pilot, lambda: screen.current != long_index and bool(screen.key_terms.terms))
        tokenizer.release()  # (its worker was cancelled: it stops)
        await settle(pilot)
        assert screen.current != long_index
        line = header(screen_text(app))
        assert MARK not in line and PENDING not in line
        article = screen.pane.article
        assert article is not None
        marked = {article.text[h.start : h.end] for h in screen.pane.highlights("keywords")}
        assert marked and marked <= set(screen.key_terms.terms)


@run
async def test_an_article_shown_again_lists_its_key_terms_at_once(
    running_app: RunningApp, tokenizer: Tokenizer, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[PAGE, long_page(tmp_path)]) as (app, pilot):
        screen = main_screen(app)
        long_index = await open_long_article(pilot, app)
        await settle(pilot)
        first = header(screen_text(app))
        assert MARK in first.split()
        cuts = tokenizer.long_cuts
        back = "p" if long_index else "n"
        await press(pilot, back)
        tokenizer.held = True  # were it cut again, its terms would wait for the release
        await type_keys(pilot, "n" if back == "p" else "p")
        await until(pilot, lambda: screen.current == long_index)
        await pilot.pause()
        assert header(screen_text(app)) == first
        assert tokenizer.long_cuts == cuts
        tokenizer.release()
