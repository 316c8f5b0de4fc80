"""A page whose titles wrap (a measure narrow for the headline type breaks them over two lines) breaks
its short headlines too: a short stack of two title lines there is one headline, not a kicker over
its headline. On a page whose titles do not wrap, the same stack stays a kicker and its headline."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 13

# two headlines broken inside a word (`改` / `造`, `养` / `殖`): the page's titles wrap
WRAPPED = [
    ("南湾镇启动老旧小区改", "造提升工程"),
    ("北岭村推广稻田生态养", "殖新模式"),
]
# a short headline the page breaks as it breaks the long ones
SHORT = ("东坡镇出台方案", "扶持返乡青年创业")
ONE_LINE = ["南湾镇启动老旧小区改造提升工程", "北岭村推广稻田生态养殖新模式"]
STORIES = [
    "本报南湾5月6日电  南湾镇今年将改造十二个老旧小区，加装电梯，翻修屋顶，铺设新的雨水管道。",
    "本报北岭5月6日电  北岭村的稻田里养起了鸭子和小龙虾，一亩田的收入比去年多了一千多元。",
    "本报东坡5月6日电  东坡镇拿出专项资金，为回乡办厂开店的年轻人提供三年免租的场地和贷款贴息。",
]


def _page(titles: list[list[str]]) -> str:
    lines: list[str] = []
    for title, story in zip(titles, STORIES, strict=True):
        lines += [*title, "", *chop(story, _WIDTH), ""]
    return "\n".join(lines)


def test_short_stack_on_a_wrapping_page_is_one_headline() -> None:
    """Two headlines wrapped inside a word, then a stack of seven and eight letters with its dateline
    under it: the stack is one headline, as the page's other two are."""
    articles = segment(_page([list(WRAPPED[0]), list(WRAPPED[1]), list(SHORT)])).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "南湾镇启动老旧小区改造提升工程"),
        (None, "北岭村推广稻田生态养殖新模式"),
        (None, "东坡镇出台方案扶持返乡青年创业"),
    ]


def test_short_stack_on_a_page_of_one_line_titles_stays_kicker_and_headline() -> None:
    """The same stack on a page whose other titles stand on one line each: a kicker over its
    headline, as such stacks are on the pages of programs that do not wrap their titles."""
    articles = segment(_page([[ONE_LINE[0]], [ONE_LINE[1]], list(SHORT)])).articles
    assert [(a.kicker, a.headline) for a in articles][2] == SHORT
