"""A headline too long for two lines of its column wraps onto a third: the line joined from the
first two is read again against the line under it, so the three lines read as one headline, not
a kicker over the third line's scrap."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 12

FERRY = [
    "本报东湖3月2日电  东湖新开的轮渡今天启航，每天往返南北两岸十二班，乘客坐船过湖只要一刻钟。",
    "轮渡公司说，船上设有自行车停放区，骑车上班的市民可以推着车一起上船过湖，票价和公交车一样。",
]
SEEDS = [
    "据本报西岭3月2日电  西岭县今年向种粮农户免费发放良种三十万斤，覆盖全县七成以上的耕地面积。",
    "县里的农技员按片区包干，帮助农户选种、育秧，春播前还将举办十场田间培训课。",
]


def test_a_headline_wrapped_over_three_column_lines_is_one_headline() -> None:
    """A story under its one-line headline; then, past a blank line, a headline that fills two
    lines of the column, each broken inside a word, and ends on a short third, a blank line and
    the second story's dateline under it: the second story's headline is the three lines joined,
    with no kicker."""
    lines = [
        "东湖新轮渡今天启航",
        "",
        *(line for p in FERRY for line in chop("　　" + p, _WIDTH)),
        "",
        "西岭县农业局今天召开春",
        "播工作会议提出全县粮",
        "食播种面积稳中有增",
        "",
        *(line for p in SEEDS for line in chop(p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "东湖新轮渡今天启航"),
        (None, "西岭县农业局今天召开春播工作会议提出全县粮食播种面积稳中有增"),
    ]
