"""A group of photos standing alone under one title: several one-sentence captions closed by one
credit (`以上图片均为X摄`) are a photo item, not an article with no one's name on it."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_captions import indented
from tests.test_segment_conventions import BODY_A, BODY_B, page

CAPTIONS = [
    "3月8日，游客在湖边栈道上观赏晨雾。",
    "4月2日，渔民在湖面上收起渔网。",
    "5月6日，孩子们在湖畔草地上放风筝。",
]
CREDIT = "以上图片均为本报记者王晓明摄"


@pytest.mark.parametrize("credit_apart", [True, False])
def test_titled_photos_closed_by_one_credit_are_a_photo_item(credit_apart: bool) -> None:
    """A title over three captions of a sentence each, the last closed by the credit of all three
    photos (on a line of its own, or after the last caption): a photo group standing alone, its
    photographer its author and its captions its paragraphs (the credit not among them)."""
    last = [CAPTIONS[2], CREDIT] if credit_apart else [[*cut(CAPTIONS[2] + "  " + CREDIT, 46), ""]]
    text = page(
        "湖畔晨光",
        CAPTIONS[0],
        CAPTIONS[1],
        *last,
        "春耕备耕忙",
        indented(BODY_A, 36, "本报北京3月5日电  （记者刘桐）"),
        "便民利企举措落地见效",
        indented(BODY_B, 36, "本报北京4月3日电  （记者赵立新）"),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("photo", "湖畔晨光"),
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == CAPTIONS
    assert articles[0].authors == [Author("记者", "王晓明")]
