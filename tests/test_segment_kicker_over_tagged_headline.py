"""A kicker that runs on over two lines of its block, right over its headline closed by its column's tag:
the tagged line is the headline, the lines over it the kicker, not one long headline."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

FIRST = [
    "　　本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]
KICKER = ["北河县开通十条助农班车线路、", "接送菜农两万人次"]
HEADLINE = "搭上班车进城卖菜（乡间小记）"
SECOND = [
    "　　清晨六点，北河县西坡乡的站台上，村民们挑着青菜和萝卜，等着头一班进城的班车。",
    "　　县里去年开通了十条助农班车线路，菜农搭车进城不用再转车，一年下来接送菜农两万人次。",
]


def _page() -> str:
    lines = ["南湾木桥今天通行", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", *KICKER, HEADLINE, "", "本报记者  甲乙丙"]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    return "\n".join(lines)


def test_the_tagged_line_is_the_headline_under_its_kicker() -> None:
    """A story; a blank line; a kicker broken after a pause onto a second line, right over a headline
    its column's tag closes; the byline and the text. The three lines read as one headline before;
    the tagged line is the headline and the two lines over it are its kicker, as one line."""
    pages = segment(_page()).articles
    assert len(pages) == 2
    second = pages[-1]
    assert (second.kicker, second.headline, second.subtitle) == ("".join(KICKER), HEADLINE, None)
