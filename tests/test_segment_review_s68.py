"""Mends from a probe review of this session's rules (the probe texts are a reviewing helper's
inventions): a paragraph of two lines leading into a subhead with `——` is no kicker, and a name
ending in 报 after a role word is a person, not a paper."""

from __future__ import annotations

from reader.page.segment import segment

PARAGRAPH_OVER_SUBHEAD = """车间就是课堂
■ 本报记者 何  苗

实训车间里，数控机床有节奏地运转
着，职业技术学校的学生们正在老师
的指导下加工一批精密零件。

说起学校这几年的变化，带班老师总
结了三个关键词——

订单培养

学校与本地二十多家企业开展订单式
培养，企业工程师定期进校授课，学
生毕业前就能拿到录用通知。

就业留乡

去年，学校毕业生就业率达到百分之
九十七，其中多数留在了本地的制造
企业。

社区长者食堂开张
■ 本报记者 刘  桐

中午十一点，幸福里社区长者食堂里
飘出阵阵饭菜香，六十多位老人陆续
前来就餐，三菜一汤只要十二元。

食堂由街道提供场地，引入专业餐饮
企业运营，对八十岁以上老人和困难
老人给予额外补贴。

针对行动不便的老人，食堂还组织志
愿者送餐上门，每天送出的午餐有四
十多份。


责任编辑：甘  露  版式：田小禾
"""

NAME_ENDING_IN_BAO = """山里的护林人

　　本报讯（通讯员 刘春报  记者 钱
  进）清明将至，林区进入防火关键期。
连日来，护林员们每天背着水壶和对讲
机上山巡查，一走就是十几公里。

　　护林员郑大海说，守好这片林子，
就是守住了全村人的饭碗。
"""


def test_a_two_line_paragraph_leading_into_a_subhead_stays_in_its_story() -> None:
    articles = segment(PARAGRAPH_OVER_SUBHEAD).articles
    assert [a.headline for a in articles] == ["车间就是课堂", "社区长者食堂开张"]
    assert any(p.endswith("总结了三个关键词——") for p in articles[0].paragraphs)


def test_a_name_ending_in_bao_after_a_role_word_is_a_person() -> None:
    (story,) = segment(NAME_ENDING_IN_BAO).articles
    assert [(a.role, a.name) for a in story.authors] == [("通讯员", "刘春报"), ("记者", "钱进")]
