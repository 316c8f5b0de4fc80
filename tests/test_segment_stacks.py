"""Two title lines over each other with no `——` between them: a kicker over its headline, or a
headline over its subtitle. Real pages print far more kickers than subtitles, and the headline is
the shorter, punchier line of the two (see `reader.page.stacks`); one small hand-made page each."""

from __future__ import annotations

from tests.test_segment_conventions import BODY_A, BODY_B, body, only, page


def test_a_long_line_over_a_short_one_in_one_block_is_kicker_and_headline() -> None:
    # both within the column (a kicker wider than the column was read right before)
    text = page(
        ["老旧小区改造惠及三万户", "旧楼换新颜"],
        "■ 本报记者 刘  桐",
        body(BODY_B),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "老旧小区改造惠及三万户",
        "旧楼换新颜",
        None,
    )


def test_a_long_line_under_a_short_one_in_one_block_is_headline_and_subtitle() -> None:
    text = page(
        ["春耕备耕忙", "各地抓住农时推进春季农业生产"],
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    article = only(text)
    assert (article.kicker, article.headline, article.subtitle) == (
        None,
        "春耕备耕忙",
        "各地抓住农时推进春季农业生产",
    )
