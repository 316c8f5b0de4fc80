"""The concordance and trends read the titles, as search does: a word printed only in a headline was found
by `duba search`, while `duba kwic` said "no occurrence" and `duba trend` counted 0 (and the reader's K
said "0 处"). A line from a title holds that title alone, labelled (标题：, 引题：, 副题：), and opens the
article at that hit."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from textual.widgets import DataTable

from reader.app.app import DubaApp
from reader.app.screens.kwic import KwicScreen
from reader.search.kwic import cells
from tests.apptest import main_screen, press, run, screen_text, settle
from tests.clitest import duba
from tests.pagegen import Item, build_page

pytestmark = pytest.mark.usefixtures("temp_dirs")

RACE = Item(
    ["一季度，我市新兴产业建设铆足干劲，不少企业开辟新领域，传递出稳增长的强劲信号。"],
    headline="新赛道上跑出加速度",
    kicker="瞄准新赛道",
    byline_lines=["■ 本报记者 尹腾淑"],
)
FARM = Item(
    ["农民收入继续增加，农村经济稳中有进，新赛道上的种业企业也在发展。"],
    headline="农村经济稳中有进",
    byline_lines=["■ 本报记者 王  平"],
)


def archive(root: Path) -> Path:
    """One page of 人民日报: RACE (加速度 in its headline alone, 新赛道 in its kicker and headline) and
    FARM (新赛道 in its text)."""
    page = root / "rmrb" / "1998-01-05" / "01.txt"
    page.parent.mkdir(parents=True)
    page.write_text(build_page([RACE, FARM])[0], encoding="utf-8")
    return root


def test_a_word_printed_only_in_a_headline_has_its_concordance_line_and_its_count(tmp_path: Path) -> None:
    root = str(archive(tmp_path / "papers"))
    assert "新赛道上跑出加速度" in duba("search", "加速度", root).stdout
    ran = duba("kwic", "加速度", root)
    assert ran.returncode == 0, ran.stderr
    [line] = ran.stdout.splitlines()
    assert line.startswith("1998-01-05") and line.endswith(" 标题：新赛道上跑出【加速度】")
    rows = list(csv.DictReader(io.StringIO(duba("kwic", "加速度", root, "--csv").stdout)))
    assert [(r["left"], r["keyword"], r["field"], r["offset"]) for r in rows] == [
        ("新赛道上跑出", "加速度", "headline", "6")
    ]
    assert "加速度: 1 occurrence in 1 article" in duba("trend", "加速度", "--in", root).stdout


def test_a_title_line_comes_first_and_says_which_title_it_is(tmp_path: Path) -> None:
    root = str(archive(tmp_path / "papers"))
    rows = list(csv.DictReader(io.StringIO(duba("kwic", "新赛道", root, "--csv").stdout)))
    assert [(r["headline"], r["field"], r["right"]) for r in rows] == [
        ("新赛道上跑出加速度", "kicker", ""),  # the kicker alone: not run on into the headline or text
        ("新赛道上跑出加速度", "headline", "上跑出加速度"),
        ("农村经济稳中有进", "text", "上的种业企业也在发展。"),
    ]
    text = duba("kwic", "新赛道", root).stdout.splitlines()
    assert "引题：瞄准【新赛道】" in text[0] and "标题：【新赛道】上跑出" in text[1]
    assert "题：" not in text[2]
    # the keyword in one column, the label inside the context's cells
    assert len({cells(line[: line.index("【")]) for line in text}) == 1
    assert "新赛道: 3 occurrences in 2 articles" in duba("trend", "新赛道", "--in", root).stdout


def test_a_word_left_out_in_a_headline_leaves_the_article_out_as_search_does(tmp_path: Path) -> None:
    root = str(archive(tmp_path / "papers"))
    # 企业 in the text of both; 加速度 in RACE's headline alone
    found = duba("search", "企业 -加速度", root).stdout
    assert "农村经济稳中有进" in found and "加速度" not in found
    rows = list(csv.DictReader(io.StringIO(duba("kwic", "企业 -加速度", root, "--csv").stdout)))
    assert [r["headline"] for r in rows] == ["农村经济稳中有进"]


@run
async def test_k_lists_a_headline_line_and_enter_makes_that_hit_current(tmp_path: Path) -> None:
    """Walk: / found a story by a phrase in its headline; K said '0 处 occurrences' under empty columns."""
    app = DubaApp([archive(tmp_path / "papers")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"新赛道", "enter", "K")
        screen = app.screen
        assert isinstance(screen, KwicScreen)
        await settle(pilot)
        assert screen.query_one(DataTable).row_count == 3
        shown = screen_text(app)
        assert "3 处" in shown and "引题：瞄准 新赛道" in shown and "标题： 新赛道 上跑出" in shown
        await press(pilot, "down", "enter")  # the headline's line
        main = main_screen(app)
        assert app.screen is main
        assert main.library.articles[main.current].headline == "新赛道上跑出加速度"  # type: ignore[index]
        assert "hit 2/2" in screen_text(app)  # the headline's hit, not the kicker's
