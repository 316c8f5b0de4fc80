"""A stored correction that no longer fits its page (the page file or the segmenter changed since it was
made) was said at every opening, "Page read with a problem", with nothing to do about it. The notice
now says what happened and names two palette commands that settle it for good: one drops the
corrections that no longer fit (the others stay, the page reads as before), one keeps them and stops
the notice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.corpus import load_page
from reader.corrections import CorrectionStore
from tests.apptest import RunningApp, notifications, press, run, screen_text, sidebar_titles

pytestmark = pytest.mark.usefixtures("temp_dirs")


def _stored(page_path: Path) -> tuple[Path, int]:
    """Two splits stored for the bundled page, the first made on text the page no longer holds (as
    after a new segmenter or an edit of the file): it no longer fits, the second still does. Returns
    the corrections file and how many articles the page has with the one that fits."""
    store = CorrectionStore()
    page = load_page(page_path)
    by_length = sorted(range(len(page.articles)), key=lambda i: len(page.articles[i].paragraphs))
    store.split(page, by_length[-1], 2)
    count = len(page.articles)
    stored = store.folder / f"{page.sha}.json"
    record = json.loads(stored.read_text(encoding="utf-8"))
    gone = {**record["ops"][0], "paragraph": "示例示例示例示例示例示例示例示例"}
    record["ops"] = [gone, *record["ops"]]
    stored.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return stored, count


def _ops(stored: Path) -> list[dict[str, object]]:
    return json.loads(stored.read_text(encoding="utf-8"))["ops"] if stored.exists() else []


def test_fitting_says_which_operations_apply_and_dropping_the_others_changes_nothing(page_path: Path) -> None:
    from reader.corrections.applying import fitting

    stored, count = _stored(page_path)
    raw = load_page(page_path, corrections=False)
    assert fitting(raw.articles, _ops(stored)) == [False, True]
    page = load_page(page_path)
    before = [a.to_dict() for a in page.articles]
    assert page.stale and all(line in page.warnings for line in page.stale)
    assert CorrectionStore().drop_unfitting(page, raw.articles) == 1
    assert len(_ops(stored)) == 1
    again = load_page(page_path)
    assert [a.to_dict() for a in again.articles] == before and len(again.articles) == count
    assert not again.stale and not again.warnings


@run
async def test_the_reader_drops_corrections_that_no_longer_fit_and_is_not_told_again(
    running_app: RunningApp, page_path: Path
) -> None:
    stored, count = _stored(page_path)
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        said = notifications(app)
        assert "Corrections no longer fit: " in said and "correction 1 (split) skipped" in said
        assert "Drop corrections that no longer fit" in said and "Keep corrections" in said
        assert "Page read with a problem" not in said
        await press(pilot, "ctrl+p", *"drop corrections")
        assert "Remove them for good (1 correction on 1 page)" in screen_text(app)
        await press(pilot, "enter")
        assert "Corrections dropped: Dropped 1 correction that no longer fit (1 page)" in notifications(app)
        assert len(sidebar_titles(app)) == count
        await press(pilot, "ctrl+p", *"drop corrections")  # nothing left to drop: not offered
        assert "Remove them for good" not in screen_text(app)
        await press(pilot, "escape")
    assert len(_ops(stored)) == 1  # the split that fits is kept
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        assert len(sidebar_titles(app)) == count
        assert "no longer fit" not in notifications(app)


@run
async def test_the_reader_keeps_corrections_that_no_longer_fit_and_is_not_told_again(
    running_app: RunningApp, page_path: Path
) -> None:
    stored, count = _stored(page_path)
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        await press(pilot, "ctrl+p", *"keep corrections", "enter")
        assert "Corrections kept: Kept 1 correction that no longer fit" in notifications(app)
    assert len(_ops(stored)) == 2  # kept: still stored
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        assert len(sidebar_titles(app)) == count
        assert "no longer fit" not in notifications(app) and "skipped" not in notifications(app)


@run
async def test_an_edited_page_counts_the_corrections_that_no_longer_fit_not_the_lines_saying_so(
    running_app: RunningApp, page_path: Path
) -> None:
    stored, count = _stored(page_path)
    with page_path.open("a", encoding="utf-8") as page:  # the page file edited after it was corrected
        page.write("\n示例示例\n")
    opened = load_page(page_path)
    assert len(opened.stale) == 1 and "the page file changed after it was corrected" in opened.stale[0]
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        said = notifications(app)
        assert "This stored correction no longer fits its page" in said and "1 of its 2 corrections" in said
        await press(pilot, "ctrl+p", *"drop corrections")
        assert "Remove them for good (1 correction on 1 page)" in screen_text(app)
        await press(pilot, "escape")
        await press(pilot, "ctrl+p", *"keep corrections", "enter")
        assert "Corrections kept: Kept 1 correction that no longer fit" in notifications(app)
