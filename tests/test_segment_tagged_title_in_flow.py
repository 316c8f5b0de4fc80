"""A signed commentary's headline, closed by its column's tag, printed right under the closing note of
the piece above (`（作者为…）`, over several lines) and right over its own first paragraph, with no
blank line either side; the commentary is signed with a bare name at its end.

A subhead runs in its story's flow like that, but no subhead carries a column's name: the reader
shows the commentary as a story of its own under its headline, by its writer, and the piece above
keeps its closing note.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

COLUMN = 13
FIRST_HEADLINE = "为什么山里的雾总在清晨（科普）"
FIRST = [
    "清晨气温最低，空气中的水汽最容易凝结成细小的水滴，山谷里的雾便浓了起来。",
    "太阳升起后，地面渐渐变暖，雾气也就慢慢散去了。",
    "（作者为某某大学地理科学学院大气科学系教授，本报记者孙红采访整理，周立对本文亦有贡献）",
]
HEADLINE = "小小书架连起邻里情（随笔）"
SECOND = [
    "小区门口多了一个共享书架，居民们把读过的书放上去，也从架上挑喜欢的书带回家。",
    "一个书架，让邻居们有了共同的话题，也让小区多了几分书香。",
]


def test_a_tagged_headline_under_a_closing_note_heads_a_story_of_its_own() -> None:
    lines = [FIRST_HEADLINE, "", "李文华", ""]
    for paragraph in FIRST:
        lines += chop("\u3000\u3000" + paragraph, COLUMN)
    lines.append(HEADLINE)
    for paragraph in SECOND:
        lines += chop("\u3000\u3000" + paragraph, COLUMN)
    lines.append("赵晓光")
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == [FIRST_HEADLINE, HEADLINE]
    first, second = articles
    assert first.paragraphs == FIRST
    assert second.paragraphs == SECOND
    assert [author.name for author in second.authors] == ["赵晓光"]
