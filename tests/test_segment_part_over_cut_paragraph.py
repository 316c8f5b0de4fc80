"""A part's tag word and subhead over a paragraph cut into lines of its own, inside one story.

A feature in parts may set a tag word (a word naming the part) and the part's subhead over its first
paragraph, all tight, with no blank line between: the extractor then cuts that paragraph's lines
off one by one, as it cuts title lines. Read as they stand, the two title lines and the two cut
lines are too long a gap for the texts above and below to be compared, and the subhead, set like a
headline, opens a story of its own. A reader tells the part by its words: the text under it goes on
with the text above. The story is kept whole; a story of its own after it still opens.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 32  # sixteen characters a line
HEADLINE = "山村果园迎来丰收季（经济新观察）"
INTRO = [
    "九月的果园里，枝头挂满了红彤彤的苹果。合作社的社员们天不亮就上山采摘，装箱、称重、贴标，"
    "一车车苹果从果园运到山下的冷库，再从冷库发往全国各地的超市和餐馆。",
    "合作社理事长说，这些年果园换了新品种，又装上了滴灌设备，苹果个头大、口感甜，"
    "价钱比过去翻了一番。社员们的腰包鼓了，果园的名气也越来越响。",
]
TAG = "物流"
PART_TITLE = "苹果坐上专列进城"
CUT = ["一筐刚从枝头摘下的苹果运到城里的餐", "桌，要走多少天？"]
PART = [
    "合作社冷库的值班员给出的答案是——不超过两天。",
    "每天傍晚，冷库门前排起长长的车队。苹果在冷库里预冷之后装上冷藏车，连夜运往火车站，"
    "第二天一早便随专列出发。合作社的社员们说，有了冷库和专列，果园的苹果再也不愁卖了。",
]
OTHER_HEADLINE = "河堤上的晨练队"
OTHER = [
    "太阳还没出来，河堤上就热闹起来。打太极的、跳健身操的、快步走的，几个人一伙，一练就是一个多钟头。",
    "领队的退休教师说，队伍从最初的五六个人，发展到如今的一百多人，大家风雨无阻，练出了好身体。",
]


def _page() -> str:
    lines = [HEADLINE, "", "本报记者  钟  远", *set_apart(INTRO, WIDTH, 0)]
    lines += [TAG, PART_TITLE, *CUT, "", *set_apart(PART, WIDTH, 0)]
    lines += [OTHER_HEADLINE, "", "本报记者  林  川", *set_apart(OTHER, WIDTH, 0)]
    return "\n".join(lines) + "\n"


def test_a_part_over_a_cut_paragraph_stays_in_its_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert articles[0].headline == HEADLINE
    assert [author.name for author in articles[0].authors] == ["钟远"]
    paragraphs = articles[0].paragraphs
    assert paragraphs[: len(INTRO)] == INTRO
    assert PART_TITLE in paragraphs
    assert paragraphs[-len(PART) :] == PART


def test_the_next_story_still_opens_after_the_part() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    assert articles[1].paragraphs == OTHER


FLUSH_PART = [
    "去年秋天，一列满载苹果的冷链专列从县城火车站出发，两天后停靠在南方的港口城市，果子还带着枝头的清香。"
    "这条专列是合作社和铁路部门一起开通的，每周往返两趟。",
]


def _flush_page() -> str:
    """The tag word and the subhead set tight over the part's first paragraph, flush, full lines."""
    lines = [HEADLINE, "", "本报记者  钟  远", *set_apart(INTRO, WIDTH, 0)]
    lines += [TAG, PART_TITLE, *set_apart(FLUSH_PART, WIDTH, 0)]
    lines += [OTHER_HEADLINE, "", "本报记者  林  川", *set_apart(OTHER, WIDTH, 0)]
    return "\n".join(lines) + "\n"


def test_a_subhead_tight_over_flush_text_under_a_tag_word_is_cut_from_the_text() -> None:
    # the subhead, short over full lines of flush text, is a heading line of its own, as it is at a
    # block's top (`titlelines.over_flush_text`): the part keeps its title, each story its paragraphs
    articles = [a for a in segment(_flush_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, OTHER_HEADLINE]
    assert articles[0].paragraphs == [*INTRO, TAG, PART_TITLE, *FLUSH_PART]
    assert articles[1].paragraphs == OTHER
