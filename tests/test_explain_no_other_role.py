"""`duba segment PAGE --explain` on a unit that no labelling the page's grammar allows could read
another way: its margin printed as a ten-digit number (the forbidden step's penalty) beside a
runner-up that was no reading at all. It says "—" and names no runner-up; JSON gives null."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.cli import main

# a headline wrapped over two lines and closed by its column's tag, at the page's top, over its story
PAGE = (
    "某市集中资金保证重点加强服\n务支持节日市场供应\n（一线调研）\n"
    "　　本报讯记者张三报道：随着元旦、春节的\n到来，某银行积极筹措、调度资金，支持\n"
    "商业企业搞好节日市场供应。至去年１２\n月上旬，该行共对三十个城市的企业累计\n"
    "发放贷款一百八十亿元。\n"
)


@pytest.fixture
def page(tmp_path: Path, temp_dirs: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_the_table_says_no_other_role_instead_of_a_penalty(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["segment", str(page), "--explain"]) == 0
    out = capsys.readouterr().out
    first = next(line for line in out.splitlines() if line.lstrip().startswith("0 "))
    assert "headline" in first
    assert re.search(r"before\s+—\s+\d+\.\d\s+—\s", first), first
    assert not re.search(r"\d{7,}", out)


def test_json_gives_no_margin_and_no_runner_up(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", str(page), "--explain", "--json"]) == 0
    unit = json.loads(capsys.readouterr().out)["units"][0]
    assert unit["role"] == "headline"
    assert unit["margin"] is None and unit["runner_up"] is None
