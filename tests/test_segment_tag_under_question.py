"""A headline closing on a question or a cry, its column's tag on the line under it (`…怎么办？` /
`（民生一线）`): the tag did not fit on the headline's line.

On one line such a headline is a title (`titleish`); wrapped before its tag, the tag alone looked like
the bracketed signature of a reader's letter, which also closes on a question. A letter's sentence
closes a paragraph; a headline stands alone after a blank line.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page


def test_a_question_headline_over_its_column_tag_alone_heads_its_story() -> None:
    text = page(
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 30),
        ["春耕时节，农机手为何这么忙？", "（田间地头）", "本报记者  刘  桐", ""],
        body(BODY_A, 30),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == [
        "便民利企举措落地见效",
        "春耕时节，农机手为何这么忙？（田间地头）",
    ]
    assert articles[1].paragraphs == BODY_A
    assert [a.name for a in articles[1].authors] == ["刘桐"]
