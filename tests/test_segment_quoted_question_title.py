"""A headline that is all a quoted question (`“哪种米好吃？”`) is a title, as the same question
unquoted is: the question mark before the closing quote is its end, not a sentence inside it."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 18

FIRST_TITLE = "南湾木桥今天通行"
FIRST = [
    "　　南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]
KICKER = "主妇进米市的一句话"
HEADLINE = "“哪种米好吃？”"
SECOND = [
    "　　如今主妇进米市，开口第一句就是问哪种米好吃，米店老板一时答不上来。",
    "　　农民多种高产稻，好吃的品种种得少，培育推广一个好品种并不容易。",
]


def _page() -> str:
    """Two stories, each with its title printed after its text (as the bundled page prints them);
    the second's headline a quoted question under its kicker."""
    lines = ["本报讯（记者 甲乙丙）" + FIRST[0].strip()]
    lines = chop("　　" + lines[0], _WIDTH) + chop(FIRST[1], _WIDTH) + ["", FIRST_TITLE, ""]
    lines += chop("　　本报讯（记者 丁戊己）" + SECOND[0].strip(), _WIDTH) + chop(SECOND[1], _WIDTH)
    lines += ["", KICKER, HEADLINE, ""]
    return "\n".join(lines)


def test_a_quoted_question_under_its_kicker_is_the_headline() -> None:
    articles = segment(_page()).articles
    assert [a.headline for a in articles] == [FIRST_TITLE, HEADLINE]
    assert articles[1].kicker == KICKER
    assert articles[1].authors[0].name == "丁戊己"
