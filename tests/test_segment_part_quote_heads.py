"""A feature in parts may head each part with a label over a line that is all one quotation, what
someone in the part said (`打通物流通道` / `“货物当天就能发出去”`). Two such parts in a row, each
printed like a short story's kicker and headline with no byline under them, are parts of the story
above: stories in a row are not headed so, while a feature's parts are."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 34
PARTS = [
    (
        "打通物流通道",
        "“货物当天就能发出去”",
        "园区的仓库紧挨着铁路货场，装好箱的货物当天就能上车。一位企业负责人说，过去要等三四天，现在省下的时间都变成了订单。",
    ),
    (
        "培育本地品牌",
        "“要让更多人记住这个名字”",
        "几位年轻人回乡办起了工作室，从包装设计到直播带货都自己来做。去年，他们的产品卖到了二十多个省份。",
    ),
]


def _text(paragraph: str) -> list[str]:
    first, *rest = cut(paragraph, WIDTH)
    return ["  " + first, *rest]


def _page() -> str:
    intro = "走进县城东边的产业园，一排排厂房里机器轰鸣，工人们正忙着赶制新一批订单。"
    lines = ["小县城里的大产业", "", "■ 本报记者  秦  川", "", *_text(intro), ""]
    for label, quote, paragraph in PARTS:
        lines += [label, "", quote, "", "", *_text(paragraph), ""]
    lines += ["乡村书屋开门迎客", "", "本报记者  林  舟", ""]
    lines += _text("村里的书屋上月开门，藏书两千多册，每到周末，孩子们就来这里读书写作业。")
    return "\n".join(lines) + "\n"


def test_parts_headed_by_a_label_over_a_quotation_stay_in_their_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["小县城里的大产业", "乡村书屋开门迎客"]
    paragraphs = articles[0].paragraphs
    for label, quote, paragraph in PARTS:
        at = paragraphs.index(label)
        assert paragraphs[at + 1 : at + 3] == [quote, paragraph]
