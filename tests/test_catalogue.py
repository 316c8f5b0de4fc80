"""The library's catalogue: adding folders, and noticing new, touched, changed, moved and deleted pages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader.archive.catalogue import Catalogue

pytestmark = pytest.mark.usefixtures("temp_dirs")

BODY = (
    "　　本报讯　春节将至，市场供应充足，物价总体平稳。\n\n　　记者走访多家超市看到，蔬菜、肉类货源充足。\n"
)


def write(path: Path, text: str = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "papers"
    for day in ("2025-01-02", "2025-01-03"):
        for page in (1, 2):
            write(root / "rmrb" / day / f"{page:02d}.txt", BODY + f"第{page}版，{day}。\n")
    write(root / "聊城日报_20230313_03.txt")
    write(root / "loose" / "notes.txt", "没有日期的一页。\n")
    return root


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    with Catalogue(tmp_path / "library.sqlite3") as cat:
        yield cat


def test_add_catalogues_every_page_with_its_metadata(archive: Path, catalogue: Catalogue) -> None:
    report = catalogue.add([archive])
    assert len(report.added) == 6 and not report.errors
    papers = {p.paper: p for p in catalogue.papers()}
    assert papers["人民日报"].pages == 4
    assert (papers["人民日报"].first, papers["人民日报"].last) == ("2025-01-02", "2025-01-03")
    assert papers["聊城日报"].first == "2023-03-13"
    assert papers[""].undated == 1
    rmrb = catalogue.pages("人民日报")
    assert [(p.date, p.page_no) for p in rmrb] == [
        ("2025-01-02", "1"),
        ("2025-01-02", "2"),
        ("2025-01-03", "1"),
        ("2025-01-03", "2"),
    ]
    assert all(p.articles >= 1 for p in rmrb)


def test_adding_again_reads_nothing(archive: Path, catalogue: Catalogue) -> None:
    catalogue.add([archive])
    again = catalogue.add([archive])
    assert (again.added, again.changed, again.unchanged, again.bytes_read) == ([], [], 6, 0)


def test_touched_changed_new_and_deleted_files(archive: Path, catalogue: Catalogue) -> None:
    catalogue.add([archive])
    touched = archive / "rmrb" / "2025-01-02" / "01.txt"
    stat = touched.stat()
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    changed = archive / "rmrb" / "2025-01-02" / "02.txt"
    write(changed, BODY + "又增加了一段新的内容。\n\n　　第二段也是新的。\n")
    old_sha = next(p.sha for p in catalogue.pages() if p.path == str(changed))
    new = write(archive / "rmrb" / "2025-01-04" / "01.txt")
    (archive / "loose" / "notes.txt").unlink()

    report = catalogue.update()
    assert report.touched == [str(touched)]
    assert report.changed == [str(changed)]
    assert report.added == [str(new)]
    assert report.removed == [str(archive / "loose" / "notes.txt")]
    assert report.unchanged == 3
    assert any("no longer found" in m for m in report.messages())
    assert next(p.sha for p in catalogue.pages() if p.path == str(changed)) != old_sha
    assert len(catalogue) == 6


def test_a_moved_page_keeps_its_record_and_is_reported(archive: Path, catalogue: Catalogue) -> None:
    catalogue.add([archive])
    old = archive / "聊城日报_20230313_03.txt"
    sha = next(p.sha for p in catalogue.pages() if p.path == str(old))
    new = archive / "聊城日报" / "聊城日报_20230313_03.txt"
    new.parent.mkdir()
    shutil.move(old, new)
    report = catalogue.update()
    assert report.moved == [(str(old), str(new))]
    assert not report.added and not report.removed
    found = catalogue.find(sha)
    assert found is not None and found.path == str(new)


def test_a_missing_root_keeps_its_pages(archive: Path, catalogue: Catalogue, tmp_path: Path) -> None:
    catalogue.add([archive])
    archive.rename(tmp_path / "elsewhere")
    report = catalogue.update()
    assert report.missing_roots == [str(archive)]
    assert len(catalogue) == 6


def test_remove_forgets_a_folder(archive: Path, catalogue: Catalogue) -> None:
    catalogue.add([archive / "rmrb", archive / "loose"])
    assert catalogue.remove(archive / "rmrb") == 4
    assert catalogue.roots() == [str(archive / "loose")]
    assert len(catalogue) == 1


def test_a_sidecar_change_is_noticed(archive: Path, catalogue: Catalogue) -> None:
    catalogue.add([archive])
    page = archive / "loose" / "notes.txt"
    (archive / "loose" / "notes.meta.json").write_text('{"paper": "解放日报", "date": "1999-09-09"}')
    report = catalogue.update()
    assert report.changed == [str(page)]
    record = next(p for p in catalogue.pages() if p.path == str(page))
    assert (record.paper, record.date) == ("解放日报", "1999-09-09")


def test_an_undecodable_file_is_reported_and_the_rest_added(archive: Path, catalogue: Catalogue) -> None:
    (archive / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 3 + b"\x00")
    report = catalogue.add([archive])
    assert len(report.added) >= 6
    assert all("broken.txt" in e for e in report.errors)


def test_a_file_name_that_is_not_utf8_is_reported_and_the_rest_added(
    archive: Path, catalogue: Catalogue, tmp_path: Path
) -> None:
    """A GBK file name (from a Windows archive) decodes with lone surrogates, which SQLite text cannot
    hold: `duba library add` ended in a UnicodeEncodeError traceback and the pages scanned with it were
    not written either."""
    write(archive / os.fsdecode(b"\xc8\xcb\xc3\xf1.txt"))  # 人民.txt in GBK
    report = catalogue.add([archive])
    assert len(report.added) == 6  # every other page
    [message] = report.errors
    assert "人民.txt" in message and "not UTF-8" in message
    folder = tmp_path / os.fsdecode(b"\xb1\xa8")  # 报, in GBK: a folder given to add
    write(folder / "01.txt")
    report = catalogue.add([folder])
    assert not report.added and "not UTF-8" in report.errors[0]
    assert len(catalogue) == 6


def test_worker_processes_catalogue_the_same(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.archive.scan as scan_module

    with Catalogue(tmp_path / "serial.sqlite3") as serial:
        serial.add([archive])
        expected = serial.pages()
    monkeypatch.setattr(scan_module, "PARALLEL_MIN", 2)
    monkeypatch.setattr(scan_module, "WORKERS", 2)
    monkeypatch.setattr(scan_module.os, "cpu_count", lambda: 2)
    with Catalogue(tmp_path / "parallel.sqlite3") as parallel:
        report = parallel.add([archive])
        assert len(report.added) == 6
        assert parallel.pages() == expected


def test_issue_is_the_pages_of_one_paper_on_one_date(archive: Path, catalogue: Catalogue) -> None:
    catalogue.add([archive])
    first = catalogue.issue()  # no page asked for: the library's first issue, in page order
    assert [(p.paper, p.date, p.page_no) for p in first] == [
        ("人民日报", "2025-01-02", "1"),
        ("人民日报", "2025-01-02", "2"),
    ]
    later = next(p for p in catalogue.pages("人民日报") if p.date == "2025-01-03" and p.page_no == "2")
    assert [(p.date, p.page_no) for p in catalogue.issue(later.sha)] == [
        ("2025-01-03", "1"),
        ("2025-01-03", "2"),
    ]
    undated = next(p for p in catalogue.pages() if not p.date)
    assert catalogue.issue(undated.sha) == [undated]  # an undated page is an issue of its own
    assert catalogue.issue("no such hash") == first


class FakeMsvcrt:
    """Windows' `msvcrt.locking` as documented: byte ranges of a file locked per handle; a non-blocking
    lock of a range another handle holds raises OSError."""

    LK_UNLCK, LK_LOCK, LK_NBLCK = 0, 1, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_UNLCK:
            del self.held[key]
        elif self.held.setdefault(key, fd) != fd:
            raise OSError(36, "Resource deadlock avoided")


def test_the_library_is_locked_where_there_is_no_flock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows (no fcntl) the write lock did nothing: two `duba library add` at once both read every
    page and both said they had added them. It locks a byte of the lock file there, and the second is
    told who is at work and waits."""
    import sys
    import threading

    from reader.archive.writelock import write_lock

    monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` fails, as on Windows
    monkeypatch.setitem(sys.modules, "msvcrt", FakeMsvcrt())
    library = tmp_path / "data" / "library.sqlite3"
    told: list[str] = []
    asked, inside = threading.Event(), threading.Event()

    def second() -> None:
        def waiting(who: str) -> None:
            told.append(who)
            asked.set()

        with write_lock(library, "duba library add", waiting=waiting):
            inside.set()

    with write_lock(library, "duba library update"):
        thread = threading.Thread(target=second)
        thread.start()
        assert asked.wait(60)
        assert told == [f"duba library update (pid {os.getpid()})"]
        assert not inside.is_set()  # it waits for the first
    thread.join(60)
    assert inside.is_set()
