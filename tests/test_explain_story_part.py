"""`duba segment PAGE --explain` says why a part's heading and byline under an editor's note are the
story's subheads: they were read on into it after the labelling (`story_part`), so the margin and
runner-up shown are the labelling's, not a contest the subhead won."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from tests.test_segment_editors_note_signature import _page

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_a_parts_heading_says_it_was_read_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "江城日报_2026-02-10_04.txt"
    path.write_text(_page(), encoding="utf-8")
    assert main(["segment", str(path), "--explain"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [row] = [line for line in lines if "托育中心就在家门口" in line and "subhead" in line]
    assert "story_part" in row and "read on after" in row
    assert "worse with its neighbours" not in row and "new item here" not in row
    assert any(line.split()[:1] == ["story_part"] and "editor's note" in line for line in lines)
