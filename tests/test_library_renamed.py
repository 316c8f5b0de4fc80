"""`duba library update` reads again the paper, date and page of pages an older duba named by rules
since changed. A file `剪报.txt` (clippings) was catalogued as of a paper called 剪报, before duba
learnt that such a name names no paper; the page kept that paper in `duba library list` until its file
changed, however many updates followed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.archive.catalogue import default_path
from tests.clitest import duba
from tests.test_archive_cli import body, write

pytestmark = pytest.mark.usefixtures("temp_dirs")


def as_an_older_duba_left_it(library: Path) -> None:
    """The catalogue as a duba of schema 2 wrote it, with the clippings page under a paper 剪报."""
    with sqlite3.connect(library) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(pages)")}
        if "named" in columns:
            db.execute("ALTER TABLE pages DROP COLUMN named")
        db.execute("UPDATE pages SET paper = '剪报' WHERE path LIKE '%剪报.txt'")
        db.execute("PRAGMA user_version = 2")


def test_update_takes_a_paper_older_rules_read_from_a_file_name_away(tmp_path: Path) -> None:
    write(tmp_path / "clips" / "剪报.txt", body("全县上下齐心协力推动经济发展。"))
    write(tmp_path / "clips" / "rmrb" / "1998-01-05" / "03.txt", body("农民收入继续增加。"))
    assert duba("library", "add", str(tmp_path / "clips")).returncode == 0
    as_an_older_duba_left_it(default_path())
    listed = duba("library", "list").stdout
    assert "\n剪报  no dates  1 page" in listed, listed  # (as it was: listing changes nothing)

    ran = duba("library", "update")
    assert ran.returncode == 0, ran.stderr
    listed = duba("library", "list").stdout
    assert "剪报" not in listed, listed
    assert "人民日报" in listed and "(paper unknown)" in listed, listed
    assert "0 changed, 2 unchanged, 1 with paper, date or page read anew;" in ran.stdout, ran.stdout

    again = duba("library", "update").stdout  # read anew once: the next update reads nothing
    assert "0 added, 0 changed, 2 unchanged;" in again, again


def test_update_gives_a_page_the_section_its_running_head_sets_beside_the_page_number(tmp_path: Path) -> None:
    """A running head `人民日报  1998年1月5日  星期一  第3版  科技` named no section to a duba that read a
    section only on a line of its own; `library update` gives the catalogued page (the reader's page
    tree and bookmark citations read it) its section."""
    head = "人民日报  1998年1月5日  星期一  第3版  科技\n\n"
    write(tmp_path / "lib" / "page.txt", head + body("农民收入继续增加。"))
    assert duba("library", "add", str(tmp_path / "lib")).returncode == 0
    with sqlite3.connect(default_path()) as db:
        db.execute("UPDATE pages SET section = '', named = 2")

    ran = duba("library", "update")
    assert "1 with paper, date or page read anew;" in ran.stdout, ran.stdout
    with sqlite3.connect(default_path()) as db:
        assert db.execute("SELECT paper, page_no, section FROM pages").fetchall() == [
            ("人民日报", "3", "科技")
        ]
