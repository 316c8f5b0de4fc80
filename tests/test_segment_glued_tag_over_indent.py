"""The next story's headline, closed by its column's tag, run on under a story's closing note with
no blank line, right over its own first paragraph (indented).

No text line closes on a column's name: the line is cut off the note above as a title, and the
reader shows the second story under it, the note kept as the first story's last paragraph.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented

FIRST = "老手艺有了新传人（匠心）"
FIRST_TEXT = [
    "在城南的一条老巷里，一家竹编作坊已经开了四十多年，老师傅每天天不亮就开始劈篾。",
    "这两年，作坊里来了几位年轻学徒，他们把竹编做成灯罩、茶具，在网上卖得很好。",
    "老师傅说，手艺传下去了，心里就踏实了。",
]
NOTE = "（作者为某市非遗保护中心研究人员，本报记者孙某采访整理）"
SECOND = "旧厂房变身文创园（城市观察）"
SECOND_TEXT = [
    "走进位于城北的文创园，红砖墙、老吊车依然保留着当年纺织厂的模样，园区里却满是年轻面孔。",
    "园区负责人介绍，这里已入驻设计、动漫等企业六十多家，每到周末还有市集和展览。",
    "不少市民说，老厂房留住了城市的记忆，也添了新的活力。",
]


def test_a_tagged_headline_glued_under_a_note_over_its_indented_text_heads_the_next_story() -> None:
    lines = [FIRST, "本报记者  李  明", *indented([*FIRST_TEXT, NOTE], 15), SECOND]
    lines += indented(SECOND_TEXT, 15)
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.headline, a.paragraphs) for a in articles] == [
        (FIRST, [*FIRST_TEXT, NOTE]),
        (SECOND, SECOND_TEXT),
    ]
