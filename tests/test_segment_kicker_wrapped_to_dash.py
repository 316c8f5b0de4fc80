"""A kicker too long for its line wraps, and its second line closes with `——` handing over to the
headline under it: the two lines are the kicker, not an in-body subhead wrapped at the column's
edge, and the line under them is the headline."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 20

FIRST = [
    "　　本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]
KICKER_TOP = "某省把稳就业、稳物价、保民生作为工作的重"  # (as wide as the column)
KICKER_END = "点——"
HEADLINE = "北河省出台稳就业十条新政"
SECOND = [
    "　　本报北河5月7日电  北河省今天公布稳就业十条新政，对吸纳高校毕业生的小微企业给予补贴。",
    "　　新政还提出，各县要在年内建成一处零工市场，为求职者提供免费的岗位信息。",
]


def test_kicker_wrapped_at_a_full_line_and_closed_by_a_dash() -> None:
    """A story; a blank line; a kicker's first line as wide as the column over its last word and
    `——`; the headline right under them; the second story's dateline and text. The two kicker
    lines are one kicker over the headline."""
    lines = ["南湾木桥今天通行", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", KICKER_TOP, KICKER_END, HEADLINE, ""]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "南湾木桥今天通行"),
        (KICKER_TOP + KICKER_END.rstrip("—"), HEADLINE),  # (the dash that hands over dropped)
    ]


def test_kicker_wrapped_after_a_pause_hands_over_to_a_headline_that_cries_out() -> None:
    """A kicker's first line as wide as the column closed by a pause (`、`), its second line closed
    by `——`, and its headline a quoted cry (`“…啦！”`), all in one block over a blank line and the
    byline. The cry ends a title, not a sentence: the three lines are a kicker and its headline.
    Before, they read as a paragraph of text with no story of their own."""
    top, end, cry = "南湾镇新修木桥连起河两岸三个村子和集市、", "赶集更方便——", "“再也不用绕远路啦！”"
    assert len(top) == _WIDTH
    lines = ["南湾木桥今天通行", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", top, end, cry, "", "本报记者  王小明", ""]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "南湾木桥今天通行"),
        (top + end.rstrip("—"), cry),
    ]
    assert [p.name for p in articles[1].authors] == ["王小明"]
