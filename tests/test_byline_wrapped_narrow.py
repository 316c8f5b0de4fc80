"""A byline run over two lines of a narrow column: a line that ends on its role word names its people on
the next line (`本报记者 甲 本报通讯员` / `乙 丙`), and a name broken after its first letter goes on at
the next line's start (`…  何` / `秋山`): no one's name is one letter."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

BODY = [
    "\u3000\u3000入秋以来，山区几所小学",
    "的食堂换了新菜单，孩子们吃",
    "得很香。",
    "\u3000\u3000学校说，菜单由营养师和",
    "家长代表一起商定，每月公示",
    "一次采购账目。",
]


def _authors(byline: list[str]) -> list[Author]:
    (article,) = segment("\n".join(["山区小学换了新菜单", "", *byline, "", *BODY]) + "\n").articles
    assert article.headline == "山区小学换了新菜单"
    return article.authors


def test_a_role_word_at_a_lines_end_names_the_people_on_the_next() -> None:
    assert _authors(["本报记者 柏舟远 本报通讯员", "何秋山 孟川"]) == [
        Author("记者", "柏舟远"),
        Author("通讯员", "何秋山"),
        Author("通讯员", "孟川"),
    ]


def test_a_name_broken_after_its_first_letter_is_one_name() -> None:
    assert _authors(["本报记者  柏舟远  何", "秋山  孟川"]) == [
        Author("记者", "柏舟远"),
        Author("记者", "何秋山"),
        Author("记者", "孟川"),
    ]
