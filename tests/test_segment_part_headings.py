"""A long story set in parts, each part under a heading of one shape: `X——` over a line.

A report in parts prints the same heading over each: a line closed by `——`, leading into a line
under it. The first such heading inside the text reads as a subhead; the next ones, each set between
two texts like a kicker and headline over a story with no byline, are more of the same set. The
reader finds one story, its part headings among its paragraphs, not a story for each part.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut, indented_cut

WIDTH = 36  # eighteen characters a line
HEADLINE = "边境商路上的新气象"
INTRO = [
    "临近岁末，边境口岸的货车排起长队，一车车蔬菜水果从这里出关，运往邻国的批发市场。两国间的往来越来越密，沿线的城镇也跟着热闹起来。",
    "记者近日沿着这条商路走了一趟，看到的是口岸、工地、校园里一张张忙碌的面孔。",
]
PARTS = [
    (
        "口岸通关提速——",
        "“货车排队从三天缩短到半天”",
        [
            "走进口岸的查验大厅，电子屏上滚动着通关信息。工作人员介绍，今年起推行预约查验，货车到了就能过，等待时间比过去少了一大半。",
            "一位常年跑这条线的司机说，以前在口岸一等就是好几天，车上的水果常常坏掉一些，现在当天出关当天到货，收入也跟着涨了。",
        ],
    ),
    (
        "校园合作升温——",
        "“毕业后想回家乡当翻译”",
        [
            "在边城的一所职业学院里，三十多名外国留学生正在上语言课。学院负责人说，这几年来报名的学生一年比一年多，课程也从语言扩展到了物流和电商。",
            "来自邻国的一名学生说，她打算毕业后回到家乡，在合资企业里做翻译，“两边的生意越来越多，会两种语言的人很吃香”。",
        ],
    ),
    (
        "工地热火朝天——",
        "“新路修通后进城只要一小时”",
        [
            "山谷里，一条新公路正在加紧施工，挖掘机来回穿梭。项目经理说，公路通车后，沿线村庄到城里的时间将从半天缩短到一小时。",
            "当地村民在工地上找到了活干，学会了开工程车。“路修到哪里，好日子就跟到哪里。”一位年轻的工人笑着说。",
        ],
    ),
]


def _body(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*cut(paragraph, WIDTH, first_indent=0), ""]
    return lines


def _page(with_byline_under_last: bool = False) -> str:
    lines = [HEADLINE, "", "本报记者  钟  远", "", *_body(INTRO)]
    for n, (lead, title, paragraphs) in enumerate(PARTS):
        lines += [lead, "", title, ""]
        if with_byline_under_last and n == len(PARTS) - 1:
            lines += ["本报记者  秦  川", ""]
        lines += _body(paragraphs)
    return "\n".join(lines) + "\n"


def test_part_headings_of_one_shape_stay_in_their_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE]
    paragraphs = articles[0].paragraphs
    for lead, title, body in PARTS:
        at = paragraphs.index(lead)
        assert paragraphs[at : at + 2 + len(body)] == [lead, title, *body]


def test_a_heading_of_that_shape_with_a_byline_under_it_opens_a_story() -> None:
    # (a story opening under another's text brings its byline; a part of one story brings none)
    articles = [a for a in segment(_page(with_byline_under_last=True)).articles if a.kind == "article"]
    assert articles[-1].headline == PARTS[-1][1]
    assert articles[-1].byline is not None and "秦" in articles[-1].byline


# parts headed by who speaks in each (`某局局长某某——`) over what they said, as a report from a press
# event prints them: each part on a subject of its own, sharing few words with the others
SPEAKERS = [
    (
        "市交通局局长李  明——",
        "出行更便捷",
        "今年将新开通十二条公交线路，覆盖城郊的新建小区。地铁三号线预计年底试运行，早晚高峰的拥堵路段将逐步缓解。",
    ),
    (
        "市农业局局长赵  强——",
        "粮食生产稳",
        "全市春播面积已超过八成，良种覆盖率保持在九成以上。针对倒春寒天气，技术人员分片包干，指导农户做好防冻措施。",
    ),
    (
        "市体育局局长孙  伟——",
        "全民健身热",
        "去年新建社区球场四十余片，健身步道延伸到每个街道。周末的业余联赛场场爆满，青少年报名人数比上一届翻了一番。",
    ),
]
PRESS = "昨天上午，市政府新闻办举行发布会，几位部门负责人回答了记者提问。"


def _speakers_then_story() -> str:
    lines = ["回应关切真抓实干", "", "本报记者  钟  远", "", *indented_cut([PRESS], WIDTH), ""]
    for lead, title, paragraph in SPEAKERS:
        lines += [lead, "", title, *indented_cut([paragraph], WIDTH), ""]
    lines += ["乡村书屋开门迎客", "", "本报记者  秦  川", "", *indented_cut(PARTS[2][2], WIDTH)]
    return "\n".join(lines) + "\n"


def test_parts_headed_alike_in_a_row_stay_in_the_story_above() -> None:
    """Items in a row, each opened by a `X——` line with no byline or dateline under its titles, are
    parts of the story above, even where no part heading was read inside its text first."""
    articles = [a for a in segment(_speakers_then_story()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["回应关切真抓实干", "乡村书屋开门迎客"]
    paragraphs = [p.replace(" ", "") for p in articles[0].paragraphs]
    for lead, title, _ in SPEAKERS:
        at = paragraphs.index(lead.replace(" ", ""))
        assert paragraphs[at + 1] == title


def test_two_speakers_parts_set_tight_stay_in_the_story_above() -> None:
    """Two parts, each a `某某代表——` line set right over what the speaker said and a paragraph under
    it: the first reads as a line of the text, the second as a kicker and headline with no byline.
    They are one set, so the second part stays in the story too."""
    page = [
        "代表委员热议新质生产力",
        "",
        "本报记者 秦川",
        "",
        "全国两会期间，来自我省的代表委员围绕",
        "发展新质生产力建言献策。",
        "",
        "全国人大代表孙立新——",
        "让创新成为企业第一动力",
        "",
        "企业要舍得在研发上投入，我们每年拿出",
        "营业收入的百分之六用于研发。",
        "",
        "全国政协委员梁静——",
        "打通成果转化最后一公里",
        "",
        "高校科研成果要走出实验室，需要建立更",
        "加灵活的转化机制。",
        "",
        "社区食堂让老人吃上“暖心饭”",
        "",
        "本报讯（通讯员 韩雪）“饭菜软烂可口，",
        "价格也实惠，我们老两口天天来。”4月",
        "9日中午，在城南街道幸福里社区食堂，",
        "七十六岁的居民刘大爷说。",
        "",
        "今年以来，城南街道依托党群服务中心建",
        "成社区食堂五处，为辖区老年人提供助餐",
        "服务，累计服务两万余人次。",
    ]  # fmt: skip
    articles = segment("\n".join(page) + "\n").articles
    assert [a.headline for a in articles] == ["代表委员热议新质生产力", "社区食堂让老人吃上“暖心饭”"]
    assert "打通成果转化最后一公里" in articles[0].paragraphs
