"""A headline printed tight over its story's first paragraph, set flush (no indent, no blank line
between): a line well short of the column over full lines of text is the story's title, not the
first line of a paragraph of the story above. A text wrapped early in a ragged column, its first
line short but cut inside a word, stays text."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 15

BRIDGE = (
    "江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟，过江的市民都说方便多了。"
    "大桥通车当天，不少市民早早来到桥头，看着第一批车辆驶过大桥。大桥全长三千六百米，"
    "主桥为双塔斜拉桥，建设者克服了江面风大、水流急的困难，用三年时间完成了主体工程。"
    "桥面设有双向六车道和人行步道，夜间亮起的景观灯把江面映得格外好看。"
)
CANTEEN = (
    "城西街道今年开办的三家社区食堂已经迎来第一批食客，每天供应两荤两素，"
    "年满七十岁的老人用餐打八折，行动不便的老人还可以请志愿者送餐上门。"
    "食堂由街道提供场地，餐饮企业负责经营，菜品价格在门口公示，居民可以通过手机扫码点评。"
    "开业以来，食堂每天中午接待食客三百多人次，周边上班族也常来吃饭。"
)


def _page(second: list[str]) -> str:
    return "\n".join(["江城跨江大桥今天通车", "", *chop(BRIDGE, _WIDTH), "", *second])


def test_a_short_title_tight_over_flush_text_heads_a_story() -> None:
    """Two stories set flush, the second's headline right over its text: two articles, each under
    its own headline, the second's text without its title."""
    articles = segment(_page(["社区食堂开门迎客", *chop(CANTEEN, _WIDTH)])).articles
    assert [a.headline for a in articles] == ["江城跨江大桥今天通车", "社区食堂开门迎客"]
    assert articles[1].paragraphs == [CANTEEN]


def test_a_short_line_cut_inside_a_word_stays_text() -> None:
    """After a column break, a paragraph's first line wrapped early, inside a word (`…社` / `区…`),
    over full lines: one story, its text whole, the short line in it."""
    lines = [CANTEEN[:12], *chop(CANTEEN[12:], _WIDTH)]
    articles = segment(_page(lines)).articles
    assert [a.headline for a in articles] == ["江城跨江大桥今天通车"]
    assert "".join(articles[0].paragraphs).endswith(CANTEEN)


def _ragged(text: str) -> list[str]:
    """`text` in lines of 15 and 14 characters by turns, as a column set ragged prints it."""
    lines, k = [], 0
    while k < len(text):
        size = _WIDTH - len(lines) % 2
        lines.append(text[k : k + size])
        k += size
    return lines


def test_a_title_three_letters_short_of_a_ragged_column_heads_a_story() -> None:
    """In a column whose lines run ragged, a line with no mark in it only three characters short of
    the column, over flush text, is a headline too: text broken off that short has a sentence or a
    clause in it, and a ragged column wraps a line early by a letter or two. Before, such a line
    needed four characters to spare and was read as the first line of the story above's text."""
    title = "城西街道社区食堂开门迎客"
    articles = segment(_page([title, *_ragged(CANTEEN)])).articles
    assert [a.headline for a in articles] == ["江城跨江大桥今天通车", title]
    assert articles[1].paragraphs == [CANTEEN]
