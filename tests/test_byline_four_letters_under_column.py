"""Four letters on a line of their own under a column's tagged title are no writer's name: a short
subtitle or a column's opening line is set so too, and its words are not to be lost from the piece."""

from __future__ import annotations

import pytest

from reader.page.segment import segment

BODY = [
    "\u3000\u3000今年春天，河边的几个村子一起清理了",
    "河道，种下了两千多棵柳树，还修了一条",
    "步道，傍晚散步的人多了起来。",
    "\u3000\u3000村里的老人说，河水清了，鱼也回来",
    "了，孩子们又能在岸边玩耍了。",
]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("让假日慢下来（经济快评）", "黄金周末"),  # two surnames' letters in it: no two names
        ("百姓身边事（读者来信）", "停车难题"),
        ("走进千村万户（乡野走笔）", "写在前面"),
    ],
)
def test_four_letters_under_a_tagged_title_name_no_one(title: str, line: str) -> None:
    (article,) = segment("\n".join([title, "", line, "", *BODY]) + "\n").articles
    assert article.authors == []
    shown = [article.kicker, article.headline, article.subtitle, *article.paragraphs]
    assert any(line in (text or "") for text in shown)
