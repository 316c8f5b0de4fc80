"""Bylines on hand-made pages (text of the January 1998 People's Daily)."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

# several reporters whose names wrap onto a second byline line
WRAPPED_NAMES = [
    "春运首日客流平稳",
    "",
    "■ 本报记者  李心萍  姜  峰",
    "常  钦  王欣悦",
    "",
    "\u3000\u3000今天是春运第一天，全国铁路、公路、",
    "水路、民航共发送旅客两千多万人次，",
    "客流总体平稳有序。",
    "",
    "\u3000\u3000各地车站增开售票窗口，延长服务时",
    "间，方便旅客购票乘车。",
]


def test_names_wrapped_onto_a_second_byline_line_keep_the_reporters_role() -> None:
    (article,) = segment("\n".join(WRAPPED_NAMES) + "\n").articles
    assert article.headline == "春运首日客流平稳"
    assert article.authors == [
        Author("记者", "李心萍"),
        Author("记者", "姜峰"),
        Author("记者", "常钦"),
        Author("记者", "王欣悦"),
    ]
    assert article.paragraphs[0].startswith("今天是春运第一天")
