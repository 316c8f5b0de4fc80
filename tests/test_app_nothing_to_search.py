"""A reader with no article open, or with no index, says so when searched: it waited for an index that
never came ("索引中 Indexing..." for ever, "The search index is still being built" at T and K)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apptest import RunningApp, main_screen, notices, notifications, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")


def sidebar_lines(app: object) -> str:
    """What the sidebar shows, one line a row."""
    screen = main_screen(app)  # type: ignore[arg-type]
    region = screen.panel.region
    rows = screen_text(screen.app).splitlines()[region.y : region.bottom]
    return "\n".join(row[region.x : region.right] for row in rows)


@run
async def test_a_folder_with_no_page_says_why_and_has_nothing_to_search(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    """`duba nopages` (a folder with only a README in it): the reader said only "No articles found",
    where `duba segment nopages` says why; a search said "Indexing..." for ever, and T, K said the index
    was still being built; <, >, ",", "." and D did nothing, or asked for a date there is no page of."""
    folder = temp_dirs / "nopages"
    folder.mkdir()
    (folder / "README.md").write_text("# notes\n", encoding="utf-8")
    async with running_app((120, 40), paths=[folder]) as (app, pilot):
        assert "nopages: a folder with no page files (*.txt) in it" in screen_text(app)
        assert "No pages: " in notifications(app) and "no page files (*.txt)" in notifications(app)
        await press(pilot, "slash", "a", "b", "c")
        shown = sidebar_lines(app)
        assert "Nothing to search" in shown and "Indexing" not in shown, shown
        await press(pilot, "escape")
        app.clear_notifications()
        for key in ("T", "K"):
            before = len(notices(app))
            await press(pilot, key)
            said = notices(app)[before:]
            assert said and "Nothing to search" in said[-1], said
        for key in ("less_than_sign", "greater_than_sign", "comma", "full_stop", "D"):
            before = len(notices(app))
            await press(pilot, key)
            said = notices(app)[before:]
            assert said and "No article is open" in said[-1], (key, said)
        assert main_screen(app) is app.screen  # no date dialog
        assert not any("still being built" in notice for notice in notices(app))


@run
async def test_an_empty_page_has_nothing_to_search(running_app: RunningApp, temp_dirs: Path) -> None:
    """`duba empty.txt`, then / and a word: the list said "Indexing..." for ever."""
    empty = temp_dirs / "empty.txt"
    empty.write_text("", encoding="utf-8")
    async with running_app((120, 40), paths=[empty]) as (app, pilot):
        await press(pilot, "slash", "x")
        shown = sidebar_lines(app)
        assert "Nothing to search" in shown and "Indexing" not in shown, shown


@run
async def test_a_search_without_an_index_says_search_is_unavailable(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index could not be opened (a notice said so): a query then said "Indexing..." for ever, and
    T that the index was still being built."""
    from reader.search.index import SearchIndex

    def broken(*args: object, **kwargs: object) -> SearchIndex:
        raise OSError("the tokenizer is damaged")

    monkeypatch.setattr(SearchIndex, "load_or_build", broken)
    async with running_app((120, 40)) as (app, pilot):
        assert "Search is unavailable: the tokenizer is damaged" in notifications(app)
        await press(pilot, "slash", "a")
        shown = sidebar_lines(app)
        assert "Search is unavailable" in shown and "Indexing" not in shown, shown
        await press(pilot, "escape", "T")
        assert "Search is unavailable" in notices(app)[-1], notices(app)
