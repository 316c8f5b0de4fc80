"""A news brief whose headline, wrapped after a pause, is printed right over its text, with no blank
line between; the narrow column breaks the dateline at its date's end, its `电` opening the next
line (`　　新华社某地8月13日` / `电  某某…`).

A dateline opens a story even broken so: the reader shows the brief under its own headline, apart
from the brief above it.
"""

from __future__ import annotations

from reader.page.segment import segment

PAGE = """\
某省举办乡村篮球联赛

　　本报某市8月12日电  （记者孙红）
第三届乡村篮球联赛12日在某县开幕，
来自全省的三十二支球队参赛。联赛将
持续一个月，决赛将在县体育馆举行。

某市发布通知：景区门票、
停车费、餐饮价格全部公示
　　新华社某市8月13日
电  为期两个月的夜间消费季活动
13日启动，全市推出两百余场特色活
动，各大商圈延长营业时间至深夜。
　　活动期间，部分景区还将推出夜
游优惠，吸引市民和游客走出家门。
"""


def test_a_dateline_broken_before_its_last_character_opens_a_story() -> None:
    articles = segment(PAGE).articles
    assert [a.headline for a in articles] == [
        "某省举办乡村篮球联赛",
        "某市发布通知：景区门票、停车费、餐饮价格全部公示",
    ]
    assert articles[0].paragraphs[-1].endswith("决赛将在县体育馆举行。")
    assert articles[1].paragraphs[-1].endswith("吸引市民和游客走出家门。")
