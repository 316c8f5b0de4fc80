"""A story whose first paragraph is too short to read its words by is read with its headline: the
paragraphs under it that go on with those words are that story's, not the next one's."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, body

LIFTS = [
    "城南区老旧小区加装电梯工程完工。",
    "“以前爬六楼要歇三回，现在电梯一按就到家。”住在老楼顶层的王大爷说，加装电梯让老人出门方便多了。",
    "城南区今年为老旧小区加装电梯一百二十部，电梯费用由政府补贴一部分，居民按楼层分担其余部分。",
    "为让居民放心，区里请来专业机构对每部电梯逐一验收，加装电梯的楼栋还建起了居民议事小组。",
    "下一步，城南区将继续推进老旧小区加装电梯，让更多老楼居民告别爬楼难。",
]


def test_a_short_first_paragraph_is_read_with_its_headline_against_the_text_under_it() -> None:
    lines = [
        "城南老旧小区加装电梯",
        "电梯装进老楼  出行更加方便",
        "本报记者  林  晓",
        "",
        *body(LIFTS, width=32),
        *body(BODY_A, width=32),
        "春耕时节莫误农时（短评）",
        "",
    ]
    articles = segment("\n".join(lines) + "\n").articles
    lifts = next(a for a in articles if a.headline == "电梯装进老楼 出行更加方便")
    assert len(lifts.paragraphs) == len(LIFTS)
