"""Pilot test: the reader's bookmarks list (B) cites the paper, date and page the library gives the
bookmarked page now, as `duba bookmarks list` does (tests/test_bookmark_export_now.py).

A bookmark keeps what its page said when it was made. After a sidecar was added to the page and the
library updated, the CLI named 人民日报 1998-01-12 第5版 while B still showed no source at all."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.app.app import DubaApp
from reader.archive.catalogue import Catalogue
from reader.bookmarks import BookmarkStore
from reader.corpus import load_page
from tests.apptest import PAGE, press, run, screen_text, settle, type_keys

pytestmark = pytest.mark.usefixtures("temp_dirs")

QUOTE = "村民们说，收成比往年好了不少。"


def bookmarked_then_dated(tmp_path: Path) -> Path:
    """A page of no known paper or date, in the library, bookmarked; then given a sidecar naming its
    paper, date and page, and the library updated. Returns another page to open the reader on."""
    page = tmp_path / "papers" / "scan" / "page_0007.txt"
    page.parent.mkdir(parents=True)
    page.write_text(f"　　黄河岸边的小村庄今年种上了新品种的小麦。\n\n　　{QUOTE}\n", encoding="utf-8")
    with Catalogue() as catalogue:
        catalogue.add([tmp_path / "papers"])
    loaded = load_page(page)
    article = next(a for a in loaded.articles if QUOTE in a.text)
    start = article.text.index(QUOTE)
    with BookmarkStore(tmp_path / "data" / "bookmarks.json") as store:
        mark = store.add(article, loaded, start, start + len(QUOTE), note="收成")
    assert (mark.paper, mark.date, mark.page_no) == ("", "", "")
    sidecar = {"paper": "人民日报", "date": "1998-01-12", "page_no": "5"}
    page.with_name("page_0007.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    with Catalogue() as catalogue:
        catalogue.update()
    opened = tmp_path / "opened" / PAGE.name
    opened.parent.mkdir()
    shutil.copy(PAGE, opened)
    return opened


@run
async def test_the_bookmarks_list_cites_where_the_library_says_the_page_is_printed_now(
    tmp_path: Path,
) -> None:
    app = DubaApp([bookmarked_then_dated(tmp_path)])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "B")
        await settle(pilot)
        shown = screen_text(app)
        assert "人民日报 1998-01-12 第5版" in shown, shown
        # the filter finds it by its paper now, as `duba bookmarks list --find` does
        await type_keys(pilot, *"人民日报")
        await settle(pilot)
        shown = screen_text(app)
        assert "1 / 1" in shown and QUOTE in shown, shown
