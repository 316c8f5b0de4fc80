"""Bylines opened by a mark other than `■`: `◎本报记者 X`, `◎X` (a signed commentary)."""

from __future__ import annotations

from reader.model import Author
from reader.page.byline import parse_byline_line
from reader.page.segment import segment

BODY = [
    "\u3000\u3000河堤上的柳树抽出新芽，早起",
    "的人们沿着步道慢跑，孩子们在草",
    "地上放风筝，笑声传得很远。",
    "",
    "\u3000\u3000社区把旧仓库改成了阅览室，",
    "周末总有老人带着孙辈来借书。",
]


def test_a_reporters_byline_opened_by_a_double_circle_names_the_reporters() -> None:
    lines = ["河畔春来早（城乡新貌）", "", "◎本报记者  林  涛  周远航", "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.headline == "河畔春来早（城乡新貌）"
    assert article.authors == [Author("记者", "林涛"), Author("记者", "周远航")]
    assert article.paragraphs[0].startswith("河堤上的柳树")


def test_a_commentary_signed_with_a_double_circle_and_a_bare_name_is_that_writers() -> None:
    lines = ["读书的人多了（街谈巷议）", "", "◎钟晓岚", "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.headline == "读书的人多了（街谈巷议）"
    assert article.authors == [Author("", "钟晓岚")]
    assert "钟晓岚" not in "".join(article.paragraphs)


def test_every_byline_mark_opens_a_byline_line() -> None:
    for mark in "■□◎●◆":
        byline = parse_byline_line(f"{mark} 本报记者  林  涛")
        assert byline is not None and byline.authors == [Author("记者", "林涛")], mark
