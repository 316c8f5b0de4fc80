"""A photo's short title printed under its caption and credit, with the next story's heading under
it: the title is the photo's, though it shares no word with the caption (a photo's title is a
short phrase, a kicker over a headline a clause of its own)."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_captions import indented
from tests.test_segment_conventions import BODY_A, BODY_B, page

CAPTION = "傍晚时分，渔民驾船驶回港湾，岸边的灯火渐次亮起，码头上一片忙碌。"
CREDIT = "本报记者  孙一平摄"


@pytest.mark.parametrize("credit_apart", [False, True])
def test_a_short_title_under_a_photo_over_the_next_heading_is_the_photo_title(credit_apart: bool) -> None:
    """Between two stories, a caption closed by its credit, a short title line set apart under it
    (sharing none of the caption's words), then the next story's headline over its text: the short
    line is the photo's title, and the next story has no kicker."""
    caption = [*cut(CAPTION, 30), "", CREDIT] if credit_apart else cut(CAPTION + "  " + CREDIT, 30)
    text = page(
        "春耕备耕忙",
        indented(BODY_A, 36, "本报北京3月5日电  （记者刘桐）"),
        caption + [""],
        "雪夜归舟",
        "便民利企举措落地见效",
        indented(BODY_B, 36),
    )
    articles = segment(text).articles
    assert [(a.kind, a.kicker, a.headline) for a in articles] == [
        ("article", None, "春耕备耕忙"),
        ("photo", None, "雪夜归舟"),
        ("article", None, "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs == [CAPTION]
    assert articles[1].authors == [Author("记者", "孙一平")]


def test_a_clause_over_the_next_heading_under_a_photo_stays_its_kicker() -> None:
    """The same page with a longer line under the credit, a clause leading into the headline
    under it: the next story's kicker."""
    text = page(
        "春耕备耕忙",
        indented(BODY_A, 36, "本报北京3月5日电  （记者刘桐）"),
        cut(CAPTION + "  " + CREDIT, 30) + [""],
        "市政务服务中心推出新举措",
        "便民利企举措落地见效",
        indented(BODY_B, 36),
    )
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles[-1:]] == [
        ("市政务服务中心推出新举措", "便民利企举措落地见效")
    ]
