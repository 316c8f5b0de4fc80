"""A question subhead and its one-line sub-subhead, the sub-subhead filling its column.

Inside a story a subhead may ask a question (`…难在哪？`) and a one-line sub-subhead under it give
the answer's gist. Set as a heading — no indent, a blank line under it, no sentence's punctuation
but one comma — that line stays a paragraph of its own even where it is exactly as wide as the
column, and is not run into the paragraph under it as that paragraph's first line.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 28  # fourteen characters a line
FIRST = [
    "入夏以来，城南几个老旧小区的居民陆续反映，楼道里的灯坏了很久也没人来修。",
    "街道把这些问题一一记下，交给社区和物业限期处理，每周通报一次进展。",
]
QUESTION = "修一盏灯为何这么难？"
SUB = "理清管护责任，定人定岗定时限"  # fourteen characters with its comma: the column's width
AFTER = [
    "过去，楼道灯归谁管说法不一，物业说是公共设施，社区说该由业主共同出钱。",
    "如今，街道牵头列出一张清单，哪一类设施由谁维修、多长时间内修好，都写得清清楚楚。",
]


def test_a_sub_subhead_as_wide_as_the_column_stays_its_own_paragraph() -> None:
    text = "\n".join(
        [
            "老小区的灯亮了",
            "",
            "本报记者  程  远",
            "",
            *set_apart(FIRST, WIDTH, 0),
            QUESTION,
            "",
            SUB,
            "",
            *set_apart(AFTER, WIDTH, 0),
        ]
    )
    [article] = [a for a in segment(text + "\n").articles if a.kind == "article"]
    assert article.headline == "老小区的灯亮了"
    assert article.paragraphs == [*FIRST, QUESTION, SUB, *AFTER]
