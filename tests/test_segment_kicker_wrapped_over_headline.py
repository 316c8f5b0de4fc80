"""A kicker kept to its column, wrapped inside a word at the column's edge, tight over its headline.

A story's kicker set in the body's narrow column runs on over a second line where the column is full,
like text (`…以旧换新带动家电`, `消费`), and its headline stands right under it, one line, a blank
line and the story's text under that. Two lines wrapped at the column's edge over text are an
in-body subhead; over a title line set tight under them they are the kicker of that headline. The
reader shows the story under its kicker and headline, not as part of the story above.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 30  # fifteen characters a line
FIRST = "河堤上的晨练队"
FIRST_TEXT = [
    "太阳还没出来，河堤上就热闹起来。打太极的、跳健身操的、快步走的，几个人一伙，一练就是一个多钟头。",
    "领队的退休教师说，队伍从最初的五六个人，发展到如今的一百多人，大家风雨无阻，练出了好身体。",
]
KICKER_LINES = ["城区百余家商场推出以旧换新带动", "家电销量"]
HEADLINE = "旧冰箱换来新厨房"
TEXT = [
    "周末上午，城东一家电器商场里人头攒动。不少市民带着旧家电的照片来咨询，店员一边核对型号，"
    "一边算出能抵扣的金额，几分钟就能办完手续。",
    "商场负责人介绍，活动开展一个月来，冰箱、洗衣机和燃气灶卖得最好，旧家电由回收企业统一上门拆运。",
]


def _page() -> str:
    lines = [FIRST, "", "本报记者  钟  远", "", *set_apart(FIRST_TEXT, WIDTH)]
    lines += [*KICKER_LINES, HEADLINE, "", *set_apart(TEXT, WIDTH)]
    return "\n".join(lines) + "\n"


def test_the_wrapped_kicker_heads_its_own_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [FIRST, HEADLINE]
    assert articles[1].kicker == "".join(KICKER_LINES)
    assert articles[1].paragraphs == TEXT


def test_the_story_above_keeps_its_text_alone() -> None:
    first = segment(_page()).articles[0]
    assert first.headline == FIRST
    assert first.paragraphs == FIRST_TEXT
