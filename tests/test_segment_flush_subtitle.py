"""A line set flush right under a headline closed by its column's tag, over the story's indented
first paragraph, on a page that indents its paragraphs: the headline's subtitle, not the story's
first paragraph or a subhead (see `reader.page.measure`, `flush_under_title`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented
from tests.test_segment_conventions import BODY_A, BODY_C


def test_a_flush_line_under_a_tagged_headline_is_its_subtitle() -> None:
    lines = ["读书贵在养成习惯（今日谈）", *indented(BODY_C, 16), ""]
    lines += ["凝聚团结奋进的力量（社论）", "热烈祝贺某某大会隆重开幕", *indented(BODY_A, 16)]
    articles = segment("\n".join(lines) + "\n").articles
    story = next(a for a in articles if a.headline == "凝聚团结奋进的力量（社论）")
    assert story.subtitle == "热烈祝贺某某大会隆重开幕"
    assert story.paragraphs[0].startswith(BODY_A[0][:10])
