"""A kicker is a clause leading into the headline, the longest line of a heading: it is the title
line most often wrapped, inside a word at the column's edge, onto a second line. Such a wrapped
heading (`titlewrap.column_wrap`) is a heading, not text: printed right over its headline, under a
photo whose credit closes the story above, it is the next story's kicker, not one more paragraph
of the story above (`weights.WEIGHTS["column_wrap"]`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 21

FERRY = [
    "东湖新开的轮渡今天启航，每天往返南北两岸十二班，乘客坐船过湖只要一刻钟，比绕湖的公交车快了一倍。",
    "轮渡公司说，船上设有自行车停放区，骑车上班的市民可以推着车一起上船过湖，票价和公交车一样。",
]
SEEDS = [
    "西岭县今年向种粮农户免费发放良种三十万斤，覆盖全县七成以上的耕地面积，农户不用再四处求购。",
    "县里的农技员按片区包干，帮助农户选种、育秧，春播前还将举办十场田间培训课，手把手教到田头。",
]


def test_a_kicker_wrapped_over_two_lines_under_a_photo_opens_the_next_story() -> None:
    """A story with its photo, the photo's credit broken off onto a line of its own; then a kicker
    wrapped over two lines, a one-line headline, a byline and the second story's text: the two
    lines are the second story's kicker, and the first story keeps its two paragraphs and photo."""
    lines = [
        "东湖新轮渡今天启航",
        "",
        "■ 本报记者 李小东",
        "",
        *(line for p in FERRY for line in chop("　　" + p, _WIDTH)),
        "",
        "轮渡停靠在东湖南岸的新码头上，乘客正排",
        "队登船。 本报记者  赵一",
        "平摄",
        "",
        "西岭县加紧备耕，全县种粮户春播前都能免",
        "费领到良种",
        "春播的种子从哪里来？",
        "",
        "■ 本报记者 王大山",
        "",
        *(line for p in SEEDS for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "东湖新轮渡今天启航"),
        ("西岭县加紧备耕，全县种粮户春播前都能免费领到良种", "春播的种子从哪里来？"),
    ]
    assert len(articles[0].paragraphs) == 3  # its two paragraphs and the photo's caption
    assert len(articles[1].paragraphs) == 2
