"""A column's name in brackets closes a headline, never a kicker or a subtitle (on the helpers'
truths 1,546 headlines close with one, no kicker or subtitle). Two tagged title lines stacked, a
signed piece's headline printed after its text and the next piece's over its own, are two
headlines."""

from __future__ import annotations

import pytest

from reader.page.segment import segment

FIRST = "养老服务跟着老人走是“投资于人”的实践（专家点评）"


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
        "夜幕降临，街角的城市书房里坐满了",
        "读书的人。有人捧着新书，有人在笔记",
        "本上写写画画。一座书房，点亮的是一",
        "座城市的精神气质。",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("second", ["点亮城市书房，温暖每位读者（今日谈）", "让城市书房亮起来（街谈巷议）"])
def test_two_tagged_title_lines_are_two_headlines(second: str) -> None:
    articles = segment(_page(second)).articles
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, FIRST, None),
        (None, second, None),
    ]
    assert [[p.name for p in a.authors] for a in articles] == [["柯明远"], ["孟川"]]
    assert articles[0].paragraphs[-1] == "（作者为某大学教授，本报记者林木采访整理）"
