"""Pilot tests of the reader app: press keys, read the screen.

Every test gets its own data, cache and config folders (DUBA_*_DIR), so nothing from a real run leaks in
and the reading position / theme tests see only what the test itself wrote.
"""

from __future__ import annotations

import asyncio
import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.pilot import Pilot

from reader import paths
from reader.app.app import DubaApp
from reader.app.screens.help import HelpScreen
from reader.app.screens.main import MainScreen
from reader.app.widgets.article_list import ArticleList, Row
from reader.model import Article, Page, PageMeta
from reader.wrap import is_ambiguous

pytestmark = pytest.mark.usefixtures("temp_dirs")

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def run(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with asyncio.run (pytest-asyncio is not a dependency)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


def write_config(tmp_path: Path, text: str) -> None:
    (tmp_path / "config" / "config.toml").write_text(text, encoding="utf-8")


async def settle(pilot: Pilot[None]) -> None:
    """Wait until the corpus is open and the workers (key terms, names) are done."""
    app = pilot.app
    for _ in range(50):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.main_screen
        if screen is not None and screen.has_class("-loaded") and not app.workers:
            return
    raise AssertionError("the corpus did not load")


async def press(pilot: Pilot[None], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def screen_text(app: DubaApp) -> str:
    """The characters on screen, one line per row."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def main(app: DubaApp) -> MainScreen:
    screen = app.main_screen
    assert screen is not None
    return screen


@run
async def test_first_screen_shows_first_article_and_key_terms() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        first = app.articles[0]
        assert first.headline and first.headline in text
        assert "关键词" in text
        assert main(app).key_terms.terms  # key terms arrived from the worker
        assert main(app).pane.highlights("keywords")
        assert "1/8" in text
        # every page heading and article headline is in the sidebar
        assert app.articles[1].headline and app.articles[1].headline in text


@run
async def test_n_and_p_switch_articles_and_the_sidebar_follows() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main(app)
        await press(pilot, "n")
        assert screen.current == 1
        assert screen.sidebar.current_article == 1
        kicker = app.articles[1].kicker
        assert kicker and kicker in screen_text(app)
        assert "2/8" in screen_text(app)
        await press(pilot, "right_square_bracket", "right_square_bracket")
        assert screen.current == 3
        await press(pilot, "p", "left_square_bracket")
        assert screen.current == 1
        await press(pilot, "p", "p", "p")
        assert screen.current == 0  # stops at the first


@run
async def test_scroll_keys() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = main(app).pane
        assert pane.max_scroll_y > 10
        await press(pilot, "j", "j", "down")
        assert pane.scroll_y == 3
        await press(pilot, "k")
        assert pane.scroll_y == 2
        await press(pilot, "space")
        assert pane.scroll_y > 10
        await press(pilot, "b")
        assert pane.scroll_y == 2
        await press(pilot, "G")
        assert pane.scroll_y == pane.max_scroll_y
        last_line = pane.line_text(pane.line_count - 1).strip()
        assert last_line in screen_text(app)
        await press(pilot, "g")
        assert pane.scroll_y == 0


@run
async def test_sidebar_keys_move_and_open() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main(app)
        await press(pilot, "tab")
        assert isinstance(app.focused, ArticleList)
        await press(pilot, "j", "j")
        assert screen.current == 2
        await press(pilot, "G")
        assert screen.current == len(app.articles) - 1
        await press(pilot, "g", "enter")
        assert screen.current == 0
        assert app.focused is screen.pane


@run
async def test_ctrl_b_hides_and_shows_the_sidebar() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        other = app.articles[5].headline
        assert other and other in screen_text(app)
        await press(pilot, "ctrl+b")
        assert not main(app).sidebar_shown
        assert other not in screen_text(app)
        assert not main(app).sidebar.display or not main(app).query_one("#sidebar").display
        await press(pilot, "ctrl+b")
        assert other in screen_text(app)


@run
async def test_narrow_terminal_collapses_the_sidebar() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        screen = main(app)
        assert screen.narrow
        assert not screen.sidebar_shown
        other = app.articles[3].headline
        assert other and other not in screen_text(app)
        await press(pilot, "ctrl+b")
        assert screen.sidebar_shown
        assert other in screen_text(app)
        await press(pilot, "j", "enter")
        assert screen.current == 1
        assert not screen.sidebar_shown
        assert app.focused is screen.pane


@pytest.mark.parametrize("size", [(40, 12), (50, 15), (79, 24), (80, 24)])
@run
async def test_small_terminals_do_not_crash(size: tuple[int, int]) -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "n", "space", "G", "tab", "j", "enter", "ctrl+b", "ctrl+b", "e", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape", "p")
        lines = screen_text(app).split("\n")
        assert len(lines) == size[1]
        assert all(Text(line).cell_len <= size[0] for line in lines)


@run
async def test_resize_rewraps_and_keeps_the_place() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main(app)
        await press(pilot, *"nnnnnn", *"jjjjjjjjjj")
        top = screen.pane.top_offset()
        wide_lines = screen.pane.line_count
        await press(pilot, "tab")
        assert app.focused is screen.sidebar
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        pane = screen.pane
        assert pane.line_count > wide_lines  # re-wrapped to the narrower pane
        assert pane.line_for_offset(top) == pane.scroll_y  # the same text is still at the top
        width = pane.scrollable_content_region.width
        assert all(Text(pane.line_text(i)).cell_len <= width for i in range(pane.line_count))
        assert screen.narrow and not screen.sidebar_shown
        assert app.focused is pane  # not left on the hidden sidebar
        lines = screen_text(app).split("\n")
        assert all(Text(line).cell_len <= 60 for line in lines)


@run
async def test_help_screen_lists_every_key() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for binding_id in (
            "next_article",
            "previous_article",
            "toggle_sidebar",
            "switch_focus",
            "page_down",
            "quit",
        ):
            assert binding_id in text
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "q")  # closes the help, does not quit
        assert isinstance(app.screen, MainScreen)
        assert app.is_running


@run
async def test_help_scrolls_with_the_reading_keys() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 5
        await press(pilot, "j", "j")
        assert body.scroll_y == 2
        await press(pilot, "k")
        assert body.scroll_y == 1
        await press(pilot, "G")
        assert body.scroll_y == body.max_scroll_y
        await press(pilot, "g")
        assert body.scroll_y == 0
        await press(pilot, "space")
        assert body.scroll_y > 5
        await press(pilot, "b")
        assert body.scroll_y == 0


@run
async def test_reading_position_is_restored_after_restart() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, *"nnnnnn", "j", "j", "j")
        assert main(app).current == 6
        assert main(app).pane.scroll_y == 3
        await pilot.press("q")
    again = DubaApp([PAGE])
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = main(again)
        assert screen.current == 6
        assert screen.pane.scroll_y == 3
        assert screen.sidebar.current_article == 6


@run
async def test_position_is_saved_while_reading(temp_dirs: Path) -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await press(pilot, "n", "j")
        await pilot.pause(0.8)  # the position is written after half a second of stillness
        state = (temp_dirs / "data" / "state.json").read_text(encoding="utf-8")
        assert app.articles[1].id in state


@run
async def test_position_restored_at_another_width_by_text_offset() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, *"nnnnnn", *"jjjjjjjj")
        top = main(app).pane.top_offset()
        assert top > 0
        await pilot.press("q")
    again = DubaApp([PAGE])
    async with again.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        pane = main(again).pane
        # the line that shows the remembered text is now the top line
        assert pane.line_for_offset(top) == pane.scroll_y > 0
        assert pane.top_offset() <= top


@run
async def test_theme_is_remembered() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
        await pilot.press("q")
    again = DubaApp([PAGE])
    assert again.theme == "nord"


@run
async def test_keymap_from_config(temp_dirs: Path) -> None:
    write_config(temp_dirs, '[keymap]\nnext_article = "l"\n')
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "l")
        assert main(app).current == 1
        await press(pilot, "n")
        assert main(app).current == 1  # n no longer bound
        await press(pilot, "question_mark")
        assert "l" in screen_text(app)


@run
async def test_bad_config_is_reported(temp_dirs: Path) -> None:
    write_config(temp_dirs, 'ambiguous_width = "huge"\n[keymap]\nno_such_binding = "x"\n')
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
        assert any("ambiguous_width" in m for m in messages)
        assert any("no_such_binding" in m for m in messages)


@run
async def test_user_highlight_rules(temp_dirs: Path) -> None:
    write_config(temp_dirs, '[[highlight]]\nword = "铜箔"\nstyle = "bold red"\n')
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        spans = main(app).pane.highlights("rules")
        text = app.articles[0].text
        assert spans and all(text[s.start : s.end] == "铜箔" for s in spans)
        assert spans[0].style == "bold red"


@run
async def test_entities_layer_toggles() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = main(app).pane
        assert not pane.highlights("entities")
        await press(pilot, "e")
        spans = pane.highlights("entities")
        assert {"reading--person", "reading--place"} <= {s.style for s in spans}
        assert "人名" in screen_text(app)
        await press(pilot, "n")
        assert pane.highlights("entities")  # stays on for the next article
        await press(pilot, "e")
        assert not pane.highlights("entities")


@run
async def test_command_palette_jumps_to_an_article() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"协商汇民智")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        target = next(i for i, a in enumerate(app.articles) if a.headline == "搭台唱好戏 协商汇民智")
        assert main(app).current == target


@run
async def test_search_box_is_focused_by_slash() -> None:
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert app.focused is not None and app.focused.id == "search"
        await press(pilot, "n")  # typed into the box, not a key binding
        assert main(app).current == 0


@run
async def test_unreadable_file_is_skipped_with_a_notification(temp_dirs: Path) -> None:
    folder = temp_dirs / "pages"
    folder.mkdir()
    shutil.copy(PAGE, folder / "good.txt")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    app = DubaApp([folder])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert len(app.articles) == 8
        messages = [str(n.message) for n in app._notifications]
        assert any("broken.txt" in m for m in messages)
        assert "broken.txt" in screen_text(app)  # the toast is on screen


@run
async def test_missing_path_and_empty_corpus(temp_dirs: Path) -> None:
    app = DubaApp([temp_dirs / "nothing-here"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "No articles" in screen_text(app)
        await press(pilot, "n", "p", "e", "G")


@run
async def test_bundled_corpus_is_the_default() -> None:
    app = DubaApp([])
    assert app.paths == [paths.bundled_corpus()]


@run
async def test_ambiguous_wide_mode_shows_no_ambiguous_characters(temp_dirs: Path) -> None:
    write_config(temp_dirs, 'ambiguous_width = "wide"\n')
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = main(app).pane
        shown = "".join(pane.line_text(i) for i in range(pane.line_count))
        assert "〝" in shown  # “ replaced
        assert not any(is_ambiguous(c) for c in shown)
        rows = "".join(row.label for row in main(app).sidebar.rows)
        assert not any(is_ambiguous(c) for c in rows)
        assert app.has_class("-ambiguous-wide")
        # highlights still land on the right characters after the substitution
        assert pane.highlights("keywords")


def big_corpus(articles: int, per_page: int = 30) -> list[Page]:
    pages = []
    for number in range(0, articles, per_page):
        items = [
            Article(
                id=f"{n:08x}",
                headline=f"第{n}篇 新能源产业“加速跑”全市制造业发展新动能新优势",
                paragraphs=["正文。" * 20],
                page=f"p{number}.txt",
            )
            for n in range(number, min(number + per_page, articles))
        ]
        pages.append(Page(f"p{number}.txt", f"p{number}.txt", "", PageMeta(paper="聊城日报"), items))
    return pages


@run
async def test_sidebar_with_30000_articles_is_virtualised() -> None:
    from reader.app.widgets.article_list import rows_for_pages

    pages = big_corpus(30_000)
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sidebar = main(app).sidebar
        rows: list[Row] = rows_for_pages(pages)
        sidebar.set_rows(rows)
        await pilot.pause()
        # Virtualised: one line per row, no widget per row (its speed: benchmarks/startup_bench.py).
        assert sidebar.virtual_size.height == len(rows) == 31_000
        assert len(sidebar.children) < 10
        sidebar.focus()
        await pilot.press("G")
        await pilot.pause()
        assert sidebar.cursor_row == len(rows) - 1
        assert "第29999篇" in screen_text(app)


def test_first_frame_comes_before_jieba_and_the_corpus(temp_dirs: Path) -> None:
    """The first frame must not wait for jieba's dictionary or for segmentation."""
    out = temp_dirs / "ready.txt"
    child = f"""
import sys
from pathlib import Path
from reader.app.app import DubaApp

class Probe(DubaApp):
    def on_ready(self) -> None:
        loaded = [m for m in ("jieba", "rjieba", "reader.corpus", "reader.page.segment") if m in sys.modules]
        Path({str(out)!r}).write_text(",".join(loaded) or "-")
        self.exit()

Probe([]).run(headless=True)
"""
    subprocess.run([sys.executable, "-c", child], check=True, env=dict(os.environ), timeout=60)
    assert out.read_text() == "-"
