"""A graphic's maker printed under the photos' credits (`制图：X`) is part of that credit, not a title
of the story under it."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_B, body


def test_a_makers_credit_under_photo_credits_stays_with_the_photos() -> None:
    lines = [
        "湖滨县老街新建的口袋公园一角。",
        "湖滨县委宣传部供图",
        "制图：张  三",
        "",
        "城南片区老旧小区改造工程",
        "全面完工",
        "本报记者  林  晓",
        "",
        *body(BODY_B),
    ]
    articles = segment("\n".join(lines) + "\n").articles
    story = next(a for a in articles if a.kind == "article")
    assert "制图" not in f"{story.kicker}{story.headline}"
    assert story.authors and story.authors[0].name == "林晓"
