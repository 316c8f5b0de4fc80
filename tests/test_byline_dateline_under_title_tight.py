"""A story's title set tight over the line that opens its dateline, at the top of its block: the title
is the story's headline and the dateline names its reporter, also where the dateline breaks over two
lines (before, the title ran into the text as its first words and the dateline was lost inside it)."""

from __future__ import annotations

import pytest

from reader.page.segment import segment

ABOVE = [
    "山村小学添了新书架",
    "",
    "\u3000\u3000开学第一天，孩子们在新书架前挑选",
    "自己喜欢的图画书，老师在一旁登记借阅。",
    "",
]
TEXT = [
    "十座口袋公园日前全部向市民开放，附",
    "近居民饭后有了散步的好去处。",
]
BROKEN = ["本报江城5月2", "日电（记者 柯明远）江城今年新建的"]  # the dateline broken over two lines


@pytest.mark.parametrize(
    ("title", "dateline"),
    [
        ("江城十座口袋公园全部向市民开放啦", BROKEN),
        ("口袋公园开到了家门口江城市民乐", BROKEN),
    ],
)
def test_title_tight_over_a_dateline_heads_its_story(title: str, dateline: list[str]) -> None:
    lines = [*ABOVE, title, *dateline, *TEXT]
    _, story = segment("\n".join(lines) + "\n").articles
    assert story.headline == title
    assert [(a.role, a.name) for a in story.authors] == [("记者", "柯明远")]
    assert story.paragraphs[0].startswith("江城今年新建的")
