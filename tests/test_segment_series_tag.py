"""A column's name closing a headline may carry the number of the piece in its series
(`（城市新观察·12）`). The number is part of the name, not a figure that makes the brackets a note:
set on a line of its own under the headline, the tag still closes that headline."""

from __future__ import annotations

import pytest

from reader.page.segment import segment

INDENT = "\u3000\u3000"


def _page(tag: str) -> str:
    lines = [
        "申  禾",
        INDENT + "老街改造的第一步，是先",
        "听听住在这里的人怎么说。",
        "街道把方案贴在巷口，收到",
        "了两百多条意见。",
        INDENT + "改造不是推倒重来，留住",
        "老街的烟火气，才留得住人。",
        "",
        "城市更新，贵在绣花功夫",
        tag,
        "",
        "本报记者  鲁  川",
        INDENT + "新建的社区图书馆本月开",
        "放，藏书一万多册，周末还",
        "有亲子阅读活动。",
        "",
        "社区图书馆开门迎客",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("tag", ["（城市新观察·12）", "（城市新观察）"])
def test_a_numbered_series_tag_closes_its_headline(tag: str) -> None:
    articles = segment(_page(tag)).articles
    assert [a.headline for a in articles] == [f"城市更新，贵在绣花功夫{tag}", "社区图书馆开门迎客"]
    assert articles[0].paragraphs[-1].endswith("才留得住人。")
