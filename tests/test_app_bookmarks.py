"""Pilot tests of passages and bookmarks in the reader: press keys, read the screen, read the store.

Each test has its own data, cache and config folders (DUBA_*_DIR), so the bookmark file is a fresh
`bookmarks.json` in a temporary folder, and "restarting" is a second app on the same folder.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from textual import events
from textual.geometry import Offset
from textual.selection import Selection
from textual.widgets import Input

from reader.app.app import DubaApp
from reader.app.commands import reader_commands
from reader.app.screens.bookmark_dialog import BookmarkDialog
from reader.app.screens.bookmarks import BookmarksScreen
from reader.app.screens.help import HelpScreen
from reader.app.widgets.bookmark_list import BookmarkList
from reader.bookmarks import BookmarkStore
from reader.model import Article
from reader.passages import sentences
from tests.apptest import (
    PAGE,
    RunningApp,
    main_screen,
    notices,
    notifications,
    press,
    run,
    screen_text,
    settle,
)
from tests.readonly import read_only

pytestmark = pytest.mark.usefixtures("temp_dirs")


def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bookmarks.json"


def stored(tmp_path: Path) -> list[dict[str, object]]:
    """The bookmarks in the file, read as plain JSON (no duba code involved)."""
    path = store_path(tmp_path)
    if not path.exists():
        return []
    return list(json.loads(path.read_text(encoding="utf-8")).get("bookmarks", {}).values())


def sentence(article: Article, n: int) -> str:
    found = sentences(article.text)[n]
    return article.text[found.start : found.end]


def bookmarks_screen(app: DubaApp) -> BookmarksScreen:
    assert isinstance(app.screen, BookmarksScreen)
    return app.screen


@run
async def test_bookmark_restart_find_jump_delete_undo(running_app: RunningApp, tmp_path: Path) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        article = app.library.articles[0]
        # ) shows the cursor on the first sentence on screen, a second ) moves to the next one
        await press(pilot, "right_parenthesis", "right_parenthesis")
        wanted = sentence(article, 1)
        span = screen.bookmarker.passage.span()
        assert span is not None and article.text[span[0] : span[1]] == wanted
        assert screen.pane.highlights("passage")
        await press(pilot, "m")
        assert isinstance(app.screen, BookmarkDialog)
        assert wanted[:10] in screen_text(app)  # the dialog shows the passage
        await press(pilot, *"key", "space", *"quote", "tab", *"energy")
        await press(pilot, "enter")
        assert app.screen is screen
        assert "Bookmarked" in notifications(app)
        assert [(h.start, h.end) for h in screen.pane.highlights("bookmarks")] == [span]
        await press(pilot, "q")
    [record] = stored(tmp_path)
    assert record["note"] == "key quote"
    assert record["tags"] == ["energy"]
    assert record["selector"][0]["exact"] == wanted  # type: ignore[index]

    # restart on the same data folder
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.current == 0  # the reading position was kept
        assert [(h.start, h.end) for h in screen.pane.highlights("bookmarks")] == [span]
        await press(pilot, "n", "n")  # read on elsewhere
        assert not screen.pane.highlights("bookmarks")
        await press(pilot, "B")
        listing = bookmarks_screen(app)
        text = screen_text(app)
        assert "书签 Bookmarks  1" in text
        assert article.headline and article.headline in text
        assert "「" + wanted[:12] in text
        assert "key quote" in text and "#energy" in text
        # typing in the list filters
        await press(pilot, *"zzz")
        assert "0 / 1" in screen_text(app) and "No bookmark matches" in screen_text(app)
        await press(pilot, "backspace", "backspace", "backspace", *"quote")
        assert "1 / 1" in screen_text(app)
        await press(pilot, "escape")  # leave the filter box for the list
        assert listing.bookmark_list.has_focus
        await press(pilot, "enter")  # jump
        assert app.screen is screen
        assert screen.current == 0
        assert screen.bookmarker.passage.span() == span
        line = screen.pane.line_for_offset(span[0])
        assert line is not None
        assert (
            screen.pane.scroll_y <= line < screen.pane.scroll_y + screen.pane.scrollable_content_region.height
        )
        assert wanted[:10] in screen_text(app).replace("\n", "")  # the passage is on screen
        # delete, then undo
        await press(pilot, "B", "delete")
        assert not bookmarks_screen(app).bookmark_list.entries
        assert stored(tmp_path) == []
        assert "Bookmark deleted" in notifications(app) and "^z to undo" in notifications(app)
        await press(pilot, "ctrl+z")
        assert len(bookmarks_screen(app).bookmark_list.entries) == 1
        assert [r["id"] for r in stored(tmp_path)] == [record["id"]]
        await press(pilot, "escape")
        assert app.screen is screen
        assert [(h.start, h.end) for h in screen.pane.highlights("bookmarks")] == [span]


@run
async def test_typing_in_the_bookmark_list_only_filters(running_app: RunningApp, tmp_path: Path) -> None:
    """Letters typed with the focus in the list never delete, edit or quit: they go to the filter."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "m", *"data quote", "enter", "right_parenthesis", "m", "enter", "B")
        listing = bookmarks_screen(app)
        assert listing.bookmark_list.has_focus and len(stored(tmp_path)) == 2
        assert "q Quit" not in screen_text(app)  # the footer offers no key that typing would take
        await press(pilot, *"data")  # d deleted, e edited, q quit, u undid, j/k moved the cursor
        assert listing.filter_box.value == "data"
        assert app.screen is listing and len(stored(tmp_path)) == 2
        assert "1 / 2" in screen_text(app)
        await press(pilot, "escape")  # back to the list
        assert listing.bookmark_list.has_focus
        await press(pilot, *" quote", "e", "u", "j", "k", "g", "G")
        assert app.screen is listing and len(stored(tmp_path)) == 2
        assert listing.filter_box.value == "data quoteeujkgG"
        # in the filter box the delete key edits the text; in the list it deletes the bookmark
        await press(pilot, "home", "delete")
        assert listing.filter_box.value == "ata quoteeujkgG" and len(stored(tmp_path)) == 2
        await press(pilot, "end", "ctrl+u", "tab")
        assert listing.bookmark_list.has_focus
        await press(pilot, "delete")
        assert len(stored(tmp_path)) == 1
        await press(pilot, "ctrl+z")
        assert len(stored(tmp_path)) == 2
        await press(pilot, "ctrl+e")
        assert isinstance(app.screen, BookmarkDialog)


@run
async def test_passage_cursor_keys(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        found = sentences(app.library.articles[0].text)
        assert screen.bookmarker.passage.span() is None  # hidden until a passage key is pressed
        await press(pilot, "right_parenthesis")
        assert screen.bookmarker.passage.span() == found[0][:2]
        await press(pilot, "v", "v")
        assert screen.bookmarker.passage.span() == (found[0].start, found[2].end)
        await press(pilot, "V")
        assert screen.bookmarker.passage.span() == (found[0].start, found[1].end)
        await press(pilot, "V", "V")  # one sentence fewer, never fewer than one
        assert screen.bookmarker.passage.span() == found[0][:2]
        await press(pilot, "right_parenthesis", "V")  # a single sentence: V does not grow it
        assert screen.bookmarker.passage.span() == found[1][:2]
        await press(pilot, "v", "v")
        await press(pilot, "right_parenthesis")  # moving collapses the selection
        assert screen.bookmarker.passage.span() == found[4][:2]
        await press(pilot, "left_parenthesis", "left_parenthesis")
        await press(pilot, "left_parenthesis", "left_parenthesis", "left_parenthesis")
        assert screen.bookmarker.passage.span() == found[0][:2]  # stops at the first
        await press(pilot, "right_curly_bracket")
        first_of_next = next(s for s in found if s.paragraph > found[0].paragraph)
        assert screen.bookmarker.passage.span() == first_of_next[:2]
        await press(pilot, "right_parenthesis", "left_curly_bracket")
        assert screen.bookmarker.passage.span() == first_of_next[:2]  # back to the start of the paragraph
        # scrolled away, the cursor comes back to the first sentence on screen
        await press(pilot, "space", "space", "right_parenthesis")
        span = screen.bookmarker.passage.span()
        assert span is not None
        line = screen.pane.line_for_offset(span[0])
        assert line is not None and line >= screen.pane.scroll_y
        # a new article hides the cursor
        await press(pilot, "n")
        assert screen.bookmarker.passage.span() is None
        assert not screen.pane.highlights("passage")


@run
async def test_y_copies_the_selection_to_the_clipboard(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        article = app.library.articles[0]
        await press(pilot, "right_parenthesis", "v", "y")
        found = sentences(article.text)
        assert app.clipboard == article.text[found[0].start : found[1].end]
        assert "Copied" in notifications(app)
        await press(pilot, "right_parenthesis", "y")  # moving collapses the selection: one sentence
        assert app.clipboard == sentence(article, 2)


@run
async def test_shift_y_copies_the_passage_with_its_source(running_app: RunningApp, tmp_path: Path) -> None:
    """A researcher quoting a passage had to bookmark it and export the bookmarks to get its citation;
    `y` copies the words alone. `Y` copies them with the source under them, as the export cites it."""
    page = tmp_path / "rmrb" / "2025-01-02" / "04.txt"
    page.parent.mkdir(parents=True)
    page.write_bytes(PAGE.read_bytes())
    async with running_app((120, 40), paths=(page,)) as (app, pilot):
        await press(pilot, "n")
        article = app.library.articles[1]
        author = article.authors[0].name
        await press(pilot, "right_parenthesis", "Y")
        source = f"出处：{author}. {article.headline}[N]. 人民日报, 2025-01-02(4)."
        assert app.clipboard == f"{sentence(article, 0)}\n{source}"
        assert "with its source" in notifications(app)


@run
async def test_shift_y_names_a_library_page_from_the_library_folder(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """A page of no known paper or date is named under the copied citation (`来源文件：`): by its full
    resolved path, where `duba corrections export` names it from the folder added to the library. Both
    name it from the library's folder now."""
    from reader.cli import main

    page = tmp_path / "papers" / "scans" / "page.txt"
    page.parent.mkdir(parents=True)
    page.write_text("　　一段没有报名和日期的文字。还有第二句。\n\n　　第二段也没有。\n", encoding="utf-8")
    assert main(["library", "add", str(tmp_path / "papers")]) == 0
    async with running_app((120, 40), paths=(page,)) as (app, pilot):
        await press(pilot, "right_parenthesis", "Y")
        assert app.clipboard.endswith("\n来源文件：papers/scans/page.txt"), app.clipboard


@run
async def test_m_after_a_search_bookmarks_the_sentence_of_the_hit(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """A search for a phrase, enter (the article opens at its hit), then `m`: the dialog offered the
    article's first sentence, paragraphs above the hit. The cursor starts at the hit's sentence when
    the hit is on screen (`y` and `Y` take it too)."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *"绿色服务通道", "enter")
        article = main_screen(app).pane.article
        assert article is not None and not sentence(article, 0).count("绿色服务通道")
        await press(pilot, "m")
        assert isinstance(app.screen, BookmarkDialog)
        await press(pilot, "enter")
        await press(pilot, "Y")
        assert "绿色服务通道" in app.clipboard.splitlines()[0]
    [saved] = stored(tmp_path)
    exact = saved["selector"][0]["exact"]  # type: ignore[index]
    assert "绿色服务通道" in exact and exact in article.text


@run
async def test_escape_cancels_the_bookmark(running_app: RunningApp, tmp_path: Path) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "m", *"abc", "escape")
        assert app.screen is main_screen(app)
        assert not main_screen(app).pane.highlights("bookmarks")
    assert stored(tmp_path) == []


@run
async def test_mouse_selection_is_what_m_bookmarks(running_app: RunningApp, tmp_path: Path) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        pane = screen.pane
        text = app.library.articles[0].text
        start = text.index("极薄高性能电解铜箔")
        line = pane.line_for_offset(start)
        assert line is not None
        # drag across the pane: Textual reports (character, line) pairs, the pane turns them into offsets
        row = pane.line_text(line)
        x = row.index("极薄高性能")
        screen.selections = {pane: Selection(Offset(x, line), Offset(x + 9, line))}
        await pilot.pause()
        assert pane.selection_span() == (start, start + 9)
        assert app.screen.get_selected_text() == "极薄高性能电解铜箔"
        await press(pilot, "m", "enter")
        assert not screen.selections  # the selection was used up
    [record] = stored(tmp_path)
    assert record["selector"][0]["exact"] == "极薄高性能电解铜箔"  # type: ignore[index]


@run
async def test_mouse_drag_selects_article_text(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        pane = main_screen(app).pane
        await pilot.mouse_down(pane, offset=(10, 8))
        await pilot.hover(pane, offset=(20, 9))
        await pilot.mouse_up(pane, offset=(20, 9))
        await pilot.pause()
        span = pane.selection_span()
        assert span is not None
        selected = app.library.articles[0].text[span[0] : span[1]]
        assert len(selected) > 10
        assert app.screen.get_selected_text() == selected  # what ctrl+c copies


@run
async def test_store_opens_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    original = BookmarkStore.__init__

    def spy(self: BookmarkStore, path: Path | None = None) -> None:
        threads.append(threading.current_thread())
        original(self, path)

    monkeypatch.setattr(BookmarkStore, "__init__", spy)
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert main_screen(app).bookmarker.shelf is not None
    assert threads and all(t is not threading.main_thread() for t in threads)


@run
async def test_a_corrupt_bookmark_file_is_moved_aside_and_reported(
    running_app: RunningApp, tmp_path: Path
) -> None:
    store_path(tmp_path).write_text('{"bookmarks": {"x": {', encoding="utf-8")
    async with running_app((120, 40)) as (app, pilot):
        assert "corrupt" in notifications(app)
        await press(pilot, "m", "enter")  # the store works (empty) after the warning
    assert len(stored(tmp_path)) == 1
    assert list((tmp_path / "data").glob("bookmarks.json.corrupt-*"))


@run
async def test_a_cut_off_bookmark_file_gives_back_its_whole_bookmarks_and_says_how_many(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """A bookmarks.json cut off mid-write (a full disk, a copy interrupted) was moved aside whole and
    the reader started with no bookmarks: two good ones gone from B for one damaged line. The whole
    ones are in the new file, B lists them, the notice counts them and the lost one, and the moved
    file is kept as it was."""
    path = store_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    async with running_app((120, 40)) as (app, pilot):
        for n in range(3):
            await press(pilot, *["right_parenthesis"] * (n + 1), "m", *f"note{n}", "enter")
    whole = path.read_bytes()
    assert len(stored(tmp_path)) == 3
    last = whole.rindex(b'"note":')  # cut inside the last line's note: that bookmark is damaged
    cut = whole[: last + 9]
    notes = [b["note"] for b in json.loads(whole)["bookmarks"].values()]
    lost = next(note for note in notes if f'"note":"{note}"'.encode() in whole[last:])
    path.write_bytes(cut)
    async with running_app((120, 40)) as (app, pilot):
        said = notifications(app)
        assert "2 bookmarks recovered" in said and "1 damaged entry lost" in said
        await press(pilot, "B")
        text = screen_text(app)
        assert sum(f"note{n}" in text for n in range(3)) == 2 and lost not in text
    assert sorted(b["note"] for b in stored(tmp_path)) == sorted({"note0", "note1", "note2"} - {lost})
    (moved,) = (tmp_path / "data").glob("bookmarks.json.corrupt-*")
    assert moved.read_bytes() == cut


@run
async def test_bookmarking_leaves_no_lock_file_in_the_data_folder(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """An empty bookmarks.json.lock stayed beside the bookmarks after every run that bookmarked."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "right_parenthesis", "m", *"note", "enter")
    assert [b["note"] for b in stored(tmp_path)] == ["note"]
    assert sorted(p.name for p in (tmp_path / "data").iterdir() if "bookmarks" in p.name) == [
        "bookmarks.json"
    ]


@run
async def test_a_bookmark_file_that_cannot_be_opened_is_named_again_when_m_is_pressed(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """A file that is not duba's is left as it is and the start says so; m and B said "The bookmarks are
    still opening." for as long as the reader ran, as if waiting would help. They say what is wrong, and
    once the file has been moved out of the way the next press opens a new store."""
    store_path(tmp_path).write_text("not duba's: a shopping list\n", encoding="utf-8")
    async with running_app((120, 40)) as (app, pilot):
        assert "not a duba bookmark file" in notifications(app)
        for key in ("m", "B"):
            before = len(notices(app))
            await press(pilot, key)
            await settle(pilot)
            said = " ".join(notices(app)[before:])
            assert "still opening" not in said and "not a duba bookmark file" in said
            assert app.screen is main_screen(app)
        store_path(tmp_path).rename(tmp_path / "shopping.txt")
        await press(pilot, "m")  # tried again: a new store, and the dialog
        await settle(pilot)
        assert isinstance(app.screen, BookmarkDialog)
        await press(pilot, "enter")
    assert len(stored(tmp_path)) == 1


@run
async def test_orphans_are_listed_with_their_quote(tmp_path: Path) -> None:
    app = DubaApp([PAGE])
    page_name = PAGE.name
    gone = Article(
        id="gone", headline="消失的文章", paragraphs=["这段文字在打开的页面里找不到了。"], page=page_name
    )
    elsewhere = Article(id="far", headline="别处的文章", paragraphs=["另一页上的一句话。"], page="other.txt")
    with BookmarkStore(store_path(tmp_path)) as store:
        store.add(gone, None, 0, len(gone.text), note="orphan note")
        store.add(elsewhere, None, 0, len(elsewhere.text))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "B")
        text = screen_text(app)
        assert "原文已不见 orphaned" in text and "这段文字在打开的页面里找不到了" in text
        assert "页面未打开 page not open" in text and "另一页上的一句话" in text
        listing = bookmarks_screen(app)
        ids = [e.bookmark.headline for e in listing.bookmark_list.entries]
        assert ids == ["别处的文章", "消失的文章"]  # newest first
        await press(pilot, "down", "enter")
        assert "orphaned" in notifications(app)
        assert app.screen is main_screen(app)


@run
async def test_edit_note_from_the_list(running_app: RunningApp, tmp_path: Path) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "m", *"old", "enter", "B", "ctrl+e")
        assert isinstance(app.screen, BookmarkDialog)
        await press(pilot, "backspace", "backspace", "backspace", *"new", "tab", *"t1", "enter")
        assert isinstance(app.screen, BookmarksScreen)
        assert "new" in screen_text(app) and "#t1" in screen_text(app)
    [record] = stored(tmp_path)
    assert record["note"] == "new" and record["tags"] == ["t1"]


@pytest.mark.parametrize("size", [(40, 12), (60, 20), (120, 40)])
@run
async def test_bookmark_dialog_fits_the_screen(running_app: RunningApp, size: tuple[int, int]) -> None:
    """Borders and both fields on screen, nothing scrolled away, at every size (40 x 12 included)."""
    async with running_app(size) as (app, pilot):
        await press(pilot, "m", *"note", "tab", *"tag", "enter", "B", "ctrl+e")
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)
        screen_region = dialog.region
        box = dialog.query_one("#bookmark-dialog")
        assert screen_region.contains_region(box.region)
        assert box.max_scroll_y == 0 and dialog.max_scroll_y == 0
        for field in ("#bookmark-note", "#bookmark-tags"):
            assert box.region.contains_region(dialog.query_one(field).region)
        lines = screen_text(app).split("\n")
        assert sum("╭" in line and line.rstrip().endswith("╮") for line in lines) == 1
        assert sum("╰" in line and line.rstrip().endswith("╯") for line in lines) == 1


@pytest.mark.parametrize("size", [(20, 6), (30, 9)])
@run
async def test_a_tiny_terminal_keeps_the_quote_and_the_fields_names_in_the_bookmark_dialog(
    running_app: RunningApp, size: tuple[int, int]
) -> None:
    """At 20 x 6 the dialog scrolled to the note field: the passage and the label "笔记 Note" were above
    the box's top, so nothing said what was being bookmarked or what the field was for. A terminal under
    10 rows shows a line of the passage, the note's label and both fields (the tags named in their
    placeholder), with no scrolling."""
    async with running_app(size) as (app, pilot):
        await press(pilot, "m")
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)
        box = dialog.query_one("#bookmark-dialog")
        for key in ("", "tab"):
            if key:
                await press(pilot, key)
            assert box.max_scroll_y == 0 and dialog.max_scroll_y == 0
            for part in ("#bookmark-quote", "#bookmark-note", "#bookmark-tags"):
                assert box.region.contains_region(dialog.query_one(part).region)
            text = screen_text(app)
            assert "笔记" in text and "标签" in text
            assert dialog.quote.split()[0][:3] in text.replace("│", "").replace(" ", "")


@run
async def test_tab_into_a_field_keeps_its_text(running_app: RunningApp, tmp_path: Path) -> None:
    """Editing: tab into Tags puts the cursor at the end; the first key typed adds, never replaces."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "m", *"note", "tab", *"old", "enter", "B", "ctrl+e")
        assert isinstance(app.screen, BookmarkDialog)
        await press(pilot, "tab", "space", *"new", "shift+tab", *"s", "enter")
    [record] = stored(tmp_path)
    assert record["note"] == "notes" and record["tags"] == ["old", "new"]


@run
async def test_keys_are_in_the_help_and_the_palette(running_app: RunningApp) -> None:
    async with running_app((120, 60)) as (app, pilot):
        titles = [c.title for c in reader_commands(main_screen(app))]  # what ReaderCommands offers
        assert "Bookmarks" in titles and "Bookmark passage" in titles
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = "\n".join(e.binding_id for _, entries in app.screen.sections for e in entries)
        for binding_id in (
            "next_sentence",
            "previous_sentence",
            "next_paragraph",
            "previous_paragraph",
            "extend_selection",
            "shrink_selection",
            "copy_passage",
            "bookmark_passage",
            "bookmarks",
            "jump_to_bookmark",
            "edit_bookmark",
            "delete_bookmark",
            "undo_delete",
            "cancel_bookmark",
        ):
            assert binding_id in help_text


@run
async def test_keymap_rebinds_bookmark_keys(running_app: RunningApp, tmp_path: Path) -> None:
    (tmp_path / "config" / "config.toml").write_text(
        '[keymap]\nbookmark_passage = "M"\nnext_sentence = "full_stop"\n', encoding="utf-8"
    )
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "full_stop", "full_stop")
        assert main_screen(app).bookmarker.passage.span() == sentences(app.library.articles[0].text)[1][:2]
        await press(pilot, "M")
        assert isinstance(app.screen, BookmarkDialog)


@run
async def test_bookmark_list_cuts_by_cell_width(running_app: RunningApp, tmp_path: Path) -> None:
    long = Article(id="a", headline="标题" * 40, paragraphs=["很长的句子" * 60 + "。"], page="p.txt")
    with BookmarkStore(store_path(tmp_path)) as store:
        store.add(long, None, 0, len(long.text), note="笔记" * 80, tags="甲 乙")
    async with running_app((60, 20)) as (app, pilot):
        await press(pilot, "B")
        bookmark_list = app.screen.query_one(BookmarkList)
        width = bookmark_list.scrollable_content_region.width
        for y in range(3):
            assert bookmark_list.render_line(y).cell_length == width
        assert "…" in screen_text(app)


@run
async def test_keys_typed_in_one_burst_after_m_and_B_are_kept(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        for char in "mhello":  # as a paste or a slow link delivers them: all queued before any is handled
            app.post_message(events.Key(char, char))
        await settle(pilot)
        assert isinstance(app.screen, BookmarkDialog)
        assert app.screen.query_one("#bookmark-note", Input).value == "hello"
        await press(pilot, "enter")
        assert not main_screen(app).view.show_entities  # the e was typed, not the names key
        for char in "B人才":
            app.post_message(events.Key(char, char))
        await settle(pilot)
        listing = bookmarks_screen(app)
        assert listing.filter_box.value == "人才"


@run
async def test_tab_typed_in_a_burst_in_the_bookmark_dialog_moves_the_rest_to_the_tags(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "m")
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)
        # a slow link delivers "note", tab, "tags" at once: all queued before any is handled
        for key, char in [*((c, c) for c in "note"), ("tab", "\t"), *((c, c) for c in "tags")]:
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert dialog.query_one("#bookmark-note", Input).value == "note"
        assert dialog.query_one("#bookmark-tags", Input).value == "tags"


@run
async def test_a_bookmark_not_saved_in_a_read_only_folder_keeps_the_note(
    running_app: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a read-only data folder, saving says so in words (not `[Errno 30] …json.lock`) and the dialog
    stays open with the note and tags as typed; once the folder can be written, enter saves them."""
    async with running_app((120, 40)) as (app, pilot):
        with monkeypatch.context() as patch:
            read_only(patch, tmp_path / "data")
            await press(pilot, "right_parenthesis", "m", *"key quote", "tab", *"energy", "enter")
            dialog = app.screen
            assert isinstance(dialog, BookmarkDialog)  # still open
            assert dialog.query_one("#bookmark-note", Input).value == "key quote"
            assert dialog.query_one("#bookmark-tags", Input).value == "energy"
            shown = screen_text(app) + notifications(app)
            assert "Errno" not in shown
            assert "cannot be written because it is on a read-only file system" in shown
            assert "Your note is kept" in screen_text(app)
            assert stored(tmp_path) == []
        await press(pilot, "enter")  # the folder can be written again
        assert app.screen is main_screen(app)
        assert "Bookmarked" in notifications(app)
        # editing the note in the list (B, ^e) keeps it the same way
        await press(pilot, "B", "ctrl+e", *" more")
        with monkeypatch.context() as patch:
            read_only(patch, tmp_path / "data")
            await press(pilot, "enter")
            assert isinstance(app.screen, BookmarkDialog)
            assert app.screen.query_one("#bookmark-note", Input).value == "key quote more"
    [record] = stored(tmp_path)
    assert (record["note"], record["tags"]) == ("key quote", ["energy"])


@run
async def test_a_delete_refused_in_a_read_only_folder_says_where_bookmarks_can_be_kept(
    running_app: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting (and restoring) in the list in a read-only data folder said only "the folder … cannot
    be written"; like a save, it now says that nothing changed and how to keep bookmarks elsewhere."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "right_parenthesis", "m", *"key quote", "enter", "B")
        with monkeypatch.context() as patch:
            read_only(patch, tmp_path / "data")
            await press(pilot, "delete")
            said = notifications(app).splitlines()[-1]
            assert said.startswith("Bookmark not deleted: The folder") and "read-only file system" in said
            assert "Nothing was changed. To keep bookmarks elsewhere, start duba with DUBA_DB=FILE." in said
    assert [record["note"] for record in stored(tmp_path)] == ["key quote"]


@run
async def test_a_note_typed_while_another_duba_deletes_the_bookmark_is_kept(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """Two dubas open: while one edits a bookmark's note, the other deletes the bookmark. Enter said
    "That bookmark was deleted meanwhile" and closed the dialog, the note typed lost. The dialog stays
    open with the note and says so; enter keeps the bookmark again, with its passage and the note."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "right_parenthesis", "m", *"old", "tab", *"t1", "enter", "B", "ctrl+e")
        [before] = stored(tmp_path)
        await press(pilot, *" and new")
        with BookmarkStore(store_path(tmp_path)) as other:  # the other duba
            other.delete(str(before["id"]))
        assert stored(tmp_path) == []
        await press(pilot, "enter")
        dialog = app.screen
        assert isinstance(dialog, BookmarkDialog)  # still open, the note as typed
        assert dialog.query_one("#bookmark-note", Input).value == "old and new"
        assert "deleted meanwhile" in screen_text(app) and "Enter keeps it again" in screen_text(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, BookmarksScreen)
        assert "old and new" in screen_text(app)
        assert "kept again" in notifications(app)
        await press(pilot, "enter")  # and it still leads to its passage
        assert main_screen(app).pane.highlights("bookmarks")
    [after] = stored(tmp_path)
    assert (after["note"], after["tags"]) == ("old and new", ["t1"])
    assert (after["id"], after["selector"], after["headline"]) == (
        before["id"],
        before["selector"],
        before["headline"],
    )


@run
async def test_escape_lets_a_bookmark_deleted_meanwhile_go(running_app: RunningApp, tmp_path: Path) -> None:
    """Escape after being told the bookmark was deleted meanwhile: it stays deleted and leaves the list."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "right_parenthesis", "m", *"old", "enter", "B", "ctrl+e")
        [before] = stored(tmp_path)
        with BookmarkStore(store_path(tmp_path)) as other:
            other.delete(str(before["id"]))
        await press(pilot, "enter", "escape")
        assert isinstance(app.screen, BookmarksScreen)
        assert "No bookmarks yet" in screen_text(app)
    assert stored(tmp_path) == []
