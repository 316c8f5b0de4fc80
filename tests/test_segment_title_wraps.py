"""Titles wrapped at the column's edge inside a stack of title lines: which lines are one title.

A headline or a kicker too long for its column goes on in the line under it; a line short of the
column ends its title. Small hand-made pages, each laid out as extraction gives a narrow column
(16 characters, 32 cells): the headings are set tight over a dateline or a byline.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B

WIDTH = 32  # cells: sixteen characters a line


def lines_of(paragraphs: list[str], first: str = "") -> list[str]:
    """A text's lines, tight (no blank line between its paragraphs)."""
    out: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        out += cut((first if k == 0 else "") + paragraph, WIDTH, first_indent=0)
    return out


def articles(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    """(kicker, headline, subtitle) of each article of the page."""
    found = segment("\n".join(lines) + "\n").articles
    return [(a.kicker, a.headline, a.subtitle) for a in found if a.kind == "article"]


def test_a_headline_broken_after_a_closing_quote_is_one_headline() -> None:
    # `…“虚假贷”` / `等骗局提示`: the story under it prints the words across the break whole
    story = "公安部、金融监管总局等部门15日联合发布警惕“刷单返利”“虚假贷”等骗局提示，提醒群众提高防范意识。"
    lines = [
        *lines_of(BODY_A),
        "",
        "三部门发布警惕“刷单返利”“虚假贷”",
        "等骗局提示",
        *lines_of([story, *BODY_B], first="新华社北京5月15日电（记者王明）"),
    ]
    assert articles(lines)[1] == (None, "三部门发布警惕“刷单返利”“虚假贷”等骗局提示", None)


def test_a_kicker_over_a_headline_whose_last_word_wrapped_alone_stays_the_kicker() -> None:
    # a kicker short of the column, then a headline filling its line with its last word under it
    lines = [
        *lines_of(BODY_A),
        "",
        "五部门联合印发实施方案",
        "推动城乡社区养老服务提质增效惠及",
        "万家",
        *lines_of(BODY_B, first="本报北京3月5日电（记者刘桐）"),
    ]
    assert articles(lines)[1] == ("五部门联合印发实施方案", "推动城乡社区养老服务提质增效惠及万家", None)


# a commentary's end and its source note, then a story headed by a kicker set wider than the
# column, its headline and the headline's column tag on a line of its own, all set tight
NOTE_THEN_STACK = """\
反观另一些做法，却屡
遭批评。一是“重开头，轻
落实”，动员阶段全力以赴，
一旦开了头就算“大功告成”。

（摘编自《某某日报》，原
题为《“埋头苦干”是最好
的干法》）
某市精细化整治超120项交通堵点
“开门治堵”，出行更顺畅
（基层治理新实践）
本报记者 王军豪
交警信号配时团队在研
究路口信号灯配时方案。
某市公安局供图
市人民医院门前，就诊者
穿过临时步行区走向医院，
入院或经停的车辆则根据
告示牌指引转向。曾经饱受
拥堵困扰的医院片区，如今
通行高效、秩序井然。
"""


def test_a_column_tag_alone_under_a_kicker_and_headline_set_tight_closes_the_headline() -> None:
    assert articles(NOTE_THEN_STACK.splitlines())[1] == (
        "某市精细化整治超120项交通堵点",
        "“开门治堵”，出行更顺畅（基层治理新实践）",
        None,
    )


def test_a_kicker_and_a_headline_each_wrapped_over_three_lines_are_two_titles() -> None:
    # six title lines over a byline are more than a heading's three titles: the full lines go on
    kicker = ["某市某区街道基层干部深入", "小区摸清群众诉求，督促改", "进物业服务"]
    headline = ["“身入”更要“心入”，调", "研出成果（干部状态新观察", "·为基层减负赋能）"]
    lines = [
        *[x for line in lines_of(BODY_A) for x in cut(line, 24, first_indent=0)],
        "",
        *kicker,
        *headline,
        "本报驻某省记者 刘桐",
        "",
        *[x for line in lines_of(BODY_B) for x in cut(line, 24, first_indent=0)],
    ]
    assert articles(lines)[1] == ("".join(kicker), "".join(headline), None)


def test_the_two_parts_of_a_headline_set_one_over_the_other_keep_their_gap() -> None:
    # two parallel phrases of as many letters, quotes and all, over the column's tag: a two-part
    # headline set at its gap, not one phrase wrapped
    lines = [
        *lines_of(BODY_A),
        "",
        "守住群众“米袋子”",
        "拎稳城市“菜篮子”（民生观察）",
        "",
        "本报记者 刘桐",
        "",
        *lines_of(BODY_B),
    ]
    assert articles(lines)[1] == (None, "守住群众“米袋子” 拎稳城市“菜篮子”（民生观察）", None)
