"""Two title lines tight between two stories' texts, the upper naming the story above (its headline
printed after its body) and the lower the story below: they part the two stories even where the
texts share many words (two reports from one meeting), and neither is read as a subhead (see
`reader.page.lean`, `lean_split`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_apart

ABOVE = [
    "新华社北京3月4日电（记者 王  五）“农田水利建设正在提速，这是推动高质量发展的重要一步。”"
    "全国政协委员李明说，“十五五”时期要推动高质量发展，全国两会代表委员都很关注。",
    "他表示，今年农田水利建设将继续提速，推动高质量发展，让全国两会的建议落到实处。",
]
BELOW = [
    "“十五五”时期，坚持稳中求进工作总基调，推动高质量发展，是全国两会代表委员热议的话题。",
    "开局之年，经济运行向新向优，稳中求进的底气更足。代表委员表示，要推动高质量发展，"
    "把全国两会的部署落到实处。",
]


def test_two_headings_naming_their_own_stories_part_them() -> None:
    lines = [
        *indented_apart(ABOVE)[:-1],
        "农田水利建设提速",
        "稳中求进  开局向新向优",
        "",
        *indented_apart(BELOW),
    ]
    articles = segment("\n".join(lines) + "\n").articles
    heads = [a.headline for a in articles]
    assert "农田水利建设提速" in heads
    assert "稳中求进 开局向新向优" in heads or "稳中求进  开局向新向优" in heads
