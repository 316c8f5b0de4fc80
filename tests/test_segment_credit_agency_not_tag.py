"""A caption closed by its photographer's credit and the agency in brackets after it (`…。  X摄
（人民视觉）`): the brackets name the agency, not a column, so the line is no headline."""

from __future__ import annotations

from reader.page.segment import explain, segment
from tests.pagegen import chop

_WIDTH = 20

CAPTION = "北港码头集装箱堆场。甲乙丙摄（人民视觉）"
TEXT = [
    "　　北港码头今年新开集装箱航线十二条，外贸航线通达四十多个国家和地区的港口，"
    "全年集装箱吞吐量有望比去年增长一成，码头上的桥吊日夜不停地装卸着货物。",
    "　　港区推行无纸化通关，一艘货轮靠港到离港的时间比去年缩短了三个小时，"
    "货主在手机上就能查到货物到了哪里，办完全部手续不用再跑一趟港口的窗口。",
]
SECOND_TITLE = "南湾木桥今天通行"
SECOND = [
    "　　南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子，"
    "过去村民过河要绕到下游的渡口，坐船过河一趟要花上大半个钟头。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了，"
    "孩子们上学也近了，家长们不用再担心孩子坐船过河的安全。",
]


def _page() -> str:
    """A story opening with its photo's caption and byline, its title printed after its text;
    then a second story, headed after its text the same way."""
    lines = [CAPTION, "", "■ 本报记者 丁戊己", ""]
    for paragraph in TEXT:
        lines += [*chop(paragraph.strip(), _WIDTH), ""]
    lines += ["北港航线通达四十国", ""]
    for paragraph in SECOND:
        lines += [*chop(paragraph.strip(), _WIDTH), ""]
    lines += [SECOND_TITLE, ""]
    return "\n".join(lines)


def test_a_caption_closed_by_an_agency_in_brackets_is_not_a_headline() -> None:
    articles = segment(_page()).articles
    headlines = [a.headline for a in articles]
    assert CAPTION not in headlines
    assert headlines[-1] == SECOND_TITLE


def test_explain_does_not_call_the_agency_a_column_tag() -> None:
    """`duba segment --explain` lists the caption's evidence: its credit, and no column's tag (before,
    `column_tag` was there, worth +3 towards a headline, and on pages of several layouts a caption so
    credited was read as a story's headline)."""
    rows, _ = explain(_page(), "page.txt")
    caption = next(row for row in rows if row.text == CAPTION)
    cited = [name for name, _ in caption.evidence]
    assert "credit_end" in cited
    assert "column_tag" not in cited
