"""Pages a review of this session's rules found read wrong, and what they read now: a writer's
name spread wide (`王    浩`) is a byline; a note in brackets with a colon (`（牵头单位：…）`) broken
at a line's end is no column's tag; a signed commentary's tagged headline is not moved up over an
untitled story above it."""

from __future__ import annotations

from reader.page.blocks import line_byline
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, body, page


def test_a_name_spread_wide_is_a_byline() -> None:
    for line in ("王    浩", "李  小  平"):
        byline = line_byline(line)
        assert byline is not None and [a.name for a in byline.authors] == ["".join(line.split())]


def test_a_bracketed_note_with_a_colon_over_flush_text_stays_in_the_story() -> None:
    flush = [line for paragraph in BODY_A[1:] for line in cut(paragraph, 26, first_indent=0)]
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A[:1]),
        ["一是加快建设高标准农田（牵头单位：市农", "业局）", *flush],
    )
    [article] = segment(text).articles
    assert article.headline == "春耕备耕忙"
    assert "".join(article.paragraphs).endswith("".join(BODY_A[1:]))


def test_a_signed_commentary_under_an_untitled_story_keeps_its_headline_off_that_story() -> None:
    """A story opening with its byline and no headline, then a commentary's tagged headline, its text
    and its writer's signature: the headline is not moved up over the story's byline (the page is a
    reviewer's invented probe)."""
    text = "\n".join(
        [
            "2026年3月9日  星期一  地方  11",
            "",
            "■ 本报记者 贺  新",
            "",
            "\u3000\u3000走进城东一个老旧小区，新安装",
            "的二十个充电桩整齐排列在停车场一",
            "角，几辆新能源汽车正在充电。",
            "",
            "\u3000\u3000今年以来，全市新增公共充电桩",
            "两千余个，主要分布在居民小区、商",
            "业中心和高速公路服务区，车主找桩",
            "难问题有所缓解。",
            "",
            "\u3000\u3000市发展改革委有关负责人介绍，",
            "下一步将继续完善充电设施布局，推",
            "动充电桩进小区、进乡村。",
            "",
            "充电设施建设要跟上（今日谈）",
            "",
            "\u3000\u3000新能源汽车越来越多，充电难却",
            "仍是不少车主的烦心事。新建充电桩",
            "固然重要，更要让充电桩建在车主需",
            "要的地方。",
            "",
            "\u3000\u3000充电设施建设，既要算好数量账，",
            "也要算好布局账、服务账。老旧小区",
            "停车位紧张，可以探索共享充电、错",
            "峰充电等办法。",
            "",
            "石  磊",
            "",
            "城北公交织密“微循环”",
            "■ 本报记者 严  冬",
            "",
            "\u3000\u3000早上七点，城北公交枢纽站里，",
            "一辆辆新能源公交车整齐停靠，驾驶",
            "员们正在做出车前的例行检查。",
            "",
            "\u3000\u3000今年以来，市公交集团新开通社",
            "区微循环线路十二条，把公交站点延",
            "伸到老旧小区和城郊村庄门口。",
            "",
            "\u3000\u3000“以前去菜市场要走二十分钟，",
            "现在下楼就能坐车。”家住城北的退",
            "休教师郑玉兰说。",
            "",
            "",
            "本版责编：卢  宁  程  远  版式设计：韦丹青",
            "",
        ]
    )
    heads = [(a.headline, a.byline) for a in segment(text).articles]
    assert heads[0] == (None, "本报记者 贺新")
