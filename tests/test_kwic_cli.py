"""`duba kwic` options as a researcher sets them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_no_context_asked_is_no_context(tmp_path: Path) -> None:
    # `--context 0` (the keyword alone, to list its forms and places) gave a character on each side
    page = tmp_path / "rmrb" / "1998-01-05" / "01.txt"
    page.parent.mkdir(parents=True)
    page.write_text("　　今年的经济发展稳中有进，经济工作要抓好。\n", encoding="utf-8")
    ran = duba("kwic", "经济", str(tmp_path), "--context", "0", "--csv")
    rows = list(csv.DictReader(io.StringIO(ran.stdout)))
    assert [(row["left"], row["keyword"], row["right"]) for row in rows] == [("", "经济", "")] * 2
    text = duba("kwic", "经济", str(tmp_path), "--context", "0").stdout.splitlines()
    assert [line.split("【")[1] for line in text] == ["经济】"] * 2
