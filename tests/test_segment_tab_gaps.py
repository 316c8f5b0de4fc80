"""A gap inside a line printed as a tab reads as the gap it is.

Some extractors print the wide gaps inside a line (between a byline's role and its names, inside a
letter-spaced name, between the two parts of a headline, between the editors' credits at the
page's foot) as tabs rather than as spaces. A page printed so must read as the same page printed
with spaces: the same headlines, bylines and text, and the credits set aside as page furniture.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 15

FARM = (
    "今年以来，村里的民宿接待游客三万多人次，村民在家门口就能把土特产卖出去，腰包一天天鼓了起来。"
    "村党支部书记说，下一步还要把村里的老房子改成乡村书屋，让游客住得下、留得住。"
)
NOTE = (
    "读书是一种习惯，更是一种修养。在碎片化阅读越来越普遍的今天，静下心来读完一本好书尤为可贵，"
    "也更需要坚持和耐心。阅读的意义不在于记住了多少内容，而在于它塑造了我们看待世界的方式。"
)


def _page(gap: str) -> str:
    lines = [
        "村里游客多" + gap + "村民腰包鼓",
        "",
        "本报记者" + gap + "李增辉" + gap + "姜" + gap + "峰",
        "",
        *chop("\u3000\u3000" + FARM, _WIDTH),
        "",
        "读书贵在坚持",
        "",
        "王" + gap + "浩",
        "",
        *chop("\u3000\u3000" + NOTE, _WIDTH),
        "",
        "本版责编：吴" + gap + "迪" + gap + "版式设计：张" + gap + "宁",
    ]
    return "\n".join(lines)


def test_tabs_inside_lines_read_as_the_spaces_they_stand_for() -> None:
    spaced = [a.to_dict() for a in segment(_page("  ")).articles]
    tabbed = [a.to_dict() for a in segment(_page("\t")).articles]
    assert [a["headline"] for a in spaced] == ["村里游客多 村民腰包鼓", "读书贵在坚持"]
    assert [[p["name"] for p in a["authors"]] for a in spaced] == [["李增辉", "姜峰"], ["王浩"]]
    assert tabbed == spaced
    assert not any("责编" in (a["headline"] or "") + (a["kicker"] or "") for a in tabbed)
