"""Some pages print a story's byline over its heading (`本报记者  某某` / `标题` / text), as a layout
that sets the byline in a box of its own beside the heading comes out of extraction. The line naming
reporters by their role opens that story: its kicker and headline under it are the story's heading,
never the heading of the story above printed after its text."""

from __future__ import annotations

from reader.page.segment import segment

INDENT = "\u3000\u3000"


def _headed_then_byline_over() -> str:
    lines = [
        "河湾湿地迎来越冬候鸟",
        "",
        "本报记者  程  远",
        INDENT + "入冬以来，河湾湿地的",
        "水面上聚起了成群的候鸟，",
        "观鸟的市民沿着栈道驻足。",
        INDENT + "保护站的工作人员说，今",
        "年来的候鸟比去年多了两成。",
        "",
        "本报记者  乔  木",
        "",
        "山村小学有了新操场",
        "",
        INDENT + "新操场铺好塑胶跑道那天，",
        "孩子们在上面跑了一圈又一",
        "圈，笑声传遍了整个山坳。",
        INDENT + "学校还添了篮球架和单杠，",
        "体育课从此不再挑天气。",
    ]
    return "\n".join(lines) + "\n"


def test_a_byline_over_the_headline_opens_its_story() -> None:
    articles = segment(_headed_then_byline_over()).articles
    assert [a.headline for a in articles] == ["河湾湿地迎来越冬候鸟", "山村小学有了新操场"]
    assert [a.byline for a in articles] == ["本报记者 程远", "本报记者 乔木"]
    assert articles[0].paragraphs[-1].endswith("多了两成。")
    assert articles[1].paragraphs[0].startswith("新操场铺好")


def _kicker_under_byline() -> str:
    lines = [
        "老街巷焕新颜",
        "本报记者  柯  岩",
        INDENT + "老街巷的青石板路重新铺",
        "过，沿街的店铺换上了统一",
        "的木招牌。",
        "",
        "本报记者  苗  青",
        "",
        "一年培训三千人次——",
        "职业技能课堂开进车间",
        "",
        INDENT + "车间一角摆上了课桌，老师",
        "傅边操作边讲解，徒弟们围",
        "在机床旁记笔记。",
    ]
    return "\n".join(lines) + "\n"


def test_a_byline_over_a_kicker_opens_its_story() -> None:
    articles = segment(_kicker_under_byline()).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "老街巷焕新颜"),
        ("一年培训三千人次", "职业技能课堂开进车间"),
    ]
    assert articles[1].byline == "本报记者 苗青"


def test_a_byline_over_a_heading_with_its_own_byline_stays_with_the_story_above() -> None:
    """A story prints one byline: where the heading under the line naming a reporter prints its
    own right under it, that line goes with the headline printed after the text above it."""
    lines = [
        INDENT + "渡口边的老茶馆重新开张，",
        "竹椅木桌摆回了原样，老茶客",
        "们又聚到了一起。",
        INDENT + "茶馆主人说，开张那天来了",
        "不少老街坊，一坐就是一下午。",
        "",
        "老茶馆里的慢时光",
        "",
        "本报记者  杭  舟",
        "",
        "山路修到了果园边",
        "本报记者  容  和",
        INDENT + "通往果园的山路硬化完工，",
        "货车能直接开到地头，果子摘",
        "下来当天就能运出山。",
    ]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.headline, a.byline) for a in articles] == [
        ("老茶馆里的慢时光", "本报记者 杭舟"),
        ("山路修到了果园边", "本报记者 容和"),
    ]
    assert articles[1].paragraphs[0].startswith("通往果园的山路")
