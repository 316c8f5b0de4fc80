"""A headline kept to its column wraps where the line is full, its column's tag carried over with the
last few letters: a title line as wide as the column over a line of fewer than seven letters and the
tag is one headline, not a kicker over a tagged headline."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 13

FERRY = [
    "本报东湖3月2日电  东湖新开的轮渡今天启航，每天往返南北两岸十二班，乘客坐船过湖只要一刻钟。",
    "轮渡公司说，船上设有自行车停放区，骑车的市民可以推着车一起上船，票价和公交车一样。",
]
TRAIL = [
    "本报滨江3月2日电  滨江市沿江修建的步道已经贯通，从老码头一直通到新城的湿地公园。",
    "步道两旁种了两千多株樱树，市里还在沿途设了八处驿站，供市民歇脚、饮水。",
]


def test_a_tagged_headline_wrapped_at_its_column_is_one_headline() -> None:
    """A story under its one-line headline; then, past a blank line, a title line as wide as the
    column over a line of four letters closed by a column's tag, the second story's dateline and
    text under them: the two lines are the second story's one headline, and it has no kicker."""
    lines = [
        "东湖新轮渡今天启航",
        "",
        *(line for p in FERRY for line in chop("　　" + p, _WIDTH)),
        "",
        "滨江市沿江新修樱花步道今天",
        "全线通行（城市漫步·春日）",
        *(line for p in TRAIL for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "东湖新轮渡今天启航"),
        (None, "滨江市沿江新修樱花步道今天全线通行（城市漫步·春日）"),
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2]
