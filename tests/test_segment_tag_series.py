"""A story's part tags read as one series, even where one of them reads as a name.

A feature story in parts may tag each part with a word of two characters (`山路` … `水塘` …), each
over a one-line subhead. Where one tag opens with a common surname (`田野`), it looks like a bare
name signing a text; read so, it closed the story above it with no headline and opened a new
"article" there, so the story was cut in two and its headline went to its last part alone. The tags
of one story are alike: the reader keeps every part in its story.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

WIDTH = 16  # characters a line of the column holds


INTRO = "清晨的山村里，雾气还没有散去，村口的老槐树下已经聚了不少人，大家都在等着去看新修的水渠。"
PARTS = [
    (
        "山路",
        "一条路连起三个村",
        "过去走出大山要半天，如今公路修到了家门口，村里的果子当天就能运到县城的集市上卖出去。",
    ),
    (
        "水塘",
        "旧水塘有了新用处",
        "村里把荒了多年的水塘清理出来，养上了鱼，塘边种了花，周末有不少城里人专门开车来钓鱼。",
    ),
    (
        "田野",
        "合作社里的新农人",
        "几个从城里回来的年轻人办起了合作社，教乡亲们用手机卖货，去年全村的收入比前年多了两成。",
    ),
]
HEADLINE = "山村里的三件新事"
OTHER = "河边的老码头修好了，每天一早，渡船载着上学的孩子过河，船工说这条线他已经跑了二十年。"
OTHER_HEADLINE = "老码头上的渡船"


def _page() -> str:
    """A page set headline after body, as some extractions give it, the tags tight in the text."""
    lines = chop(INTRO, WIDTH)
    for tag, title, text in PARTS:
        lines += [tag, title, *chop(text, WIDTH)]
    lines += ["", HEADLINE, "", *chop(OTHER, WIDTH), "", OTHER_HEADLINE, ""]
    return "\n".join(lines)


def test_a_tag_that_reads_as_a_name_keeps_its_part_in_the_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    story = articles[0]
    assert story.authors == []
    assert "田野" in story.paragraphs
    assert story.paragraphs[0] == INTRO
    assert story.paragraphs[-1] == PARTS[-1][2]
