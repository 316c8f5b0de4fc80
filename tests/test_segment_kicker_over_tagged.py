"""A kicker as wide as its column, set tight over a headline that its column's tag closes, whole on
its line: a kicker and its headline, not one headline wrapped at the column's edge (a headline
wrapped there breaks before or inside its tag, a few letters before it)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

CANTEEN = [
    "本报讯（记者林木）城西街道今年开办的三家社区食堂已经迎来第一批食客，每天供应两荤两素。",
    "食堂负责人说，年满七十岁的老人用餐打八折，行动不便的老人还可以请志愿者送餐上门。",
]
BRIDGE = [
    "江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟，过江的市民都说方便多了。",
    "大桥通车当天，江城不少市民早早来到桥头，看着第一批车辆驶过大桥，大家都很高兴。",
]


def test_a_full_kicker_over_a_whole_tagged_headline_stays_a_kicker() -> None:
    """A story's headline and text; then, past a blank line, a kicker as wide as the column right
    over a headline closed by its column's tag with eight letters before it, and that story's text
    (opening with its dateline): the second story's kicker and headline are two lines."""
    lines = [
        "江城跨江大桥今天通车",
        "",
        *(line for p in BRIDGE for line in chop("　　" + p, _WIDTH)),
        "",
        "城西街道今年新开办了三家社区食堂",
        "老人吃上热乎饭菜（民生聚焦）",
        *(line for p in CANTEEN for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "江城跨江大桥今天通车"),
        ("城西街道今年新开办了三家社区食堂", "老人吃上热乎饭菜（民生聚焦）"),
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2]
