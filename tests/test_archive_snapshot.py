"""Opening the library's pages from one snapshot, and noticing when it no longer holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import reader.archive.scan
import reader.archive.snapshot
import reader.corpus
from reader.archive.catalogue import Catalogue
from reader.archive.snapshot import load_pages

pytestmark = pytest.mark.usefixtures("temp_dirs")


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    root = tmp_path / "papers" / "rmrb"
    for day in ("2025-01-02", "2025-01-03"):
        folder = root / day
        folder.mkdir(parents=True)
        (folder / "01.txt").write_text(f"　　{day}的新闻，市场供应充足。\n", encoding="utf-8")
    with Catalogue() as cat:
        cat.add([root])
        yield cat


def test_the_second_open_reads_the_snapshot(catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    pages, errors = load_pages(catalogue.pages())
    assert [p.meta.date for p in pages] == ["2025-01-02", "2025-01-03"] and errors == []

    def unreadable(*_args: object, **_kw: object) -> None:
        raise AssertionError("read page by page")

    monkeypatch.setattr(reader.corpus, "load_page", unreadable)
    again, errors = load_pages(catalogue.pages())
    assert [p.sha for p in again] == [p.sha for p in pages] and errors == []
    assert again[0].articles[0].text == pages[0].articles[0].text


def test_a_snapshot_in_chunks_reads_back_every_page_in_order_with_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "papers" / "lcrb"
    root.mkdir(parents=True)
    for day in range(1, 8):
        (root / f"聊城日报_202501{day:02d}_01.txt").write_text(f"　　1月{day}日的新闻。\n", encoding="utf-8")
    monkeypatch.setattr(reader.archive.snapshot, "CHUNK", 3)  # 7 pages: chunks of 3, 3 and 1
    with Catalogue() as cat:
        cat.add([root])
        records = cat.pages()
    pages, _ = load_pages(records)
    monkeypatch.setattr(reader.corpus, "load_page", None)  # from the snapshot only
    seen: list[tuple[int, int]] = []
    again, errors = load_pages(records, lambda done, total: seen.append((done, total)))
    assert [p.sha for p in again] == [p.sha for p in pages] and errors == []
    assert [p.meta.date for p in again] == [f"2025-01-{day:02d}" for day in range(1, 8)]
    assert seen == [(3, 7), (6, 7), (7, 7)]


def test_what_progress_raises_stops_the_load_and_is_no_cache_miss(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cancelled load (the reader closing) raises from its progress: it must end the load, not be taken
    # for an unreadable snapshot and send the load on to read every page one by one.
    load_pages(catalogue.pages())

    class Stop(Exception):
        pass

    def stop(_done: int, _total: int) -> None:
        raise Stop

    def one_by_one(*_args: object, **_kw: object) -> None:
        raise AssertionError("read page by page")

    monkeypatch.setattr(reader.corpus, "load_page", one_by_one)
    with pytest.raises(Stop):
        load_pages(catalogue.pages(), stop)


def test_a_new_page_or_a_correction_rebuilds_it(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_pages(catalogue.pages())
    extra = tmp_path / "papers" / "rmrb" / "2025-01-04" / "01.txt"
    extra.parent.mkdir()
    extra.write_text("　　新的一天。\n", encoding="utf-8")
    catalogue.update()
    pages, _ = load_pages(catalogue.pages())
    assert len(pages) == 3
    corrections = tmp_path / "data" / "corrections"
    corrections.mkdir()
    (corrections / f"{pages[0].sha}.json").write_text('{"ops": []}', encoding="utf-8")
    calls = []
    original = reader.corpus.load_page

    def counting(path: Path, *args: object, **kw: object) -> object:
        calls.append(path)
        return original(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.corpus, "load_page", counting)
    load_pages(catalogue.pages())
    assert len(calls) == 3


def test_a_page_changed_since_it_was_catalogued_is_reported(catalogue: Catalogue) -> None:
    path = Path(catalogue.pages()[0].path)
    path.write_text("　　改过的内容。\n", encoding="utf-8")
    pages, errors = load_pages(catalogue.pages())
    assert len(pages) == 2
    assert errors == [f"{path}: changed since it was added (duba library update)"]


def test_after_an_upgrade_the_pages_are_opened_in_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an upgrade of the segmenter neither the snapshot nor the segmentation cache holds, and
    every page is segmented again (~3 min for 14,608 pages in one process). The pages are now opened
    in worker processes: the same pages, none segmented by the opening process, the count the reader
    shows going up to the last page."""
    root = tmp_path / "papers" / "lcrb"
    root.mkdir(parents=True)
    for day in range(1, 7):
        text = f"　　1月{day}日，市场供应充足，价格平稳。\n\n　　有关部门表示，将继续做好保供稳价工作。\n"
        (root / f"聊城日报_202501{day:02d}_01.txt").write_text(text, encoding="utf-8")
    with Catalogue() as cat:
        cat.add([root])
        records = cat.pages()
    before, _ = load_pages(records)
    # the upgrade: the snapshot and the segmentation cache are another version's
    reader.archive.snapshot._file().unlink()
    shutil.rmtree(reader.corpus._cache_file("x").parent)
    monkeypatch.setattr(reader.archive.scan, "PARALLEL_MIN", 2)  # (six pages: worth the workers here)
    segmented_here: list[str] = []
    segment = reader.corpus.segment

    def counted(text: str, *args: object, **kwargs: object) -> object:
        segmented_here.append(text)
        return segment(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.corpus, "segment", counted)
    seen: list[tuple[int, int]] = []
    pages, errors = load_pages(records, lambda done, total: seen.append((done, total)))
    assert errors == [] and segmented_here == []
    assert [p.articles[0].paragraphs for p in pages] == [p.articles[0].paragraphs for p in before]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and seen[-1] == (6, 6)
