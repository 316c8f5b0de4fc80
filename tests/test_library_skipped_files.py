"""A file in a library folder that is no page (binary, empty) is said once, not on every command: it was
read again, and its warning printed, by every `duba search`, `kwic` and `trend` over the library, every
`library update` and every start of the reader. The catalogue remembers it (`reader.archive.skipped`):
named by the scan that first meets it, again only once it changes, and `duba library list` lists it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app.app import DubaApp
from reader.library import Library
from tests.apptest import main_screen, notices, run, settle
from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")

BINARY = bytes(range(256)) * 20


def folder(tmp_path: Path) -> Path:
    """rmrb/1998-01-05: a page and a binary file saved as a page (a PDF renamed .txt)."""
    day = tmp_path / "papers" / "rmrb" / "1998-01-05"
    day.mkdir(parents=True)
    (day / "01.txt").write_text("　　经济发展是第一要务，经济工作要抓好。\n", encoding="utf-8")
    (day / "02.txt").write_bytes(BINARY)
    return (tmp_path / "papers").resolve()


def test_a_binary_file_is_said_when_added_and_not_on_every_command(tmp_path: Path) -> None:
    root = folder(tmp_path)
    binary = root / "rmrb" / "1998-01-05" / "02.txt"
    ran = duba("library", "add", str(root))
    assert ran.returncode == 0 and "1 added" in ran.stdout and "1 skipped" in ran.stdout
    assert [line for line in ran.stderr.splitlines() if "02.txt" in line] == [
        f"duba: {binary}: looks like a binary file, not a text page"
    ]
    for command in (["search", "经济"], ["kwic", "经济"], ["trend", "经济"]):
        ran = duba(*command)
        assert ran.returncode == 0, (command, ran.stderr)
        assert "02.txt" not in ran.stderr, command
    ran = duba("library", "update")
    assert "02.txt" not in ran.stderr
    assert "1 skipped as before (duba library list names it)" in ran.stdout
    listed = duba("library", "list").stdout
    assert f"1 file skipped (no page; read again once changed):\n  {binary}: looks like a binary" in listed


def test_a_skipped_file_is_read_again_once_it_changes(tmp_path: Path) -> None:
    root = folder(tmp_path)
    binary = root / "rmrb" / "1998-01-05" / "02.txt"
    duba("library", "add", str(root))
    binary.write_bytes(BINARY * 2)  # still no page: said again, once
    assert f"{binary}: looks like a binary file" in duba("search", "经济").stderr  # (the search reads it)
    assert f"{binary}: looks like a binary file" in duba("library", "update").stderr
    assert "02.txt" not in duba("library", "update").stderr
    binary.write_text("　　农村经济稳中有进。\n", encoding="utf-8")  # a page now
    ran = duba("library", "update")
    assert "1 added" in ran.stdout and " skipped" not in ran.stdout
    assert "skipped (no page" not in duba("library", "list").stdout
    assert "农村经济" in duba("search", "农村").stdout


def test_removing_the_folder_forgets_its_skipped_files(tmp_path: Path) -> None:
    root = folder(tmp_path)
    duba("library", "add", str(root))
    duba("library", "remove", str(root))
    duba("library", "add", str(root / "rmrb" / "1998-01-05" / "01.txt"))
    assert "skipped (no page" not in duba("library", "list").stdout


@run
async def test_the_reader_does_not_say_it_again_at_each_start(tmp_path: Path) -> None:
    root = folder(tmp_path)
    duba("library", "add", str(root))  # (said there)
    for _start in range(2):
        app = DubaApp(library=Library.for_plain_start(tmp_path / "unused"))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert len(main_screen(app).library.pages) == 1
            said = notices(app)
            assert not any("02.txt" in n or "binary" in n for n in said), said
