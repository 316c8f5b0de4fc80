"""An editor's note closed by its signature (`——编  者`) over a part of the story: the signature
closes the note and is no title line of what comes under it."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

NOTE = [
    "新春将至，本报记者分赴山区、海岛和边境小城，走进普通人家，记下他们一年的收获和新年的盼头。",
]
PART_ONE = [
    "腊月二十，东岭村的王大姐一早就去镇上的托育中心接孩子。她说，中心离家只有十分钟路程，收费也不高。",
    "镇里今年新办了两家托育中心，能接收一百多个孩子。",
]
PART_TWO = [
    "海岛上的渔民老陈今年换了新渔船，出海一趟的收入比往年多了三成。",
    "他说，等过完年，还要带着儿子一起出海。",
]


def _page() -> str:
    lines = ["山海之间年味浓（新春走基层）", "", "本报记者  林  舟  江  川", ""]
    for paragraph in NOTE:
        lines += [*chop(paragraph, _WIDTH), ""]
    lines += ["——编  者", "", "托育中心就在家门口", "", "本报记者  周  航", ""]
    for paragraph in PART_ONE:
        lines += [*chop(paragraph, _WIDTH), ""]
    lines += ["老陈的新渔船", "", "本报记者  许  静", ""]
    for paragraph in PART_TWO:
        lines += [*chop(paragraph, _WIDTH), ""]
    return "\n".join(lines)


def test_an_editors_signature_is_no_kicker() -> None:
    """The signature line stays in the text it closes: no article shows it as a kicker or headline."""
    articles = segment(_page()).articles
    titles = {a.kicker for a in articles} | {a.headline for a in articles}
    assert not any(t and "编" in t and "者" in t for t in titles)
    assert articles[0].headline == "山海之间年味浓（新春走基层）"
    assert articles[0].paragraphs[len(NOTE)].replace(" ", "") == "——编者"
