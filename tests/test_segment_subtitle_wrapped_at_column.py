"""A subtitle opened by `——` that fills its column wraps where the line is full: the short line
broken off under it, with no dash of its own, is the rest of the one subtitle."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

PARK = [
    "本报南川4月9日电  南川市今年在老城区新建口袋公园十二座，利用的都是拆违腾出的边角地块。",
    "市园林部门说，每座公园都设有座椅和健身器材，附近居民步行五分钟就能走到一处绿地。",
]
LIBRARY = [
    "本报北塘4月9日电  北塘区的图书馆分馆今天开到了村里，村民不出村就能借书还书。",
    "分馆的图书每季度轮换一次，区里还请来志愿者在周末给孩子们讲故事。",
]


def test_a_subtitle_wrapped_at_its_column_is_one_subtitle() -> None:
    """A story under its headline and a `——` subtitle as wide as the column, broken off with its
    last words on the line under it, the dateline under those; then a second story: the first
    story's subtitle is the two lines as one, and its text the two paragraphs."""
    lines = [
        "南川老城区添了十二座口袋公园",
        "——拆违腾出的边角地变成住户院门",
        "口的绿地",
        *(line for p in PARK for line in chop("　　" + p, _WIDTH)),
        "",
        "北塘区图书馆分馆开到村里",
        "",
        *(line for p in LIBRARY for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.headline, a.subtitle) for a in articles] == [
        ("南川老城区添了十二座口袋公园", "拆违腾出的边角地变成住户院门口的绿地"),
        ("北塘区图书馆分馆开到村里", None),
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2]


def test_a_subtitle_wrapped_after_a_pause_is_one_subtitle() -> None:
    """A `——` subtitle set wider than the column and broken after a pause (`…委员、`), its last
    words short on the line under it, between blank lines over the byline: one subtitle, not a
    body-less story over a new headline made of its last words."""
    lines = [
        "“我愿作城市的守夜人”",
        "",
        "——追记南川市公安局原党委委员、",
        "副局长王建明",
        "",
        "本报记者  刘  洋",
        "",
        *(line for p in PARK for line in chop("　　" + p, _WIDTH)),
        "",
        "北塘区图书馆分馆开到村里",
        "",
        *(line for p in LIBRARY for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [(a.headline, a.subtitle) for a in articles] == [
        ("“我愿作城市的守夜人”", "追记南川市公安局原党委委员、副局长王建明"),
        ("北塘区图书馆分馆开到村里", None),
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2]
