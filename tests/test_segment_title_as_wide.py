"""A headline printed after its story's text, as wide as the column, standing alone between the
text's last sentence and the next story's first paragraph (indented).

A line as wide as the column that finishes no sentence reads like text broken off at the column's
end; but no sentence goes on into a paragraph that opens indented under it. The line is the first
story's headline: the reader shows each story under its own title.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented

FIRST_TEXT = [
    "暑假一到，山区小学的操场上热闹起来，来自城里的志愿者带着孩子们打排球、练跳绳。",
    "“以前放假只能在家看电视，现在天天盼着来学校。”一名四年级学生说。",
    "这个暑期托管班由镇中心学校牵头，志愿者大多是在外读书回乡的大学生，每人负责一门兴趣课。",
    "除了体育课，托管班还开设了书法、科学实验和安全教育课，家长们纷纷点赞。",
]
FIRST = "山区的孩子，暑假有了好去处"
SECOND_TEXT = [
    "走进村里的农家书屋，书架上摆满了新到的图书，几位老人正戴着老花镜读报。",
    "书屋管理员说，书屋每天开放到晚上八点，周末还请县图书馆的老师来讲课。",
    "去年以来，县里为各村书屋补充了种养技术、卫生健康类图书，借阅的村民越来越多。",
    "一位种植户说，他照着书上的办法给果树剪枝，今年的收成比往年好。",
]
SECOND = "农家书屋成了村民的“加油站”（乡村观察）"


def test_a_headline_as_wide_as_the_column_after_its_text_over_the_next_paragraph_heads_its_story() -> None:
    width = len(FIRST)
    lines = [
        "本报记者  李  明",
        *indented(FIRST_TEXT, width),
        "",
        FIRST,
        "",
        *indented(SECOND_TEXT, width),
        "",
        SECOND,
        "",
    ]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.headline, a.paragraphs) for a in articles] == [(FIRST, FIRST_TEXT), (SECOND, SECOND_TEXT)]
