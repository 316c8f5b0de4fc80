"""A two-part kicker over a headline wrapped inside the quote it closes with.

A kicker of two phrases parted by a gap (`X  Y`) sits over a headline too long for its line, which
breaks inside a quote (`…新“` / `颜值”`). The three lines are a heading: the reader shows the
kicker and the whole headline over the story's text, not the heading as the text of the story
above.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

ABOVE = [
    "本报长沙3月2日电  （记者罗川）记者从湖南省农业农村厅获悉：今年全省计划新建高标准农田两百万亩。",
    "各地正抓住春耕前的窗口期，加快推进田块整治和沟渠配套建设。",
]
KICKER = "守护一江清水  共建美丽家园"
HEADLINE = ["江西九江长江岸线迎来新“", "颜值”"]
TEXT = [
    "沿江而行，昔日的砂石码头变成了亲水步道，岸边种上了成片的芦苇和乌桕，不少市民趁着周末来江边散步。",
    "近年来，九江拆除沿江违建，修复岸线生态，把最美的江景留给了市民。",
]


def _page() -> str:
    lines = ["湖南加快建设高标准农田"]
    for paragraph in ABOVE:
        lines += chop(paragraph, 15)
    lines += ["", KICKER, *HEADLINE, ""]
    for paragraph in TEXT:
        lines += chop(paragraph, 27)
        lines.append("")
    return "\n".join(lines)


def test_a_two_part_kicker_over_a_headline_wrapped_in_its_quote_heads_the_story() -> None:
    articles = segment(_page()).articles
    assert [a.headline for a in articles] == ["湖南加快建设高标准农田", "".join(HEADLINE)]
    assert articles[1].kicker == " ".join(KICKER.split())  # (the gap printed as one space)
    assert articles[1].paragraphs == TEXT
    assert articles[0].paragraphs[-1] == ABOVE[1]
