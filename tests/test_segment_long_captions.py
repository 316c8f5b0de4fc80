"""A photo's caption set in a narrow column runs over many lines and is still one caption.

How many lines a caption takes depends on the column it is set in: the same hundred characters make
five lines at forty cells and ten at twenty-four. A caption closing with its credit on its last line
is told by its length in characters, not by its count of lines.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, body, page

FIRST = (
    "新建的育苗工厂里，一排排苗床整齐排列，技术人员正在调试温控设备。今年以来，这里已向周边农户"
    "供应优质秧苗三百多万株，带动不少农户增收。育苗工厂采用智能化管理，温度、湿度和光照都能在手机上"
    "实时查看和调节，出苗率比过去提高了两成。"
)
SECOND = (
    "山区小学的操场上，孩子们在新铺的跑道上进行课间活动。去年秋天，这所学校完成了校舍改造，"
    "新建了图书室和多功能教室，师生们有了更好的学习环境。学校还开设了书法、美术和足球等兴趣课程，"
    "孩子们的课余生活丰富多彩，笑声传遍了山谷。"
)


def photo(title: str, caption: str, credit: str, width: int) -> list[str]:
    """A photo with a title of its own: the title, a blank line, the caption cut at `width` cells
    with its credit set after two spaces on the caption's last line, a blank line."""
    lines = cut(caption, width, first_indent=0)
    lines[-1] += "  " + credit
    return [title, "", *lines, ""]


def test_two_photos_in_a_narrow_column_stand_alone() -> None:
    """Two titled photos under an article, each caption ten lines at 24 cells and closed by its
    credit: two photos standing alone, not the first one's text with the second title as a subhead."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A, 24),
        photo("育苗工厂育新苗", FIRST, "新华社记者王军摄", 24),
        photo("山区小学换新颜", SECOND, "新华社记者李华摄", 24),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("photo", "育苗工厂育新苗"),
        ("photo", "山区小学换新颜"),
    ]
    assert articles[1].paragraphs[0].startswith("新建的育苗工厂里")
    assert articles[2].paragraphs[0].startswith("山区小学的操场上")
