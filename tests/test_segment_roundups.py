"""A roundup: one headline over several dated reports, each opening a paragraph that runs on under
the last one's finished text with no blank line between (made-up text). The datelines are the
reports' own, inside the one story: no untitled story opens at each of them.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 36


def _paragraph(text: str) -> list[str]:
    """A paragraph set in the column, its first line indented two full-width spaces."""
    return ["\u3000\u3000" + line if k == 0 else line for k, line in enumerate(cut(text, WIDTH))]


ROUNDUP = [
    "北岸经济简讯",
    "甲城第一季度出口回升乙港下调银行存款准备金率",
    "——丙国央行维持利率不变丁国重新估算增长前景",
    "",
    *_paragraph(
        "据新华社甲城３月５日电（记者丙丁）北岸联盟财政部今天公布，今年第一季度的商品出口额"
        "较上年同期多出百分之六，其中机械产品的增幅最大。"
    ),
    *_paragraph("财政部的官员说，出口增长主要得益于邻国需求的回升，预计第二季度仍会保持这一势头。"),
    *_paragraph(
        "据新华社乙港３月５日电（记者戊己）乙港货币管理局今天宣布，将本地银行的存款准备金率"
        "下调半个百分点，以缓解市场资金紧张的局面。"
    ),
    *_paragraph("管理局发言人表示，这次调整不会改变货币政策的基本取向，今后将视市场情况决定下一步措施。"),
    *_paragraph("新华社丙市３月４日电丙国中央银行今天宣布，基准利率维持在百分之四不变，这是该行按兵不动。"),
    *_paragraph(
        "据新华社丁都３月４日电（记者庚辛）据此间媒体报道，丁国一批经济学家近来重新估算了"
        "今年的增长前景，普遍认为增速将比去年放慢。"
    ),
    "",
    "果园新路通到山脚下",
    "",
    *_paragraph("本报讯　山北县今年修通了一条通往果园的水泥路，果农们再也不用肩扛手提把果子运出山了。"),
    *_paragraph("县交通局的负责人说，明年还将修通另外三条通往村寨的道路，让更多的农户受益。"),
]


def test_dated_reports_run_on_in_one_roundup() -> None:
    articles = segment("\n".join(ROUNDUP) + "\n").articles
    # (the roundup's label is the kicker, the line over the dash-led subtitle the headline, as the
    # truths print such a heading: `stacks.mark_tight`, `over_dash`)
    assert [(a.kicker, a.headline) for a in articles] == [
        ("北岸经济简讯", "甲城第一季度出口回升乙港下调银行存款准备金率"),
        (None, "果园新路通到山脚下"),
    ]
    roundup = articles[0]
    assert roundup.subtitle == "丙国央行维持利率不变丁国重新估算增长前景"
    assert len(roundup.paragraphs) == 6
    assert roundup.paragraphs[2].startswith("据新华社乙港３月５日电")
    assert roundup.paragraphs[-1].startswith("据新华社丁都３月４日电")
