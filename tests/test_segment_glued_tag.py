"""A headline printed after its story's text with no blank line over it, its column's tag wrapped
onto a line of its own (`…某某活动启动` / `（某某行）`), over the next story's heading: the two lines
are that story's headline (see `reader.page.glued`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page


def test_a_headline_glued_under_its_text_with_its_tag_alone_on_the_next_line() -> None:
    text = page(
        "■ 本报记者 王军豪",
        body(BODY_B)[:-1] + ["便民利企新举措在全市落地见效", "（民生一线）", ""],
        ["春耕备耕正当时——", "各地抓住农时推进春季农业生产（新春走基层）", "■ 本报记者 刘  桐", ""],
        body(BODY_A),
    )
    first, second = [a for a in segment(text).articles if a.kind == "article"]
    assert (first.headline, first.paragraphs) == ("便民利企新举措在全市落地见效（民生一线）", BODY_B)
    assert (second.kicker, second.headline) == (
        "春耕备耕正当时",
        "各地抓住农时推进春季农业生产（新春走基层）",
    )
