"""A dateline set alone on its line (`本报北京３月９日电`) with its bracket naming the reporters
opening the next line after a blank one (`（记者 甲 乙）…`): the two are one dateline, so the story's
authors are the bracket's reporters and its text opens after the bracket."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

BODY = [
    "以来，山区几所小学的食堂换了新菜单，",
    "孩子们吃得很香。",
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


def _article(dateline: str):
    lines = ["山区小学换了新菜单", "", dateline, "", "（记者 柏舟远 何秋山）入秋", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    return article


def test_a_datelines_bracket_after_a_blank_line_names_its_reporters() -> None:
    article = _article("本报北京３月９日电")
    assert article.headline == "山区小学换了新菜单"
    assert article.authors == [Author("记者", "柏舟远"), Author("记者", "何秋山")]
    assert article.paragraphs[0].startswith("入秋以来")


def test_trailing_spaces_after_the_dateline_change_nothing() -> None:
    article = _article("本报北京３月９日电  ")
    assert article.authors == [Author("记者", "柏舟远"), Author("记者", "何秋山")]
    assert article.byline == "本报北京３月９日电（记者 柏舟远 何秋山）"
