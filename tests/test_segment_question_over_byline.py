"""A question headline printed straight over its marked byline (`…为什么？` / `■ 本报记者 X`).

A marked byline straight under a finished sentence is the credit closing a photo's caption; but a
caption says what the picture shows and never closes on a question or a cry, while a headline may.
Under a line ending `？` or `！` the marked line is the story's byline and the line its headline.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page


def test_a_question_headline_over_a_marked_byline_heads_its_story() -> None:
    text = page(
        "春耕备耕进入关键期，各地抢抓农时保障粮食生产——",
        ["田间地头为何这么忙？", "■ 本报记者 刘  桐"],
        body(BODY_A, 30),
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [a.kind for a in articles] == ["article", "article"]
    assert articles[0].headline == "田间地头为何这么忙？"
    assert articles[0].kicker is not None and articles[0].kicker.startswith("春耕备耕进入关键期")
    assert [a.name for a in articles[0].authors] == ["刘桐"]
    assert articles[0].paragraphs == BODY_A


def test_a_caption_over_a_marked_credit_stays_a_photo() -> None:
    """The same shape under a line closing a statement: a photo credited with a marker."""
    text = page(
        "春耕备耕进入关键期",
        ["3月8日，农机手在田间驾驶播种机作业。", "■ 本报记者 刘  桐"],
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [a.kind for a in articles] == ["photo", "article"]
    assert articles[0].paragraphs == ["3月8日，农机手在田间驾驶播种机作业。"]
