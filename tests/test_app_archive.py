"""Pilot tests of reading an archive: plain duba opens the library; dates, issues and pages by key;
the concordance and trend screens from the search box."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reader.app.app import DubaApp
from reader.app.screens.date_dialog import DateDialog
from reader.app.screens.help import KeyTable
from reader.app.screens.kwic import KwicScreen
from reader.app.screens.trend import TrendScreen
from reader.archive.catalogue import Catalogue
from reader.library import Library
from tests.apptest import (
    RunningApp,
    _key_event,
    main_screen,
    notices,
    press,
    run,
    screen_text,
    settle,
    text_once_shown,
    where,
)
from tests.pagegen import Item, build_page

pytestmark = pytest.mark.usefixtures("temp_dirs")


def write_archive(root: Path) -> Path:
    """人民日报 on three days, two pages each; 聊城日报 on one day: one article a page."""
    for day in ("1998-01-05", "1998-01-06", "1998-01-08"):
        for page in (1, 2):
            folder = root / "rmrb" / day
            folder.mkdir(parents=True, exist_ok=True)
            text = f"　　这是{day[-1]}号的第{page}篇文章，经济发展稳中有进。\n\n　　农民收入继续增加。\n"
            (folder / f"{page:02d}.txt").write_text(text, encoding="utf-8")
    (root / "聊城日报_19980105_01.txt").write_text("　　聊城的经济发展很快。\n", encoding="utf-8")
    return root


@run
async def test_plain_start_opens_the_library_and_keys_move_through_it(tmp_path: Path) -> None:
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        assert len(main.library.pages) == 7
        assert where(app) == ("人民日报", "1998-01-05", "1")
        await press(pilot, "full_stop")
        assert where(app) == ("人民日报", "1998-01-05", "2")
        await press(pilot, "greater_than_sign")
        assert where(app) == ("人民日报", "1998-01-06", "1")
        await press(pilot, "greater_than_sign", "greater_than_sign")  # no issue after the 8th
        assert where(app) == ("人民日报", "1998-01-08", "1")
        assert "没有下一期  No next issue" in notices(app)
        await press(pilot, "less_than_sign")
        assert where(app) == ("人民日报", "1998-01-06", "1")
        await press(pilot, "comma")
        assert where(app) == ("人民日报", "1998-01-05", "2")
        # go to a date: a day without an issue opens the next one
        await press(pilot, "D")
        assert isinstance(app.screen, DateDialog)
        await pilot.press(*"1月7日", "enter")
        await settle(pilot)
        assert where(app) == ("人民日报", "1998-01-08", "1")
        # and says so: the typed day is not the day shown (it went on silently, months on in an archive)
        assert "《人民日报》没有 1998-01-07 的一期，这是下一期 1998-01-08" in notices(app)[-1]
        assert "人民日报 has no issue on 1998-01-07: this is the next one, 1998-01-08" in notices(app)[-1]
        # the help says it as it is (it said "its first page, same paper", though D goes to another's)
        await press(pilot, "question_mark")
        [said] = [
            e.description
            for t in app.screen.query(KeyTable)
            for e in t.entries
            if e.binding_id == "goto_date"
        ]
        assert "the paper's issue of that day, else another paper's, else the paper's next one" in said


@run
async def test_an_empty_library_opens_the_sample_and_says_how_to_add(tmp_path: Path) -> None:
    sample = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"
    app = DubaApp(library=Library.for_plain_start(sample))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(main_screen(app).library.pages) == 1
        assert any("duba library add" in n for n in notices(app))


@run
async def test_a_deleted_page_is_reported_on_open(tmp_path: Path) -> None:
    root = write_archive(tmp_path / "papers")
    with Catalogue() as catalogue:
        catalogue.add([root])
    (root / "rmrb" / "1998-01-08" / "02.txt").unlink()
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(main_screen(app).library.pages) == 6
        assert any("02.txt: no longer found" in n for n in notices(app))


@run
async def test_concordance_and_trend_from_the_search_box(tmp_path: Path) -> None:
    root = write_archive(tmp_path / "papers")
    app = DubaApp([root])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        await press(pilot, "K")
        assert not isinstance(app.screen, KwicScreen)  # nothing typed yet: told to search first
        assert any("search box" in n for n in notices(app))
        await press(pilot, "slash")
        await pilot.press(*"经济")
        await settle(pilot)
        await press(pilot, "enter")  # opens the best result; the query stays in the box
        await press(pilot, "K")
        assert isinstance(app.screen, KwicScreen)
        await settle(pilot)
        assert len(app.screen.lines) == 7
        assert screen_text(app).splitlines()[-1].count("^p Commands") == 1  # Textual's Footer said it twice
        await pilot.press("down", "down", "down", "enter")  # rows: 5th p1, p2, 聊城 5th, 6th p1
        await settle(pilot)
        assert app.screen is main
        assert where(app) == ("人民日报", "1998-01-06", "1")
        await press(pilot, "T")
        assert isinstance(app.screen, TrendScreen)
        await settle(pilot)
        assert app.screen.result is not None and app.screen.result.periods == ["1998-01"]
        assert screen_text(app).splitlines()[-1].count("^p Commands") == 1


@run
async def test_the_concordance_names_the_paper_and_opens_the_copy_it_names(tmp_path: Path) -> None:
    """A wire story printed word for word in two papers is one article id: the concordance listed it
    once, under the copy the index kept (聊城日报 1998-01-07), with no paper column, and enter opened the
    library's first copy (人民日报 1998-01-05) — another paper and day than the line said."""
    root = archive_with_a_wire_story(tmp_path / "papers")
    app = DubaApp([root])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"桥梁工程", "enter", "K")
        screen = app.screen
        assert isinstance(screen, KwicScreen)
        await settle(pilot)
        # (each copy's headline holds the words too: a line of its own, before the text's)
        assert [(line.paper, line.date, line.field) for line in screen.lines] == [
            ("人民日报", "1998-01-05", "headline"),
            ("人民日报", "1998-01-05", "text"),
            ("聊城日报", "1998-01-07", "headline"),
            ("聊城日报", "1998-01-07", "text"),
        ]
        rows = [text for text in screen_text(app).splitlines() if "合龙" in text]
        assert "人民日报" in rows[1] and "聊城日报" in rows[3]
        await press(pilot, "down", "down", "down", "enter")
        assert where(app) == ("聊城日报", "1998-01-07", "2")


STORY = Item(
    ["海峡两岸的桥梁工程今天合龙，两岸同胞共同见证。工程历时三年，全长十二公里。"],
    headline="两岸桥梁工程合龙",
    byline_lines=["■ 新华社记者 林  海"],
)


def archive_with_a_wire_story(root: Path) -> Path:
    """`write_archive`, and one wire story printed word for word in two papers on two days, each page
    with a story of its own beside it (two pages, one article id for the wire story)."""
    write_archive(root)
    for path, own, headline in (
        (root / "rmrb" / "1998-01-05" / "03.txt", "本市新建的体育馆今天开馆，市民可免费参观。", "体育馆开馆"),
        (root / "聊城日报_19980107_02.txt", "聊城的冬小麦长势良好，农民忙着浇水施肥。", "冬小麦长势好"),
    ):
        own_story = Item([own], headline=headline, byline_lines=["■ 本报记者 王  平"])
        path.write_text(build_page([own_story, STORY])[0], encoding="utf-8")
    return root


@run
async def test_a_filtered_search_finds_a_story_printed_in_two_papers_in_the_paper_asked_for(
    tmp_path: Path,
) -> None:
    """Search lists the story once (its first copy, 人民日报); with `paper:聊城日报` it found nothing, the
    copy in 聊城日报 being the second, and with `date:1998-01-07` likewise. The result is the copy the
    filters name: its row says where it was printed, and enter opens it."""
    app = DubaApp([archive_with_a_wire_story(tmp_path / "papers")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for query in ("paper:聊城日报 桥梁工程", "date:1998-01-07 桥梁", "paper:聊城日报"):
            await press(pilot, "slash", "ctrl+u", *query)
            rows = [row for row in main_screen(app).sidebar.rows if row.kind == "article"]
            assert any("桥梁工程" in row.label and "1998-01-07" in row.aside for row in rows), query
            if query.startswith("paper"):
                assert all("人民日报" not in row.aside for row in rows)
        await press(pilot, "slash", "ctrl+u", *"paper:聊城日报 桥梁工程", "enter")
        assert where(app) == ("聊城日报", "1998-01-07", "2")


@run
async def test_a_filtered_search_marks_no_hits_in_an_article_its_filter_keeps_out(tmp_path: Path) -> None:
    """Reading 1998-01-05's page, which says 经济, and typing `经济 date:1998-01-06`: that article is no
    result, yet its hit stayed marked and the header said "1 hit". It has none now; a filter that holds
    it (the month) marks it again, and the result enter opens (the 6th's) has its own."""
    app = DubaApp([write_archive(tmp_path / "papers")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert where(app) == ("人民日报", "1998-01-05", "1")
        screen = main_screen(app)
        await press(pilot, "slash", *"经济")
        assert screen.hits.spans and screen.hits.status() == "1 hit"
        await press(pilot, *" date:1998-01-06")
        assert screen.hits.spans == [] and screen.pane.highlights("search") == []
        assert screen.hits.status() == "0 hits"
        await press(pilot, *["backspace"] * 3)  # date:1998-01: the month holds the 5th
        assert screen.hits.status() == "1 hit" and screen.pane.highlights("search")
        await press(pilot, *"-06", "enter")
        assert where(app) == ("人民日报", "1998-01-06", "1")
        assert screen.hits.status() == "hit 1/1" and screen.pane.highlights("search")


@run
async def test_the_reader_reopens_at_the_copy_of_a_reprint_it_was_reading(tmp_path: Path) -> None:
    """Reading the 聊城日报 copy of a wire story, quitting and starting again opened the 人民日报 copy
    (the first article with that id): another paper and day. The position names its page."""
    root = archive_with_a_wire_story(tmp_path / "papers")
    app = DubaApp([root])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"paper:聊城日报 桥梁工程", "enter")
        assert where(app) == ("聊城日报", "1998-01-07", "2")
        await press(pilot, "escape", "escape")
        await pilot.press("q")
    again = DubaApp([root])
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert where(again) == ("聊城日报", "1998-01-07", "2")


@run
async def test_the_trend_counts_what_the_search_box_filters_as_the_concordance_does(tmp_path: Path) -> None:
    app = DubaApp([write_archive(tmp_path / "papers")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"paper:聊城日报 经济", "enter", "K")
        assert isinstance(app.screen, KwicScreen)
        assert len(app.screen.lines) == 1  # 聊城日报's one article
        await press(pilot, "escape", "T")
        assert isinstance(app.screen, TrendScreen)
        await settle(pilot)
        # the chart counted all seven articles: the filter was dropped without a word
        result = app.screen.result
        assert result is not None and result.totals == [1]
        assert [series.total for series in result.series] == [1]
        assert "paper:聊城日报 · " in screen_text(app)
        box = app.screen.query_one(Input)
        assert box.value == "经济 paper:聊城日报"  # where the filter can be changed: it was read as a term
        await press(pilot, "end", *["backspace"] * len(" paper:聊城日报"), "enter")
        assert app.screen.result is not None and app.screen.result.totals == [7]
        await press(pilot, *" paper:人民日报", "enter")
        assert app.screen.result is not None and app.screen.result.totals == [6]
        await press(pilot, "escape", "slash", "end", *["backspace"] * 3, "enter", "K")
        assert main_screen(app).search_box.value == "paper:聊城日报"
        assert not isinstance(app.screen, KwicScreen)  # a filter alone: no word to list (it showed 0 lines)
        assert "Type a word in the search box (/) first" in notices(app)[-1]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@run
async def test_the_date_dialog_shows_its_title_and_every_accepted_form_whole(
    running_app: RunningApp, size: tuple[int, int]
) -> None:
    async with running_app(size) as (app, pilot):
        await press(pilot, "D")
        assert isinstance(app.screen, DateDialog)
        rows = [row for row in screen_text(app).splitlines() if row.count("│") >= 2]
        box = "\n".join(row[row.index("│") : row.rindex("│") + 1] for row in rows)
        for text in ("跳到日期  Go to date", "2025-01-02", "20250102", "1月2日", "2025年1月2日", "esc"):
            assert text in box, (size, text, box)


@run
async def test_the_concordance_of_undated_pages_gives_their_columns_to_the_context(tmp_path: Path) -> None:
    """A folder of loose pages (no date or page number in their names): at 40 columns the concordance kept
    a date and a page column of "—" and left 8 cells of context each side of the keyword."""
    root = tmp_path / "loose"
    root.mkdir()
    text = "　　今年以来，全县上下齐心协力推动经济发展，各项指标稳中有进，群众收入继续增加。\n"
    (root / "notes.txt").write_text(text, encoding="utf-8")
    app = DubaApp([root])
    async with app.run_test(size=(40, 20)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"经济", "enter", "K")
        assert isinstance(app.screen, KwicScreen)
        await settle(pilot)
        shown = await text_once_shown(app, pilot, " 经济 ")  # the rows are drawn after the worker's result
        rows = [row for row in shown.splitlines() if " 经济 " in row]
        assert len(rows) == 1, shown
        left, right = rows[0].split(" 经济 ")
        assert "—" not in left
        assert "推动" in left and "齐心协力" in left  # 14 cells and more of the context before
        assert right.startswith("发展，各项指标")


@run
async def test_a_file_named_for_its_encoding_is_not_a_lettered_page(tmp_path: Path) -> None:
    """`u16.txt` (a page saved as UTF-16) was grouped as page U16, `u8.txt` as page U8; `b02.txt` is page B2
    (a section letter), and the others are named by their files."""
    root = tmp_path / "saved"
    root.mkdir()
    (root / "u16.txt").write_text("　　甲地的经济发展很快。\n", encoding="utf-16")
    (root / "u8.txt").write_text("　　乙地的农民收入增加。\n", encoding="utf-8")
    (root / "b02.txt").write_text("　　丙地的工业继续增长。\n", encoding="utf-8")
    app = DubaApp([root])
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        groups = [row.label for row in main_screen(app).sidebar.rows if row.kind == "group"]
        assert groups == ["B2", "u16", "u8"]


@run
async def test_go_to_date_keeps_a_mistyped_date_and_says_when_the_last_issue_is(tmp_path: Path) -> None:
    """`D` with text that is no date closed the dialog, losing the typing, with one message for two
    cases ("not a date, or no issue that late"). A date that is not one keeps the dialog open and says
    so; a date after the last issue says which is the last."""
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "D")
        await pilot.press(*"1998-13-45", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DateDialog)
        assert "「1998-13-45」不是日期  not a date" in screen_text(app)
        assert app.screen.query_one(Input).value == "1998-13-45"
        await pilot.press(*["backspace"] * 5, *"02-01", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, DateDialog)
        assert any("the last is 1998-01-08" in n for n in notices(app))
        assert where(app) == ("人民日报", "1998-01-05", "1")


@run
async def test_go_to_a_month_or_a_year_opens_its_first_issue(tmp_path: Path) -> None:
    """`D 1998-01` (a month, as search's date: filter takes it) said "not a date": a historian goes to a
    month more often than to a day. It opens the paper's first issue of the month (of the year), and
    says so only when there is none in it (s43 walk)."""
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, *["greater_than_sign"] * 2)
        assert where(app) == ("人民日报", "1998-01-08", "1")
        for typed in ("1998-01", "1998年1月", "1998"):
            await press(pilot, *["greater_than_sign"] * 2)
            await press(pilot, "D")
            await pilot.press(*typed, "enter")
            await settle(pilot)
            assert not isinstance(app.screen, DateDialog), typed
            assert where(app) == ("人民日报", "1998-01-05", "1"), typed
        assert not any("的一期" in notice for notice in notices(app)), notices(app)
        await press(pilot, "D")
        await pilot.press(*"1997-12", "enter")
        await settle(pilot)
        assert where(app) == ("人民日报", "1998-01-05", "1")
        assert "《人民日报》没有 1997-12 的一期，这是下一期 1998-01-05" in notices(app)[-1]
        await press(pilot, "D")
        await pilot.press(*"1998-02", "enter")
        await settle(pilot)
        assert "1998-02: 没有那么晚的一期，最后一期是 1998-01-08" in notices(app)[-1]


@run
async def test_go_to_a_date_after_the_last_issue_of_the_paper_opens_another_papers_next(
    tmp_path: Path,
) -> None:
    """Reading 聊城日报 (one issue, 1998-01-05), `D 1998-01-07` said "No issue that late: the last is
    1998-01-05" and stayed, though 人民日报 printed on 1998-01-08: it opens that issue and says whose."""
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, *["full_stop"] * 6)
        assert where(app) == ("聊城日报", "1998-01-05", "1")
        await press(pilot, "D")
        await pilot.press(*"1998-01-07", "enter")
        await settle(pilot)
        assert where(app) == ("人民日报", "1998-01-08", "1")
        assert (
            "聊城日报 has no issue on or after 1998-01-07: this is the next one, 人民日报 1998-01-08"
            in (notices(app)[-1])
        )
        await press(pilot, "D")
        await pilot.press(*"1998-02-01", "enter")
        await settle(pilot)
        assert "No issue that late: the last is 1998-01-08" in notices(app)[-1]


@run
async def test_a_narrow_list_keeps_the_page_number_before_the_count(tmp_path: Path) -> None:
    """At 80 columns a date with one page of a paper reads as one row, "1998-01-05  第20版", beside its
    count: the count kept its cells and the label was cut to "第2…", so pages 20 and 24 looked alike.
    The count goes first."""
    root = tmp_path / "papers"
    for day, page in (("1998-01-05", 20), ("1998-01-06", 24), ("1998-01-07", 15)):
        folder = root / "rmrb" / day
        folder.mkdir(parents=True)
        (folder / f"{page}.txt").write_text(
            f"　　这是第{page}版的文章，经济发展稳中有进。\n", encoding="utf-8"
        )
    other = root / "gmrb" / "1998-01-05"  # a second paper: the dates are a level deeper
    other.mkdir(parents=True)
    (other / "01.txt").write_text("　　光明日报的文章，农民收入继续增加。\n", encoding="utf-8")
    app = DubaApp([root])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        for day, page in (("1998-01-05", 20), ("1998-01-06", 24), ("1998-01-07", 15)):
            assert f"{day}  第{page}版" in shown, shown


@run
async def test_page_and_issue_keys_typed_in_one_burst_each_move_on(tmp_path: Path) -> None:
    """`...` typed fast (or a held key) moved one page: every key of the burst stepped from the page shown
    before the first one's page had opened. And after that, p back to the article shown before does not
    make the next key step from where the burst went."""
    with Catalogue() as catalogue:
        catalogue.add([write_archive(tmp_path / "papers")])
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert where(app) == ("人民日报", "1998-01-05", "1")

        async def burst(*keys: str) -> None:
            for key in keys:  # all in the queue before any is handled, as a terminal delivers them
                app.post_message(_key_event(app, key))
            await settle(pilot)

        await burst("full_stop", "full_stop", "full_stop")
        assert where(app) == ("人民日报", "1998-01-06", "2")
        await burst("less_than_sign", "less_than_sign")
        assert where(app) == ("人民日报", "1998-01-05", "1")
        await press(pilot, "full_stop")  # page 2, then back to page 1 by an article key
        await press(pilot, "p")
        assert where(app) == ("人民日报", "1998-01-05", "1")
        await press(pilot, "full_stop")  # from the page shown, not from page 2 where . went before
        assert where(app) == ("人民日报", "1998-01-05", "2")


@run
async def test_a_folder_of_the_library_not_there_is_named_once_not_each_of_its_pages(tmp_path: Path) -> None:
    """A library folder on a disk not plugged in: the reader tried every page of it and said "Skipped a
    file … cannot read (No such file or directory)" for each (then "…and N more"), over "No articles
    found: 01.txt: …" when it was the only folder. Its pages are not read; the folder is named once."""
    root = write_archive(tmp_path / "papers")
    away = tmp_path / "disk" / "gmrb"
    (away / "1998-01-05").mkdir(parents=True)
    for page in (1, 2, 3):
        (away / "1998-01-05" / f"{page:02d}.txt").write_text("　　光明的经济新闻。\n", encoding="utf-8")
    with Catalogue() as catalogue:
        catalogue.add([root, away])
    away.rename(tmp_path / "disk" / "unplugged")
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(main_screen(app).library.pages) == 7
        said = notices(app)
        assert [n for n in said if "not found" in n] == [
            f"{away}: not found; its pages are kept until it is back"
        ]
        assert not any("cannot read" in n or "unreadable" in n for n in said), said
    with Catalogue(read_only=True) as catalogue:
        assert len(catalogue) == 10  # kept until it is back


@run
async def test_a_day_typed_without_its_year_on_an_undated_page_goes_to_that_day(tmp_path: Path) -> None:
    """Reading a page with no date, `D 1月6日` (a form the dialog's own hint offers) said "not a date": the
    year was the page's, and it had none. The day is taken in the year the library has an issue on it."""
    papers = write_archive(tmp_path / "papers")
    (papers / "misc").mkdir()
    (papers / "misc" / "剪报.txt").write_text("　　一篇没有日期的文章，经济发展。\n", encoding="utf-8")
    with Catalogue() as catalogue:
        catalogue.add([papers])
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(8):  # to the undated page, wherever the library orders it
            if where(app)[1] == "":
                break
            await press(pilot, "full_stop")
        assert where(app)[1] == ""  # the undated page
        await press(pilot, "D")
        await pilot.press(*"1月6日", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, DateDialog)
        assert where(app) == ("人民日报", "1998-01-06", "1")


@run
async def test_a_day_typed_without_its_year_where_no_page_has_a_date_asks_for_the_year(
    tmp_path: Path,
) -> None:
    """With no dated page to take the year from, `D 1月6日` asks which year, not "not a date"."""
    (tmp_path / "剪报.txt").write_text("　　一篇没有日期的文章，经济发展。\n", encoding="utf-8")
    app = DubaApp(library=Library([tmp_path / "剪报.txt"]))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "D")
        await pilot.press(*"1月6日", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DateDialog)
        assert "「1月6日」哪一年？  Which year? 2025年1月6日" in screen_text(app)
        assert "not a date" not in screen_text(app)
