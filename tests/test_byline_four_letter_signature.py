"""A column's piece signed with a name of four letters (a name from no Han surname printed whole,
or two two-letter names run together) on a line of its own between blank lines, right under the
title its column's tag closes: the writer, not a subtitle."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment

BODY = [
    "\u3000\u3000入秋以来，山区几所小学的食堂换了",
    "新菜单，荤素搭配，每周还有两次水果，",
    "孩子们吃得香，老师们也放了心。",
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


@pytest.mark.parametrize(
    ("signed", "people"),
    [("扎西多吉", [Author("", "扎西多吉")]), ("林涛方园", [Author("", "林涛"), Author("", "方园")])],
)
def test_four_letters_under_a_column_title_sign_the_piece(signed: str, people: list[Author]) -> None:
    lines = ["食堂的大账本（快评）", "", signed, "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.headline == "食堂的大账本（快评）"
    assert article.authors == people
    assert not article.subtitle
