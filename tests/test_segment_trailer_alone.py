"""A note in brackets closes a story's text and opens none, even with a title line over it.

`（摘编自…，原题为《…》）` or `（X整理）` closes the text above it. Where a title-like line (here one
with a column's tag) stands between the text and that note, the note is still the text's close:
the reader finds the line and the note at the end of the story above, not a story of their own
whose whole text is the note.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 36  # eighteen characters a line
HEADLINE = "共享菜园种出新风景（评论）"
TEXT = [
    "城郊的几个村子去年办起了共享菜园，村民把闲置的边角地整理出来，分给城里的家庭认领，周末一家人来种菜、浇水、摘果子。",
    "菜园的收入一部分分给出地的农户，一部分用来请村里的老人照看菜地。老人们说，活不累，还能和城里来的孩子说说话。",
    "这样的小办法，把城里人的需求和村里的闲置资源连在了一起，值得各地结合实际多想一想、多试一试。",
]
LINE = "边角地里也有大文章（短评）"
NOTE = "（摘编自《江城晚报》，原题为《小菜园连起城与乡》）"


def test_a_title_line_over_a_trailer_alone_closes_the_story_above() -> None:
    lines = [HEADLINE, ""]
    for paragraph in TEXT:
        lines += [*cut(paragraph, WIDTH, first_indent=0), ""]
    lines += [LINE, "", NOTE, ""]
    articles = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE]
    assert articles[0].paragraphs[-2:] == [LINE, NOTE]
