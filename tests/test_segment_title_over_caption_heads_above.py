"""A headline printed under its story's text (titles after the text) with a photo's caption under it:
the line is the story's heading, not the photo's title, when it tells of the story's text in its
words and shares none with the caption."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import page

BODY_A = (
    "近日，某县启动老旧小区加装电梯工程，首批十二个小区的居民将陆续用上电梯。"
    "县住建部门介绍，加装电梯工程由居民自主申请，政府给予每部电梯一定补贴，施工期间不影响居民出行。"
    "不少老人说，加装电梯以后，上下楼再也不用发愁了。"
)
HEAD_A = "某县老旧小区加装电梯工程启动"
CAPTION = "新年来临之际，某省八个县的农民喜迁新居，县里为每户送去春联和年画，村里处处洋溢着节日的气氛。"
BODY_B = (
    "本报讯（记者李青）今年以来，某市持续推进全民健身设施建设，新建社区健身广场三十余处，"
    "方便市民就近锻炼。市体育部门表示，下一步将继续完善健身设施布局，让更多市民享受到运动的乐趣。"
)
HEAD_B = "某市新建社区健身广场三十余处"


def test_a_headline_under_its_text_over_a_caption_is_the_story_heading() -> None:
    """A signed story with its headline under its text, then a photo's caption closed by its
    credit, then the next story's heading over its text: the first story's headline, printed over
    the caption, is that story's (it tells of the story's text in its words, none of the
    caption's), and the photo stands untitled."""
    text = page(
        "王  明",
        [*cut(BODY_A, 36), ""],
        HEAD_A,
        [*cut(CAPTION + "  孙一平摄", 44), ""],
        HEAD_B,
        cut(BODY_B, 36),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", HEAD_A),
        ("photo", None),
        ("article", HEAD_B),
    ]
    assert articles[1].paragraphs == [CAPTION]
