"""A running head that names its section on the line with the page number or date: the page's section.

`duba search 科技 section:科技`, the page tree and citations read the section from the page: a head printed
`第2版  科技` (or `A3 要闻` at the foot) lost it, as only a section on a line of its own was read.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment

STORY = [
    "",
    "某地举行成果发布会",
    "",
    "　　本报北京1月1日电  （记者 王明）今天，某地举行了成果发布会，展示了多项新成果，",
    "吸引了众多市民前来参观。",
]


@pytest.mark.parametrize(
    ("head", "foot", "section"),
    [
        (["人民日报  2025年1月2日  星期四", "第2版  科技"], [], "科技"),
        (["人民日报  2025年1月2日  星期四  第2版  经济·科技"], [], "经济·科技"),
        (["聊城日报 2023.03.15"], ["", "A3 要闻"], "要闻"),
        (["14　读者来 信　2026年3月7日  星期六"], [], "读者来信"),
        (["人民日报  2025年1月2日  星期四  农历腊月初三  第2版  要闻"], [], "要闻"),
        (["2025年1月2日  星期四  乙巳年腊月初三  第2版"], [], ""),
    ],
)
def test_a_section_set_among_the_running_heads_parts_is_the_pages(
    head: list[str], foot: list[str], section: str
) -> None:
    result = segment("\n".join(head + STORY + foot) + "\n", "page.txt")
    assert result.meta.section == section
    assert [a.headline for a in result.articles] == ["某地举行成果发布会"]


def test_two_words_left_in_a_running_head_name_no_section() -> None:
    """`第2版  科技  教育`: which is the section is a guess, so none is taken."""
    result = segment(
        "\n".join(["人民日报  2025年1月2日  星期四  第2版  科技  教育", *STORY]) + "\n", "page.txt"
    )
    assert result.meta.section == ""


def test_the_papers_name_on_a_line_of_its_own_under_the_head_is_the_paper_not_the_section() -> None:
    text = "\n".join(["14　经济　2026年3月7日  星期六", "人民日报", *STORY]) + "\n"
    result = segment(text, "page.txt")
    assert (result.meta.paper, result.meta.section, result.meta.page_no) == ("人民日报", "经济", "14")
