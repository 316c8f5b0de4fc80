"""A plain subhead inside a story, the text under it naming the story's own title.

A story in parts may head each part with a plain short line: no byline, no dateline under it, set
like a short story's headline. A sub-editor tells the two apart by the text under it: a part goes on
with the story's subject (the words of its headline come back in it), a new story starts another.
Here the text above the part and the text under it share no words, so only the headline's words
tell. The reader keeps the part in its story; a story with a subject of its own still opens under it.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 36  # eighteen characters a line
HEADLINE = "竹林深处的木工坊"
INTRO = [
    "清晨的山路上雾气还没散，运货的三轮车一辆接一辆往山外开。这条路是前年修通的，水泥路面一直铺到半山腰，"
    "过去挑担子要走大半天，如今开车四十分钟就能到镇上。路边的几户人家开起了小卖部和饭馆，周末常有骑行的游客"
    "停下来歇脚，买瓶水，尝一碗当地的酸汤粉。镇上的干部说，路通了，山里的东西才运得出去，外面的人也才进得来。",
]
PARTS = [
    (
        "老手艺找到新买家",
        [
            "竹林深处的木工坊过去只做熟人的生意，桌椅卖不远，价钱上不去。去年开春，驻村干部帮着拍照片、写介绍，"
            "在网上开了店。谁也没想到，摆在院子里的长条凳被城里的顾客看中，接着又有人要书架、要茶几，"
            "还有人照着图纸定做。订单已经排到了明年，买家们夸得最多的是做工细、气味小、摆上十年也不走样。",
        ],
    ),
]
OTHER_HEADLINE = "河堤上的晨练队"
OTHER = [
    "太阳还没出来，河堤上就热闹起来。打太极的、跳健身操的、快步走的，几个人一伙，一练就是一个多钟头。",
    "领队的退休教师说，队伍从最初的五六个人，发展到如今的一百多人，大家风雨无阻，练出了好身体。",
]


def _body(paragraphs: list[str]) -> list[str]:
    return set_apart(paragraphs, WIDTH)


def _page() -> str:
    lines = [HEADLINE, "", "本报记者  钟  远", "", *_body(INTRO)]
    for title, paragraphs in PARTS:
        lines += [title, "", *_body(paragraphs)]
    lines += [OTHER_HEADLINE, "", *_body(OTHER)]
    return "\n".join(lines) + "\n"


def test_a_part_whose_text_names_the_story_stays_in_it() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert articles[0].headline == HEADLINE
    paragraphs = articles[0].paragraphs
    for title, body in PARTS:
        assert title in paragraphs
        at = paragraphs.index(title)
        assert paragraphs[at : at + 1 + len(body)] == [title, *body]


def test_a_story_with_a_subject_of_its_own_still_opens_under_it() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    assert articles[1].paragraphs == OTHER
