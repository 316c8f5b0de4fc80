"""A headline's column tag set on a line of its own, a blank line between (`…防线` / blank /
`（人民时评）`): a page that frames each title line with blank lines frames the tag so too. The tag
closes the headline over it; a note in brackets (`（相关报道见第二版）`, names run together) does not."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

COMMENT = [
    "一座桥，连起的是两岸的日子。大桥通车后，江北的菜农清早就能把新鲜蔬菜送进城里的菜市场。",
    "桥修好了，更要管好用好。养护要跟上，交通要疏导，让大桥真正成为市民的连心桥。",
]
CANTEEN = [
    "城西街道今年开办的三家社区食堂已经迎来第一批食客，每天供应两荤两素，价格实惠。",
    "年满七十岁的老人在社区食堂用餐打八折，行动不便的老人还可以请志愿者送餐上门。",
]


def _page(note: str) -> str:
    def text(paragraphs: list[str]) -> str:
        return "\n\n".join("\n".join(chop(p, _WIDTH)) for p in paragraphs)

    parts = [
        "周晓青",
        text(COMMENT),
        "大桥连起两岸日子",
        note,
        "社区食堂开门迎客",
        "本报记者  李大为",
        text(CANTEEN),
    ]
    return "\n\n".join(parts)


def test_a_column_tag_alone_across_a_blank_line_closes_the_headline_over_it() -> None:
    """A signed commentary, its headline printed after its text and its tag on a line of its own,
    then the next story. Before, the tag read as a note closing the commentary's text, and the
    commentary's headline went without it."""
    articles = segment(_page("（人民时评）")).articles
    assert [a.headline for a in articles] == ["大桥连起两岸日子（人民时评）", "社区食堂开门迎客"]
    assert articles[0].paragraphs == COMMENT


@pytest.mark.parametrize("note", ["（相关报道见第二版）", "（A、B）"])
def test_a_note_in_brackets_across_a_blank_line_is_no_column_tag(note: str) -> None:
    """A reference to another page, or a list in brackets, stands so too: no headline takes it."""
    articles = segment(_page(note)).articles
    assert not any(note in (a.headline or "") for a in articles)
