"""A reader's letter signed in brackets, where a column's tag would stand.

Letters to the paper close on the writer's place and name in brackets (`…呢？（某省某县张三）`).
Set on a short last line after a question, that bracket read as a column's tag closing a title, so
the letter's last two lines became a kicker and a headline over the next letter's title. The
reader keeps them as the letter's last paragraph, signature and all.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 34
LETTERS = [
    (
        "修好的路灯又不亮了",
        [
            "我家门口的那条小路，去年装了一排路灯，可没亮几个月就坏了一大半，晚上出门全靠手电筒。",
            "我们几户人家给街道打过好几次电话，每次都说马上来修，可一直等到现在，路灯还是黑着的。",
            # (cut so that its last line holds the question's end and the signature alone)
            "老人孩子晚上走这段路，常常摔跤，大家心里实在是着急，怎么能不叫人上火呢？（湖南临澧县孙立群）",
        ],
    ),
    (
        "菜市场门口该画个停车线",
        [
            "每天早上，菜市场门口都停满了电动车和三轮车，买菜的人只能从车缝里挤过去，很不方便。",
            "碰上下雨天，车子横七竖八地挡在门口，推着婴儿车的年轻人和拄拐杖的老人根本进不去。",
            "希望有关部门在门口画上停车线，再安排人手管一管，让大家买菜时顺顺当当。（湖北枝江市柯望）",
        ],
    ),
]


def test_a_letter_signed_in_brackets_keeps_its_last_lines() -> None:
    lines: list[str] = []
    for title, text in LETTERS:
        lines += [title, "", *set_apart(text, WIDTH, 0)]
    assert lines[lines.index(LETTERS[1][0]) - 2].startswith("呢？（")
    articles = segment("\n".join(lines) + "\n").articles
    assert articles[0].headline == LETTERS[0][0]
    assert all(a.kicker is None and a.headline in (LETTERS[0][0], LETTERS[1][0]) for a in articles)
    # (whether the second letter opens an item of its own here hangs on a close call: not asked)
    assert articles[0].paragraphs[:3] == LETTERS[0][1]
