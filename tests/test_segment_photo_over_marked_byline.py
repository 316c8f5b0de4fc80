"""Photos printed straight above a byline set with a marker (`■ 本报记者 X`) under some story's text:
the byline is the next story's, not the photo's credit, and the photo stands alone."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.test_segment_captions import indented
from tests.test_segment_conventions import BODY_A, BODY_B, page

CAPTION = "湖边栈道上，市民在晨雾中散步。"


def test_a_photo_over_a_marked_byline_under_a_text_stands_alone() -> None:
    """Two stories headed after their bodies; between them a caption and its credit line, then the
    second story's byline, marked `■`: the photo is an item of its own, credited to its
    photographer, and the second story opens at its byline."""
    text = page(
        indented(BODY_A, 36, "本报北京3月5日电  （记者刘桐）"),
        "春耕备耕忙",
        CAPTION,
        "王晓明摄",
        "■ 本报记者 赵立新",
        indented(BODY_B, 36),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("photo", None),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs == [CAPTION]
    assert articles[1].authors == [Author("", "王晓明")]
    assert articles[2].authors == [Author("记者", "赵立新")]
    assert articles[2].paragraphs == BODY_B
