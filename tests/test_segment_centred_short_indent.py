"""A title an extractor centres in its column with leading spaces: two or four spaces are also how
some pages indent a paragraph, but a lone line that finishes no sentence, on a page whose texts
open with no such spaces (here: flush, parted by blank lines), is set in from both sides: a title,
not the first line of a paragraph."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 13

BRIDGE = [
    "本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "过去村民过河要绕行十多里，如今走路五分钟就能到对岸的集市。",
    "木桥由镇里出资修建，施工队用了三个月时间，桥面铺的是防滑木板，两侧装了护栏和路灯。",
]
ORCHARD = [
    "北坡村的梨园今年春天开花早，满山的梨树一夜之间白了头，引来不少城里人专程赶来赏花拍照。",
    "村里请来农技员教大家疏花，说今年的收成有望比去年多三成，果农们忙着给果树授粉。",
    "梨园边上新开了几家农家乐，周末的客房早早就订满了。",
]
MARKET = [
    "本报东集5月6日电  东集镇的早市今天重新开张，摊位比去年多了一倍。",
    "镇里给摊主统一发放了遮阳棚，买菜的居民说逛起来舒服多了。",
]


def _page(indent: str) -> str:
    lines = ["南湾木桥今天通行", ""]
    for p in BRIDGE:
        lines += [*chop(p, _WIDTH), ""]
    lines += ["", indent + "北坡梨花又开", ""]
    for p in ORCHARD:
        lines += [*chop(p, _WIDTH), ""]
    lines += ["东集早市重新开张", ""]
    for p in MARKET:
        lines += [*chop(p, _WIDTH), ""]
    return "\n".join(lines)


def test_a_title_centred_by_four_spaces_heads_the_story_under_it() -> None:
    articles = segment(_page("    ")).articles
    assert [a.headline for a in articles] == ["南湾木桥今天通行", "北坡梨花又开", "东集早市重新开张"]
    assert articles[0].paragraphs[-1].endswith("路灯。")


def test_a_title_centred_by_two_spaces_heads_the_story_under_it() -> None:
    articles = segment(_page("  ")).articles
    assert [a.headline for a in articles] == ["南湾木桥今天通行", "北坡梨花又开", "东集早市重新开张"]
