"""A photo whose captions name its story's title is printed with that story, not standing alone."""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

# a photo's caption on one line wider than the column, its credit at its end
CAPTION = "小游客在冰雪乐园里堆雪人，玩得不亦乐乎。"
PHOTO = [CAPTION + "  黄  丽摄（影像中国）", ""]


def photo_page(headline: str) -> str:
    """A head-before story headed `headline` (its text of farming, BODY_A), the photo, then the next
    story, headed before its text too."""
    return page(
        headline,
        "本报记者  何  平",
        body(BODY_A, 30),
        PHOTO,
        "便民利企举措落地见效",
        "本报记者  尹腾淑",
        body(BODY_B, 30),
    )


def _photo_between(headline: str) -> list[Article]:
    return segment(photo_page(headline)).articles


def test_a_photo_naming_the_title_of_the_story_above_is_that_storys() -> None:
    """A photo whose caption shares no words with the story above's text but names what its
    headline names (冰雪乐园, 小游客): the photo is that story's, its caption and credit the story's
    last paragraph (before, it stood alone as a photo item)."""
    articles = _photo_between("冰雪乐园迎来小游客")
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "冰雪乐园迎来小游客"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[: len(BODY_A)] == BODY_A
    assert articles[0].paragraphs[len(BODY_A)].startswith(CAPTION)
    assert articles[1].paragraphs == BODY_B


def test_a_photo_naming_no_title_around_it_stands_alone() -> None:
    """The same photo between two stories whose titles it does not name stands alone."""
    articles = _photo_between("春耕时节田间忙")
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕时节田间忙"),
        ("photo", None),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == BODY_A
