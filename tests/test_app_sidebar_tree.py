"""Pilot tests of the sidebar's paper → date → page tree: counts on screen, keys that open and close groups,
and the tree following the article being read (issue 12, "Moving through time")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len, set_cell_size
from textual.pilot import Pilot

from reader.app.app import DubaApp
from tests.apptest import RunningApp, main_screen, press, run, screen_text, settle, text_once_shown, where
from tests.pagegen import Item, build_page

pytestmark = pytest.mark.usefixtures("temp_dirs")

BODIES = [
    [
        "为进一步优化营商环境，市里推出了一批便民利企新举措，涵盖企业开办、工程审批、不动产登记等多个领域。",
        "在政务服务大厅，前来办事的群众可以在综合窗口一次提交全部材料，办结时间平均缩短了一半以上。",
        "下一步，有关部门还将梳理高频事项清单，推动更多事项网上办、掌上办、就近办。",
    ],
    [
        "读书是一种习惯，更是一种修养。在碎片化阅读越来越普遍的今天，静下心来读完一本好书显得尤为可贵。",
        "有人说，阅读的意义不在于记住了多少内容，而在于它潜移默化地塑造了我们看待世界的方式。",
        "让我们把书香融入日常，在字里行间与更好的自己相遇。",
    ],
]
DAYS = {"1998-01-05": "五", "1998-01-06": "六", "1998-01-08": "八"}


def page_text(*headlines: str) -> str:
    """A page with one article per headline, each with a byline (laid out by tests.pagegen)."""
    items = [
        Item(BODIES[n % 2], headline=headline, byline_lines=["■ 本报记者 贺  勇"])
        for n, headline in enumerate(headlines)
    ]
    return build_page(items)[0]


def write_archive(root: Path) -> Path:
    """人民日报 on three days, two pages of two articles each; 聊城日报 on two days, one page each."""
    for day, name in DAYS.items():
        folder = root / "rmrb" / day
        folder.mkdir(parents=True, exist_ok=True)
        for page, number in ((1, "一"), (2, "二")):
            text = page_text(f"{name}日{number}版便民举措落地", f"{name}日{number}版书香融入日常")
            (folder / f"{page:02d}.txt").write_text(text, encoding="utf-8")
    (root / "lcrb").mkdir()
    for day, name in (("19980105", "五"), ("19980107", "七")):
        text = page_text(f"聊城{name}日要闻")
        (root / "lcrb" / f"聊城日报_{day}_01.txt").write_text(text, encoding="utf-8")
    return root


def sidebar_lines(app: DubaApp) -> list[str]:
    """The sidebar's lines as shown (cut at its width), trailing spaces dropped."""
    width = main_screen(app).sidebar.outer_size.width
    return [set_cell_size(line, width).rstrip() for line in screen_text(app).splitlines()]


def in_sidebar(app: DubaApp, text: str) -> bool:
    return any(text in line for line in sidebar_lines(app))


def line_with(app: DubaApp, text: str) -> str:
    found = [line for line in sidebar_lines(app) if text in line]
    assert found, f"{text!r} not in the sidebar:\n" + "\n".join(sidebar_lines(app))
    return found[0]


@run
async def test_the_tree_shows_papers_dates_counts_and_follows_the_reader(
    running_app: RunningApp, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[write_archive(tmp_path / "papers")]) as (app, pilot):
        assert where(app) == ("人民日报", "1998-01-05", "1")
        assert "▾ 人民日报" in line_with(app, "人民日报") and line_with(app, "人民日报").endswith("3期 12篇")
        # the issue being read is open, down to its articles; the other issues are closed
        assert line_with(app, "1998-01-05").endswith("2版 4篇") and "▾" in line_with(app, "1998-01-05")
        assert "▸" in line_with(app, "1998-01-06") and in_sidebar(app, "五日一版便民举措落地")
        assert not in_sidebar(app, "六日一版便民举措落地")
        await press(pilot, "greater_than_sign")  # next issue: the tree follows
        assert where(app) == ("人民日报", "1998-01-06", "1")
        assert "▸" in line_with(app, "1998-01-05") and "▾" in line_with(app, "1998-01-06")
        assert in_sidebar(app, "六日一版便民举措落地") and not in_sidebar(app, "五日一版便民举措落地")
        sidebar = main_screen(app).sidebar
        assert sidebar.current_article == main_screen(app).current
        # the other paper, a single page an issue: date and page on one row
        assert "▸ 1998-01-05  第1版" in line_with(app, "1998-01-05  第1版")


@run
async def test_keys_open_and_close_groups_in_the_list(running_app: RunningApp, tmp_path: Path) -> None:
    async with running_app((120, 40), paths=[write_archive(tmp_path / "papers")]) as (app, pilot):
        main = main_screen(app)
        sidebar = main.sidebar
        await press(pilot, "tab")
        assert app.focused is sidebar and "←/→" in screen_text(app).splitlines()[-1]  # listed in the footer
        await press(pilot, "h")  # on an article: up to its page
        assert sidebar.current_article is None and "▾ 第1版" in sidebar_lines(app)[sidebar.cursor_row or 0]
        await press(pilot, "h")  # on an open group: close it
        assert "▸ 第1版" in line_with(app, "第1版") and not in_sidebar(app, "五日一版便民举措落地")
        assert main.current is not None and where(app) == ("人民日报", "1998-01-05", "1")  # still reading it
        await press(pilot, "enter")  # enter on a group opens (and closes) it too
        assert in_sidebar(app, "五日一版便民举措落地")
        # close the page, up to the date, close it, up to the paper
        await press(pilot, "left", "left", "left", "left")
        assert "▸ 1998-01-05" in line_with(app, "1998-01-05")
        assert not in_sidebar(app, "五日二版书香融入日常")
        assert sidebar_lines(app)[sidebar.cursor_row or 0].startswith("▾ 人民日报")
        await press(pilot, "j", "j", "right")  # down to the 6th, open it (the reader stays where it was)
        assert "▾ 1998-01-06" in line_with(app, "1998-01-06") and in_sidebar(app, "六日一版便民举措落地")
        assert where(app) == ("人民日报", "1998-01-05", "1")
        await press(pilot, "right", "right", "j")  # into the 6th, its first page, its first article
        assert where(app) == ("人民日报", "1998-01-06", "1") and main.sidebar.current_article == main.current
        # opened by hand, the 6th stays open when the reader moves on
        await press(pilot, "tab", "greater_than_sign")
        assert where(app) == ("人民日报", "1998-01-08", "1")
        assert "▾ 1998-01-06" in line_with(app, "1998-01-06") and "▾ 1998-01-08" in line_with(
            app, "1998-01-08"
        )


@run
async def test_the_bundled_page_has_no_group_keys(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        sidebar = main_screen(app).sidebar
        await press(pilot, "tab")
        assert app.focused is sidebar
        assert "←/→" not in screen_text(app).splitlines()[-1]
        assert not any(mark in "\n".join(sidebar_lines(app)) for mark in "▾▸")
        before = sidebar.cursor_row
        await press(pilot, "h", "l")
        assert sidebar.cursor_row == before


def test_sidebar_tree_snapshot(snap_compare: Any, tmp_path: Path) -> None:
    """Two papers: the issue being read open, the others closed, counts at the right."""
    root = write_archive(tmp_path / "papers")

    async def open_list(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("greater_than_sign", "tab")
        await settle(pilot)

    assert snap_compare(DubaApp([root]), terminal_size=(120, 40), run_before=open_list)


@pytest.mark.parametrize("theme", ["nord", "textual-light", "solarized-light"])
@run
async def test_groups_counts_and_result_dates_are_readable(
    running_app: RunningApp, tmp_path: Path, theme: str
) -> None:
    """The tree's rows and their counts, and a result's date and page (muted, at the right): at least 4:1
    (as the themes test asks of muted text), on and off the cursor at least 3:1."""
    from tests.test_app_themes import contrast, text_segments, worst

    async with running_app((120, 40), paths=[write_archive(tmp_path / "papers")]) as (app, pilot):
        app.theme = theme
        await press(pilot, "tab", "h")  # the cursor on a group
        segments = text_segments(app)
        muted = [s for s in segments if re.fullmatch(r"(\d+[期版] +)?\d+篇", s.text.strip())]
        groups = [s for s in segments if s.text.strip().startswith(("▾", "▸"))]
        assert len(muted) >= 4 and len(groups) >= 4
        assert sorted(contrast(s) for s in muted)[1] >= 4, worst(muted)  # one may be on the cursor row
        assert worst(groups + muted)[0] >= 3, worst(groups + muted)
        await press(pilot, "slash", *"便民", "ctrl+o")
        segments = text_segments(app)
        dates = [s for s in segments if re.fullmatch(r"1998-\d\d-\d\d 第\d版", s.text.strip())]
        assert len(dates) >= 4
        assert sorted(contrast(s) for s in dates)[1] >= 4, worst(dates)


@run
async def test_the_article_read_stays_in_the_list_when_the_terminal_shrinks(tmp_path: Path) -> None:
    """A list longer than the screen, the article read near its foot at 120×40: shrinking the terminal
    to 80×24 kept the list's top where it was, and the article read (the cursor's row) was off the
    list, below its foot (seen in the walk). The list scrolls to keep it in view."""
    root = tmp_path / "papers"
    for day in range(1, 31):
        folder = root / "rmrb" / f"1998-01-{day:02d}"
        folder.mkdir(parents=True)
        (folder / "01.txt").write_text(page_text(f"一月{day}日便民举措落地"), encoding="utf-8")
    app = DubaApp([root])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, *["greater_than_sign"] * 28)  # the 29th: its row near the list's foot
        assert where(app) == ("人民日报", "1998-01-29", "1")
        assert in_sidebar(app, "一月29日便民举措落地")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert main_screen(app).sidebar_shown
        assert in_sidebar(app, "一月29日便民举措落地")


@run
async def test_the_counts_of_the_groups_of_a_level_line_up(running_app: RunningApp, tmp_path: Path) -> None:
    """A group's counts end at the list's right edge: "2版 4篇" under "2版 12篇" had its 版 a cell to
    the right of the row above's (a ragged column down an archive's dates). The article counts of a
    level are padded to the widest, so the 版 and the 篇 of every date stand in one column."""
    root = tmp_path / "papers"
    for day, pages in (("1998-01-05", 6), ("1998-01-06", 2), ("1998-01-07", 1)):
        folder = root / "rmrb" / day
        folder.mkdir(parents=True)
        for page in range(1, 3):
            headlines = [f"{day[-1]}日{page}版第{n}篇举措落地" for n in range(pages)]
            (folder / f"{page:02d}.txt").write_text(page_text(*headlines), encoding="utf-8")
    async with running_app((120, 40), paths=[root]) as (app, pilot):
        rows = [line_with(app, day) for day in ("1998-01-05", "1998-01-06", "1998-01-07")]
        assert rows[0].endswith("2版 12篇") and rows[1].endswith("2版  4篇") and rows[2].endswith("2版  2篇")
        for mark in "版篇":
            assert len({cell_len(row[: row.index(mark)]) for row in rows}) == 1, (mark, rows)
        await pilot.resize_terminal(80, 24)  # narrower: the same
        await settle(pilot)
        rows = [line_with(app, day) for day in ("1998-01-05", "1998-01-06", "1998-01-07")]
        assert len({cell_len(row[: row.index("版")]) for row in rows}) == 1, rows


@run
async def test_the_palette_says_where_an_article_was_printed(running_app: RunningApp, tmp_path: Path) -> None:
    """In an archive the palette (ctrl+p, a headline) listed a story printed in several issues as lines of
    one headline over file names alone ("01.txt"): which issue each was could not be told. Each says its
    paper, date and page, then its file."""
    async with running_app((120, 40), paths=[write_archive(tmp_path / "papers")]) as (app, pilot):
        await press(pilot, "ctrl+p", *"日一版便民举措落地")
        text = await text_once_shown(app, pilot, "01.txt")
        for day in DAYS:
            assert f"人民日报 {day} 第1版  01.txt" in text, text


@run
async def test_a_photo_row_whose_caption_opens_with_the_tag_shows_it_once(running_app: RunningApp) -> None:
    """Photo rows are tagged 图; a caption that opens with 图 itself (图②：…, 图为…) read `图 图②：…`."""
    from reader.app.widgets.rows import Row

    async with running_app((120, 40)) as (app, pilot):
        sidebar = main_screen(app).sidebar
        sidebar.set_rows(
            [
                Row("图②：湖边一只白鹭。", 0, "photo", marks=((3, 5),)),
                Row("图为村民晾晒秋粮。", 1, "photo"),
                Row("村民晾晒秋粮。", 2, "photo"),
            ]
        )
        await settle(pilot)
        lines = [line.strip() for line in screen_text(app).splitlines()[:3]]
        assert [line.split("  ")[0] for line in lines] == [
            "图②：湖边一只白鹭。",
            "图为村民晾晒秋粮。",
            "图 村民晾晒秋粮。",
        ]
