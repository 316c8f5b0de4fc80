"""Two title lines set tight, one naming the story's words and the other none of them: the line the story
tells is the headline, whichever of the two is shorter."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16

FIRST = [
    "　　本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]
HEADLINE = "北河医生走进山村讲授急救"
OTHER = "东湖灯会开幕迎来八方游客"
SECOND = [
    "　　开春以后，北河县医院的十几名医生组成小分队，利用周末走进山村，教村民心肺复苏和止血包扎。",
    "　　转眼一年，小分队走进二百多个山村，讲授急救知识的课堂坐满了村民，不少人还考取了急救证书。",
]


def _page() -> str:
    lines = ["南湾木桥今天通行", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += ["", HEADLINE, OTHER, "", "本报记者  甲乙丙"]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    return "\n".join(lines)


def test_the_line_the_story_tells_is_the_headline() -> None:
    """A story; a blank line; a long title line tight over a shorter one whose words the story under them
    never uses; the byline and the text. The shorter line would read as the headline under a kicker;
    the long line, whose words the text tells, is the headline and the other its subtitle."""
    second = segment(_page()).articles[-1]
    assert (second.kicker, second.headline, second.subtitle) == (None, HEADLINE, OTHER)
