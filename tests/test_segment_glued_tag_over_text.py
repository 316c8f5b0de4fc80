"""A headline printed after its story's text, closed by its column's tag, with the blank line over
it lost, over the next story's text, whose headline is printed after it too.

Two short pieces with their headlines set under their text: extraction ran the first headline onto
the last line of its text, and the second piece opens with a plain paragraph (no byline, no
dateline). The line closed by a column's tag is a title, not the end of a paragraph: the reader
shows each piece under its own headline, with its own paragraphs.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import indented

FIRST = "老街的路灯亮了（街谈）"
FIRST_TEXT = [
    "城东那条老街，入夜后一片漆黑，晚归的住户只能打着手电摸黑走路。",
    "上个月，街道在巷口装上了十几盏路灯，还请电工每周上门检修一次。",
    "小事做实了，群众心里就亮堂了。",
]
NOTE = "（摘编自《某某晚报》，原题为《老街亮灯之后》）"
SECOND = "菜市场为何搬不走（来信调查）"
SECOND_TEXT = [
    "不久前，一位读者来信反映，小区门口的临时菜市场占了半条马路，早晚高峰车辆难行。",
    "记者走访发现，附近三公里内没有一家正规菜场，居民买菜只能靠这里。",
]


@pytest.mark.parametrize("note", [True, False], ids=["after-a-note", "after-a-sentence"])
def test_a_tagged_headline_glued_under_its_text_over_the_next_text(note: bool) -> None:
    first = [*FIRST_TEXT, NOTE] if note else FIRST_TEXT
    lines = [
        *indented(first, 14),
        FIRST,
        "",
        "",
        *indented(SECOND_TEXT, 14),
        SECOND,
        "",
    ]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.headline, a.paragraphs) for a in articles] == [(FIRST, first), (SECOND, SECOND_TEXT)]
