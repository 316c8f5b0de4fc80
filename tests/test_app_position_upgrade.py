"""The reading place after an upgrade: the remembered article is named by its content id, and a new
segmenter version that moves one paragraph break gives the article a new id. The reader then opened the
first article of the folder: the place was lost. It now opens the article on the remembered page that
holds the text that was on the top line, there; for a place kept by an older duba (no text), the
remembered page's first article."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

import pytest

from reader.state import State
from tests.apptest import PAGE, main_screen, run, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")

OTHER = Path(__file__).parent / "data" / "layout_199801_sample.txt"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(OTHER, folder / "a.txt")  # (one article)
    shutil.copy(PAGE, folder / "b.txt")
    return folder


def _remember(temp_dirs: Path, folder: Path, **place: object) -> None:
    """Write a reading place into the state file as a duba would have (its fields as given)."""
    page = folder / "b.txt"
    document = {
        "key": "position",
        "article": "0123456789abcdef",  # the id the article had under the older segmenter
        "scroll": 12,
        "page": page.name,
        "anchor": 60,
        "page_sha": hashlib.sha256(page.read_bytes()).hexdigest(),
        "scope": str(folder.resolve()),
        "used": time.time(),
        **place,
    }
    path = temp_dirs / "data" / "state.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"_default": {"1": document}}, ensure_ascii=False), encoding="utf-8")


@run
async def test_a_place_kept_by_an_older_duba_opens_its_page_not_the_first_article(
    temp_dirs: Path, tmp_path: Path
) -> None:
    from reader.app.app import DubaApp

    folder = _folder(tmp_path)
    _remember(temp_dirs, folder)
    app = DubaApp([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.current is not None
        assert screen.library.page(screen.current).name == "b.txt"
        assert screen.library.page_of.index(screen.library.page_of[screen.current]) == screen.current


@run
async def test_the_text_on_the_top_line_finds_the_place_in_an_article_with_a_new_id(
    temp_dirs: Path, tmp_path: Path
) -> None:
    from reader.app.app import DubaApp

    folder = _folder(tmp_path)
    # what the reader showed: the third article of b.txt, scrolled to a line in its body
    from reader.corpus import load_page

    articles = load_page(folder / "b.txt").articles
    wanted = max(articles[1:], key=lambda a: len(a.text))
    at = wanted.text.index("\n", 100) + 1  # a paragraph's opening, the top line
    _remember(temp_dirs, folder, anchor=at + 3, quote=wanted.text[at : at + 24])
    app = DubaApp([folder])
    async with app.run_test(size=(100, 16)) as pilot:  # (short: the place is scrolled to)
        await settle(pilot)
        screen = main_screen(app)
        assert screen.current is not None
        assert screen.library.articles[screen.current].text == wanted.text
        assert screen.view.pane.top_offset() == at
        # and the place is kept so, with its text, for the next time
        screen.save_position()
        kept = State().position(str(folder.resolve()))
        assert kept is not None and kept.article_id == wanted.id
        assert kept.quote.startswith(wanted.text[at : at + 8])


def test_a_page_file_edited_since_is_found_by_its_name_when_one_open_page_has_it(tmp_path: Path) -> None:
    from reader.corpus import load_page
    from reader.library import Library
    from reader.state import Position

    folder = _folder(tmp_path)
    page = load_page(folder / "b.txt")
    wanted = page.articles[2]
    quote = wanted.text[10:34]
    library = Library([folder])
    library.set_pages([load_page(folder / "a.txt"), page])
    at = library.articles.index(wanted)
    edited = "f" * 64  # the content hash the page had before an edit of its file (an OCR slip fixed)
    assert library.place_of(Position("0123456789abcdef", 0, "b.txt", 10, edited, quote)) == (at, 10)
    # a name two open pages share tells nothing
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(OTHER, other / "b.txt")  # another page of the same name, in another folder
    library.set_pages([load_page(folder / "a.txt"), page, load_page(other / "b.txt")])
    assert library.place_of(Position("0123456789abcdef", 0, "b.txt", 10, edited, quote)) is None
