"""A table printed in a story, on a hand-made page: its rows stay in the story, each a paragraph with its
cells apart, and its header row is no headline.
"""

from __future__ import annotations

from reader.page.blocks import Line
from reader.page.reflow import paragraphs
from reader.page.segment import segment

TOP = [
    "江城日报  2026年2月11日 星期三  第3版  城市",
    "",
    "老街改造留住烟火气",
    "",
    "本报记者  王  平",
    "",
    "今年以来，我市对城区十二条老街",
    "进行改造，在保留原有街巷格局的",
    "基础上，更新了地下管网和路面。",
    "",
    "全市老街改造进度表：",
]
TABLE = [
    "街道        长度（米）   完成",
    "青石巷      820          100%",
    "柳树街      1,240        85%",
    "东湖路      960          60%",
]
REST = [
    "据介绍，明年我市还将改造八条老",
    "街，并同步建设口袋公园。",
    "",
    "社区食堂开进老小区",
    "",
    "本报讯（记者 刘  洋）近日，位于",
    "东湖街道的社区食堂正式开门营业，",
    "为周边老人提供午餐和晚餐。",
]
ROWS = ["街道  长度（米）  完成", "青石巷  820  100%", "柳树街  1,240  85%", "东湖路  960  60%"]


def _read(lines: list[str]) -> None:
    first, second = segment("\n".join(lines) + "\n").articles
    assert first.headline == "老街改造留住烟火气"
    assert first.paragraphs[1] == "全市老街改造进度表："
    assert first.paragraphs[2:6] == ROWS
    assert first.paragraphs[6] == "据介绍，明年我市还将改造八条老街，并同步建设口袋公园。"
    assert second.headline == "社区食堂开进老小区"
    assert [a.name for a in second.authors] == ["刘洋"]


def test_a_table_set_apart_stays_in_its_story_a_row_to_a_paragraph() -> None:
    _read([*TOP, "", *TABLE, "", *REST])


def test_a_table_run_into_the_text_stays_in_its_story_a_row_to_a_paragraph() -> None:
    _read([*TOP, *TABLE, *REST])


def test_a_dateline_whose_names_are_spaced_over_two_lines_is_no_table() -> None:
    page = [
        "北京发布数据出境负面清单",
        "",
        "本报北京5月11日电  （记者 王  洲 通",
        "讯员 宗  良 刘  刚） 11日，北京市互",
        "联网信息办公室发布数据出境负面清单。",
    ]
    (article,) = segment("\n".join(page) + "\n").articles
    assert [a.name for a in article.authors] == ["王洲", "宗良", "刘刚"]
    assert article.paragraphs == ["11日，北京市互联网信息办公室发布数据出境负面清单。"]


def test_a_table_opening_a_run_of_text_reflows_without_a_line_above_it() -> None:
    # a story's text run that opens with a table's rows, then a paragraph set after a blank line on a
    # page whose paragraphs are marked by nothing: the line under the table has no text line above
    # it in the run (reflowing it once raised UnboundLocalError)
    run = [
        Line("青石巷  820  100%", 17, table=True),
        Line("柳树街  1,240  85%", 18, table=True),
        Line("据介绍，明年我市还将改造八条老", 30, blank=True),
        Line("街，并同步建设口袋公园。", 24, end=True),
    ]
    assert paragraphs([run], 30, "none") == [
        "青石巷  820  100%",
        "柳树街  1,240  85%",
        "据介绍，明年我市还将改造八条老街，并同步建设口袋公园。",
    ]
