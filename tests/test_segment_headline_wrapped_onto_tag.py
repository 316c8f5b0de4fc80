"""A one-line kicker over a headline that ran out of room and wrapped onto the line its column's tag
closes, a few words before the tag: the kicker stands alone, and the two lines under it are one
headline (`tagtail`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

KICKER = "北河县今年新开十条助农班车线路"
HEADLINE = ["搭上清早头班车，菜农", "进城卖菜（乡间小记）"]
FIRST = [
    "　　清晨六点，北河县西坡乡的站台上，村民们挑着青菜和萝卜，等着头一班进城的班车。",
    "　　县里去年开通了十条助农班车线路，菜农搭车进城不用再转车，一年下来接送菜农两万人次。",
]
SECOND_TITLE = "南湾木桥今天通行"
SECOND = [
    "　　南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]


def _page() -> str:
    """Two stories, each headed before its byline and text."""
    lines = [KICKER, *HEADLINE, "", "本报记者  甲乙丙", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", SECOND_TITLE, "", "本报记者  丁戊己", ""]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    return "\n".join(lines)


def test_the_headline_wrapped_onto_its_tag_stands_under_its_kicker() -> None:
    """The first story's title block: the kicker, then the headline broken after `农` with four letters
    left over before its tag. Before, the headline's first line was read as a second kicker line and
    the headline was the tag's line alone."""
    articles = segment(_page()).articles
    assert len(articles) == 2
    first = articles[0]
    assert (first.kicker, first.headline, first.subtitle) == (KICKER, "".join(HEADLINE), None)
    assert articles[1].headline == SECOND_TITLE
