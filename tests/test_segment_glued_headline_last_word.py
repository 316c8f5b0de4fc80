"""A headline run on under the text above it, wrapped at the column so its last word stands alone.

Extraction may lose the blank line between a story's text and the next story's headline, and a
headline as wide as the column wraps its last word onto a line of its own (`…新建的社区食堂陆续` /
`开张`). Two letters alone under a finished text read like a writer's name signing it; under
another title line they are the headline's end. The reader shows the next story under its whole
headline and keeps the story above without the headline's first line.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

WIDTH = 13
FIRST = "河堤上的晨练队"
FIRST_TEXT = [
    "太阳还没出来，河堤上就热闹起来。打太极的、跳健身操的、快步走的，几个人一伙，一练就是一个多钟头。",
    "领队的退休教师说，队伍从最初的五六个人，发展到如今的一百多人，大家风雨无阻，练出了好身体。",
]
HEADLINE_LINES = ["城西街道新建的社区食堂陆续", "开张"]
DATELINE = "本报江城5月8日电  （记者钟远）"
TEXT = "城西街道今年新建的三家社区食堂已经迎来第一批食客，每天供应两荤两素，年满七十岁的老人用餐打八折。"


def _page() -> str:
    lines = [FIRST, "", "本报记者  林  川", ""]
    lines += chop(FIRST_TEXT[0], WIDTH) + [""] + chop(FIRST_TEXT[1], WIDTH)
    lines += [*HEADLINE_LINES, "", DATELINE + TEXT[:6], *chop(TEXT[6:], WIDTH)]
    return "\n".join(lines) + "\n"


def test_a_glued_headline_keeps_its_last_word() -> None:
    assert len(HEADLINE_LINES[0]) == WIDTH  # (the headline's first line fills the column)
    articles = segment(_page()).articles
    assert [a.headline for a in articles] == [FIRST, "".join(HEADLINE_LINES)]
    assert articles[0].paragraphs == FIRST_TEXT
    assert [author.name for author in articles[1].authors] == ["钟远"]
