"""The reading place in one page file copied byte for byte into two dated folders: quitting on the later
copy and opening again shows that copy, not the other one of the same content hash (the place was
matched to a page by hash alone, so the reader reopened on the earlier date)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.app.app import DubaApp
from reader.archive.catalogue import Catalogue
from reader.library import Library
from reader.state import Position, State
from tests.apptest import main_screen, press, run, screen_text, settle, where
from tests.test_identical_pages import copies

pytestmark = pytest.mark.usefixtures("temp_dirs")

LATER = ("人民日报", "2025-01-09", "1")


def shows_issue(app: DubaApp, day: str) -> bool:
    """The sidebar has the issue of `day` open (▾, the issue being read) and the status line names it."""
    return f"▾ {day}" in screen_text(app) and day in main_screen(app).view.status.text


async def read_the_later_copy(pilot: Pilot[object]) -> None:
    """Open the issue after the first (the 2025-01-09 copy) and read on into its second article."""
    app = pilot.app
    await settle(pilot)
    assert where(app) == ("人民日报", "2025-01-02", "1")
    await press(pilot, "greater_than_sign", "n")
    assert where(app) == LATER and shows_issue(app, "2025-01-09")  # type: ignore[arg-type]


def _from_folder(tmp_path: Path) -> Callable[[], DubaApp]:
    root = copies(tmp_path / "papers") / "rmrb"
    return lambda: DubaApp([root])


def _from_library(tmp_path: Path) -> Callable[[], DubaApp]:
    with Catalogue() as catalogue:
        catalogue.add([copies(tmp_path / "papers") / "rmrb"])
    return lambda: DubaApp(library=Library.for_plain_start(tmp_path / "unused"))


@pytest.mark.parametrize("opened", [_from_folder, _from_library], ids=["folder", "library"])
@run
async def test_the_reader_reopens_on_the_copy_that_was_read(
    tmp_path: Path, opened: Callable[[Path], Callable[[], DubaApp]]
) -> None:
    make = opened(tmp_path)
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await read_the_later_copy(pilot)
        headline = main_screen(app).pane.article.headline  # type: ignore[union-attr]
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert where(app) == LATER
        assert shows_issue(app, "2025-01-09") and "▸ 2025-01-02" in screen_text(app)
        assert main_screen(app).pane.article.headline == headline  # type: ignore[union-attr]


@run
async def test_a_place_saved_without_a_path_or_with_one_gone_is_found_by_content_hash(tmp_path: Path) -> None:
    root = copies(tmp_path / "papers") / "rmrb"
    app = DubaApp([root])
    async with app.run_test(size=(120, 40)) as pilot:
        await read_the_later_copy(pilot)
        saved = main_screen(app).view.position()
    assert saved is not None and saved.page_path == str(root / "2025-01-09" / "01.txt")
    scope = Library([root]).scope
    # a state file of an older duba (no path) and a page file moved since (its old path): by hash, as before
    for page_path in ("", str(tmp_path / "moved" / "01.txt")):
        old = Position(saved.article_id, 0, saved.page, -1, saved.page_sha, saved.quote, page_path)
        state = State()
        state.save_position(old, scope)
        state.close()
        app = DubaApp([root])
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert main_screen(app).pane.article.id == saved.article_id  # type: ignore[union-attr]
            assert where(app)[0] == "人民日报" and where(app)[1] in ("2025-01-02", "2025-01-09")


def test_the_first_issue_opened_is_the_one_of_the_path_then_of_the_hash(tmp_path: Path) -> None:
    with Catalogue() as catalogue:
        catalogue.add([copies(tmp_path / "papers") / "rmrb"])
        later = next(page for page in catalogue.pages() if page.date == "2025-01-09")
        assert [page.date for page in catalogue.issue(later.sha, later.path)] == ["2025-01-09"]
        moved = str(tmp_path / "moved.txt")  # not catalogued: any copy of the hash
        assert [page.sha for page in catalogue.issue(later.sha, moved)] == [later.sha]
