"""Pilot tests of the reader app: press keys, read the screen.

Every test gets its own data, cache and config folders (DUBA_*_DIR), so nothing from a real run leaks in
and the reading position / theme tests see only what the test itself wrote.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Input

from reader import paths
from reader.app.app import DubaApp
from reader.app.screens.help import HelpScreen
from reader.app.widgets.article_list import ArticleList, Row
from reader.app.widgets.footer import KeyFooter
from reader.app.wrap import is_ambiguous
from reader.model import Article, Page, PageMeta
from tests.apptest import (
    PAGE,
    UNSURE_PAGE,
    RunningApp,
    main_screen,
    notices,
    press,
    run,
    screen_text,
    settle,
    text_once_shown,
)

pytestmark = pytest.mark.usefixtures("temp_dirs")


def write_config(tmp_path: Path, text: str) -> None:
    (tmp_path / "config" / "config.toml").write_text(text, encoding="utf-8")


@run
async def test_first_screen_shows_first_article_and_key_terms(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        text = screen_text(app)
        first = app.library.articles[0]
        assert first.headline and first.headline in text
        assert "关键词" in text
        assert main_screen(app).key_terms.terms  # key terms arrived from the worker
        assert main_screen(app).pane.highlights("keywords")
        assert "1/8" in text
        # every page heading and article headline is in the sidebar
        assert app.library.articles[1].headline and app.library.articles[1].headline in text


@run
async def test_n_and_p_switch_articles_and_the_sidebar_follows(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "n")
        assert screen.current == 1
        assert screen.sidebar.current_article == 1
        kicker = app.library.articles[1].kicker
        assert kicker and kicker in screen_text(app)
        assert "2/8" in screen_text(app)
        await press(pilot, "right_square_bracket", "right_square_bracket")
        assert screen.current == 3
        await press(pilot, "p", "left_square_bracket")
        assert screen.current == 1
        await press(pilot, "p", "p", "p")
        assert screen.current == 0  # stops at the first


@run
async def test_scroll_keys(running_app: RunningApp) -> None:
    async with running_app((80, 24)) as (app, pilot):
        pane = main_screen(app).pane
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
async def test_sidebar_keys_move_and_open(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "tab")
        assert isinstance(app.focused, ArticleList)
        await press(pilot, "j", "j")
        assert screen.current == 2
        await press(pilot, "G")
        assert screen.current == len(app.library.articles) - 1
        await press(pilot, "g", "enter")
        assert screen.current == 0
        assert app.focused is screen.pane


@run
async def test_ctrl_b_hides_and_shows_the_sidebar(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        other = app.library.articles[5].headline
        assert other and other in screen_text(app)
        await press(pilot, "ctrl+b")
        assert not main_screen(app).sidebar_shown
        assert other not in screen_text(app)
        assert not main_screen(app).sidebar.display or not main_screen(app).query_one("#sidebar").display
        await press(pilot, "ctrl+b")
        assert other in screen_text(app)


@run
async def test_narrow_terminal_collapses_the_sidebar(running_app: RunningApp) -> None:
    async with running_app((60, 20)) as (app, pilot):
        screen = main_screen(app)
        assert screen.narrow
        assert not screen.sidebar_shown
        other = app.library.articles[3].headline
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
async def test_small_terminals_do_not_crash(running_app: RunningApp, size: tuple[int, int]) -> None:
    async with running_app(size) as (app, pilot):
        await press(pilot, "n", "space", "G", "tab", "j", "enter", "ctrl+b", "ctrl+b", "e", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape", "p")
        lines = screen_text(app).split("\n")
        assert len(lines) == size[1]
        assert all(Text(line).cell_len <= size[0] for line in lines)


@run
async def test_resize_rewraps_and_keeps_the_place(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
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
async def test_help_binding_ids_line_up_down_every_section(running_app: RunningApp) -> None:
    """The help's last column names each key's binding id (for the keymap). Each section sized that
    column to its own longest id, so it started at a different place in each: a ragged column down the
    help (the list's section 5 cells right of the reading keys', the bookmark dialog's 1 cell)."""
    from rich.cells import cell_len
    from rich.console import Console

    from reader.app.screens.help import KeyTable

    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "question_mark")
        starts: dict[str, set[int]] = {}
        for table in app.screen.query(KeyTable):
            width = table.content_region.width
            console = Console(width=width, color_system=None, legacy_windows=False)
            lines = ["".join(seg.text for seg in line) for line in console.render_lines(table.render())]
            for entry in table.entries:
                line = next(line for line in lines if line.rstrip().endswith(entry.binding_id))
                at = line.rstrip().rindex(entry.binding_id)
                starts.setdefault(table.title, set()).add(cell_len(line[:at]))
        assert len(starts) >= 5 and all(len(at) == 1 for at in starts.values()), starts
        assert len(set.union(*starts.values())) == 1, starts


@run
async def test_help_shows_each_key_of_a_line_once(running_app: RunningApp) -> None:
    """Escape ends the search in the box and outside it, two bindings with one id: the help listed its
    keys as "esc esc", read as escape pressed twice."""
    from reader.app.screens.help import KeyTable

    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "question_mark")
        entries = {
            entry.binding_id: entry.keys for table in app.screen.query(KeyTable) for entry in table.entries
        }
        assert entries["close_search"] == "esc"
        twice = {
            binding_id: keys
            for binding_id, keys in entries.items()
            if len(set(keys.split())) < len(keys.split())
        }
        assert not twice, twice


@run
async def test_help_screen_lists_every_key(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
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
        assert app.screen is main_screen(app)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "q")  # closes the help, does not quit
        assert app.screen is main_screen(app)
        assert app.is_running


@run
async def test_help_scrolls_with_the_reading_keys(running_app: RunningApp) -> None:
    async with running_app((80, 24)) as (app, pilot):
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
async def test_reading_position_is_restored_after_restart(running_app: RunningApp) -> None:
    async with running_app((100, 30)) as (app, pilot):
        await press(pilot, *"nnnnnn", "j", "j", "j")
        assert main_screen(app).current == 6
        assert main_screen(app).pane.scroll_y == 3
        await pilot.press("q")
    async with running_app((100, 30)) as (again, pilot):
        screen = main_screen(again)
        assert screen.current == 6
        assert screen.pane.scroll_y == 3
        assert screen.sidebar.current_article == 6


@run
async def test_reading_another_page_keeps_the_place_in_the_first(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """One position was kept for everything: `duba OTHER.txt` to look at a page, then plain `duba`
    again, and the library opened at its first article (the position named an article it does not
    hold). Each thing opened keeps its own: the library (or what plain duba shows) and the last PATHs."""
    other = tmp_path / "other.txt"
    other.write_text(UNSURE_PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    async with running_app((100, 30)) as (app, pilot):
        await press(pilot, *"nnnnnn", "j", "j")
        assert main_screen(app).current == 6 and main_screen(app).pane.scroll_y == 2
        await pilot.press("q")
    async with running_app((100, 30), paths=[other]) as (app, pilot):
        await press(pilot, "n")
        assert main_screen(app).current == 1
        await pilot.press("q")
    async with running_app((100, 30)) as (again, pilot):
        assert main_screen(again).current == 6
        assert main_screen(again).pane.scroll_y == 2
    async with running_app((100, 30), paths=[other]) as (again, pilot):
        assert main_screen(again).current == 1


@run
async def test_position_is_saved_while_reading(running_app: RunningApp, temp_dirs: Path) -> None:
    async with running_app((100, 30)) as (app, pilot):
        await press(pilot, "n", "j")
        state = temp_dirs / "data" / "state.json"
        deadline = time.monotonic() + 5  # the position is written after half a second of stillness
        while not (state.exists() and app.library.articles[1].id in state.read_text(encoding="utf-8")):
            assert time.monotonic() < deadline, "the reading position was not saved"
            await pilot.pause(0.05)


@run
async def test_position_restored_at_another_width_by_text_offset(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, *"nnnnnn", *"jjjjjjjj")
        top = main_screen(app).pane.top_offset()
        assert top > 0
        await pilot.press("q")
    async with running_app((60, 20)) as (again, pilot):
        pane = main_screen(again).pane
        # the line that shows the remembered text is now the top line
        assert pane.line_for_offset(top) == pane.scroll_y > 0
        assert pane.top_offset() <= top


@run
async def test_theme_is_remembered(running_app: RunningApp) -> None:
    async with running_app((80, 24)) as (app, pilot):
        app.theme = "nord"
        await pilot.pause()
        await pilot.press("q")
    again = DubaApp([PAGE])
    assert again.theme == "nord"


@run
async def test_keymap_from_config(running_app: RunningApp, temp_dirs: Path) -> None:
    write_config(temp_dirs, '[keymap]\nnext_article = "l"\n')
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "l")
        assert main_screen(app).current == 1
        await press(pilot, "n")
        assert main_screen(app).current == 1  # n no longer bound
        await press(pilot, "question_mark")
        assert "l" in screen_text(app)


@run
async def test_bad_config_is_reported(running_app: RunningApp, temp_dirs: Path) -> None:
    write_config(temp_dirs, 'ambiguous_width = "huge"\n[keymap]\nno_such_binding = "x"\n')
    async with running_app((120, 40)) as (app, pilot):
        messages = notices(app)
        assert any("ambiguous_width" in m for m in messages)
        assert any("no_such_binding" in m for m in messages)


@run
async def test_user_highlight_rules(running_app: RunningApp, temp_dirs: Path) -> None:
    write_config(temp_dirs, '[[highlight]]\nword = "铜箔"\nstyle = "bold red"\n')
    async with running_app((120, 40)) as (app, pilot):
        spans = main_screen(app).pane.highlights("rules")
        text = app.library.articles[0].text
        assert spans and all(text[s.start : s.end] == "铜箔" for s in spans)
        assert spans[0].style == "bold red"


@run
async def test_entities_layer_toggles(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        pane = main_screen(app).pane
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
async def test_command_palette_jumps_to_an_article(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "ctrl+p", *"协商汇民智")  # press waits for the palette's search worker too
        await press(pilot, "enter")
        target = next(i for i, a in enumerate(app.library.articles) if a.headline == "搭台唱好戏 协商汇民智")
        assert main_screen(app).current == target


@run
async def test_search_box_is_focused_by_slash(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash")
        assert app.focused is not None and app.focused.id == "search"
        await press(pilot, "n")  # typed into the box, not a key binding
        assert main_screen(app).current == 0


@run
async def test_unreadable_file_is_skipped_with_a_notification(temp_dirs: Path) -> None:
    folder = temp_dirs / "pages"
    folder.mkdir()
    shutil.copy(PAGE, folder / "good.txt")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    app = DubaApp([folder])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert len(app.library.articles) == 8
        messages = notices(app)
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
    assert app.library.paths == [paths.bundled_corpus()]


@run
async def test_ambiguous_wide_mode_shows_no_ambiguous_characters(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    write_config(temp_dirs, 'ambiguous_width = "wide"\n')
    async with running_app((120, 40)) as (app, pilot):
        pane = main_screen(app).pane
        shown = "".join(pane.line_text(i) for i in range(pane.line_count))
        assert "〝" in shown  # “ replaced
        assert not any(is_ambiguous(c) for c in shown)
        rows = "".join(row.label for row in main_screen(app).sidebar.rows)
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
    from reader.app.widgets.rows import rows_for_pages

    pages = big_corpus(30_000)
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sidebar = main_screen(app).sidebar
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


@run
async def test_the_palette_names_a_photo_by_its_caption_opening(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "ctrl+p", *"德通")
        text = await text_once_shown(app, pilot, "000_0bab674bd8117e01.txt")
        assert "3月13日，工人在聊城市德通" in text  # the photo, named by its caption
        assert "生产车间内作业" not in text  # not by the whole caption, wrapped over lines
        assert not any(line.lstrip().startswith("，") for line in text.splitlines())


@pytest.mark.parametrize("width,height", [(120, 40), (80, 24), (60, 20), (40, 12)])
@run
async def test_the_footer_shows_whole_keys_and_the_palette_at_every_width(width: int, height: int) -> None:
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    app = DubaApp([PAGE])
    async with app.run_test(size=(width, height)) as pilot:
        await settle(pilot)
        for keys in ((), ("tab",), ("tab", "m", "enter", "B")):
            await press(pilot, *keys)
            footer = app.screen.query_one(Footer)
            shown = list(footer.query(FooterKey))
            assert shown and all(key.region.right <= footer.region.right for key in shown)  # none cut
            last_line = screen_text(app).splitlines()[-1]
            assert last_line.startswith("^p Commands")  # the palette, always
            if not keys:
                assert "? Help" in last_line and "n Next" in last_line and "p Prev" in last_line


@run
async def test_the_footer_is_not_built_again_when_its_keys_stay_the_same(running_app: RunningApp) -> None:
    """Closing the help changes the bindings but not the keys that fit: the footer keeps its keys (building
    them again meant mounting and styling each, then a layout of the whole screen, on every such change)."""
    from textual.widgets._footer import FooterKey

    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        footer = screen.query_one(KeyFooter)
        keys = list(footer.query(FooterKey))
        line = screen_text(app).splitlines()[-1]
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        assert app.screen is screen
        assert list(footer.query(FooterKey)) == keys
        assert screen_text(app).splitlines()[-1] == line
        await press(pilot, "slash")  # the search box has the focus: its keys are shown instead
        assert list(footer.query(FooterKey)) != keys
        assert screen_text(app).splitlines()[-1] != line


@run
async def test_names_are_ready_before_e_is_pressed(running_app: RunningApp) -> None:
    """The tagger (about a second to load) is prepared in the background: e marks names at once."""
    async with running_app((120, 40)) as (app, pilot):  # settled: corpus, key terms, names
        screen = main_screen(app)
        await pilot.press("e")  # no waiting for a worker after the key
        assert screen.pane.highlights("entities")
        assert "人名" in screen_text(app) and "标注中" not in screen_text(app)


@run
async def test_names_pressed_before_they_are_ready_say_so(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "n")
        screen.view._entity_cache.clear()  # as if the tagger were still at work on this article
        screen.view.show_entities = True
        screen.view._apply_keywords(screen.library.articles[1])
        await pilot.pause()
        assert "标注中" in screen_text(app)
        screen.view.show_entities = False
        await press(pilot, "e")  # the names come from a worker, and the notice goes
        assert screen.pane.highlights("entities") and "标注中" not in screen_text(app)


@run
async def test_sidebar_marks_articles_the_segmenter_is_unsure_of(running_app: RunningApp) -> None:
    async with running_app((120, 40), paths=[UNSURE_PAGE]) as (app, pilot):
        sidebar_lines = [line[:36] for line in screen_text(app).splitlines()]
        articles = app.library.articles
        assert any(a.uncertain for a in articles) and not all(a.uncertain for a in articles)
        for article in articles:
            title = article.short_title(20)[:6]
            (line,) = [line for line in sidebar_lines if title in line][:1]
            assert line.lstrip("│▌ ").startswith("?") == article.uncertain, (line, article.confidence)


@run
async def test_status_line_names_the_page_and_the_position_when_the_sidebar_is_hidden(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    folder = temp_dirs / "pages"
    folder.mkdir()
    page = folder / "lc-20230314-03.txt"
    shutil.copy(PAGE, page)
    meta = '{"paper": "聊城日报", "date": "2023-03-14", "page_no": "3"}'
    (folder / "lc-20230314-03.meta.json").write_text(meta, encoding="utf-8")
    async with running_app((100, 30), paths=[page]) as (app, pilot):
        status = "聊城日报  2023-03-14  第3版"
        assert status not in screen_text(app).split("\n")[-2]  # the sidebar names the page
        await press(pilot, "ctrl+b")
        line = screen_text(app).split("\n")[-2]  # above the footer
        assert status in line and "%" in line
        found = re.search(r"· (\d+)%", line)
        assert found and 0 < int(found[1]) < 100
        await press(pilot, "G")
        assert f"{status} · 100%" in screen_text(app)
        await press(pilot, "g", "n")
        assert re.search(r"· \d+%", screen_text(app).split("\n")[-2])


@run
async def test_help_at_80_columns_shows_binding_ids_whole(running_app: RunningApp) -> None:
    """An id is what the config's [keymap] takes: cut to `next_artic…` it cannot be copied."""
    async with running_app((80, 24)) as (app, pilot):
        await press(pilot, "question_mark")
        text = screen_text(app)
        assert "next_article" in text and "previous_article" in text and "next_artic…" not in text


@run
async def test_help_says_what_the_question_mark_in_the_list_means(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "question_mark", "G")  # to the end of the help
        shown = screen_text(app).replace("\n", " ")
        assert "? before a headline in the list: the segmenter is unsure" in shown


@run
async def test_help_descriptions_wrap_whole(running_app: RunningApp) -> None:
    """Rich cut the line's last word short with `…` (`its first page,` to `its first page…`: the line
    holds wide characters) at 120 columns."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "question_mark", *["j"] * 28)
        assert "Go to a date (2025-01-02, 20250102, 1月2日; a month, 2025-01:" in screen_text(app)


@run
async def test_a_sidecar_with_a_list_for_the_section_opens(running_app: RunningApp, tmp_path: Path) -> None:
    # a sidecar written by another tool, `"section": ["要闻", "国内"]`: the reader closed with a traceback
    folder = tmp_path / "pages"
    folder.mkdir()
    page = folder / "03.txt"
    shutil.copy(PAGE, page)
    meta = '{"paper": "聊城日报", "date": "2023-03-14", "page_no": 3, "section": ["要闻", "国内"]}'
    (folder / "03.meta.json").write_text(meta, encoding="utf-8")
    async with running_app((100, 30), paths=[folder]) as (app, pilot):
        assert app.is_running and len(app.library.articles) > 1
        assert "聊城日报  2023-03-14  第3版" in screen_text(app)


@run
async def test_help_opened_over_the_concordance_trend_or_bookmarks_starts_at_their_keys(
    running_app: RunningApp,
) -> None:
    """? on the concordance (F1 on the trend chart and the bookmarks, whose boxes take ?) opened the help at
    the reader's keys (n, tab, m, B…), which do nothing there; its own (s, the list keys) were pages
    below. The help starts at the section of the screen it was opened on."""
    from reader.app.screens.help import HelpScreen

    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *"宠物", "enter", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert any("│ Reading " in line for line in screen_text(app).splitlines()[:6])  # the reader's keys
        for opener, section in (
            ("K", "Concordance (K)"),
            ("T", "Trend chart (T)"),
            ("B", "Bookmarks list (B)"),
        ):
            await press(pilot, "escape", opener, "f1" if opener != "K" else "question_mark")
            assert isinstance(app.screen, HelpScreen), opener
            lines = screen_text(app).splitlines()[:6]
            assert any(f"│ {section} " in line for line in lines), (section, lines)
            if opener == "K":  # its list keys too, though they share ids with the reader's, listed there
                text = screen_text(app)
                assert "j ↓" in text and "Next line" in text and "g home" in text, text
            await press(pilot, "escape")


@run
async def test_the_palette_is_textuals_with_its_box_alone_replaced(running_app: RunningApp) -> None:
    """reader.app.palette.Palette copies CommandPalette.compose (textual 8.2) to put its own box in: a
    Textual release that changes the palette's widgets would leave the copy behind silently. The two are
    built alike, but for the box."""
    from textual.command import CommandInput, CommandPalette

    from reader.app.palette import PaletteInput

    def shape(screen: CommandPalette) -> list[tuple[str, str | None, str | None]]:
        return [
            (
                "CommandInput" if isinstance(w, PaletteInput) else type(w).__name__,
                w.id,
                None if w.parent is screen else getattr(w.parent, "id", None),
            )
            for w in screen.walk_children()
        ]

    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "ctrl+p")
        ours = shape(app.screen)
        assert isinstance(app.screen.query_one(CommandInput), PaletteInput)
        await press(pilot, "escape")
        app.push_screen(CommandPalette())
        await settle(pilot)
        assert ours == shape(app.screen)


@run
async def test_the_palette_offers_dubas_commands_not_textuals_keys_maximize_or_screenshot(
    running_app: RunningApp,
) -> None:
    """Textual's "Screenshot" wrote an SVG into ~/Downloads, "Keys" docked a panel of Textual's names for
    the focused widget's keys (Scroll Left, Page Right: keys that do nothing in a wrapped text) and
    "Maximize" hid the search box a `/` then typed into. The palette offers duba's help instead, once, on
    the reading screen and on the concordance alike."""
    async with running_app((120, 40)) as (app, pilot):
        for opener in ((), ("slash", *"宠物", "enter", "K")):
            await press(pilot, *opener)
            for typed, gone in (
                ("screenshot", "Save an SVG"),
                ("keys", "Show help for the focused widget"),
                ("maximize", "Maximize the focused widget"),
            ):
                await press(pilot, "ctrl+p", *typed)
                assert gone not in screen_text(app), (opener, typed)
                await press(pilot, "escape")
            await press(pilot, "ctrl+p", *"help")
            assert screen_text(app).count("Show every key (? or F1)") == 1, opener
            await press(pilot, "enter")
            assert type(app.screen).__name__ == "HelpScreen", opener
            await press(pilot, "escape")


@run
async def test_the_palette_opens_on_the_articles_of_the_page_read_not_its_namesakes(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """An archive has a 01.txt in each issue's folder: ctrl+p, before anything is typed, listed the
    articles of every page of the file name of the page being read (walk: a 3,010-page library, its
    3rd page's list ran on into the 4th page of another folder's file of that name)."""
    for folder, page in (("a", PAGE), ("b", UNSURE_PAGE)):
        (tmp_path / folder).mkdir()
        shutil.copy(page, tmp_path / folder / "01.txt")
    async with running_app((120, 40), paths=[tmp_path / "a" / "01.txt", tmp_path / "b" / "01.txt"]) as (
        app,
        pilot,
    ):
        library = app.library
        read = min(library.pages, key=lambda page: len(page.articles))  # its list ends before the other's
        assert read.name == "01.txt" and len(read.articles) == 4
        main_screen(app).open_article(library.page_of.index(library.pages.index(read)))
        await settle(pilot)
        other = next(page for page in library.pages if page is not read)
        other_title = next(a.headline for a in other.articles if a.headline)
        await press(pilot, "ctrl+p")
        await text_once_shown(app, pilot, read.articles[-1].short_title()[:6])
        await settle(pilot)  # the list as the palette's worker leaves it
        text = screen_text(app)
        assert read.articles[0].short_title()[:6] in text
        assert other_title[:6] not in text


@run
async def test_a_focused_box_stops_blinking_lit_when_nothing_is_typed(running_app: RunningApp) -> None:
    """The cursor of a focused box blinked for ever: the reader left at its search box woke twice a
    second (top: ~1 % of a core, idle). It blinks for ten seconds after the focus or a key, then stays
    lit, and blinks again at the next key."""
    from tests.apptest import blink_once, blinking, cursor_lit

    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash")
        box = app.focused
        assert isinstance(box, Input) and blinking(box)
        for _ in range(19):
            blink_once(box)
        assert blinking(box)
        blink_once(box)  # ten seconds
        assert not blinking(box) and cursor_lit(box)
        await press(pilot, *"rc")
        assert blinking(box) and box.value == "rc"


@run
async def test_nothing_ticks_once_the_reader_is_left_idle(running_app: RunningApp) -> None:
    """Idle is idle: with the search box focused, or the palette open, once the cursor has stopped
    blinking no timer wakes the app. (The progress bar's ETA clock ticked every second for the reader's
    whole life, and the palette's hidden busy indicator redrew 16 times a second: 18 ticks of CPU in
    30 s of the palette left open.)"""
    from tests.apptest import blink_once, ticking_once_drawn

    async with running_app((120, 40)) as (app, pilot):
        for opener in ("slash", "ctrl+p"):
            await press(pilot, "escape", opener)
            box = app.focused
            assert isinstance(box, Input), opener
            for _ in range(20):  # ten seconds of blinking
                blink_once(box)
            await settle(pilot)
            assert await ticking_once_drawn(app, pilot) == [], opener
