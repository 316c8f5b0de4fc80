"""Pilot tests: a bookmark whose page is not open opens that page (from its stored path, from the
library by content, or renamed beside it) and shows the passage; a page found nowhere is named and the
bookmark kept."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.app.app import DubaApp
from reader.archive.catalogue import Catalogue
from reader.bookmarks import BookmarkStore
from reader.corpus import load_page
from tests.apptest import PAGE, main_screen, notifications, press, run, screen_text, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")

OTHER = "　　黄河岸边的小村庄今年种上了新品种的小麦。\n\n　　村民们说，收成比往年好了不少。\n"
QUOTE = "村民们说，收成比往年好了不少。"


def write_pages(root: Path) -> tuple[Path, Path]:
    """The test page, and another page (of one article) to bookmark: both in `root`."""
    root.mkdir(parents=True, exist_ok=True)
    opened = root / PAGE.name
    shutil.copy(PAGE, opened)
    other = root / "聊城日报_20230320_02.txt"
    other.write_text(OTHER, encoding="utf-8")
    return opened, other


def bookmark_on(page_file: Path, tmp_path: Path) -> str:
    """Bookmark QUOTE on `page_file` (as the reader would, with the page open) and return its id."""
    page = load_page(page_file)
    article = next(a for a in page.articles if QUOTE in a.text)
    start = article.text.index(QUOTE)
    with BookmarkStore(tmp_path / "data" / "bookmarks.json") as store:
        return store.add(article, page, start, start + len(QUOTE), note="收成").id


def write_reprint(root: Path) -> None:
    """The test page printed twice under `root`, on two dates of one paper (a reprint: one content)."""
    for day in ("1998-01-05", "1998-01-09"):
        (root / "rmrb" / day).mkdir(parents=True)
        shutil.copy(PAGE, root / "rmrb" / day / "01.txt")


async def bookmark_on_the_first_copy(target: Path) -> None:
    """Open `target` (a `write_reprint` folder), bookmark a sentence on the copy it opens at, the
    earlier date, and close the reader."""
    async with DubaApp([target]).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(pilot.app)
        assert screen.library.meta(screen.current).date == "1998-01-05"
        await press(pilot, "n", "right_parenthesis", "m", "enter")
        assert "Bookmarked" in notifications(pilot.app)


@dataclass
class Jump:
    """What the reader shows after a bookmark was chosen in the list."""

    passage: str
    """The text of the selected passage ("" when none)."""
    pages: int
    """Pages open."""
    screen: str
    notes: str


async def jump_to_the_bookmark(app: DubaApp) -> Jump:
    """Open the list of bookmarks (B), choose the one bookmark (enter), read the screen."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "B")
        assert "页面未打开 page not open" in screen_text(app)
        await press(pilot, "enter")
        await settle(pilot)
        main = main_screen(app)
        assert app.screen is main
        article, span = main.pane.article, main.bookmarker.passage.span()
        passage = article.text[span[0] : span[1]] if article is not None and span is not None else ""
        return Jump(passage, len(main.library.pages), screen_text(app), notifications(app))


@run
async def test_the_page_opens_from_where_it_was_bookmarked(tmp_path: Path) -> None:
    opened, other = write_pages(tmp_path / "papers")
    bookmark_on(other, tmp_path)
    jump = await jump_to_the_bookmark(DubaApp([opened]))  # only the first page is open
    assert jump.passage == QUOTE
    assert jump.pages == 2  # the page joined the open ones
    assert "黄河岸边" in jump.screen and "is not open" not in jump.notes


@run
async def test_a_page_moved_in_the_library_is_found_by_its_content(tmp_path: Path) -> None:
    opened, other = write_pages(tmp_path / "papers")
    bookmark_on(other, tmp_path)
    moved = tmp_path / "papers" / "2023" / "03-20-p2.txt"
    moved.parent.mkdir()
    other.rename(moved)
    with Catalogue() as catalogue:
        catalogue.add([tmp_path / "papers"])  # the library knows where the page is now
    jump = await jump_to_the_bookmark(DubaApp([opened]))
    assert jump.passage == QUOTE


@run
async def test_a_page_renamed_in_its_folder_is_found_by_its_content(tmp_path: Path) -> None:
    opened, other = write_pages(tmp_path / "papers")
    bookmark_on(other, tmp_path)
    other.rename(other.with_name("renamed.txt"))  # no library at all
    jump = await jump_to_the_bookmark(DubaApp([opened]))
    assert jump.passage == QUOTE


@run
async def test_a_page_found_nowhere_is_named_and_the_bookmark_kept(tmp_path: Path) -> None:
    opened, other = write_pages(tmp_path / "papers")
    bookmark_id = bookmark_on(other, tmp_path)
    other.unlink()
    jump = await jump_to_the_bookmark(DubaApp([opened]))
    assert "聊城日报_20230320_02.txt is no longer at" in jump.notes and "The bookmark is kept" in jump.notes
    assert jump.pages == 1 and jump.passage != QUOTE
    with BookmarkStore(tmp_path / "data" / "bookmarks.json") as store:
        assert store.get(bookmark_id) is not None


@run
async def test_a_bookmark_on_one_copy_of_a_reprinted_page_goes_to_that_copy(tmp_path: Path) -> None:
    """The same page printed on two dates holds the same articles (same ids). Placed again (the next
    start, a correction), a bookmark made on the first went from the list to the second: anchoring
    took the last article with its id."""
    root = tmp_path / "papers"
    write_reprint(root)
    await bookmark_on_the_first_copy(root)
    async with DubaApp([root]).run_test(size=(120, 40)) as pilot:  # the next start
        await settle(pilot)
        screen = main_screen(pilot.app)
        await press(pilot, "greater_than_sign")  # the next issue: the reprint
        assert screen.library.meta(screen.current).date == "1998-01-09"
        await press(pilot, "B", "enter")
        assert pilot.app.screen is screen
        assert screen.library.meta(screen.current).date == "1998-01-05"  # was 1998-01-09
        assert screen.pane.highlights("bookmarks")
        first = screen.library.articles[0].headline
        await press(pilot, "J")  # joined to the article before it: its id is gone from this page
        await press(pilot, "greater_than_sign", "B", "enter")
        assert screen.library.meta(screen.current).date == "1998-01-05"  # the reprint kept the old id
        assert screen.pane.highlights("bookmarks")
        assert first in screen_text(pilot.app)  # cited as the article it is in now


@pytest.mark.parametrize("opened_as", ["relative", "link"])
@run
async def test_a_bookmark_goes_to_its_copy_also_when_the_folder_is_opened_by_a_relative_path_or_a_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened_as: str
) -> None:
    """A bookmark keeps its page's full path with links resolved; the open pages were compared by the
    path they were opened by: `duba papers`, or a folder reached by a link, sent a bookmark made on one
    copy of a reprinted page to the other on the next start."""
    root = tmp_path / "papers"
    write_reprint(root)
    monkeypatch.chdir(tmp_path)
    if opened_as == "link":
        (tmp_path / "linked").symlink_to(root, target_is_directory=True)
    target = Path("papers") if opened_as == "relative" else tmp_path / "linked"
    await bookmark_on_the_first_copy(target)
    async with DubaApp([target]).run_test(size=(120, 40)) as pilot:  # the next start
        await settle(pilot)
        screen = main_screen(pilot.app)
        await press(pilot, "greater_than_sign", "B", "enter")  # from the reprint
        assert screen.library.meta(screen.current).date == "1998-01-05"
