"""A headline kept to its column wraps where the line is full: a title line as wide as the column to
the cell over a line broken off at half the column or less, the story's dateline right under the
two, is one headline, not a kicker over its headline. So under another title line as under a blank:
a title line right under a title line, as wide as the column to the cell, over a line broken off
short inside a word, the story's dateline right under the two, is one title."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 13

FERRY = [
    "本报东湖3月2日电  东湖新开的轮渡今天启航，每天往返南北两岸十二班，乘客坐船过湖只要一刻钟。",
    "轮渡公司说，船上设有自行车停放区，骑车上班的市民可以推着车一起上船过湖，票价和公交车一样。",
]
SEEDS = [
    "本报西岭3月2日电  西岭县今年向种粮农户免费发放良种三十万斤，覆盖全县七成以上的耕地面积。",
    "县里的农技员按片区包干，帮助农户选种、育秧，春播前还将举办十场田间培训课。",
]


def test_a_headline_wrapped_at_its_column_is_one_headline() -> None:
    """A story under its one-line headline; then, past a blank line, a title line as wide as the
    column over a short line closing the title, the second story's dateline and text under them:
    the two lines are the second story's one headline, and it has no kicker."""
    lines = [
        "东湖新轮渡今天启航",
        "",
        *(line for p in FERRY for line in chop("　　" + p, _WIDTH)),
        "",
        "西岭县今年春季向全县种粮户",
        "发放良种",
        *(line for p in SEEDS for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "东湖新轮渡今天启航"),
        (None, "西岭县今年春季向全县种粮户发放良种"),
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2]


def test_a_title_wrapped_at_its_column_under_a_title_line_is_one_title() -> None:
    """A story under its one-line headline; then, past a blank line, a short title line with a line
    as wide as the column right under it and a short line closing that one, the second story's
    dateline and text under them: the two lower lines are one title of the second story's two."""
    lines = [
        "东湖新轮渡今天启航",
        "",
        *(line for p in FERRY for line in chop("　　" + p, _WIDTH)),
        "",
        "西岭良种送到田头",
        "全县粮农今年春播前免费领取",
        "良种化肥",
        *(line for p in SEEDS for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles][0] == "东湖新轮渡今天启航"
    second = articles[1]
    titles = [t for t in (second.kicker, second.headline, second.subtitle) if t]
    assert sorted(titles) == sorted(["西岭良种送到田头", "全县粮农今年春播前免费领取良种化肥"])
