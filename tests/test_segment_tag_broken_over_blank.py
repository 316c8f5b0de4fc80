"""A headline whose column broke inside its tag, the blank line of the break printed between the two
halves (`…开门迎客（今` / `` / `日关注）`): one headline, not a kicker over a headline of two letters."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

HEAD = "东湖社区老年食堂今天开门迎客（今"
TAIL = "日关注）"
FIRST = [
    "　　东湖社区的老年食堂今天开门，六十岁以上的居民凭卡就餐，一荤两素只要十元。",
    "　　食堂由社区闲置的活动室改建，每天供应午餐和晚餐，行动不便的老人还可以预约送餐上门。",
]
SECOND_TITLE = "南湾木桥今天通行"
SECOND = [
    "　　南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]


def _page() -> str:
    """Two stories, each headed before its byline and text; the first headline broken at a column's end."""
    lines = [HEAD, "", TAIL, "", "本报记者  甲乙丙", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", SECOND_TITLE, "", "本报记者  丁戊己", ""]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    return "\n".join(lines)


def test_a_headline_broken_inside_its_tag_across_a_blank_line_is_one_headline() -> None:
    """Before, the first half was read as a kicker and `日关注）` as the headline."""
    articles = segment(_page()).articles
    assert len(articles) == 2
    first = articles[0]
    assert (first.kicker, first.headline) == (None, HEAD + TAIL)
    assert first.authors[0].name == "甲乙丙"
    assert articles[1].headline == SECOND_TITLE


def test_a_date_in_brackets_broken_over_a_blank_line_is_not_read_as_a_tag() -> None:
    """A bracket holding a date (`（1月27` / `日20时）`) is no column's tag: the rule leaves it alone."""
    from reader.page.blocks import Line
    from reader.page.titlewrap import tag_over_blank

    upper = Line("明天城区停水通知（1月27", width=22)
    lower = Line("日20时起）", width=10, blank=True)
    assert not tag_over_blank(upper, lower)
    assert tag_over_blank(Line(HEAD, width=32), Line(TAIL, width=8, blank=True))
