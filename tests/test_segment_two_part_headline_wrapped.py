"""A two-part headline too long for its line is set a part a line (`飞针引线` / `绣出新光景（栏目）`):
read as one headline, its parts keep the gap the paper prints between them, as on one line; one
phrase wrapped where its line was full reads on (see `reader.page.titlelines.phrase_break`)."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import indented_apart
from tests.test_segment_conventions import BODY_B


@pytest.mark.parametrize(
    ("upper", "lower", "headline"),
    [
        ("书香浸润乡村", "阅读点亮生活（文化观察）", "书香浸润乡村 阅读点亮生活（文化观察）"),
        ("把为民办实事的", "承诺落到实处（今日谈）", "把为民办实事的承诺落到实处（今日谈）"),
    ],
)
def test_a_tagged_headline_over_two_lines(upper: str, lower: str, headline: str) -> None:
    text = "\n".join(
        ["某市持续推进便民利企新举措", upper, lower, "■ 本报记者 王军豪", "", *indented_apart(BODY_B)]
    )
    [article] = segment(text).articles
    assert (article.kicker, article.headline, article.paragraphs) == (
        "某市持续推进便民利企新举措",
        headline,
        BODY_B,
    )
