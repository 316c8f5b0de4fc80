"""A reporter's marked byline (`■ 本报驻某省记者 X`) printed right under the last line of the story
above, with no blank line between, over the next story's text, whose headline is printed after it.

A caption may close on such a line (`… ■ 本报记者 X`, the paper's own photographer), but a caption
is a few lines: under a paragraph of four lines or more the line opens the next story. The reader
shows that story under its own headline, by its reporter, and the story above keeps its own text.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

FIRST_HEADLINE = "老街改造留住烟火气（城市观察）"
FIRST = [
    "老街改造启动以来，街道先后召开十余场居民议事会，逐户征求意见，把修缮方案贴在街口公示栏里。",
    "如今青石板路重新铺好，老字号陆续回迁，街坊们说，老街还是原来的味道。",
]
SECOND = [
    "清晨五点，渔港码头已经热闹起来，一艘艘渔船满载而归，鱼虾蟹贝被迅速分拣装箱，送上冷链货车。",
    "渔港负责人介绍，今年以来码头新建了冷库和分拣中心，海鲜从上岸到进入城市超市只需六个小时。",
    "不少渔民还学会了直播带货，把刚捕捞的海鲜卖到了全国各地，收入比往年明显增加。",
]
SECOND_KICKER = "某某县推进渔港经济区建设"
SECOND_HEADLINE = "渔船满载归  渔港生意旺"


def test_a_marked_byline_under_a_long_paragraph_opens_the_next_story() -> None:
    lines = [FIRST_HEADLINE, "本报记者　孙　红", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, 14) + [""]
    lines.pop()  # (no blank line between the last line of the text and the byline under it)
    lines.append("■ 本报驻某省记者　高建平")
    for paragraph in SECOND:
        lines += chop(paragraph, 20) + [""]
    lines += [SECOND_KICKER, SECOND_HEADLINE]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", FIRST_HEADLINE),
        ("article", SECOND_HEADLINE.replace("  ", " ")),  # (a two-part title's halves one space apart)
    ]
    first, second = articles
    assert first.paragraphs == FIRST
    assert second.kicker == SECOND_KICKER
    assert [(author.role, author.name) for author in second.authors] == [("记者", "高建平")]
    assert second.paragraphs == SECOND
