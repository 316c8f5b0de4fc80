"""`duba library remove FOLDER` and what was added inside it on its own: `library add A` then `library add
A/sub`, and `library remove A` forgot A/sub and its pages too, saying only "2 pages removed". What the user
added on its own stays, and is named with the command that removes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")


def folders(tmp_path: Path) -> tuple[Path, Path]:
    outer = tmp_path / "papers"
    inner = outer / "rmrb"
    inner.mkdir(parents=True)
    (outer / "loose.txt").write_text("　　经济发展是第一要务。\n", encoding="utf-8")
    (inner / "01.txt").write_text("　　农民收入继续增加。\n", encoding="utf-8")
    (inner / "02.txt").write_text("　　香港回归以后，经济繁荣稳定。\n", encoding="utf-8")
    return outer.resolve(), inner.resolve()


def test_removing_a_folder_keeps_a_folder_inside_it_added_on_its_own(tmp_path: Path) -> None:
    outer, inner = folders(tmp_path)
    assert duba("library", "add", str(outer)).returncode == 0
    assert duba("library", "add", str(inner)).returncode == 0
    ran = duba("library", "remove", str(outer))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        f"{outer}: 1 page removed from the library",
        f"{inner}: kept (added on its own, 2 pages); to remove it too: duba library remove {inner}",
    ]
    listed = duba("library", "list").stdout
    assert f"2 pages from 1 folder:\n  {inner}\n" in listed
    assert "经济繁荣" in duba("search", "香港").stdout  # its pages are still searched
    ran = duba("library", "remove", str(inner))
    assert ran.stdout == f"{inner}: 2 pages removed from the library\n"
    assert "The library is empty" in duba("library", "list").stdout


def test_removing_a_folder_not_added_removes_every_folder_added_inside_it(tmp_path: Path) -> None:
    outer, inner = folders(tmp_path)
    duba("library", "add", str(inner))
    duba("library", "add", str(outer / "loose.txt"))
    ran = duba("library", "remove", str(outer))
    assert ran.stdout == f"{outer}: 3 pages removed from the library\n"
    assert "The library is empty" in duba("library", "list").stdout


def test_a_folder_added_inside_a_library_folder_can_be_removed_again(tmp_path: Path) -> None:
    """`library add A` then `library add A/sub`: `library remove A/sub` refused ("inside the library
    folder A … remove that folder"), and A/sub stayed listed as a folder of its own for good (s43 walk).
    It is forgotten as a folder of its own; its pages stay, A holding them."""
    outer, inner = folders(tmp_path)
    assert duba("library", "add", str(outer)).returncode == 0
    assert duba("library", "add", str(inner)).returncode == 0
    ran = duba("library", "remove", str(inner))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == (
        f"{inner}: no longer added on its own; its 2 pages stay in the library, in {outer}\n"
    )
    listed = duba("library", "list").stdout
    assert f"3 pages from 1 folder:\n  {outer}\n" in listed
    assert "经济繁荣" in duba("search", "香港").stdout
    # a folder inside one added, not added itself, is still refused: its pages would come back
    ran = duba("library", "remove", str(inner))
    assert ran.returncode == 2 and "inside the library folder" in ran.stderr
