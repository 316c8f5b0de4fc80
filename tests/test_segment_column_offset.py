"""A column printed a space to the right of the others (an extractor laying out columns by their
position on the page): every line of its block opens with that space, and a paragraph's first line
with its indent after it. The indents read as indents: the text's paragraphs are those of the same
page printed with no offset."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 15

PARAGRAPHS = [
    "南川市今年在老城区新建口袋公园十二座，利用的都是拆违腾出的边角地块，附近居民步行五分钟就能走到一处绿地。",
    "市园林部门说，每座公园都设有座椅和健身器材，还种上了适合本地气候的乔木和花灌木。",
    "为了管好这些公园，街道请来附近的居民当志愿者，每天早晚各巡查一次，发现问题随时上报。",
    "下一步，全市还将在新建小区周边规划一批口袋公园，让更多居民出门就能见到绿色。",
    "有居民说，以前傍晚只能在马路边散步，现在家门口就有了休闲健身的好去处。",
]


def _page(indent: str, offset: str) -> str:
    lines = [line for p in PARAGRAPHS for line in chop(indent + p, _WIDTH)]
    # a column break after the first paragraph's lines: the next column's lines set `offset` in
    cut = len(chop(indent + PARAGRAPHS[0], _WIDTH)) + 1
    column = [offset + line for line in lines[cut:]]
    return (
        "\n".join(["老城区添了十二座口袋公园", "", "本报记者  刘  洋", "", *lines[:cut], "", *column]) + "\n"
    )


@pytest.mark.parametrize("indent", ["  ", "\u3000\u3000"], ids=["two spaces", "two full-width spaces"])
def test_a_column_set_a_space_in_keeps_its_paragraphs(indent: str) -> None:
    (article,) = segment(_page(indent, " ")).articles
    assert article.headline == "老城区添了十二座口袋公园"
    assert article.paragraphs == PARAGRAPHS
