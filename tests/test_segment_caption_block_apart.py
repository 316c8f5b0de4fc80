"""A photo's caption of three lines or more, set under a story's text on a page whose paragraphs
open flush, is kept apart from that text when its credit line closes it: a run of plain text blocks
is read as one unit only where nothing but text can stand between them, and a caption over its
credit is a photo's, standing alone here (its words are none of the story's)."""

from __future__ import annotations

from reader.page.segment import segment

PAGE = """城北老厂房变身创意园区

本报记者  程  远

城北的老纺织厂搬走后，留下了十多栋红砖厂
房。去年起，区里把厂房交给一家文创企业改造，
保留了锯齿形屋顶和老车间的吊车轨道。

如今，园区里开了三十多家设计工作室和书店，
周末常有市民带着孩子来逛，老厂房重新有了人
气。

园区负责人说，下一步还将引进非遗工坊，请老
师傅来开课，让年轻人也能学上几手，让老手艺
在老厂房里接着传下去。


在北方的一片草原上，牧民们骑马参加一年一
度的赛马会，赛马场边围满了前来观看的游客，
不少人举起手机记录下这一刻。
乌  兰摄（人民视觉）

南方的一座古镇上，游客在石桥边看龙舟。
新华社记者  林  川摄


乡村图书室添新书

本报记者  任  远

村里的图书室新到了一批农技和少儿读物，周末
常有孩子来借书，管理员还专门添了两张长桌。
"""


def test_a_caption_block_over_its_credit_is_not_run_into_the_text_above() -> None:
    articles = segment(PAGE).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "城北老厂房变身创意园区"),
        ("photo", None),
        ("photo", None),
        ("article", "乡村图书室添新书"),
    ]
    assert articles[0].paragraphs[-1].startswith("园区负责人说")
    assert articles[1].paragraphs == [
        "在北方的一片草原上，牧民们骑马参加一年一度的赛马会，赛马场边围满了前来观看的游客，"
        "不少人举起手机记录下这一刻。"
    ]
    assert [person.name for person in articles[1].authors] == ["乌兰"]
