"""A photo whose credit opens with a marker (`■ 本报记者 X`) stands alone.

An article's photos are credited `X摄` at or under their captions; a name set off with a marker
under a caption credits a photo printed as an item of its own. One small hand-made page per case.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

FIRST = "图①：3月8日，游客在湖畔公园的花海中拍照留念。"
SECOND = "图②：3月9日，园艺工人在苗圃里修剪新栽的花木。"


def test_numbered_photos_under_a_text_credited_with_a_marker_stand_alone() -> None:
    """Two numbered photos printed under an article's text, their credit line opening with a marker,
    over the next article's heading: a photo standing alone, not the article's captions after its
    text."""
    text = page(
        "春耕备耕忙",
        "本报记者  刘  桐",
        body(BODY_A, 16),
        [*cut(FIRST, 30), ""],
        [*cut(SECOND, 30), "■ 本报记者 王军豪", ""],
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 16),
    )
    articles = segment(text).articles
    assert [a.kind for a in articles] == ["article", "photo", "article"]
    assert articles[0].paragraphs == BODY_A
    assert articles[1].paragraphs == [FIRST, SECOND]
    assert [a.name for a in articles[1].authors] == ["王军豪"]


def test_photos_at_the_top_credited_with_a_marker_stand_alone() -> None:
    """Photos opening the page, their credit line opening with a marker, over the first article's
    heading: a photo standing alone, not that article's photos printed above its heading."""
    text = page(
        [*cut(FIRST, 30), ""],
        [*cut(SECOND, 30), "■ 本报记者 王军豪", ""],
        "春耕备耕忙",
        "本报记者  刘  桐",
        body(BODY_A, 16),
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 16),
    )
    articles = segment(text).articles
    assert [a.kind for a in articles] == ["photo", "article", "article"]
    assert articles[0].paragraphs == [FIRST, SECOND]
    assert articles[1].paragraphs == BODY_A
