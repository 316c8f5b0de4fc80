"""A dateline's brackets listing letter-spaced two-letter names among others (`（记者` / `林  涛
方园园 …`) name every reporter whole, though the running text's cleaning drops the single spaces:
no name is one letter."""

from __future__ import annotations

from reader.model import Author
from reader.page.names import merge_names
from reader.page.segment import segment

BODY = [
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


def test_padded_names_in_a_datelines_brackets_stay_whole() -> None:
    lines = [
        "山区小学换了新菜单",
        "",
        "\u3000\u3000本报拉萨9月1日电（记者",
        "林  涛 方园园 通讯员 赵",
        "明明 周  红）入秋以来，山区几所小学的",
        "食堂换了新菜单，孩子们吃得香。",
        *BODY,
    ]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [
        Author("记者", "林涛"),
        Author("记者", "方园园"),
        Author("通讯员", "赵明明"),
        Author("通讯员", "周红"),
    ]


def test_a_lone_letter_next_to_four_takes_the_letter_beside_it() -> None:
    assert merge_names(["林", "涛方园园"]) == ["林涛", "方园园"]
    assert merge_names(["方园园周", "红"]) == ["方园园", "周红"]
