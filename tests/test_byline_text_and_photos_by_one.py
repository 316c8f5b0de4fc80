"""A byline closed by `文/图` (the writer took the photos too: `本报记者 X 文/图`) names its people
with the role it prints; the words name no one."""

from __future__ import annotations

from reader.model import Author
from reader.page.byline import parse_byline_line
from reader.page.segment import segment

BODY = [
    "\u3000\u3000入秋以来，山区几所小学的食堂换了",
    "新菜单，荤素搭配，每周还有两次水果，",
    "孩子们吃得香，老师们也放了心。",
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


def test_a_reporters_line_closed_by_text_and_photos_names_the_reporter_only() -> None:
    lines = ["山区小学换了新菜单", "", "本报记者  林  涛  文/图", "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("记者", "林涛")]
    assert article.headline == "山区小学换了新菜单"


def test_names_alone_closed_by_text_and_photos_sign_the_text() -> None:
    byline = parse_byline_line("林涛  文／图")
    assert byline is not None and byline.authors == [Author("", "林涛")]
