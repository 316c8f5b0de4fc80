"""`duba bookmarks export` of quotes from one page file copied byte for byte into two dated folders, each
copy with a sidecar naming its own section: each reference cites the section of the copy it was quoted
from (the section was looked up by content hash alone, so both cited one copy's)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from reader.archive.catalogue import Catalogue
from reader.bookmarks.storage import DurableStorage
from reader.bookmarks.store import TABLE
from tests.clitest import duba
from tests.test_bookmark_csl import bookmark

pytestmark = pytest.mark.usefixtures("temp_dirs")

SECTIONS = {"2025-01-02": "要闻", "2025-01-09": "国际"}


def two_copies(root: Path) -> dict[str, Path]:
    """The same page under two dates of 人民日报, its sidecars naming two sections: date → page file."""
    files = {}
    for day, section in SECTIONS.items():
        page = root / "rmrb" / day / "01.txt"
        page.parent.mkdir(parents=True)
        if files:
            shutil.copy(next(iter(files.values())), page)
        else:
            page.write_text("　　开局即决战，起步即冲刺。\n", encoding="utf-8")
        (page.parent / "01.meta.json").write_text(json.dumps({"section": section}), encoding="utf-8")
        files[day] = page
    return files


def stored_marks(tmp_path: Path, with_paths: bool) -> Path:
    """One bookmark on each copy (with the page's path as the reader records it, or without, as an older
    duba wrote them), catalogued in the library first."""
    files = two_copies(tmp_path / "papers")
    with Catalogue() as catalogue:
        catalogue.add([tmp_path / "papers"])
        records = {page.date: page for page in catalogue.pages()}
    assert {day: records[day].section for day in SECTIONS} == SECTIONS
    assert len({page.sha for page in records.values()}) == 1
    marks = {}
    for number, (day, page) in enumerate(files.items()):
        mark = bookmark(id=f"b{number}", paper="人民日报", date=day, page_no="1", page="01.txt")
        mark = replace(mark, page_sha=records[day].sha, page_path=str(page.resolve()) if with_paths else "")
        marks[mark.id] = mark.to_dict()
    db = tmp_path / "marks.json"
    DurableStorage(db).write({TABLE: marks})
    return db


@pytest.mark.parametrize("with_paths", [True, False], ids=["page path", "paper and date"])
def test_csl_cites_the_section_of_the_copy_quoted(tmp_path: Path, with_paths: bool) -> None:
    db = stored_marks(tmp_path, with_paths)
    result = duba("bookmarks", "--db", str(db), "export", "--format", "csl")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    cited = {"-".join(f"{p:02d}" for p in item["issued"]["date-parts"][0]): item["section"] for item in items}
    assert cited == SECTIONS


def test_ris_cites_the_section_of_the_copy_quoted(tmp_path: Path) -> None:
    db = stored_marks(tmp_path, with_paths=True)
    result = duba("bookmarks", "--db", str(db), "export", "--format", "ris")
    assert result.returncode == 0, result.stderr
    records = [record for record in result.stdout.split("ER  -") if "TY  - NEWS" in record]
    cited = {
        next(line[6:] for line in record.splitlines() if line.startswith("DA  - ")): next(
            line[6:] for line in record.splitlines() if line.startswith("SE  - ")
        )
        for record in records
    }
    assert cited == {"2025/01/02/": "要闻", "2025/01/09/": "国际"}
