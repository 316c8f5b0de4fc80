"""Two reporters' names run together where a line break inside a dateline's brackets took the space
between them (`（记者 罗一江` / `陈朗）`): five letters that part both ways into two names opening
with common surnames part at the commoner surname, not stay one five-letter name."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

BODY = [
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


def _authors(first: str, second: str) -> list[Author]:
    lines = [
        "山区小学换了新菜单",
        "",
        f"\u3000\u3000本报拉萨9月1日电（记者 {first}",
        f"{second}）入秋以来，山区几所小学的食堂",
        "换了新菜单，孩子们吃得香。",
        *BODY,
    ]
    (article,) = segment("\n".join(lines) + "\n").articles
    return article.authors


def test_three_letters_then_two() -> None:
    # (江 and 陈 both open common surnames; 陈 is the commoner)
    assert _authors("罗一江", "陈朗") == [Author("记者", "罗一江"), Author("记者", "陈朗")]


def test_two_letters_then_three() -> None:
    # (何 and 林 both open common surnames; 何 is the commoner)
    assert _authors("丁禾", "何林霞") == [Author("记者", "丁禾"), Author("记者", "何林霞")]
