"""The concordance and trends read bylines, as search does: `duba search 尹腾淑` found the reporter's
stories, while `duba kwic 尹腾淑` said "no occurrence" and `duba trend` counted 0. A line from a byline
holds the byline alone, labelled 署名：, and the reader's K opens the article at that hit."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from textual.widgets import DataTable

from reader.app.app import DubaApp
from reader.app.screens.kwic import KwicScreen
from tests.apptest import main_screen, press, run, screen_text, settle
from tests.clitest import duba
from tests.pagegen import Item, build_page

pytestmark = pytest.mark.usefixtures("temp_dirs")

RACE = Item(
    ["一季度，我市新兴产业建设铆足干劲，不少企业开辟新领域，传递出稳增长的强劲信号。"],
    headline="新赛道上跑出加速度",
    byline_lines=["■ 本报记者 尹腾淑"],
)
FARM = Item(
    ["农民收入继续增加，农村经济稳中有进，记者尹腾淑在村里看到种业企业也在发展。"],
    headline="农村经济稳中有进",
    byline_lines=["■ 本报记者 王  平"],
)


def archive(root: Path) -> Path:
    """One page of 人民日报: RACE signed by 尹腾淑, FARM naming her in its text."""
    page = root / "rmrb" / "1998-01-05" / "01.txt"
    page.parent.mkdir(parents=True)
    page.write_text(build_page([RACE, FARM])[0], encoding="utf-8")
    return root


def test_a_reporters_name_in_a_byline_has_its_concordance_line_and_its_count(tmp_path: Path) -> None:
    root = str(archive(tmp_path / "papers"))
    assert "新赛道上跑出加速度" in duba("search", "尹腾淑", root).stdout
    rows = list(csv.DictReader(io.StringIO(duba("kwic", "尹腾淑", root, "--csv").stdout)))
    assert [(r["headline"], r["field"], r["left"], r["keyword"]) for r in rows] == [
        ("新赛道上跑出加速度", "byline", "本报记者", "尹腾淑"),
        ("农村经济稳中有进", "text", "农民收入继续增加，农村经济稳中有进，记者", "尹腾淑"),
    ]
    lines = duba("kwic", "尹腾淑", root).stdout.splitlines()
    assert "署名：本报记者【尹腾淑】" in lines[0] and "署名" not in lines[1]
    assert "尹腾淑: 2 occurrences in 2 articles" in duba("trend", "尹腾淑", "--in", root).stdout


@run
async def test_k_lists_a_byline_line_and_enter_makes_that_hit_current(tmp_path: Path) -> None:
    app = DubaApp([archive(tmp_path / "papers")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"尹腾淑", "enter", "K")
        screen = app.screen
        assert isinstance(screen, KwicScreen)
        await settle(pilot)
        assert screen.query_one(DataTable).row_count == 2
        assert "署名：本报记者 尹腾淑" in screen_text(app)
        await press(pilot, "enter")  # the byline's line
        main = main_screen(app)
        assert app.screen is main
        assert main.library.articles[main.current].headline == "新赛道上跑出加速度"  # type: ignore[index]
        assert "hit 1/1" in screen_text(app)
