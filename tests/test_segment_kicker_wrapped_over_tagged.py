"""A kicker wrapped over two lines where its line was full, a word across the break, right over a headline
its column's tag closes: the two lines are one kicker, not a headline of their own over a lost line."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

FIRST = [
    "　　清晨六点，北河县西坡乡的站台上，村民们挑着青菜和萝卜，等着头一班进城的班车。",
    "　　县里去年开通了十条助农班车线路，菜农搭车进城不用再转车，一年下来接送菜农两万人次。",
]
KICKER = ["北河县开通十条助农班", "车线路，一年接送菜农两万人次"]
HEADLINE = "搭上班车进城卖菜（乡间小记）"
SECOND = [
    "　　南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]


def _page() -> str:
    """Two stories whose titles are printed after their text, each under its byline."""
    lines = ["本报记者  甲乙丙", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", *KICKER, HEADLINE, "", "本报记者  丁戊己", ""]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    lines += ["", "南湾木桥今天通行", ""]
    return "\n".join(lines)


def test_the_wrapped_kicker_heads_its_tagged_headline() -> None:
    """The first story's title: a kicker broken inside a word (`…班` / `车…`) over a tagged headline. Its
    upper line read as a headline of its own and the lower line was lost; the two lines are one kicker
    over the tagged headline, and the page holds two stories."""
    articles = segment(_page()).articles
    assert len(articles) == 2
    first = articles[0]
    assert (first.kicker, first.headline, first.subtitle) == ("".join(KICKER), HEADLINE, None)
