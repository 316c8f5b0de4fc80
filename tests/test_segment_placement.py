"""Where a heading between two stories' texts belongs: to the story above it (its headline printed
after its body) or to the one below (printed before). Nothing in the layout tells on a page whose
first story has no heading over it and whose last has none under it, each heading standing between
two texts, each text opening with a dateline: the words do (`reader.page.cohesion`). A heading names
its own story, so it shares words with that story's text and few with the other's.
"""

from __future__ import annotations

from reader.page.segment import segment_page

# three reports, each heading printed after its report

HEADS_AFTER = [
    "\u3000\u3000本报讯  近日，沿海渔港",
    "迎来开渔季，数百艘渔船满载而",
    "归。渔民们在码头上忙着卸货，",
    "新鲜的带鱼和黄鱼很快被收购一",
    "空。",
    "\u3000\u3000渔港负责人介绍，今年的渔",
    "获量比去年增加了两成，渔民收",
    "入明显提高。",
    "",
    "沿海渔港开渔季渔船满载而归",
    "",
    "\u3000\u3000本报讯  城区首座智慧停",
    "车场日前投入使用。市民通过手",
    "机即可查询空余车位并在线缴费，",
    "停车难问题得到缓解。",
    "\u3000\u3000停车场管理人员说，开业一",
    "周已服务车辆三千多辆次，高峰",
    "时段车位周转率明显提升。",
    "",
    "城区首座智慧停车场投入使用",
    "",
    "\u3000\u3000本报讯  山区小学今年秋",
    "季开学，孩子们走进了宽敞明亮",
    "的新教室。新教室配备了电子白",
    "板和图书角。",
    "\u3000\u3000校长说，新教室让孩子们更",
    "爱上学了。",
]


def test_a_heading_goes_with_the_story_whose_words_it_shares() -> None:
    articles = segment_page("\n".join(HEADS_AFTER))
    heads = [(a.headline, a.paragraphs[0][:4]) for a in articles]
    assert heads[0] == ("沿海渔港开渔季渔船满载而归", "近日，沿")
    assert heads[1] == ("城区首座智慧停车场投入使用", "城区首座")


def test_a_heading_that_names_the_story_below_heads_it() -> None:
    # the same reports with each heading printed over its report: the words agree with the layout
    reports = [HEADS_AFTER[:8], HEADS_AFTER[11:18], HEADS_AFTER[21:]]
    heads = ["沿海渔港开渔季渔船满载而归", "城区首座智慧停车场投入使用", "山区小学开学用上新教室"]
    lines = []
    for head, report in zip(heads, reports, strict=True):
        lines += [head, "", *report, ""]
    articles = segment_page("\n".join(lines))
    assert [a.headline for a in articles] == heads
    assert [a.paragraphs[0][:4] for a in articles] == ["近日，沿", "城区首座", "山区小学"]


# a story headed after its body, then the next one headed before its own, then a third headed after
# its body again: the first one's headline stands right over the second one's
PARKING = [
    "\u3000\u3000本报讯  城区首座智慧停",
    "车场日前投入使用。市民通过手",
    "机即可查询空余车位并在线缴费，",
    "停车难问题得到缓解。",
    "\u3000\u3000停车场管理人员说，开业一",
    "周已服务车辆三千多辆次，高峰",
    "时段车位周转率明显提升，给城",
    "区带来新气象。",
]
SCHOOL = [
    "\u3000\u3000今年秋季开学，山区小学",
    "的孩子们走进了宽敞明亮的新教",
    "室。新教室配备了电子白板和图",
    "书角。",
    "\u3000\u3000校长说，新教室让孩子们更",
    "爱上学了。",
]


def _two_stacked(upper: str, lower: str) -> list:
    lines = [*HEADS_AFTER[:8], "", upper, "", lower, "", *PARKING, "", *SCHOOL, "", "山区小学用上新教室"]
    return segment_page("\n".join(lines))


def test_a_headline_naming_the_story_above_is_no_kicker_of_the_next_storys_headline() -> None:
    # the upper title's words are the story above's, the lower's the story below's: two stories'
    # headings, the first closing its story, the second heading the next one (not its kicker and
    # headline, printed after the first story's body)
    first, second, third = _two_stacked("沿海渔港迎来开渔季", "城区首座智慧停车场投入使用")
    assert (first.kicker, first.headline) == (None, "沿海渔港迎来开渔季")
    assert (second.kicker, second.headline) == (None, "城区首座智慧停车场投入使用")
    assert second.paragraphs[0].startswith("城区首座智慧停车场日前")
    assert third.headline == "山区小学用上新教室"


def test_a_column_tag_sharing_words_with_the_story_below_does_not_split_a_heading() -> None:
    # the headline's own words tell nothing; its column's name (`（…）`) happens to share words
    # with the next story: it stays the kicker's headline, closing the story above
    first = _two_stacked("沿海渔港迎来开渔季", "岸边满是丰收景（城区新气象）")[0]
    assert (first.kicker, first.headline) == ("沿海渔港迎来开渔季", "岸边满是丰收景（城区新气象）")
