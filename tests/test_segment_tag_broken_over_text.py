"""A headline broken inside its column's tag at a block's top (`…养成习惯（今日` / `谈）`), printed
tight over its story's first paragraph set flush (no indent): the two lines head the story, they do
not open its text (see `reader.page.titlelines._over_full_line`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_B, BODY_C, body, page


def test_a_headline_broken_in_its_tag_over_flush_text_heads_the_story() -> None:
    flush = [line for paragraph in BODY_C for line in cut(paragraph, 26, first_indent=0)]
    text = page(
        "便民利企举措落地",
        "本报记者 王军豪",
        body(BODY_B),
        ["读书贵在养成习惯（今日", "谈）", *flush],
    )
    [first, second] = segment(text).articles
    assert second.headline == "读书贵在养成习惯（今日谈）"
    assert "".join(second.paragraphs) == "".join(BODY_C)
    assert first.paragraphs == BODY_B
