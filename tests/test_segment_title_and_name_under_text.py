"""A signed commentary's heading run on under the text of the story above: its title line, as wide as
the column, and its writer's name alone, right under that text's last sentence, then a blank line and
the commentary.

Names alone right under a finished text sign it; under a title line there they go with that title,
over the text the blank line parts from them. The reader shows the commentary under its own title,
by its writer, and the story above ends where its text does.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

COLUMN = 15  # (the title as wide as the column: a text's line broken off there reads so too)

FIRST_HEADLINE = "小店开出新天地（编辑手记）"
FIRST = [
    "街角的小书店改成了社区书房，白天是阅览室，晚上办讲座，常常座无虚席。",
    "书店的变化说明，好的公共空间，从来不只看面积，更要看用心。",
]
TITLE = "“从无到有”的创新之路该怎么走"
SECOND = [
    "设计不是少数人的奢侈品，一把顺手的椅子、一盏合适的台灯，都能让日子过得更舒心。",
    "近年来，不少设计师走进社区和乡村，帮居民改造厨房、卫生间，花钱不多，效果明显。",
    "把好设计送到百姓身边，需要更多人一起努力。",
]


def test_a_title_and_a_name_under_a_finished_text_head_the_next_story() -> None:
    lines = [FIRST_HEADLINE, "", "周  明"]
    for paragraph in FIRST:
        lines += chop(paragraph, COLUMN) + [""]
    lines.pop()  # (the next heading right under the text's last line)
    lines += [TITLE, "郑晓岚", ""]
    for paragraph in SECOND:
        lines += chop(paragraph, COLUMN) + [""]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == [FIRST_HEADLINE, TITLE]
    first, second = articles
    assert first.paragraphs == FIRST
    assert [author.name for author in first.authors] == ["周明"]
    assert [author.name for author in second.authors] == ["郑晓岚"]
    assert second.paragraphs == SECOND
