"""Brackets printed half width, as OCR often prints them, read as full-width ones do.

A column's tag closing a headline (`（经济聚焦）`), a dateline's reporters, a note closing a text: OCR
gives their brackets as `(` and `)` as often as not. A headline whose tag broke over the column's
end must read as one headline either way.
"""

from __future__ import annotations

from reader.page.segment import segment

ABOVE = [
    "监测结果显示，今年五月，大范围降雨",
    "影响南方多地，造成部分农田积水，降",
    "雨量达到历史同期的两倍；十月中旬，",
    "北方多地出现罕见的早霜天气。",
    "",
    "“这些情况表明，农业生产不仅要看长",
    "期趋势，也要应对更加多变的天气。”",
    "专家说。",
    "",
]
STORY = [
    "刘  桐",
    "【关键词】春耕备耕",
    "",
    "【事件】前不久，一则消息引",
    "人关注。某地农民反映，村里",
    "的灌溉渠道年久失修，希望尽",
    "快修缮。对此，有关部门很快",
    "回复，将在春耕前完成改造。",
    "",
]


def page(opening: str, closing: str) -> str:
    """A text, then a headline whose column's tag broke over the column's end, a signed name and
    a story: the tag's brackets printed as given."""
    heading = [f"田间为何格外热闹{opening}经济", f"聚焦{closing}"]
    return "\n".join(ABOVE + heading + STORY)


def test_a_column_tag_broken_over_the_line_reads_whole_in_half_width_brackets() -> None:
    full = segment(page("（", "）")).articles
    half = segment(page("(", ")")).articles
    assert [a.headline for a in full][-1] == "田间为何格外热闹（经济聚焦）"
    assert [(a.kicker, a.headline, a.byline) for a in half][-1] == (
        None,
        "田间为何格外热闹(经济聚焦)",
        "刘桐",
    )
    assert len(half) == len(full)
