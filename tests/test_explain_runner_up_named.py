"""`duba segment PAGE --explain`: a runner-up that prints as the very role and place chosen (the s44
walk: on the bundled page the byline of 搭台唱好戏 read `byline after`, runner-up `byline after 3.0`,
as if the choice had lost to itself). The grammar's two readings differ (a byline over the text, or one
under a headline printed after its text, that heading's), and the runner-up now says which."""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from tests.apptest import PAGE

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_no_runner_up_reads_as_the_choice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", str(PAGE), "--explain", "--json"]) == 0
    units = json.loads(capsys.readouterr().out)["units"]
    same = [u["index"] for u in units if u["runner_up"] == f"{u['role']} {u['placement']}"]
    assert not same
    [byline] = [u for u in units if "林金彦" in u["text"]]
    assert byline["runner_up"] == "byline after (under its title)"


def test_the_table_names_the_byline_under_its_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", str(PAGE), "--explain"]) == 0
    [row] = [line for line in capsys.readouterr().out.splitlines() if "林金彦" in line]
    assert "byline after (under its title) 3.0" in row
