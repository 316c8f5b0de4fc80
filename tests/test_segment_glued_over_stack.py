"""A headline printed after its story, run on under the last sentence, over the next story's titles.

Extraction may lose the blank line between a story's last sentence and its headline printed under
it. Such a line, set wider than the column or closed by its column's tag, is a headline however it
stands; but it was taken as one only over what opens a story at once (a byline, a dateline, one
title line narrower than the next). Over the next story's kicker and headline, which run on into
that story's text, it stayed the text's last paragraph. The reader shows each story under its own
headline.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 26  # (cells: 13 letters)
FIRST_TEXT = [
    "入冬以来，山乡夜校每周开课三晚，教村民用手机卖山货、查天气、看病挂号。",
    "夜校的老师都是返乡的大学生，讲得慢，教得细，来上课的老人越来越多。",
    "七十多岁的老支书学会了视频通话，隔三岔五就和在外打工的孙子聊上几句。",
    "村里还把夜校的课录成短片，放在村民群里，错过了课的人可以随时补上。",
]
KICKER = "城东新区推出老旧小区加装电梯“一站式”办理服务"
HEADLINE = "申请少跑腿  审批更省心"
DATELINE = "本报江城3月2日电  （记者钟远）"
TEXT = [
    "记者日前从城东新区获悉：老旧小区加装电梯的申请，今后在一个窗口就能办完。",
    "新区还为加装电梯的小区提供设计咨询，帮助居民协调意见，缩短前期准备的时间。",
    "今年以来，已有四十多个小区提交了申请，其中二十个小区的电梯已经开工。",
]

# the first story's headline, glued under its last sentence
CASES = {
    "closed by its column's tag": "夜校暖山乡（基层传真）",
    "set wider than its column": "山乡夜校的灯光照亮了老人们的冬夜",
}


@pytest.mark.parametrize("case", CASES)
def test_a_glued_headline_over_the_next_stories_titles_heads_its_own_story(case: str) -> None:
    first = CASES[case]
    lines = set_apart(FIRST_TEXT, WIDTH, 0)[:-1] + [first, ""]  # (no blank under the last sentence)
    lines += [KICKER, HEADLINE, *set_apart([DATELINE + TEXT[0], *TEXT[1:]], WIDTH, 0)]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == [first, " ".join(HEADLINE.split())]
    assert articles[0].paragraphs == FIRST_TEXT
    assert articles[1].kicker == KICKER
    assert articles[1].paragraphs == TEXT
    assert [author.name for author in articles[1].authors] == ["钟远"]
