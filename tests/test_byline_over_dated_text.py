"""A reporter's byline printed under a headline, over a text that opens with its own dateline, on a
page that prints its headings before their texts: the headline and byline head that text."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

DATELINE = "本报北京3月31日电  （记者闫伊乔）"


@pytest.mark.parametrize("byline", ["本报记者  郭晓龙", "■ 本报记者  郭晓龙", "● 本报记者 郭晓龙"])
def test_a_byline_over_a_dated_text_heads_it_under_its_headline(byline: str) -> None:
    """A story headed before its text, then a headline, a reporter's byline (with a marker or
    none) and a text opening with a dateline that names another reporter: the headline and byline
    are that text's (before, the headline and byline were read as a photo's title and credit, or as
    a subhead and signature of the story above, and the text was left with no headline)."""
    text = page(
        "春耕时节田间忙",
        "本报记者  何  平",
        body(BODY_A, 30),
        "便民利企举措落地见效",
        byline,
        body(BODY_B, 30, DATELINE),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕时节田间忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == BODY_A
    assert articles[1].authors == [Author("记者", "郭晓龙")]
    assert articles[1].paragraphs[0].startswith("本报北京3月31日电")
    assert articles[1].paragraphs[0].endswith(BODY_B[0])
