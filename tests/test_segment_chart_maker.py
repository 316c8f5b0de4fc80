"""A chart's maker printed on a line of its own (`制图：王五`) credits the chart of a story, not the page:
it is no editors' credit set aside as page furniture. Under the chart's source (`数据来源：X`) it is one
credit line with it, as the two print on one line (`数据来源：X  制图：Y`); on its own it stays a line of
the story."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page


def _text(text: str) -> str:
    return "".join("".join(p.split()) for a in segment(text).articles for p in a.paragraphs)


def test_a_charts_maker_under_its_source_stays_in_the_story() -> None:
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        body(BODY_A),
        ["数据来源：国家统计局", "制图：王  五", ""],
        ["便民举措受欢迎（民生）"],
        "本报记者 王  浩",
        body(BODY_B),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["春耕备耕忙（新春走基层）", "便民举措受欢迎（民生）"]
    assert "".join(articles[0].paragraphs[-1].split()) == "数据来源：国家统计局制图：王五"


def test_a_charts_maker_alone_is_no_page_furniture() -> None:
    text = page(["春耕备耕忙（新春走基层）"], "本报记者 刘  桐", ["制图：王  五", ""], body(BODY_A))
    assert "制图：王五" in _text(text)
