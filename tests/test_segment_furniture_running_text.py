"""A line of running text is never page furniture, however much it looks like a running head: one
that holds a sentence stop before its end (`…共十二人。（名单见５版）`, a story pointing to another page),
or that closes a bracket it did not open (`5 日8时）`, the end of a line wrapped at the column), stays in
its story's text, at a block's edge or at the page's foot."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, body, page

NAMES = "获奖的作者共十二人。（名单见５版）"
FORECAST = "明日天气预报（3月 4 日 8时—3月"


def _text(text: str) -> str:
    return "".join("".join(p.split()) for a in segment(text).articles for p in a.paragraphs)


def test_a_line_pointing_to_another_page_after_a_sentence_stays_in_the_text() -> None:
    text = page(["春耕备耕忙"], "本报记者 刘  桐", [*body(BODY_A)[:-1], NAMES, ""], ["便民举措受欢迎"])
    assert "名单见５版" in _text(text)


def test_a_wrapped_lines_end_at_the_pages_foot_stays_in_the_text() -> None:
    text = page(["春耕备耕忙"], "本报记者 刘  桐", body(BODY_A), [FORECAST, "5 日8时）"])
    assert "3月5日8时）" in _text(text)
