"""An empty page file and the library: README says a file given to `duba library add` with no page in it
that can be read is not added, but an empty .txt was added without a word ("1 added"), listed as a page
of 0 articles, and in a folder each empty file was catalogued as a page. An empty file (nothing but
blank lines) is no page: named, not catalogued, the rest of its folder added."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")

PAGE = "　　经济发展是第一要务，经济工作要抓好。\n"


def test_an_empty_file_given_to_add_is_not_added_and_says_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    ran = duba("library", "add", str(empty))
    assert ran.returncode == 2
    assert ran.stderr.splitlines()[:2] == [
        f"duba: {empty}: empty file (no text found), not a page",
        f"duba: {empty}: not added to the library",
    ]
    assert "0 added" in ran.stdout
    assert "The library is empty" in duba("library", "list").stdout


def test_empty_files_in_a_folder_are_named_and_the_rest_is_added(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "01.txt").write_text(PAGE, encoding="utf-8")
    (folder / "02.txt").write_bytes(b"")
    (folder / "03.txt").write_text(" \n\n\u3000\n", encoding="utf-8")  # blank lines only
    ran = duba("library", "add", str(folder))
    assert ran.returncode == 0
    assert "1 added" in ran.stdout and "2 skipped" in ran.stdout
    for name in ("02.txt", "03.txt"):
        assert f"duba: {folder / name}: empty file (no text found), not a page" in ran.stderr
    listed = duba("library", "list").stdout
    assert "1 page, 1 article" in listed and f"1 page from 1 folder:\n  {folder.resolve()}" in listed


def test_a_page_emptied_after_it_was_added_is_said_and_its_record_kept(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    page = folder / "01.txt"
    page.write_text(PAGE, encoding="utf-8")
    duba("library", "add", str(folder))
    page.write_bytes(b"")  # (a crash while it was written)
    ran = duba("library", "update")
    assert "0 changed" in ran.stdout and f"{page.resolve()}: empty file" in ran.stderr
    assert "1 page, 1 article" in duba("library", "list").stdout
