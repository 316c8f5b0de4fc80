"""A headline printed after its story's text, run on under the last sentence with the blank lost.

Two such headlines stayed in the text above them, so the reader showed the story with no title
and its headline as the last line of its last paragraph: one wrapped where its line was full,
inside the title marks of the document it names (`…印发《关于推进社区` / `食堂建设的意见》`), so
that neither line balances alone; and one closed by its column's tag after a question, with a
comma in it (`…进城，为了啥？（街巷观察）`), which a sentence's clause hanging past the column's
edge has too; the same tag closing a headline that happens to fill its column, as a text's line
broken off at the column's end does. The reader now shows each story under its own headline, the
next story untouched.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

WIDTH = 13
FIRST = "河堤上的晨练队"
FIRST_TEXT = "太阳还没出来，河堤上就热闹起来。打太极的、跳健身操的、快步走的，几个人一伙，一练一个钟头。"
TEXT = [
    "城西街道日前印发意见，今年新建三家社区食堂，每天供应两荤两素，年满七十岁的老人用餐打八折。",
    "街道负责人说，食堂由街道出场地、企业来运营，价格比外面的快餐店低三成，周末也照常开门。",
]
NEXT = "南湖公园新添一条环湖步道"
NEXT_TEXT = "南湖公园的环湖步道日前建成开放，全长四公里，沿途设有六处休息点和两处公共卫生间。"

HEADINGS = {
    "wrapped inside its title marks": ["城西街道印发《关于推进社区", "食堂建设的意见》"],
    "a question and a comma before its column's tag": ["社区食堂开进老街，图个啥？（街巷观察）"],
    "as wide as the column, closed by its column's tag": ["社区食堂  暖老人心（民生）"],
}


def _page(heading: list[str]) -> str:
    lines = [FIRST, "", "本报记者  林  川", ""]
    lines += ["\u3000\u3000" + line if k == 0 else line for k, line in enumerate(chop(FIRST_TEXT, WIDTH))]
    lines += ["", "本报记者  钟  远", ""]
    for paragraph in TEXT:
        chopped = chop(paragraph, WIDTH)
        lines += ["\u3000\u3000" + chopped[0], *chopped[1:]]
    lines += [*heading, "", NEXT, "", "本报记者  田  禾", ""]
    chopped = chop(NEXT_TEXT, WIDTH)
    lines += ["\u3000\u3000" + chopped[0], *chopped[1:]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("case", HEADINGS)
def test_a_headline_glued_under_its_story_heads_that_story(case: str) -> None:
    heading = HEADINGS[case]
    assert len(TEXT[-1]) % WIDTH < WIDTH - 2  # (the text's last line is short of the column)
    articles = segment(_page(heading)).articles
    # (a two-part headline's gap is printed as one space)
    assert [a.headline for a in articles] == [FIRST, " ".join("".join(heading).split()), NEXT]
    assert articles[1].paragraphs == TEXT
    assert [author.name for author in articles[1].authors] == ["钟远"]
    assert articles[2].paragraphs == [NEXT_TEXT]
