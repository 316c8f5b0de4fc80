"""Pilot tests of search results in an archive: each shows the date and page it was printed on, and ctrl+o
sorts them by date or by relevance, the list's heading saying which (issue 12, "Search within a period")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.cells import set_cell_size
from textual.pilot import Pilot

from reader.app.app import DubaApp
from tests.apptest import RunningApp, main_screen, press, run, screen_text, settle
from tests.pagegen import Item, build_page
from tests.test_app_sidebar_tree import write_archive

pytestmark = pytest.mark.usefixtures("temp_dirs")

BEST = [
    "营商环境是发展的土壤。优化营商环境，就是解放生产力；提升营商环境，就是提高竞争力。",
    "今年，市里把营商环境建设列为一号工程，营商环境评价连续两年位居全省前列。",
]


def archive_with_a_best_match(root: Path) -> Path:
    """The sidebar tests' archive, plus a last issue (1998-01-09) whose article is all about 营商环境:
    the best match by relevance, the last by date."""
    write_archive(root)
    folder = root / "rmrb" / "1998-01-09"
    folder.mkdir(parents=True)
    text = build_page([Item(BEST, headline="营商环境再优化", byline_lines=["■ 本报记者 贺  勇"])])[0]
    (folder / "03.txt").write_text(text, encoding="utf-8")
    return root


def result_rows(app: DubaApp) -> list[tuple[str, str]]:
    """(headline, date and page) of each result listed."""
    rows = main_screen(app).sidebar.rows
    return [(row.label, row.aside) for row in rows if row.article >= 0 and row.kind != "snippet"]


@run
async def test_results_show_date_and_page_and_sort_by_date_or_relevance(
    running_app: RunningApp, tmp_path: Path
) -> None:
    async with running_app((120, 40), paths=[archive_with_a_best_match(tmp_path / "papers")]) as (app, pilot):
        await press(pilot, "slash", *"营商环境")
        sidebar = main_screen(app).sidebar
        assert sidebar.rows[0].aside == "按相关" and "按相关" in screen_text(app)
        by_relevance = result_rows(app)
        assert by_relevance[0] == ("营商环境再优化", "1998-01-09 第3版")
        assert "1998-01-09 第3版" in screen_text(app)
        assert ("五日一版便民举措落地", "1998-01-05 第1版") in by_relevance
        assert "^o Sort" in screen_text(app).splitlines()[-1]  # in the footer while searching

        await press(pilot, "ctrl+o")  # from the box: by date
        assert sidebar.rows[0].aside == "按日期" and "按日期" in screen_text(app)
        by_date = result_rows(app)
        assert sorted(by_date) == sorted(by_relevance)
        dates = [aside.split()[0] for _, aside in by_date]
        assert dates == sorted(dates) and by_date[-1] == ("营商环境再优化", "1998-01-09 第3版")

        await press(pilot, "enter", "tab")  # read one, then back in the list of results: the key works there
        assert app.focused is sidebar
        await press(pilot, "ctrl+o")
        assert sidebar.rows[0].aside == "按相关" and result_rows(app) == by_relevance


@run
async def test_results_on_a_single_page_carry_no_date(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *"聊城")
        rows = main_screen(app).sidebar.rows
        assert rows[0].aside == "按相关"
        assert len(rows) > 2 and all(not row.aside for row in rows[1:])


@run
async def test_results_from_several_papers_name_their_paper(running_app: RunningApp, tmp_path: Path) -> None:
    async with running_app((120, 40), paths=[archive_with_a_best_match(tmp_path / "papers")]) as (app, pilot):
        await press(pilot, "slash", *"营商环境")
        lines = screen_text(app).splitlines()
        width = main_screen(app).sidebar.outer_size.width
        shown = [set_cell_size(line, width).rstrip() for line in lines]
        for headline, paper in (("营商环境再优化", "人民日报"), ("聊城五日要闻", "聊城日报")):
            at = next(n for n, line in enumerate(shown) if headline in line)
            assert "1998-" in shown[at] and paper not in shown[at]  # the headline keeps its room
            assert (
                shown[at + 1].endswith(paper) and "营商环境" in shown[at + 1]
            )  # its snippet names the paper


def test_archive_results_snapshot(snap_compare: Any, tmp_path: Path) -> None:
    """Results in an archive by date: the heading says so, each headline with its date and page."""
    root = archive_with_a_best_match(tmp_path / "papers")

    async def search_by_date(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, "slash", *"营商环境", "ctrl+o")

    assert snap_compare(DubaApp([root]), terminal_size=(120, 40), run_before=search_by_date)


@run
async def test_a_result_on_a_page_numbered_past_nine_still_shows_its_date(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """A paper of 16 or 24 pages: "1998-01-09 第12版" is one cell wider than "第3版", and the whole aside
    was dropped (half the label's room at the list's width): half the results of a real archive showed no
    date. What fits is shown: the date alone when the page number does not fit."""
    root = write_archive(tmp_path / "papers")
    folder = root / "rmrb" / "1998-01-09"
    folder.mkdir(parents=True)
    text = build_page([Item(BEST, headline="营商环境再优化", byline_lines=["■ 本报记者 贺  勇"])])[0]
    (folder / "12.txt").write_text(text, encoding="utf-8")
    async with running_app((120, 40), paths=[root]) as (app, pilot):
        await press(pilot, "slash", *"营商环境")
        assert result_rows(app)[0] == ("营商环境再优化", "1998-01-09 第12版")
        width = main_screen(app).sidebar.outer_size.width
        shown = [set_cell_size(line, width).rstrip() for line in screen_text(app).splitlines()]
        row = next(line for line in shown if "营商环境再优" in line)
        # and its page, at the list's width at 120 columns (33 cells: the label keeps 16, half rounded
        # down; the walk of s30 found every result past page 9 without it there)
        assert "1998-01-09 第12版" in row, "\n".join(shown)


@run
async def test_a_story_printed_in_two_papers_says_where_else_it_is(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """One story printed word for word in 人民日报 and 聊城日报 is one result (the CLI says "and 1
    identical"); the reader's list said nothing of the other copy."""
    root = archive_with_a_best_match(tmp_path / "papers")
    copy = (root / "rmrb" / "1998-01-09" / "03.txt").read_text(encoding="utf-8")
    # another file (a byte-identical one is read once), the same story on it
    (root / "lcrb" / "聊城日报_19980110_02.txt").write_text(copy + "\n\n", encoding="utf-8")
    async with running_app((120, 40), paths=[root]) as (app, pilot):
        await press(pilot, "slash", *"营商环境")
        width = main_screen(app).sidebar.outer_size.width
        shown = [set_cell_size(line, width).rstrip() for line in screen_text(app).splitlines()]
        at = next(n for n, line in enumerate(shown) if "营商环境再优化" in line)
        listed, other = ("1998-01-10", "人民日报 1998-01-09 第3版")
        if "1998-01-09" in shown[at]:
            listed, other = ("1998-01-09", "聊城日报 1998-01-10 第2版")
        assert listed in shown[at] and other.split()[0] not in shown[at + 1]  # the copy listed
        assert shown[at + 2].strip() == "and 1 identical:" and shown[at + 3].strip() == other
        assert len([line for line in shown if "营商环境再优化" in line]) == 1  # still one result


@run
async def test_copies_of_a_story_on_one_page_are_named_once(running_app: RunningApp, tmp_path: Path) -> None:
    """A page that prints the same story several times (a file saved twice over, a repeated item) is one
    result, "and 3 identical:"; under it the list named the same page once per copy, "page.txt" line
    after line. Each place is named once, with how many copies it holds."""
    from tests.apptest import PAGE

    page = tmp_path / "pages" / "repeated.txt"
    page.parent.mkdir()
    page.write_text("\n\n".join([PAGE.read_text(encoding="utf-8")] * 4), encoding="utf-8")
    async with running_app((120, 40), paths=[page.parent]) as (app, pilot):
        await press(pilot, "slash", *"宠物食品")
        width = main_screen(app).sidebar.outer_size.width
        shown = [set_cell_size(line, width).strip() for line in screen_text(app).splitlines()]
        at = next(n for n, line in enumerate(shown) if line.startswith("and 3 identical"))
        places = []
        for line in shown[at + 1 :]:
            if not line or line.startswith(("and ", "…")) or "宠物" in line:
                break
            places.append(line)
        assert len(places) == 1 and places[0].endswith("×3"), shown[at - 3 : at + 4]


@run
async def test_a_period_alone_is_listed_by_date_and_says_so(running_app: RunningApp, tmp_path: Path) -> None:
    # `date:1998-01` alone lists the month by date, but the heading said 按相关 (by relevance), and ctrl+o
    # flipped it to 按日期 and back while the list stayed as it was
    async with running_app((120, 40), paths=[archive_with_a_best_match(tmp_path / "papers")]) as (app, pilot):
        await press(pilot, "slash", *"date:1998-01")
        sidebar = main_screen(app).sidebar
        listed = result_rows(app)
        dates = [aside.split()[0] for _headline, aside in listed]
        assert len(dates) > 4 and dates == sorted(dates)
        assert sidebar.rows[0].aside == "按日期"
        await press(pilot, "ctrl+o")
        assert sidebar.rows[0].aside == "按日期" and result_rows(app) == listed
