"""A photo's title printed under its caption and credit: a title line whose words are the caption's
(and not the text's of the story above or below) is the photo's own title, not the next story's
kicker."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_captions import indented
from tests.test_segment_conventions import BODY_A, BODY_B, page

CAPTION = "江西省某市青山湖畔，清晨的湖面薄雾缭绕，市民在新建的滨湖步道上晨练。图为市民沿湖慢跑。"
CREDIT = "新华社记者周明摄"
TITLE = "青山湖畔市民晨练"


@pytest.mark.parametrize("credit_apart", [False, True])
def test_a_title_under_a_photo_naming_its_caption_is_the_photo_title(credit_apart: bool) -> None:
    """Between two stories, a caption closed by its credit (at its end, or on a line of its own)
    and, under it, a title line sharing the caption's words, then the next story's headline over
    its text: the title line is the photo's, and the next story has no kicker."""
    caption = [*cut(CAPTION, 30), CREDIT, ""] if credit_apart else [*cut(CAPTION + "  " + CREDIT, 30), ""]
    text = page(
        "春耕备耕忙",
        indented(BODY_A, 36, "本报北京3月5日电  （记者刘桐）"),
        caption,
        TITLE,
        "便民利企举措落地见效",
        indented(BODY_B, 36),
    )
    articles = segment(text).articles
    assert [(a.kind, a.kicker, a.headline) for a in articles] == [
        ("article", None, "春耕备耕忙"),
        ("photo", None, TITLE),
        ("article", None, "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs == [CAPTION]
    assert articles[1].authors == [Author("记者", "周明")]
