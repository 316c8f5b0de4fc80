"""An in-body subhead set in the body's column and wrapped right after a pause (`X：某项补贴开始申领，`
/ `惠及千万家庭`), between blank lines, under a paragraph whose last line is all but full: a
paragraph of its own (the subhead), not the end of the paragraph above."""

from __future__ import annotations

from reader.page.segment import segment

LINES = [
    "新年里的几项惠民新政",
    "",
    "本报记者  刘  洋",
    "",
    "\u3000\u3000新一轮以旧换新补贴开启，手",
    "机、平板等数码产品继续纳入补贴",
    "范围，家电产品单件最高补贴一千",
    "五百元，汽车按价格比例来补贴。",
    "",
    "生育：育儿补贴从今年开始申领，",
    "惠及千万家庭",
    "",
    "\u3000\u3000“一年三千六百元，这是给孩",
    "子的红包。”一位市民说。",
    "",
    "\u3000\u3000按照规定，三周岁以下的婴幼",
    "儿每人每年可领取补贴，家长在网",
    "上就能提交申请。",
]


def test_a_subhead_wrapped_after_a_pause_is_a_paragraph_of_its_own() -> None:
    (article,) = segment("\n".join(LINES) + "\n").articles
    assert article.headline == "新年里的几项惠民新政"
    assert article.paragraphs == [
        "新一轮以旧换新补贴开启，手机、平板等数码产品继续纳入补贴范围，家电产品单件最高补贴一千五百元，汽车按价格比例来补贴。",
        "生育：育儿补贴从今年开始申领，惠及千万家庭",
        "“一年三千六百元，这是给孩子的红包。”一位市民说。",
        "按照规定，三周岁以下的婴幼儿每人每年可领取补贴，家长在网上就能提交申请。",
    ]
