"""A photo credited to whoever supplied it (`西山美术馆供图`, on a line of its own under the caption)
names no photographer: the line is the photo's credit, not a paragraph of its caption."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_captions import indented
from tests.test_segment_conventions import BODY_A, BODY_B, page

CAPTION = "馆藏青铜鎏金卧鹿镇。"


def test_a_suppliers_credit_on_its_own_line_is_the_photos_credit() -> None:
    """A photo with its title, a one-line caption and the supplier's credit under it, among two
    stories: the photo's byline is the credit, its only paragraph the caption."""
    text = page(
        "春耕备耕忙",
        indented(BODY_A, 36, "本报北京3月5日电  （记者刘桐）"),
        "古物新观",
        CAPTION,
        "西山美术馆供图",
        "便民利企举措落地见效",
        indented(BODY_B, 36, "本报北京4月3日电  （记者赵立新）"),
    )
    photos = [a for a in segment(text).articles if a.kind == "photo"]
    assert [(a.paragraphs, a.byline) for a in photos] == [([CAPTION], "西山美术馆供图")]
