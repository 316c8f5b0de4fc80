"""Title stacks that the rules for wrapped titles and subtitles must leave as they are: a quoted name
over its headline, a meeting's headline naming its guest, a caption's wrapped last letter, a label
over a full heading. Pages a reviewing helper laid out against those rules (invented text)."""

from __future__ import annotations

from reader.page.segment import segment

STORY_ABOVE = """\
某县设施农业带动农民增收

本报记者 李华

走进某县现代农业产业园，一排排智
能温室整齐排列，工人们正在采摘新
鲜蔬菜。园区负责人介绍，温室里的
温度、湿度都由电脑自动控制。

近年来，某县大力发展设施农业，引
进龙头企业，带动周边农户增收致富。
目前，全县设施农业面积已达五万亩，
年产值超过二十亿元。

“以前种地靠天吃饭，现在种地靠科
技。”村民老王感慨道。他在园区务
工，每月收入四千多元，还学到了不
少种植技术。
"""

SERVICE_CODE = """\
本报记者 张三

近日，某市在全省率先推出“企业服
务码”，企业扫码即可在线反映诉求、
查询政策、办理业务，相关部门限时
响应。

据统计，“企业服务码”上线一个月
来，已累计受理企业诉求三千余件，
办结率超过百分之九十五。
"""

ROADS = """\
本报某地5月13日电  （记者赵六）
某省日前印发方案，明确今年将新改
建农村公路五千公里，实施危桥改造
三百座，进一步提升农村交通基础设
施水平。
方案提出，要推动农村公路与产业园
区、旅游景区、乡村产业有效衔接，
更好服务乡村振兴。
"""


def heads(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.kicker, a.headline, a.subtitle) for a in segment(text).articles]


def test_a_quoted_name_over_a_line_opening_on_its_verb_is_a_kicker_over_its_headline() -> None:
    # the story prints `“企业服务码”上线…`, but a title line opening on its verb is a headline of
    # its own under the kicker naming the thing
    text = STORY_ABOVE + "\n某市在全省率先推出“企业服务码”\n上线首月受理诉求三千余件\n\n" + SERVICE_CODE
    assert heads(text)[1] == ("某市在全省率先推出“企业服务码”", "上线首月受理诉求三千余件", None)


def test_a_meeting_headline_naming_its_guest_by_post_is_no_subtitle() -> None:
    text = STORY_ABOVE + "\n应邀对我国进行正式国事访问\n某某会见某国国家主席王五\n\n" + SERVICE_CODE
    assert heads(text)[1] == ("应邀对我国进行正式国事访问", "某某会见某国国家主席王五", None)


def test_a_captions_last_letter_wrapped_over_a_dateline_keeps_the_story_whole() -> None:
    # headline, byline, a caption with its last letter on a line of its own, the dateline: one story
    text = STORY_ABOVE + "某县小麦长势良好\n本报记者 张三\n图为某县农民在田间管护小\n麦\n" + ROADS
    found = segment(text).articles
    assert [a.headline for a in found] == ["某县设施农业带动农民增收", "某县小麦长势良好"]
    assert found[1].paragraphs[0] == "图为某县农民在田间管护小麦"


def test_a_label_over_a_kicker_as_wide_as_the_column_leaves_headline_and_subtitle() -> None:
    # four title lines over the byline: a label, a kicker that fills its line, the headline, the
    # subtitle. None is wrapped: each is a line of its own
    heading = "\n".join(
        [
            "新春走基层",
            "某区组织街道干部走进居民小区倾听",
            "把群众的事办到心坎上",
            "某区收集群众意见建议一千二百余条",
            "",
        ]
    )
    (_, headline, subtitle) = heads(STORY_ABOVE + "\n" + heading + SERVICE_CODE)[1]
    assert (headline, subtitle) == ("把群众的事办到心坎上", "某区收集群众意见建议一千二百余条")
