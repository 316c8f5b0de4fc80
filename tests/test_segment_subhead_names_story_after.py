"""A plain subhead inside a story on a page whose headlines stand after their texts.

Where a page prints each story's headline under its text, a plain short line between two texts may be
read as the headline closing the text above. A sub-editor reads on where the text above goes on with
the subject of the headline the story closes with: its words come back in that text. The reader keeps
the part in its story; a story with a subject of its own still closes with its own headline.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 36  # eighteen characters a line
KICKER = "一位老人守着一片山"
HEADLINE = "河谷里的养蜂人"
PART_ONE = [
    "河谷深处住着一位养蜂人，今年六十八岁，守着两百多箱蜜蜂过了大半辈子。每年油菜花一开，"
    "他就赶着蜂箱往河谷上游走，一路追着花期，直到入秋才回到山脚的老屋。养蜂人说，蜜蜂认得路，"
    "也认得人，换了生人去开箱，总要挨上几下。河谷里的花多，酿出的蜜颜色浅、香气足，老主顾年年来订。"
    "遇上阴雨连绵的春天，蜂群出不了门，他便守在箱边添糖水，一夜起来好几回。",
]
SUBHEAD = "儿子接过了手艺"
PART_TWO = [
    "三年前，在省城做装修的儿子辞工返乡，先是帮着搬箱子、摇蜜，后来干脆辞了工作。他学着用手机记录"
    "每一箱的产量和温度，还给山货起了名字、印了标签，放到网上去卖。头一批货刚装好，就被县城的"
    "两家超市订走了。他说，城里的活儿总有人干，老手艺要是断了，就再也接不上了。"
    "村委会打算明年建一座小冷库，再修一段通往公路的便道，方便货车直接开到家门口。",
]
OTHER = [
    "老街尽头的修表铺开了四十年，门脸不到两米宽，柜台上摆满了拆开的机芯和细小的零件。",
    "铺子的主人戴着放大镜，一坐就是一整天。街坊们说，家里的老钟不走了，送到这里总能修好。",
]
OTHER_HEADLINE = "老街的修表铺"


def _body(paragraphs: list[str]) -> list[str]:
    return set_apart(paragraphs, WIDTH)


def _page() -> str:
    lines = [*_body(PART_ONE), SUBHEAD, "", *_body(PART_TWO), KICKER, HEADLINE, ""]
    lines += [*_body(OTHER), OTHER_HEADLINE, ""]
    return "\n".join(lines) + "\n"


def test_a_part_whose_text_names_the_closing_headline_stays_in_its_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert articles[0].headline == HEADLINE
    assert SUBHEAD in articles[0].paragraphs
    assert articles[0].paragraphs[0] == PART_ONE[0]
    assert articles[0].paragraphs[-1] == PART_TWO[-1]


def test_a_story_of_its_own_still_closes_with_its_headline() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    assert articles[1].paragraphs == OTHER
