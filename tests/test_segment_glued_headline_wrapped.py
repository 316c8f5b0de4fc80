"""A headline run on under the text above it, wrapped where its line was full.

Extraction may lose the blank line between a story's text and the next story's headline, and a
headline as wide as its column wraps where the line is full. Two wraps made such a heading read as
part of the text above: its last word alone on a line (`…新建的社区食堂陆续` / `开张`), which two
letters alone under a text read like a writer's name signing it; and a break inside the title
marks of the document it names (`…印发《关于推进社区食堂建` / `设的意见》`), where neither line
balances alone. The reader shows the next story under its whole headline, with its reporter, and
the story above without the headline's first line.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

FIRST = "河堤上的晨练队"
FIRST_TEXT = [
    "太阳还没出来，河堤上就热闹起来。打太极的、跳健身操的、快步走的，几个人一伙，一练就是一个多钟头。",
    "领队的退休教师说，队伍从最初的五六个人，发展到如今的一百多人，大家风雨无阻，练出了好身体。",
]
DATELINE = "本报江城5月8日电  （记者钟远）"
TEXT = "城西街道日前印发意见，今年新建三家社区食堂，每天供应两荤两素，年满七十岁的老人用餐打八折。"

# (the column's width, the headline's lines, and what opens the story under them)
CASES = {
    "last word alone, over a blank and its dateline": (
        13,
        ["城西街道新建的社区食堂陆续", "开张"],
        ["", DATELINE + TEXT[:4]],
    ),
    "inside its title marks, right over its indented dateline": (
        15,
        ["城西街道印发《关于推进社区食堂建", "设的意见》"],
        ["\u3000\u3000" + DATELINE + TEXT[:4]],
    ),
}


def _page(width: int, heading: list[str], opening: list[str]) -> str:
    lines = [FIRST, "", "本报记者  林  川", ""]
    lines += chop(FIRST_TEXT[0], width) + [""] + chop(FIRST_TEXT[1], width)
    lines += [*heading, *opening, *chop(TEXT[4:], width)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("case", CASES)
def test_a_glued_headline_wrapped_at_its_column_heads_its_story(case: str) -> None:
    width, heading, opening = CASES[case]
    assert len(heading[0]) >= width - 1  # (the headline's first line fills the column)
    articles = segment(_page(width, heading, opening)).articles
    assert [a.headline for a in articles] == [FIRST, "".join(heading)]
    assert articles[0].paragraphs == FIRST_TEXT
    assert [author.name for author in articles[1].authors] == ["钟远"]
    assert articles[1].paragraphs == [TEXT]
