"""`duba bookmarks list` and `export` cite where the page is printed as the library knows it now.

A bookmark keeps the paper, date and page its page had when it was made. A historian who then gives the
page a sidecar (`NAME.meta.json`) or moves its file into the right dated folder, and runs `duba library
update`, saw search name the new paper and date while the export still cited `[报纸名不详],
[出版日期不详]`, or the old date (s43 walk)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from reader.archive.catalogue import Catalogue
from reader.bookmarks.storage import DurableStorage
from reader.bookmarks.store import TABLE
from tests.clitest import duba
from tests.test_bookmark_csl import bookmark

pytestmark = pytest.mark.usefixtures("temp_dirs")


def marked(tmp_path: Path, page: Path, **printed: str) -> Path:
    """A bookmark file with one bookmark on `page` (catalogued in the library), printed as `printed`."""
    with Catalogue() as catalogue:
        catalogue.add([tmp_path / "papers"])
        (record,) = catalogue.pages()
    mark = bookmark(page=page.name, page_no="", **printed)
    mark = replace(mark, page_sha=record.sha, page_path=str(page.resolve()))
    db = tmp_path / "marks.json"
    DurableStorage(db).write({TABLE: {mark.id: mark.to_dict()}})
    return db


def test_a_sidecar_added_since_the_bookmark_names_the_paper_and_date(tmp_path: Path) -> None:
    page = tmp_path / "papers" / "scan" / "page_0007.txt"
    page.parent.mkdir(parents=True)
    page.write_text("　　开局即决战，起步即冲刺。\n", encoding="utf-8")
    db = marked(tmp_path, page, paper="", date="")
    said = duba("bookmarks", "--db", str(db), "export").stdout
    assert "[报纸名不详], [出版日期不详]" in said, said
    sidecar = {"paper": "人民日报", "date": "1998-01-12", "page_no": "5"}
    page.with_name("page_0007.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    assert duba("library", "update").returncode == 0
    ran = duba("bookmarks", "--db", str(db), "export")
    assert ran.returncode == 0, ran.stderr
    assert "[N]. 人民日报, 1998-01-12(5)." in ran.stdout, ran.stdout
    assert "来源文件" not in ran.stdout and "不详" not in ran.stdout
    listed = duba("bookmarks", "--db", str(db), "list", "--find", "人民日报")
    assert "人民日报 1998-01-12 第5版" in listed.stdout, listed.stdout


def test_a_page_moved_to_another_dated_folder_is_cited_by_its_date_now(tmp_path: Path) -> None:
    page = tmp_path / "papers" / "rmrb" / "1998-01-21" / "03.txt"
    page.parent.mkdir(parents=True)
    page.write_text("　　开局即决战，起步即冲刺。\n", encoding="utf-8")
    db = marked(tmp_path, page, paper="人民日报", date="1998-01-21")
    moved = tmp_path / "papers" / "rmrb" / "1998-01-12" / "03.txt"
    moved.parent.mkdir()
    page.rename(moved)
    assert duba("library", "update").returncode == 0
    ran = duba("bookmarks", "--db", str(db), "export", "--format", "ris")
    assert ran.returncode == 0, ran.stderr
    assert "DA  - 1998/01/12/" in ran.stdout and "SP  - 3" in ran.stdout, ran.stdout
