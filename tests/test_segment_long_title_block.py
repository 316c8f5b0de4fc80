"""A kicker closed by `——` and a tagged headline, wrapped over five lines of a narrow column.

In a column of twelve characters a long kicker runs over two lines and ends on its dash, and the
headline with its column's tag over three more, all in one block over the story's byline. The dash
ends the kicker, however many lines the block holds: the reader shows the story under its own kicker
and headline, not as the last paragraph of the story above.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 24  # twelve characters a line
ABOVE = ["河州市今年新建社区食堂十二家，为周边老人提供午餐，价格实惠，菜品每周更换。"]
TITLES = [
    "河州山区泥石流灾害受灾群",
    "众得到妥善安置——",
    "“群众有困难，我们就想办",
    "法”（党旗在基层一线高高",
    "飘扬）",
]
TEXT = ["8月28日晚，河州市山区镇的临时安置点内灯火通明，从受灾区域转移来的村民围坐在一起聊天。"]


def test_a_five_line_title_block_heads_its_story() -> None:
    lines = ["社区食堂开进老小区", "", "本报记者  王  平", "", *set_apart(ABOVE, WIDTH, 0)]
    lines += [*TITLES, "", "■ 本报记者  卞民德  徐驭尧", "", *set_apart(TEXT, WIDTH, 0)]
    first, second = segment("\n".join(lines) + "\n").articles
    assert first.paragraphs == ABOVE
    assert (
        second.kicker == "河州山区泥石流灾害受灾群众得到妥善安置"
    )  # (its dash dropped, as printed kickers are read)
    assert second.headline == "“群众有困难，我们就想办法”（党旗在基层一线高高飘扬）"
    assert [a.name for a in second.authors] == ["卞民德", "徐驭尧"]
