"""A column's name in brackets closes a headline, never a kicker or a subtitle (on the helpers'
truths 1,546 headlines close with one, no kicker or subtitle). Two tagged title lines stacked, a
signed piece's headline printed after its text and the next piece's over its own, are two
headlines."""

from __future__ import annotations

import pytest

from reader.page.segment import segment

FIRST = "养老服务跟着老人走是惠民利民的好做法（专家解读）"


def _page(second: str) -> str:
    lines = [
        "社区养老服务站点越来越多，老人就",
        "近就能享受助餐、助浴、康复等服务，",
        "这是把钱花在人身上的生动实践。",
        "",
        "服务要跟着需求走。一些地方的站点",
        "建得多、用得少，另一些地方却一位",
        "难求，还需让投入与老人的实际需要",
        "紧密结合，避免资源闲置。",
        "",
        "（作者为某大学教授，本报记者林木",
        "",
        "采访整理）",
        "",
        "柯明远",
        "",
        FIRST,
        second,
        "孟  川",
        "",
        "夜幕降临，街角的小书屋里坐满了",
        "读书的人。有人捧着新书，有人在笔记",
        "本上写写画画。一间书屋，点亮的是一",
        "座城市的精神气质。",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("second", ["点亮街角书屋，温暖每位读者（社区话题）", "让街角书屋亮起来（百姓故事）"])
def test_two_tagged_title_lines_are_two_headlines(second: str) -> None:
    articles = segment(_page(second)).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, FIRST, None),
        (None, second, None),
    ]
    assert [[p.name for p in a.authors] for a in articles] == [["柯明远"], ["孟川"]]
    assert articles[0].paragraphs[-1] == "（作者为某大学教授，本报记者林木采访整理）"


def test_a_subtitle_led_by_a_dash_keeps_its_part_note() -> None:
    """`——某某纪实（上篇）`: a subtitle led by its dash may close on a note in brackets naming the
    part of a series; that is no column's name, and the line stays the subtitle."""
    lines = [
        "山村里的书声",
        "——一所乡村小学的十年变迁（上篇）",
        "",
        "本报记者  闻  达",
        "",
        "\u3000\u3000十年前，学校只有两间教室、",
        "三名老师；如今，新教学楼拔地而",
        "起，孩子们有了图书室和操场。",
        "",
        "夏粮收购有序开展",
        "",
        "本报记者  禹  田",
        "",
        "\u3000\u3000今年夏粮收购启动，各地收购",
        "网点开秤收购，农民售粮有序。",
    ]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, "山村里的书声", "一所乡村小学的十年变迁（上篇）"),
        (None, "夏粮收购有序开展", None),
    ]
