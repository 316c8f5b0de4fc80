"""Two stories' headings run together with no blank line on a page that prints blank lines between
paragraphs but none between its items: the headline printed after one story's text (a kicker over
it), then the next story's kicker and headline over its byline.

The four title lines stand between the last line of one text and the next story's reporters. They
are two headings, not one title of four lines nor the end of the text above: the reader shows the
first story under its kicker and headline, and the second under its own, with its reporters.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

FIRST_TEXT = [
    "本报某地7月3日电（记者周某某）入夏以来，某县持续高温少雨，部分乡镇旱情露头。",
    "县里组织二十多支农技服务队下到田间，帮助农户抗旱保苗，指导科学灌溉。",
]
FIRST = ("某县农技人员下田抗旱", "田间送技术  农户有底气")
SECOND = ("新版行业标准下月起施行", "家用净水器怎么挑（消费提示）")
SECOND_TEXT = [
    "家用净水器走进越来越多的家庭，可不少消费者面对琳琅满目的产品犯了难。",
    "业内人士提醒，选购时先看水质，再看滤芯更换成本和售后服务。",
]


def test_two_headings_run_together_between_two_texts_head_their_own_stories() -> None:
    lines: list[str] = []
    for paragraph in FIRST_TEXT:
        lines += [*chop(paragraph, 14), ""]
    lines += [*FIRST, *SECOND, "本报记者  王  某  李  某"]
    for paragraph in SECOND_TEXT:
        lines += [*chop(paragraph, 14), ""]
    articles = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert [(a.kicker, a.headline) for a in articles] == [
        (FIRST[0], "田间送技术 农户有底气"),
        (SECOND[0], SECOND[1]),
    ]
    assert articles[0].paragraphs[-1] == FIRST_TEXT[-1]
    assert articles[-1].paragraphs == SECOND_TEXT
    assert [author.name for author in articles[-1].authors] == ["王某", "李某"]
