"""The title line right over a subtitle opened by `——` is the headline: a three-line title stack of a
kicker, a headline and a dash-led subtitle reads as those three, not as a headline over a subtitle of
two lines."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

KICKER = "秋粮入仓农家喜事多"
HEADLINE = "北河县新建粮库投入使用烘干线日夜运转"
SUBTITLE = "全县今年收储稻谷比上年多两成"
STORY = [
    "本报北河10月8日电  北河县新建的粮库本月投入使用，三条烘干线日夜运转，农民交粮不再排长队。",
    "粮库负责人说，新库容量比旧库大一倍，明年还要再添两条烘干线。",
]
NEXT = [
    "　　南坪村的老石桥修好了，桥面加宽，两边装上了护栏，村里的小学生上学不再绕远路。",
    "　　修桥的钱一半来自县里，一半由村民和在外工作的乡亲凑齐。",
]


def _page(subtitle: str) -> str:
    lines = [KICKER, HEADLINE, subtitle, ""]
    for paragraph in STORY:
        lines += [*chop(paragraph, _WIDTH), ""]
    lines += ["南坪村石桥修好了", ""]
    for paragraph in NEXT:
        lines += [*chop(paragraph, _WIDTH), ""]
    return "\n".join(lines)


def test_line_over_a_dash_led_subtitle_is_the_headline() -> None:
    """Kicker, headline and `——subtitle` set tight at the page's top, a dateline under them: the middle
    line is the headline, not the first line of a subtitle the dash-led line goes on."""
    first = segment(_page("——" + SUBTITLE)).articles[0]
    assert (first.kicker, first.headline, first.subtitle) == (KICKER, HEADLINE, SUBTITLE)
