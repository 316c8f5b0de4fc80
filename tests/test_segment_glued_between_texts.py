"""A headline printed after its story's text, run on between that text and the next story's.

On a page that sets no blank line between stories, a story whose headline follows its text prints
that headline, wrapped over two lines and closed by its column's tag, right under its last
paragraph (here a note in brackets naming who took it down) and right over the next story's first
line. The reader shows the first story under that headline and the next story as a story of its
own, not as more paragraphs of the first.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

FIRST_TEXT = [
    "“我们小区的路灯坏了大半年，晚上出门只能打手电……”此前，某市城北区信访局接到一位居民的来电。",
    "区里随即派人核实，发现路灯维修款被挪作他用，相关责任人已被追责，路灯在一周内全部修好。",
    "（本报记者柯远采访整理）",
]
HEADLINE = "路灯维修款被挪用 责任人被追责（一线见闻）"
SECOND_TEXT = [
    "入夏以来，江边的老码头每到傍晚就热闹起来，跳舞的、散步的、钓鱼的，把步道挤得满满当当。",
    "码头改造时保留了几台老吊机，如今成了孩子们最爱的合影背景。",
]
SECOND_HEADLINE = "老码头的夏夜（城市漫步）"


def _page(width: int) -> str:
    lines = ["城市  5", "2026年7月8日  星期三", ""]
    for paragraph in FIRST_TEXT:
        lines += chop(paragraph, width)
    lines += chop(HEADLINE, width)
    for paragraph in SECOND_TEXT:
        lines += chop(paragraph, width)
    lines += [SECOND_HEADLINE, "洪  涛", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("width", [12, 13, 14])
def test_a_wrapped_headline_between_two_texts_heads_the_text_above(width: int) -> None:
    articles = segment(_page(width)).articles
    assert [a.headline.replace(" ", "") for a in articles] == [
        HEADLINE.replace(" ", ""),
        SECOND_HEADLINE,
    ]
    assert articles[0].paragraphs == FIRST_TEXT
    assert articles[1].paragraphs == SECOND_TEXT
