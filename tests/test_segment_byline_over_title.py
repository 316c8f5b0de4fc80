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
