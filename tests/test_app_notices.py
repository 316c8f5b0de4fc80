"""Pages that open but hold nothing are announced in the reader, not shown as a silent blank."""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path

import pytest

from tests.apptest import RunningApp, notices, notifications, run, screen_text, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_an_empty_page_gets_a_visible_notice(temp_dirs: Path) -> None:
    from reader.app.app import DubaApp

    empty = temp_dirs / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    page = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"

    async def check() -> None:
        app = DubaApp([page, empty])
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(40):
                await pilot.pause()
                await app.workers.wait_for_complete()
                if app.library.articles:
                    break
            await pilot.pause()
            messages = notices(app)
            assert "empty.txt: the page is empty (no text found)" in messages
            assert len(app.library.articles) == 8  # the other page still opens

    asyncio.run(check())


@run
async def test_a_page_mixing_encodings_opens_and_the_reader_says_which_line(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    mixed = temp_dirs / "mixed.txt"
    gb = "　　人民日报社论：坚持改革开放不动摇，把经济建设搞上去。\n".encode("gb18030")
    mixed.write_bytes(gb * 2 + "　　这一段是从网页上复制来的，编码是统一码。\n".encode() + gb)
    async with running_app((120, 40), paths=[mixed]) as (app, pilot):
        assert "mixed.txt: read as GB18030, but line 3 as UTF-8 (the page mixes both)" in notices(app)
        assert "编码是统一码" in screen_text(app)


@run
async def test_a_page_with_a_few_nul_bytes_opens_and_the_reader_says_what_was_dropped(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    """It was refused as a binary file: "nul.txt: looks like a binary file", nothing to read."""
    page = temp_dirs / "nul.txt"
    line = "　　某县推进乡村道路建设，今年新修道路一百公里。\n"
    page.write_bytes((line * 3).replace("乡村", "乡\x00村", 1).encode())
    async with running_app((120, 40), paths=[page]) as (app, pilot):
        assert "nul.txt: line 1: 1 NUL byte dropped (the file is unchanged)" in notices(app)
        assert "推进乡村道路建设" in screen_text(app)


@run
async def test_a_notification_gone_after_its_timeout_is_still_read(running_app: RunningApp) -> None:
    """What a test reads does not depend on how fast the machine got there (a notification leaves the
    screen after its timeout, and under load an assertion can come seconds after the key)."""
    async with running_app((80, 24)) as (app, pilot):
        app.notify("书签已删除", title="Bookmark deleted", timeout=0.01)
        await asyncio.sleep(0.05)
        await settle(pilot)
        assert "Bookmark deleted: 书签已删除" in notifications(app)
        assert "书签已删除" in notices(app)


def test_a_worker_posting_to_a_widget_already_removed_stops_quietly() -> None:
    """Closing the reader removes its widgets, then cancels their workers: a loader thread posting its
    progress in between hit NoActiveAppError, which failed the worker and the test that closed the
    reader (test_the_reader_reports_clashing_keys_like_unknown_ids, now and then under load)."""
    from textual.message import Message
    from textual.widget import Widget

    from reader.app.cancel import Cancelled, post_or_stop

    gone = Widget()  # in no app, as a removed widget is
    raised: list[BaseException] = []

    def worker() -> None:  # a thread other than the widget's, as a thread worker is
        try:
            post_or_stop(gone, Message())
        except BaseException as error:  # noqa: BLE001 - what the worker would see
            raised.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert [type(error) for error in raised] == [Cancelled]


@run
async def test_a_page_with_a_gbk_file_name_is_shown_by_that_name(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    """Python decodes a file name that is not UTF-8 with lone surrogates, which the status line drew
    as `\\udcc8\\udccb\\udcc3\\udcf1`; such names are mostly GBK, and are shown as GBK reads them."""
    page = temp_dirs / os.fsdecode(b"\xc8\xcb\xc3\xf1.txt")  # 人民.txt in GBK
    page.write_text("　　坚持改革开放不动摇，把经济建设搞上去。\n", encoding="utf-8")
    async with running_app((120, 40), paths=[page]) as (app, pilot):
        text = screen_text(app)
        assert "人民" in text and "\\udc" not in text and "改革开放" in text


@run
async def test_an_empty_page_is_one_row_saying_so_with_nothing_to_open(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    """It was a group "▾ empty   0篇" with nothing under it, opening and closing on enter: it looked
    like a page whose articles failed to show. Its row says the page is empty and has no ▸/▾."""
    empty = temp_dirs / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    page = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"
    async with running_app((120, 40), paths=[page, empty]) as (app, pilot):
        (row,) = [line[:36] for line in screen_text(app).splitlines() if "empty" in line[:36]]
        assert "空页 empty" in row and "0篇" not in row and "▾" not in row and "▸" not in row


@run
async def test_a_reader_with_nothing_to_read_says_why_where_it_stays(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    """`duba binary.txt` or `duba empty.txt`: why there is nothing to read was said in a notice that
    leaves after ten seconds; then the pane said only "没有文章  No articles found". It says why, for
    each file, where it stays. A page with text but no article (only its masthead lines) is not called
    empty, and every file is named alike, by its name (a full path stood beside base names)."""
    from rich.cells import cell_len

    from tests.apptest import main_screen

    binary = temp_dirs / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    empty = temp_dirs / "blank.txt"
    empty.write_text("\n\n", encoding="utf-8")
    masthead = temp_dirs / "masthead.txt"
    masthead.write_text("第7版  要闻\n2031年3月5日  星期三\n", encoding="utf-8")
    async with running_app((120, 40), paths=[binary, empty, masthead]) as (app, pilot):
        app.clear_notifications()
        await settle(pilot)
        pane = main_screen(app).pane.region
        rows = screen_text(app).splitlines()[pane.y : pane.bottom]

        def cells(row: str, start: int, end: int) -> str:
            at, out = 0, ""
            for ch in row:
                if start <= at < end:
                    out += ch
                at += cell_len(ch)
            return out

        said = "".join("".join(cells(row, pane.x, pane.right).split()) for row in rows)  # (wrapped lines)
        assert said.startswith("没有文章Noarticlesfound:"), said
        assert "scan.txt:lookslikeabinaryfile" in said and "blank.txt:thepageisempty" in said, said
        assert "masthead.txt:noarticle" in said and "masthead.txt:thepageisempty" not in said, said
        assert "/" not in said, said  # (no folder named)
