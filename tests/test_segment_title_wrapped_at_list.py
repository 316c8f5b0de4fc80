"""A headline too long for its line wraps after a list's pause (`、`) as after a comma: the line
broken off short after `、`, over the headline's end closed by its column's tag, is one headline."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

BRIDGE = [
    "江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟，过江的市民都说方便多了。",
    "大桥通车当天，江城不少市民早早来到桥头，看着第一批车辆驶过大桥，大家都很高兴。",
]
LANES = [
    "城南老街今年完成了改造，电线全部入地，路面重新铺上青石板，沿街店铺的招牌也统一了样式。",
    "住在老街的居民说，改造以后夜里再也听不到货车的声音，傍晚出门散步的人比过去多了不少。",
    "街道办事处表示，明年还将改造附近的三条小巷，让更多居民住得舒心。",
]


def test_a_headline_wrapped_after_a_list_pause_is_one_headline() -> None:
    """A story under its headline; then, past a blank line, a kicker set wider than the column over
    a headline broken after `、` short of the column, its end closed by a column's tag on the line
    under it, the byline and the text: the second story's kicker is its own line, and its headline
    the two lines under it read as one."""
    lines = [
        "江城跨江大桥今天通车",
        "",
        *(line for p in BRIDGE for line in chop("　　" + p, _WIDTH)),
        "",
        "电线入地、路面换新、店招统一，城南老街完成改造",
        "老街换新颜，更整洁、",
        "更安静也更好看（城市笔记）",
        "",
        "本报记者  林木",
        *(line for p in LANES for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "江城跨江大桥今天通车"),
        ("电线入地、路面换新、店招统一，城南老街完成改造", "老街换新颜，更整洁、更安静也更好看（城市笔记）"),
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 3]
