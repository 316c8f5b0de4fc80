"""In-body subheads all but as wide as the column, on a page whose paragraphs start flush.

Where paragraphs are set apart by blank lines and their first lines run as full as any other, an
unfinished line alone between two blanks, two or three characters short of the column, is a subhead
(`以加强人力资源开发利用为主线` in a column of sixteen). A paragraph's first line with its indent
dropped is as short, but it has the paragraph's other lines under it; the subheads alone do not make
the page one whose first lines are short. The reader shows each subhead as a paragraph of its own,
not as the first words of the paragraph under it.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 32  # sixteen characters a line
OPENING = [
    "近日，河州市印发新一轮城市更新规划，对今后五年的老旧小区改造作出安排。",
    "规划由市住建局牵头编制，历时一年，其间收集居民意见三千多条。",
]
FIRST_SUBHEAD = "以完善社区公共服务设施为主线"  # fourteen characters
MIDDLE = ["规划提出，到2030年，全市老旧小区全部完成改造，每个社区至少建成一处养老服务站。"]
SECOND_SUBHEAD = "让居民在家门口享受便利生活"  # thirteen characters
CLOSING = ["规划还要求各区建立居民议事会，改造方案须经居民讨论通过后方可实施，施工期间定期公开进度。"]


def test_subheads_nearly_as_wide_as_the_column_stay_paragraphs_of_their_own() -> None:
    lines = ["城市更新五年规划出台", "", "本报记者  程  远", "", *set_apart(OPENING, WIDTH, 0)]
    lines += [
        FIRST_SUBHEAD,
        "",
        *set_apart(MIDDLE, WIDTH, 0),
        SECOND_SUBHEAD,
        "",
        *set_apart(CLOSING, WIDTH, 0),
    ]
    [article] = segment("\n".join(lines) + "\n").articles
    assert article.headline == "城市更新五年规划出台"
    assert article.paragraphs == [*OPENING, FIRST_SUBHEAD, *MIDDLE, SECOND_SUBHEAD, *CLOSING]
