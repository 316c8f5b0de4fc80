"""A headline wrapped inside its title marks, run on between the text above and its dateline.

Extraction may set a story's headline straight under the text before it and straight over its
dateline, no blank line on either side, and a headline as wide as its column wraps where the line
is full, inside the title marks of the document it names (`…印发《关于推进社区食堂建设` /
`的意见》`). Neither line is balanced alone; the two are one headline. The reader shows the story
under it, with its reporter, and the story above without it.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

WIDTH = 15
FIRST = "河堤上的晨练队"
FIRST_TEXT = [
    "太阳还没出来，河堤上就热闹起来。打太极的、跳健身操的、快步走的，几个人一伙，一练就是一个多钟头。",
    "领队的退休教师说，队伍从最初的五六个人，发展到如今的一百多人，大家风雨无阻，练出了好身体。",
]
HEADLINE_LINES = ["城西街道印发《关于推进社区食堂建", "设的意见》"]
DATELINE = "本报江城5月8日电  （记者钟远）"
TEXT = "城西街道日前印发意见，今年新建三家社区食堂，每天供应两荤两素，年满七十岁的老人用餐打八折。"


def _page() -> str:
    lines = [FIRST, "", "本报记者  林  川", ""]
    lines += chop(FIRST_TEXT[0], WIDTH) + [""] + chop(FIRST_TEXT[1], WIDTH)
    lines += [*HEADLINE_LINES, "\u3000\u3000" + DATELINE + TEXT[:4], *chop(TEXT[4:], WIDTH)]
    return "\n".join(lines) + "\n"


def test_a_headline_wrapped_inside_its_title_marks_heads_its_story() -> None:
    articles = segment(_page()).articles
    assert [a.headline for a in articles] == [FIRST, "".join(HEADLINE_LINES)]
    assert articles[0].paragraphs == FIRST_TEXT
    assert [author.name for author in articles[1].authors] == ["钟远"]
    assert articles[1].paragraphs == [TEXT]
