"""A story printed with its titles after its text, its headline of two parts set apart by a gap
(`A  B`), then a story with its titles before its text: the second story's kicker (a line holding a
comma) and its two-part headline stay kicker and headline. The first story's headline, as wide as
the column and finishing nothing, is no line of text running on into the titles under it."""

from __future__ import annotations

from reader.page.segment import segment

LINES = [
    "本报记者  丁志远",
    "",
    "“过去冬天洗外套很麻烦，有时候",
    "要跑很远送去洗衣店。现在社区爱",
    "心洗衣房不仅可以免费洗，还有人",
    "上门取送，很方便。”一位居民说。",
    "",
    "阳光社区是较早实施这个项目的示",
    "范点。去年5月，“爱心托管班”",
    "上线，许多大学生志愿者应邀开设",
    "书法、绘画等兴趣班，受到欢迎。",
    "",
    "北方某县党建引领基层治理",
    "社区居民有需求  共建单位领办",
    "",
    "南方某市一对夫妇摆摊卖饼，得多方帮助",
    "无声小摊  烙出生活的金黄色",
    "",
    "本报记者  王  丹",
    "",
    "下午4时，某学校门口，饼摊准时",
    "出现在老位置。与其他摊位不同，",
    "这个摊上没有吆喝声，只有油锅里",
    "“嗞嗞”作响，摊主夫妇用手语交",
    "流，配合默契地翻转着金黄的饼。",
    "",
    "霞光渐染，饼摊前又排起了长队。",
]


def test_a_story_after_a_two_part_headline_keeps_its_kicker() -> None:
    first, second = segment("\n".join(LINES) + "\n").articles
    assert first.headline is not None and first.headline.endswith("共建单位领办")
    assert (second.kicker, second.headline) == (
        "南方某市一对夫妇摆摊卖饼，得多方帮助",
        "无声小摊 烙出生活的金黄色",
    )
