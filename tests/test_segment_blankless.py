"""A page extracted with no blank lines at all (a PDF's text read in raw order, or pasted from a
viewer): nothing parts one story from the next but the shape of the lines. A title line, well short
of the column and finishing no sentence, under a finished sentence, heads what follows it."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 12

BRIDGE = [
    "江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟，过江的市民都说方便多了。",
    "大桥全长三千六百米，主桥为双塔斜拉桥，建设者克服了江面风大、水流急的困难，用三年时间完成了主体工程。",
    "桥面设有双向六车道和人行步道，夜间亮起的景观灯把江面映得格外好看，不少市民专程来桥上散步。",
]
CANTEEN = [
    "城西街道今年开办的三家社区食堂已经迎来第一批食客，每天供应两荤两素，价格实惠。",
    "年满七十岁的老人在社区食堂用餐打八折，行动不便的老人还可以请志愿者送餐上门。",
    "食堂由街道提供场地，餐饮企业负责经营，菜品价格在门口公示，居民可以扫码点评。",
]


def _story(headline: str, paragraphs: list[str]) -> list[str]:
    """A headline over its story's paragraphs, set flush (no indent), each cut at the column."""
    return [headline, *(line for p in paragraphs for line in chop(p, _WIDTH))]


def test_a_page_with_no_blank_lines_still_parts_its_stories_at_their_titles() -> None:
    lines = [
        *_story("跨江大桥通车", BRIDGE),
        *_story("社区食堂开门迎客", CANTEEN),
        *_story("大桥夜景迷人", BRIDGE[2:] + BRIDGE[:2]),
    ]
    assert "" not in lines and len(lines) >= 40
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", "社区食堂开门迎客", "大桥夜景迷人"]
    assert articles[1].paragraphs == CANTEEN


def test_a_headline_after_its_text_keeps_off_the_next_storys_signature() -> None:
    """Headlines printed after their stories' text, with no blank lines: a story's text, its
    headline, the next story's writer's name (a signature over its text), that story's text and
    headline. The name is the next story's byline, not the end of the headline over it."""
    lines = [
        *(line for p in BRIDGE for line in chop(p, _WIDTH)),
        "跨江大桥通车",
        "林木森",
        *(line for p in CANTEEN for line in chop(p, _WIDTH)),
        "社区食堂开门迎客",
        "周晓青",
        *(line for p in BRIDGE for line in chop(p, _WIDTH)),
        "大桥夜景迷人",
    ]
    assert "" not in lines and len(lines) >= 40
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", "社区食堂开门迎客", "大桥夜景迷人"]
    assert [[p.name for p in a.authors] for a in articles] == [[], ["林木森"], ["周晓青"]]
