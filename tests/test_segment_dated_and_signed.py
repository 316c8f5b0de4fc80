"""A story whose text opens with a dateline naming its reporters prints no byline besides. Where
one item would hold such a text and, further down, another writer's signature, it is two stories:
the dated one, its headline printed after its text (here run on under it, with no blank line), and
a signed piece under it."""

from __future__ import annotations

import pytest

from reader.page.segment import segment

INDENT = "\u3000\u3000"
WIDTH = 16

DATED = [
    "本报北京6月3日电  （记者石磊）记者从有关部门获悉：今年以来，全国新建和改造社区养老服务站点三千多个，"
    "为老年人提供助餐、助浴、康复等服务一百多万人次。",
    "各地持续完善社区养老服务网络布局，提升站点专业服务水平，培养护理人员，建立服务评价制度，"
    "推动社区养老服务标准化、规范化发展。",
]
SIGNED = [
    "清晨的菜市场人声鼎沸，我挑好新鲜的青菜和豆腐，骑车回到小店，开始一天的忙碌。街坊邻居常来坐坐，聊聊家常。",
    "孩子们放学后也爱在店门口写作业，日子平淡却踏实。每一位熟客的笑脸，都是我坚持下去的理由。",
]


def _cut(paragraphs: list[str]) -> list[str]:
    lines = []
    for paragraph in paragraphs:
        text = INDENT + paragraph
        lines += [text[k : k + WIDTH] for k in range(0, len(text), WIDTH)]
    return lines


@pytest.mark.parametrize("apart", [False, True])
def test_a_dated_story_and_a_signed_piece_are_two_stories(apart: bool) -> None:
    lines = [*_cut(DATED), *([""] if apart else []), "社区养老服务站点新增三千多个", *_cut(SIGNED)]
    lines += ["柯明远", "", "小店里的烟火日子"]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == ["社区养老服务站点新增三千多个", "小店里的烟火日子"]
    assert [[p.name for p in a.authors] for a in articles] == [["石磊"], ["柯明远"]]
    assert articles[1].paragraphs[0].startswith("清晨的菜市场")


def test_a_title_run_on_under_the_dated_text_heads_the_signed_piece() -> None:
    lines = ["社区养老服务站点新增三千多个", "", *_cut(DATED), "小店里的烟火日子", ""]
    lines += ["店主在后厨备菜。", "", "许  青摄", "", *_cut(SIGNED), "", "柯明远"]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == ["社区养老服务站点新增三千多个", "小店里的烟火日子"]
    assert [[p.name for p in a.authors] for a in articles] == [["石磊"], ["柯明远"]]
    assert articles[0].paragraphs[-1].endswith("规范化发展。")
    assert articles[1].paragraphs[:2] == ["店主在后厨备菜。", "许  青摄"]
