"""A kicker closed by `——` hands over to its headline: two tight lines of one length under it, each a
phrase with no mark, are the two halves of that headline, whatever stands under them."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 13

BRIDGE = [
    "本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "过去村民过河要绕行十多里，如今走路五分钟就能到对岸的集市。",
]
CANTEEN = [
    "　　东坡社区的老年食堂开张一个月，每天中午有两百多位老人来这里吃饭，一荤两素只要八元。",
    "　　社区还组织志愿者给行动不便的老人送餐上门，子女们上班也放心了。",
]


def test_halves_under_a_dash_kicker_are_one_headline() -> None:
    """A story under its one-line headline; then a kicker closed by `——` over two tight lines of four
    letters each, the second story's text (no dateline) under them: the two lines are its headline."""
    lines = [
        "南湾木桥今天通行",
        "",
        *(line for p in BRIDGE for line in chop("　　" + p, _WIDTH)),
        "",
        "东坡社区办起老年食堂——",
        "老人吃好",
        "子女放心",
        "",
        *(line for p in CANTEEN for line in chop(p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "南湾木桥今天通行"),
        ("东坡社区办起老年食堂", "老人吃好 子女放心"),
    ]
