"""A line closed by a column's name is a headline, not a kicker: with a blank line between it and an
untagged title line under it, the line under it is its subtitle, as when the two are set tight."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

BRIDGE = [
    "本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "过去村民过河要绕行十多里，如今走路五分钟就能到对岸的集市。",
]
STEWARD = [
    "东坡区的十几个老楼院没有物业，楼道灯坏了没人修，垃圾也常常堆在门口。",
    "今年区里请来一家公司统一管理，每户每月只交几元钱，院子干净了，灯也亮了。",
]
TAGGED = "老旧楼院请来了新管家（城市笔记·基层治理）"
UNDER = "东坡区探索物业服务新办法"


def test_tagged_title_over_a_blank_and_a_title_line_is_the_headline() -> None:
    """A story under its headline; then a second story's text with its heading printed after it: a
    title line closed by its column's name, wider than the column, a blank line, a shorter untagged
    title line, a blank line and the reporter's byline. The tagged line is the second story's
    headline and the line under it its subtitle, not a kicker over its headline."""
    text: list[str] = []
    for paragraph in STEWARD:
        text += [*chop("　　" + paragraph, _WIDTH), ""]
    lines = [
        "南湾木桥今天通行",
        "",
        *(line for p in BRIDGE for line in chop(p, _WIDTH)),
        "",
        *text,
        TAGGED,
        "",
        UNDER,
        "",
        "本报记者  甲乙丙",
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, "南湾木桥今天通行", None),
        (None, TAGGED, UNDER),
    ]
