"""A dateline's brackets may name who sent the report beside its reporters (`（记者 甲 X日报供稿）`):
a word of five or six letters that parts into no names is no one's name, so the reporters are the
story's only authors and the words stay in the byline as printed."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

BODY = [
    "以来，山区几所小学的食堂换了新菜单。",
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


def _story(dateline: list[str]) -> list[str]:
    return ["山区小学换了新菜单", "", *dateline, *BODY]


def test_the_sender_beside_a_reporter_in_a_datelines_brackets_is_no_author() -> None:
    lines = _story(["\u3000\u3000本报讯（记者 柏舟远 江城日报供稿）入秋"])
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.headline == "山区小学换了新菜单"
    assert article.authors == [Author("记者", "柏舟远")]
    assert article.byline == "本报讯（记者 柏舟远 江城日报供稿）"


def test_a_dateline_naming_only_its_sender_names_no_author() -> None:
    lines = _story(["\u3000\u3000本报讯（江城日报供稿）入秋"])
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == []
    assert article.byline == "本报讯（江城日报供稿）"
    assert article.paragraphs[0].startswith("入秋以来")


def test_a_note_in_a_datelines_brackets_stays_in_the_text() -> None:
    # (a bracket that is no list of people, past a sender's word, is no dateline's: its words stay)
    lines = _story(["\u3000\u3000本报讯（江城日报供稿，以下数据均为示例所用）入秋"])
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == []
    assert article.paragraphs[0].startswith("本报讯（江城日报供稿，以下数据均为示例所用）入秋以来")
