"""`duba segment PAGE --explain` shows the lines it set aside as page furniture (running heads, editors'
credits): they are in no unit and no article, and a reader checking that nothing of the page is lost
must see where they went. `--json --explain` lists them as `"furniture"`; `"meta"` says what they say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.page.textclean import cell_width
from tests.clitest import duba
from tests.test_segment_conventions import BODY_A, body, page

HEAD = "人民日报  2026年3月5日  星期四  第9版  要闻"
CREDITS = "本版责编：高明远  罗小川  版式设计：孔  方"


def _page(tmp_path: Path) -> Path:
    path = tmp_path / "furnished.txt"
    path.write_text(page(HEAD, ["春耕备耕忙"], "本报记者 刘  桐", body(BODY_A), CREDITS), encoding="utf-8")
    return path


def test_explain_lists_the_lines_set_aside_as_furniture(tmp_path: Path) -> None:
    lines = duba("segment", str(_page(tmp_path)), "--explain").stdout.splitlines()
    at = next(k for k, line in enumerate(lines) if line.startswith("set aside as page furniture"))
    assert [line.strip() for line in lines[at + 1 :]] == [HEAD, CREDITS]


def test_json_explain_lists_them_and_meta_says_what_they_say(tmp_path: Path) -> None:
    data = json.loads(duba("segment", str(_page(tmp_path)), "--json", "--explain").stdout)
    assert data["furniture"] == [HEAD, CREDITS]
    assert data["meta"]["page_no"] == "9"


def test_a_long_furniture_line_fits_a_narrow_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import reader.cli.segment as segment_cli

    monkeypatch.setattr(segment_cli, "_terminal_width", lambda: 30, raising=False)
    lines = duba("segment", str(_page(tmp_path)), "--explain").stdout.splitlines()
    shown = lines[next(k for k, line in enumerate(lines) if line.startswith("set aside as")) :]
    assert max(cell_width(line) for line in shown) <= 30
    pieces = "".join(line.strip() for line in shown if line.startswith("  "))
    assert pieces.replace(" ", "") == (HEAD + CREDITS).replace(" ", "")


def test_a_brief_columns_name_set_aside_is_listed_too(tmp_path: Path) -> None:
    """The name over a column of run-in briefs (`简讯`) goes like a running head (`runin`): it is listed."""
    from tests.test_segment_run_in_briefs import COLUMN
    from tests.test_segment_run_in_briefs import _page as briefs

    path = tmp_path / "briefs.txt"
    path.write_text(briefs("■"), encoding="utf-8")
    data = json.loads(duba("segment", str(path), "--json", "--explain").stdout)
    assert data["furniture"] == [COLUMN]
    assert not any(COLUMN in "".join(a["paragraphs"]) + (a["kicker"] or "") for a in data["articles"])
