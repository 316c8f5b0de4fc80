"""`duba segment PAGE --explain` says why a photo read as standing alone went to the story beside it:
its caption names what that story's title names (`names_title`), with the word's meaning below."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from tests.test_segment_photo_named_by_title import CAPTION, photo_page

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_the_table_marks_the_caption_that_names_its_storys_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "江城日报_2026-03-09_02.txt"
    path.write_text(photo_page("冰雪乐园迎来小游客"), encoding="utf-8")
    assert main(["segment", str(path), "--explain"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [row] = [line for line in lines if CAPTION[:8] in line]
    assert "caption" in row and row.rstrip().endswith("names_title")
    assert any(line.split()[:1] == ["names_title"] and "title beside it" in line for line in lines)
