"""The title line over a subtitle opened by `——` is the headline, not a kicker: a dash-led subtitle of
two parts (`——甲  乙`) under a long headline, blank lines between, stays the subtitle."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

FIRST = [
    "　　本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]
HEADLINE = "北河县医生小分队这一年走进二百多个村子讲授急救知识"
SUBTITLE = "——学会心肺复苏  守护身边的人"
SECOND = [
    "　　开春以后，北河县医院的十几名医生组成小分队，利用周末走进村子，教村民心肺复苏和止血包扎。",
    "　　转眼一年，服务队走进二百多个村子，听课的村民有一万多人，不少人还考取了急救证书。",
]


def test_dash_led_two_part_subtitle_under_a_long_headline() -> None:
    """A story; a blank line; a headline wider than the column; a blank line; a two-part subtitle led by
    `——`; a blank line; the reporter's byline and the text. The long line is the headline and the
    dash-led line its subtitle, not a kicker over a two-part headline."""
    lines = ["南湾木桥今天通行", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", HEADLINE, "", SUBTITLE, "", "本报记者  甲乙丙"]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    second = segment("\n".join(lines)).articles[-1]
    subtitle = " ".join(SUBTITLE.lstrip("—").split())  # (the gap between its parts folds to one space)
    assert (second.kicker, second.headline, second.subtitle) == (None, HEADLINE, subtitle)
