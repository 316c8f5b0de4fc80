"""An in-body subhead set apart by blank lines in a narrow column whose paragraphs start flush.

Where a paragraph's first line is as full as any other (no indent kept or dropped), a column break
leaves full lines on both sides of its blank. One unfinished line standing alone between two blanks,
short of the column, is a subhead: it stays a paragraph of its own, not the first words of the
paragraph under it — even when it nearly fills a narrow column.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 24  # a narrow column: twelve characters
FIRST = [
    "清晨六点，山脚下的茶园里已是人声一片。采茶工背着竹篓穿行在茶垄间，指尖上下翻飞。",
    "今年春天雨水充足，新芽比往年早冒了一周，合作社把采摘的人手增加了一倍。",
]
SUBHEAD = "老茶园里长出了新产业链"
AFTER = [
    "过去，村里的茶叶大多卖给收购商，价格由不得自己。如今合作社建起了加工车间和直播间。",
    "“一斤干茶能多卖几十块钱。”管理车间的年轻人一边称重一边算账，脸上满是笑意。",
]


def test_a_subhead_between_blanks_in_a_narrow_flush_column_stays_alone() -> None:
    text = "\n".join(
        [
            "山乡茶事添新味",
            "",
            "本报记者  程  远",
            "",
            *set_apart(FIRST, WIDTH, 0),
            SUBHEAD,
            "",
            *set_apart(AFTER, WIDTH, 0),
        ]
    )
    [article] = [a for a in segment(text + "\n").articles if a.kind == "article"]
    assert article.headline == "山乡茶事添新味"
    assert article.paragraphs == [*FIRST, SUBHEAD, *AFTER]
