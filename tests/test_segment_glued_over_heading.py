"""A headline printed after its story's text, run on under the text's last line with the blank line
over it lost, over the next story's heading (a kicker and a headline over a byline).

The line under the finished text, short and closing no sentence, is the headline of the story
above: the reader shows that story under it, and the next story under its own kicker and headline,
with its reporter.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import indented

FIRST = "山里来了，留下了，扎根了"
FIRST_TEXT = [
    "镇上的卫生院去年来了三位年轻医生，他们背着药箱走村入户，给老人量血压、送药上门。",
    "如今，村民看病不用再跑县城，小病在家门口就能看好。",
]
NOTE = "（本报记者孙某某参与采写）"
KICKER = "某省推行基层减负清单，整治重复填报、层层陪同等问题"
HEADLINE = "减掉表格，减出干劲"
SECOND_TEXT = [
    "今年以来，某省清理各类填报表格两百余张，基层干部从案头回到田间，办事效率明显提高。",
    "一位乡镇干部说，过去一周要填十几张表，现在两三张就够了。",
]


@pytest.mark.parametrize("note", [True, False], ids=["under-a-note", "under-a-sentence"])
def test_a_headline_glued_under_its_text_over_the_next_stories_heading_heads_its_story(note: bool) -> None:
    first = [*FIRST_TEXT, NOTE] if note else FIRST_TEXT
    lines = [
        "■ 本报记者 李  明",
        *indented(first, 15),
        FIRST,
        "",
        KICKER,
        HEADLINE,
        "本报记者  王  浩  赵  林",
        *indented(SECOND_TEXT, 15),
    ]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.kicker, a.headline, a.paragraphs) for a in articles] == [
        (None, FIRST, first),
        (KICKER, HEADLINE, SECOND_TEXT),
    ]
    assert [author.name for author in articles[1].authors] == ["王浩", "赵林"]
