"""A story's first line, alone over a column break, is text, not a headline.

Where a column ends right after a story's first line, extraction gives that line alone, a blank line,
then the rest (`…撰写的两百多万字读书笔` / `记，可以清楚地看到…`). The line is as wide as the column
and finishes nothing, like a headline set across it, and it stood between two stories: it was read
as the headline of the story under it (whose own headline, printed after its text, went to a photo
under it). The text under it opens with one letter and a comma, which no paragraph does: the word the
line ends on goes on there.
"""

from __future__ import annotations

from reader.page.segment import explain
from tests.pagegen import chop

WIDTH = 18


BANK = "本报讯  城西支行去年存款余额突破百亿元，比上年增长一成多，全行员工人均创利比上年增长了一成。（林木）"
STORY = (
    "透过老张十多年撰写的两百多万字读书笔记，可以清楚地看到读书在他人生中留下的印迹。"
    "他说，书读得越多，越觉得自己懂得太少，退休以后还要接着读下去。"
)
HEADLINE = "校正人生坐标（身边事）"


def _page() -> str:
    lines = ["城西支行效益上台阶（今日谈）", "", *chop(BANK, WIDTH), "", ""]
    story = chop(STORY, WIDTH)
    lines += [story[0], "", *story[1:], "", HEADLINE, ""]
    return "\n".join(lines)


def test_a_first_line_broken_off_by_a_column_end_is_read_as_text() -> None:
    units, segmentation = explain(_page())
    articles = [a for a in segmentation.articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["城西支行效益上台阶（今日谈）", HEADLINE]
    assert articles[1].paragraphs == [STORY]
    # `--explain` says why: the line runs into the text under it
    (first,) = [unit for unit in units if unit.text == chop(STORY, WIDTH)[0]]
    assert first.role == "body" and "runs_into" in dict(first.evidence)
