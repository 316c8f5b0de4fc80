"""A headline run on under a story whose last paragraph is a note in brackets.

A commentary often ends on a paragraph of its own naming who wrote it and who took it down
(`（作者为…研究员，本报记者…整理）`), wrapped over a few lines. Where extraction loses the blank line
under it, the next story's headline and subtitle run on right under that note. The note closes
the text as a full stop does: the reader shows the next story under its own headline and subtitle,
with its reporter, and the commentary keeps its note as its last paragraph.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

INDENT = "\u3000\u3000"
FIRST = "让小河重新清起来（专家点评）"
FIRST_TEXT = [
    "城郊那条小河，前些年一到夏天就泛起绿沫，岸边的住户不敢开窗。",
    "这两年，沿河的排污口一个个封堵，河道清了淤，两岸种上了芦苇和菖蒲，小河慢慢变清了。",
]
NOTE = "（作者为某省水利科学研究院研究员，本报记者吴畅采访整理）"
HEADLINE = "山洪为何来得这样急"
SUBTITLE = "——访某省地质灾害防治中心的一位高级工程师"
TEXT = "六月十二日夜里，山区连降暴雨，一条平日干涸的山沟突然涌出泥水，冲毁了沟口的两座便桥。"


def _page(width: int, indent: bool) -> str:
    mark = INDENT if indent else ""
    lines = [FIRST, "孟远山", ""]
    for paragraph in [*FIRST_TEXT, NOTE]:
        lines += [mark + line if k == 0 else line for k, line in enumerate(chop(paragraph, width))]
    lines += [HEADLINE, SUBTITLE, "", "本报记者  谢  林"]
    lines += [mark + line if k == 0 else line for k, line in enumerate(chop(TEXT, width))]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("indent", [True, False], ids=["indented", "flush"])
def test_a_headline_glued_under_a_closing_note_heads_its_own_story(indent: bool) -> None:
    articles = segment(_page(13, indent)).articles
    assert [a.headline for a in articles] == [FIRST, HEADLINE]
    assert articles[1].subtitle == SUBTITLE.lstrip("—")  # (the dash that leads it in print goes)
    assert [author.name for author in articles[1].authors] == ["谢林"]
    assert articles[1].paragraphs == [TEXT]
    assert articles[0].paragraphs == [*FIRST_TEXT, NOTE]
