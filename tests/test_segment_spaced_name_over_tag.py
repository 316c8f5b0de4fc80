"""A commentary's writer signing it with a letter-spaced name (`王    浩`) over its tagged headline
printed after the text: the name is no first half of a short headline wrapped over its tag (see
`reader.page.titlewrap.short_over_tag`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_C, body, page


def test_a_spaced_name_over_a_tagged_headline_after_the_text_stays_out_of_the_headline() -> None:
    text = page(
        body(BODY_C),
        ["王    浩", "读书贵在养成习惯（今日谈）"],
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    headlines = [a.headline for a in segment(text).articles]
    assert "读书贵在养成习惯（今日谈）" in headlines
    assert not any(h and h.startswith("王") for h in headlines)
