"""`duba search`, `kwic` and `trend` on the library after its pages changed on disk, without a rescan.

They read the library from its snapshot: a page edited since the last scan was searched as it was then
("no occurrence" of a word just added to it), a page deleted since was still found, and nothing said so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_archive_cli import body, run, write

pytestmark = pytest.mark.usefixtures("temp_dirs")


@pytest.fixture
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A library of three dated pages, searched once (which leaves its snapshot in the cache)."""
    root = tmp_path / "papers"
    write(root / "1998-01-05" / "01.txt", body("经济发展是第一要务。", "农民收入继续增加。"))
    write(root / "1998-01-05" / "02.txt", body("科技创新推动经济发展。"))
    write(root / "1998-01-06" / "01.txt", body("城市建设日新月异，热气球升空。"))
    assert run(capsys, "library", "add", str(root))[0] == 0
    assert run(capsys, "kwic", "经济")[0] == 0
    return root


def _catalogue(temp_dirs: Path) -> bytes:
    return (temp_dirs / "data" / "library.sqlite3").read_bytes()


@pytest.mark.parametrize("command", ["kwic", "search", "trend"])
def test_a_page_edited_since_the_last_scan_is_searched_as_it_is_now_and_said(
    library: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    page = library / "1998-01-05" / "02.txt"
    with page.open("a", encoding="utf-8") as handle:
        handle.write(body("葡萄柚飞艇今日试飞。"))
    before = _catalogue(temp_dirs)
    code, out, err = run(capsys, command, "飞艇")
    assert code == 0, err
    if command == "trend":
        assert "1998-01     " in out and "no occurrence" not in out, out
        assert "      1" in out, out
    else:
        assert "飞艇" in out and "no " not in out, out
    said = " ".join(err.split())
    assert f"1 library page changed since the library was last scanned ({page})" in said, err
    assert "duba library update" in said
    assert _catalogue(temp_dirs) == before  # searching writes no catalogue


def test_a_page_touched_but_not_changed_says_nothing(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = library / "1998-01-05" / "02.txt"
    page.write_bytes(page.read_bytes())  # a new time, the same content
    code, out, err = run(capsys, "kwic", "经济")
    assert code == 0 and out.count("经济") == 2, out
    assert err == ""


def test_a_page_deleted_since_is_left_out_and_a_new_one_searched_each_said(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = library / "1998-01-06" / "01.txt"
    gone.unlink()
    new = library / "1998-01-04" / "01.txt"
    write(new, body("气象观测站里，热气球再次升空。", "经济稳中有进。"))
    code, out, err = run(capsys, "kwic", "热气球")
    assert code == 0, err
    assert "再次" in out and "城市建设" not in out, out
    said = " ".join(err.split())
    assert f"1 library page no longer found ({gone}): left out" in said, err
    assert f"1 new page in the library's folders ({new}): searched too" in said, err
    # the new page in date order, as the catalogue lists its pages
    code, out, err = run(capsys, "kwic", "经济")
    dates = [line.split()[0] for line in out.splitlines() if "经济" in line]
    assert dates == ["1998-01-04", "1998-01-05", "1998-01-05"], out


def test_too_many_changed_pages_are_searched_as_last_scanned_and_said(
    library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.archive.drift

    monkeypatch.setattr(reader.archive.drift, "READ_AT_MOST", 1)
    for name in ("01.txt", "02.txt"):
        with (library / "1998-01-05" / name).open("a", encoding="utf-8") as handle:
            handle.write(body("葡萄柚飞艇今日试飞。"))
    code, out, err = run(capsys, "kwic", "飞艇")
    said = " ".join(err.split())
    assert "2 library pages changed or new since the library was last scanned" in said, err
    assert "too many to read here, so results may show them as they were then" in said
    assert "duba library update reads them" in said
    assert run(capsys, "library", "update")[0] == 0
    code, out, err = run(capsys, "kwic", "飞艇")
    assert out.count("飞艇") == 2 and err == "", (out, err)


def test_a_library_add_stopped_by_ctrl_c_says_what_it_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ctrl+c in `duba library add` left "cataloguing 1177/4010 pages" and said nothing of what was kept."""
    from reader.archive import scan

    root = tmp_path / "more"
    for n in range(3):
        write(root / f"1998-02-0{n + 1}" / "01.txt", body("科技创新推动经济发展。"))
    real = scan.inspect_all

    def stopped(tasks: list[scan.Task]):  # type: ignore[no-untyped-def]
        yield from real(tasks[:1])
        raise KeyboardInterrupt

    monkeypatch.setattr("reader.archive.catalogue.inspect_all", stopped)
    monkeypatch.setattr("reader.archive.catalogue.BATCH", 1)  # (pages are written 200 at a time)
    code, _out, err = run(capsys, "library", "add", str(root))
    assert code == 130
    said = " ".join(err.split())
    assert (
        "stopped; the library holds 1 page now" in said
        and "duba library add again goes on from there" in said
    )


@pytest.mark.parametrize("command", ["kwic", "search", "trend"])
def test_a_folder_not_found_is_said_once_not_once_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """A folder of the library not there (a disk not plugged in) before any search made the snapshot:
    every search printed a line per page of it, each naming the file twice (s43 walk)."""
    import shutil

    kept, unplugged = tmp_path / "papers", tmp_path / "disk"
    write(kept / "1998-01-05" / "01.txt", body("经济发展是第一要务。"))
    for day in range(1, 4):
        write(unplugged / f"1998-02-0{day}" / "01.txt", body("科技创新推动经济发展。"))
    assert run(capsys, "library", "add", str(kept), str(unplugged))[0] == 0
    shutil.rmtree(unplugged)
    code, out, err = run(capsys, command, "经济")
    assert code == 0, err
    assert "1998-01" in out or "要务" in out, out
    lines = err.splitlines()
    assert not any("01.txt" in line for line in lines), err
    said = " ".join(err.split())
    assert f"{unplugged}: not found; its 3 pages are left out until it is back" in said, err
