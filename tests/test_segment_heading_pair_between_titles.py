"""A headline wrapped at the column's edge over two lines, set between two title lines (its kicker
over it, the next story's headline under it, blank lines around), is one headline, not an in-body
subhead wrapped in the text's column: the heading printed after a dated story's text goes with that
story, its kicker and its headline whole, and the next story keeps its own headline."""

from __future__ import annotations

from reader.page.segment import segment

PAGE = """12 社会 2026年7月17日 星期五

本报讯（记者吕青）16日，市交通局、市规划局
联合印发《城区公交线路优化调整实施方案》。

方案共18条，自2026年8月1日起施行。方案
明确了6项调整原则，包括不得减少老旧小区周
边站点，一般不以减少班次替代线路调整；不得
在学校、医院周边取消停靠站；不得以线路调整
名义变相提高票价，杜绝随意撤线、临时改线等。

据介绍，这次调整前后征求了三轮居民意见，收
到建议一千多条，不少线路的走向因此改了又改

，每条新线路开通前都要先试跑一个月，再听一
次乘客的意见，把好“便民关”“安全关”。

两部门明确6项调整原则

城区公交线路调整不得减少老旧小区、学校和医
院周边站点

楼道里的一盏夜灯

【关键词】楼道夜灯

【事件】“这几年多亏了大伙儿帮忙照看！下个
月我就要去女儿家住了，夜灯留给后来的人。”
老楼三层的墙上贴着这样一张纸条。写纸条的是
位独居老人，几年前邻居们凑钱给楼道装上感应
夜灯，晚归的人再也不用摸黑上楼。

【点评】

一盏小小的夜灯，照见的是邻居彼此间的体谅。
每个人多想一步，楼道就多一分暖意，老楼也就
多了几分人情味。
钟晓岳

本报记者  乔  林

菜市场里的新鲜事

清晨六点，城南菜市场早已人来人往。
"""


def test_a_heading_wrapped_at_the_column_edge_goes_with_the_story_above() -> None:
    articles = segment(PAGE).articles
    assert [a.headline for a in articles[1:]] == ["楼道里的一盏夜灯", "菜市场里的新鲜事"]
    first = articles[0]
    assert first.byline == "本报讯（记者 吕青）"
    assert first.paragraphs[0].startswith("16日")
    assert first.paragraphs[-1].endswith("“安全关”。")
    assert (first.kicker, first.headline) == (
        "两部门明确6项调整原则",
        "城区公交线路调整不得减少老旧小区、学校和医院周边站点",
    )
    assert articles[1].paragraphs[0] == "【关键词】楼道夜灯"
