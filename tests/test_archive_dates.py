"""Dates in an archive as a researcher meets them: a running head whose date is no date (an OCR slip,
`1998年2月30日`) over a page filed in a dated folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_a_running_head_date_that_is_no_date_gives_way_to_the_folders(tmp_path: Path) -> None:
    # The page was dated 1998-02-30: `library list` showed that, `date:1998-02` and `date:1998-02-28`
    # never found it, and trend left it out. The folder's date, a real one, is the page's date now.
    page = tmp_path / "rmrb" / "1998-02-28" / "01.txt"
    page.parent.mkdir(parents=True)
    page.write_text(
        "人民日报  1998年2月30日 星期六  第1版\n\n体育馆开馆\n\n"
        "　　本市新建的体育馆今天开馆，市民可免费参观。\n",
        encoding="utf-8",
    )
    assert duba("library", "add", str(tmp_path)).returncode == 0
    assert "1998-02-28 … 1998-02-28" in duba("library", "list").stdout
    for query in ("date:1998-02", "date:1998-02-28 体育馆"):
        ran = duba("search", query, "--json")
        assert [r["date"] for r in json.loads(ran.stdout)["results"]] == ["1998-02-28"], (query, ran.stdout)
    [meta] = [json.loads(duba("segment", str(page), "--json").stdout)["meta"]]
    assert meta["date"] == "1998-02-28"
