"""`duba bookmarks list --find QUERY` says on stderr that nothing matched and exits 1, as grep, `duba
search` and `duba kwic` do: it printed "No bookmark of 2 matches" on stdout and exited 0, so a script
(`duba bookmarks list --find '#论文' && …`) could not tell a match from none."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.bookmarks.storage import DurableStorage
from reader.bookmarks.store import TABLE
from tests.clitest import duba
from tests.test_bookmark_csl import bookmark

pytestmark = pytest.mark.usefixtures("temp_dirs")


def two_bookmarks(tmp_path: Path) -> Path:
    """A bookmark file with two bookmarks, one tagged 新能源."""
    db = tmp_path / "marks.json"
    other = bookmark(id="b2", headline="某市新建图书馆", note="second chapter", tags=("文化",))
    DurableStorage(db).write({TABLE: {"b1": bookmark().to_dict(), "b2": other.to_dict()}})
    return db


def test_no_bookmark_found_says_so_on_stderr_and_exits_1(tmp_path: Path) -> None:
    db = two_bookmarks(tmp_path)
    ran = duba("bookmarks", "--db", str(db), "list", "--find", "无此词")
    assert ran.returncode == 1
    assert ran.stdout == ""
    assert ran.stderr == f"duba: no bookmark matches '无此词' (2 bookmarks in {db})\n"


def test_a_bookmark_found_exits_0(tmp_path: Path) -> None:
    db = two_bookmarks(tmp_path)
    ran = duba("bookmarks", "--db", str(db), "list", "--find", "#新能源")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("1 of 2 bookmarks match") and ran.stderr == "", ran


def test_help_gives_the_exit_status() -> None:
    said = " ".join(duba("bookmarks", "list", "--help").stdout.split())
    assert "1 if --find matches none" in said, said
