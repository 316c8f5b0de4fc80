"""`duba library list` counted each paper's articles as the segmenter that catalogued its pages read
them; after a segmenter upgrade those counts were stale, and nothing said so. The catalogue now records
which segmenter counted a page: a listing takes this duba's count of a page from the segmentation cache
(the reader opened it since; nothing is written), marks the paper's count while some pages are counted
by an older duba only, and `duba library update` counts those again and records it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reader.archive.catalogue import SCHEMA_VERSION
from tests.apptest import run as run_async
from tests.test_archive_cli import archive, run  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("temp_dirs")


def _new_segmenter(monkeypatch: pytest.MonkeyPatch) -> None:
    """A segmenter upgrade that reads one article more on every page (and caches apart, as a new
    version does)."""
    import reader.corpus
    import reader.page.segment

    real = reader.corpus.segment
    version = reader.page.segment.SEGMENTER_VERSION + 1

    def segment(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        return replace(result, articles=[*result.articles, result.articles[-1]])

    monkeypatch.setattr(reader.page.segment, "SEGMENTER_VERSION", version)
    monkeypatch.setattr(reader.corpus, "SEGMENTER_VERSION", version)
    monkeypatch.setattr(reader.corpus, "CACHE_NAME", f"segments-v{version}.test")
    monkeypatch.setattr(reader.corpus, "segment", segment)


def _paper(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(name))


def test_library_list_shows_the_counts_of_this_dubas_segmenter(
    archive: Path,  # noqa: F811
    temp_dirs: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.corpus import load_page

    run(capsys, "library", "add", str(archive))
    before = _paper(run(capsys, "library", "list")[1], "聊城日报")
    assert before.endswith("1 page, 1 article")
    _new_segmenter(monkeypatch)
    library = temp_dirs / "data" / "library.sqlite3"
    stamp = library.stat().st_mtime_ns, library.read_bytes()
    # not opened since the upgrade: the count is the older segmenter's, and says so
    out = run(capsys, "library", "list")[1]
    assert _paper(out, "聊城日报").endswith("1 page, ~1 article")
    assert _paper(out, "人民日报").endswith("3 pages, ~3 articles")
    assert "~ 4 pages counted by an older segmenter: duba library update counts them again" in out
    # the reader opened two of the pages (they are in the segmentation cache): counted now
    load_page(archive / "聊城日报_19980301_03.txt")
    load_page(archive / "rmrb" / "1998-01-05" / "01.txt")
    out = run(capsys, "library", "list")[1]
    assert _paper(out, "聊城日报").endswith("1 page, 2 articles")
    assert _paper(out, "人民日报").endswith("3 pages, ~4 articles") and "~ 2 pages counted" in out
    assert (library.stat().st_mtime_ns, library.read_bytes()) == stamp  # a listing writes nothing
    # update counts the rest again (segmenting them) and records it
    code, out, _ = run(capsys, "library", "update")
    assert code == 0 and "4 unchanged, 4 recounted" in out
    out = run(capsys, "library", "list")[1]
    assert _paper(out, "人民日报").endswith("3 pages, 6 articles")
    assert "~" not in out
    assert "0 recounted" not in run(capsys, "library", "update")[1]  # nothing left to count again


def test_a_catalogue_of_schema_1_is_upgraded_and_its_counts_taken_as_stale(
    archive: Path,  # noqa: F811
    temp_dirs: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A library an older duba catalogued (no record of its counts' segmenter) lists as it is, read-only,
    its counts taken from the cache where the reader's opening left them; an update upgrades it."""
    run(capsys, "library", "add", str(archive))
    library = temp_dirs / "data" / "library.sqlite3"
    with sqlite3.connect(library) as db:  # as schema 1 left it
        db.execute("ALTER TABLE pages DROP COLUMN counted")
        db.execute("PRAGMA user_version = 1")
    db.close()
    code, out, _ = run(capsys, "library", "list")
    assert code == 0 and _paper(out, "聊城日报").endswith("1 page, 1 article")  # from the cache
    with sqlite3.connect(library) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1  # listing upgrades nothing
    db.close()
    assert "4 recounted" in run(capsys, "library", "update")[1]
    with sqlite3.connect(library) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    assert _paper(run(capsys, "library", "list")[1], "聊城日报").endswith("1 page, 1 article")


@run_async
async def test_the_reader_records_the_counts_of_the_pages_it_opened(
    archive: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After an upgrade, opening the library in the reader segments every page anew: it records their
    counts, so that `duba library list` shows them at no cost (and marks none)."""
    from reader.app.app import DubaApp
    from reader.library import Library
    from tests.apptest import main_screen, settle

    run(capsys, "library", "add", str(archive))
    _new_segmenter(monkeypatch)
    app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(main_screen(app).library.articles) == 8
    out = run(capsys, "library", "list")[1]
    assert _paper(out, "人民日报").endswith("3 pages, 6 articles") and "~" not in out


def test_the_segmenter_version_read_from_its_source_is_the_modules() -> None:
    """A listing reads the version from segment.py's source (importing the segmenter costs it ~60 ms): the
    number it reads is the one the segmenter has."""
    from reader.archive.counts import segmenter_in_source
    from reader.page.segment import SEGMENTER_VERSION

    assert segmenter_in_source() == SEGMENTER_VERSION


def test_two_dubas_upgrading_one_old_catalogue_at_once_both_open_it(
    archive: Path,  # noqa: F811
    temp_dirs: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two dubas that open a schema-1 catalogue at the same moment both read schema 1; the first adds
    the column. The second must open the file as upgraded, not fail on "duplicate column name"."""
    from reader.archive.catalogue import Catalogue

    run(capsys, "library", "add", str(archive))
    library = temp_dirs / "data" / "library.sqlite3"
    with sqlite3.connect(library) as db:  # the first has added the column; the second read schema 1
        db.execute("PRAGMA user_version = 1")
    db.close()
    with Catalogue(library) as catalogue:
        assert len(catalogue) == 4
    code, out, _ = run(capsys, "library", "list")
    assert code == 0 and "1 page" in _paper(out, "聊城日报")
