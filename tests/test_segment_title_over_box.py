"""A headline printed straight over the box that opens its story's body (`编者按：…`), the blank line
between them lost.

A box of the editors' note heads a story's body: what stands right over it is the story's heading
(or its byline), never a line of another text. A line over it that finishes no sentence and could
stand as a title is the story's headline, whether or not it fills the column.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

NOTE = "编者按：天刚转凉，山里小镇的集市一天比一天热闹。我们走进三个村子，听乡亲们讲讲身边的新鲜事。"


def test_a_headline_glued_over_the_editors_note_heads_its_story() -> None:
    text = page(
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 24),
        ["春耕备耕进入关键期各地抢抓农时", *cut(NOTE, 24, first_indent=0), ""],
        body(BODY_A, 24),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["便民利企举措落地见效", "春耕备耕进入关键期各地抢抓农时"]
    assert articles[1].paragraphs[0] == NOTE
    assert articles[0].paragraphs == BODY_B


def test_a_name_signing_over_the_editors_note_stays_a_byline() -> None:
    """A writer's name alone over the note is the story's byline, not a title line."""
    text = page(
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 24),
        "春耕备耕进入关键期各地抢抓农时",
        ["刘晓桐", *cut(NOTE, 24, first_indent=0), ""],
        body(BODY_A, 24),
    )
    articles = segment(text).articles
    assert articles[1].headline == "春耕备耕进入关键期各地抢抓农时"
    assert [a.name for a in articles[1].authors] == ["刘晓桐"]
    assert articles[1].paragraphs[0] == NOTE


def test_a_reporters_notebook_title_over_a_dateline_opens_the_story_the_dateline_opens() -> None:
    """`记者手记` sits inside a story's text, but set right over a dateline it heads the story that
    dateline opens: the title over it is that story's headline, not a line of the story above."""
    text = page(
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 24),
        "",
        "",
        "田埂上的新课堂",
        "",
        ["记者手记", *body(BODY_A, 24, "本报讯（记者 王小明）")],
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["便民利企举措落地见效", "田埂上的新课堂"]
    assert articles[0].paragraphs == BODY_B
    assert [author.name for author in articles[1].authors] == ["王小明"]
    assert articles[1].paragraphs == ["记者手记", *BODY_A]
