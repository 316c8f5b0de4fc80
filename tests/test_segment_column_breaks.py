"""Pages whose only blank lines are column breaks: short columns, a blank line every dozen lines or so.

A page extracted column by column prints a blank line where each column ends, mid-sentence, and none
between its stories or around its headlines. With short columns (a small page, a story set in a box)
the blank lines are too many to read the page as one with none by their number alone
(`blankless.BLANKLESS`); where they fall tells instead (`blankless.column_breaks_only`).
"""

from __future__ import annotations

import pytest

from reader.page.blankless import column_breaks_only
from reader.page.segment import segment
from tests.test_segment_blankless import BRIDGE, CANTEEN, _blankless, _flush

SCHOOL = [
    "新学期开学第一天，城南小学的操场上响起了清脆的上课铃声，一年级新生在老师带领下参观了崭新的教学楼和图书室。",
    "学校今年扩建了食堂和体育馆，还开设了书法、围棋和编程等二十多门课后服务课程，家长可以根据孩子的兴趣自由选择。",
]
MARKET = [
    "每逢周六清晨，河滨公园东门外的农夫市集就热闹起来，附近乡镇的果农和菜农带着刚摘下的瓜果蔬菜赶来摆摊。",
    "市集由区农业农村局牵头组织，所有摊位免收管理费，农产品检测站每周抽检一次，检测结果在入口处的公告栏公布。",
]
LIBRARY = [
    "经过一年多的改造，市图书馆少儿阅览室重新对外开放，新添置的绘本和科普读物超过一万册，座位也比过去多了一倍。",
    "图书馆还推出了周末亲子阅读活动，由志愿者为孩子们讲故事、做手工，活动名额在公众号上提前预约，每场限三十个家庭。",
]
LIGHTS = [
    "入夜，江边的灯光秀准时开始，两岸高楼的外墙变成了巨大的屏幕，吸引了许多外地游客。",
    "附近的夜市也热闹起来，小吃摊前排起了长队，不少商户说营业额比去年同期翻了一番。",
    "文旅部门说，今年将再开放两处观景平台，并在周末加开夜间公交，方便市民和游客往返。",
]
HEADLINES = [
    "跨江大桥通车",
    "社区食堂开门迎客",
    "城南小学迎来新生",
    "农夫市集周末开张",
    "少儿阅览室重新开放",
    "大桥夜景迷人",
]
TEXTS = [BRIDGE, CANTEEN, SCHOOL, MARKET, LIBRARY, LIGHTS]


def _in_columns(height: int) -> str:
    """The six stories on a page with no blank line between them or under a headline, cut into
    columns of `height` lines with a blank line at each column's end."""
    lines = _blankless(*[part for pair in zip(HEADLINES, TEXTS, strict=True) for part in pair]).split("\n")
    breaks = range(height, len(lines), height)
    return "\n".join(line for k, text in enumerate(lines) for line in ([""] if k in breaks else []) + [text])


@pytest.mark.parametrize("height", [9, 12, 16, 20])
def test_a_page_in_short_columns_parts_its_stories_at_their_headlines(height: int) -> None:
    """Columns of 9, 12, 16 or 20 lines: a blank line in 9 to 24 lines of text, half of them or more
    under a full line that finishes no sentence, over a line that goes on with it (of the three in
    20-line columns, one; but no paragraph's end but one has a blank line under it). They part no
    story, and the lines' shapes part the stories, as on a page with no blank lines. Before, the
    page counted as one with blank lines, and most headlines ran on into the text above them as
    subheads."""
    articles = segment(_in_columns(height)).articles
    assert [a.headline for a in articles] == HEADLINES
    assert [a.paragraphs for a in articles] == TEXTS


def test_blank_lines_between_paragraphs_and_around_headlines_are_no_column_breaks() -> None:
    """The same stories with a blank line under each headline and each paragraph: the blank lines
    stand under finished sentences and titles, and the page is read as one with blank lines."""
    lines: list[str] = []
    for headline, text in zip(HEADLINES, TEXTS, strict=True):
        lines += [headline, ""]
        for paragraph in text:
            lines += [*_flush([paragraph]), ""]
    assert not column_breaks_only(lines)
    assert column_breaks_only(_in_columns(12).split("\n"))


@pytest.mark.parametrize("height", [0, 12])
def test_a_page_extracted_double_spaced_reads_as_it_does_single_spaced(height: int) -> None:
    """The six stories with no blank lines (`height` 0) or with one at each 12-line column's end,
    extracted with a blank line under every line (line ends doubled): the doubled blank lines say
    nothing, and the page reads as it does single spaced, parted at its headlines. Before, once
    its doubled blank lines were undone, the page was not read for its titles' shapes, and two of
    the six stories ran on into the ones above them."""
    lines = _blankless(*[part for pair in zip(HEADLINES, TEXTS, strict=True) for part in pair])
    page = _in_columns(height) if height else lines
    articles = segment(page.replace("\n", "\n\n")).articles
    assert [a.headline for a in articles] == HEADLINES
    assert [a.paragraphs for a in articles] == TEXTS
