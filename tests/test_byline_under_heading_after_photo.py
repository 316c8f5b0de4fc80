"""A byline under a headline printed after its story, where the story ends on a photo's credit.

Pages that print a story's heading after its text set its byline right under the headline. Where
the text ends on a photo (its caption, then its credit), and the heading's lines stand apart (a
blank line between kicker and headline), the byline was given to the next story, which signs its
own, and the heading opened nothing: the reader showed the heading's story with no reporter and the
next story under the wrong byline. Now the byline goes with the heading over it.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 30
TEXT = [
    "天刚亮，山脚下的果园里就忙开了。果农们把刚摘下的桃子一筐筐搬上车，赶在太阳升高前运下山。",
    "这几年，村里修通了到果园的水泥路，还建起了冷库，桃子摘下来当天就能发往外地。",
    "合作社负责人说，今年桃子的收购价比去年高了一成，不少外出务工的年轻人也回村种起了果树。",
]
CAPTION = "果农在果园里采摘桃子。"
KICKER = "某县发展特色水果产业——"
HEADLINE = "桃子熟了  日子甜了（乡村振兴一线）"
BYLINE = "本报记者  方  远"
NEXT = "城市书房里的夜读时光"
NEXT_TEXT = [
    "晚上九点，街角的城市书房依然亮着灯，十几位读者安静地坐在长桌前看书。",
    "书房实行自助借还，办一张借书卡就能随时进出，周末还常常举办读书分享会。",
]


@pytest.mark.parametrize("credit", ["资料图片", "李  明摄"])
def test_a_byline_under_a_heading_after_a_photo_goes_with_that_heading(credit: str) -> None:
    lines = set_apart(TEXT, WIDTH, 0)
    lines += [CAPTION, credit, "", KICKER, "", HEADLINE, BYLINE, "", NEXT, "王  浩", ""]
    lines += set_apart(NEXT_TEXT, WIDTH, 0)
    articles = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert [(a.kicker, a.headline) for a in articles] == [
        (KICKER.rstrip("—"), " ".join(HEADLINE.split())),
        (None, NEXT),
    ]
    assert [[author.name for author in a.authors] for a in articles] == [["方远"], ["王浩"]]
    assert articles[1].paragraphs == NEXT_TEXT
