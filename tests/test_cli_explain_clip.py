"""`duba segment --explain` in a terminal cuts a unit's text to its column with "…": a text that fills
the column exactly is shown whole (it lost its last character to the "…" as if it ran past)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.page.textclean import cell_width
from tests.clitest import duba
from tests.test_segment_conventions import BODY_A, body, page

WIDTH = 40
"""A terminal this narrow stacks each unit's columns: its text gets a line of its own, `WIDTH - 9` cells."""
HEADLINE = "5年山区小镇新修的石板路通到山顶"
"""A headline of exactly `WIDTH - 9` cells."""


def test_a_unit_text_that_fills_its_column_is_shown_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import reader.cli.segment as segment_cli

    assert cell_width(HEADLINE) == WIDTH - 9
    path = tmp_path / "page.txt"
    path.write_text(page([HEADLINE], "本报记者 林  远", body(BODY_A)), encoding="utf-8")
    monkeypatch.setattr(segment_cli, "_terminal_width", lambda: WIDTH, raising=False)
    lines = [line.strip() for line in duba("segment", str(path), "--explain").stdout.splitlines()]
    assert HEADLINE in lines
    assert not any(line.endswith("…") and HEADLINE.startswith(line[:-1]) for line in lines)
