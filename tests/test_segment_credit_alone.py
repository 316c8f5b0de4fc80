"""A photo printed with its credit alone (no caption, no title) under a story's text is that story's
photo: its credit line closes the story's text, set without the letter-spacing of its names, as
credits are. It was an item of its own with no text (an empty row in the reader's sidebar)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page


def test_a_credit_alone_under_a_storys_text_closes_that_text() -> None:
    text = page(
        "便民利企举措落地见效",
        "本报记者 王军豪",
        body(BODY_B),
        "（新华社记者 张  三摄）",
        "乡村书屋开门迎客",
        body(BODY_A, first="本报北京1月1日讯  "),
    )
    articles = segment(text).articles
    assert all(a.paragraphs for a in articles)  # (no item without text)
    assert [a.headline for a in articles] == ["便民利企举措落地见效", "乡村书屋开门迎客"]
    assert articles[0].paragraphs == [*BODY_B, "（新华社记者张三摄）"]
