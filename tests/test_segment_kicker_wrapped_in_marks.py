"""A kicker wrapped inside its title marks, tight over its headline.

A long kicker set to the body's narrow column runs over two lines where the column is full, and the
break may fall inside the name of a document it quotes (`…发布《2025年河州` / `食品安全报告》`), so
neither line closes its marks alone. Its headline stands right under it, on one line or wrapped over
two, then the story's dateline. The reader shows the kicker and the headline as they are printed, one
story, and no story made of the title lines.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 30  # fifteen characters a line
KICKER = ["河州市场监管局发布《2025年河", "州食品安全形势报告》"]
TEXT = [
    "本报河州6月4日电  （记者林小雨）河州市场监管局近日发布的报告显示，全市食品抽检合格率稳中有升，"
    "监管制度体系更加完善。",
    "报告提出，今年将重点抽检学校食堂和网络订餐，抽检结果按季度向社会公开。",
]
OTHER = "城东新建三座口袋公园"
OTHER_TEXT = [
    "本报河州6月4日电  （记者周  远）城东三座口袋公园近日建成开放，公园里设有健身步道和儿童乐园。",
]


@pytest.mark.parametrize(
    "headline_lines",
    [["今年将开展学校食堂安全专项行动"], ["今年将开展学校食堂食品安全专项", "整治行动"]],
    ids=["headline-one-line", "headline-wrapped"],
)
def test_a_kicker_wrapped_inside_its_marks_heads_its_story(headline_lines: list[str]) -> None:
    page = [*KICKER, *headline_lines, "", *set_apart(TEXT, WIDTH), OTHER, "", *set_apart(OTHER_TEXT, WIDTH)]
    first, second = segment("\n".join(page) + "\n").articles
    assert first.kicker == "".join(KICKER)
    assert first.headline == "".join(headline_lines)
    assert [a.name for a in first.authors] == ["林小雨"]
    assert first.paragraphs[0].startswith("河州市场监管局近日发布的报告显示")
    assert second.headline == OTHER
