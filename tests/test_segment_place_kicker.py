"""A place's name alone on a line over a headline is the story's kicker.

Pages of local and foreign briefs print where each story was filed on a line of its own over its
headline (`昆明` / `…`). Two ideographs alone were read as a part's tag word (`循环`, set over a
subhead inside a story), which is never a kicker, so the place became the headline and the real
headline its subtitle. The reader lists the story under its headline, with the place as its kicker;
a tag word inside a story still opens no story.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 26
INDENT = "\u3000\u3000"
FIRST = "老街口新开了一家修鞋铺"
FIRST_TEXT = [
    "街坊们说，老师傅手艺好，价钱公道，一双旧皮鞋经他一修，又能穿上好几年。",
    "铺子不大，墙上挂满了各色鞋底和线团，来修鞋的人常常坐下来聊上一阵。",
]
PLACE = "昆明"
HEADLINE = "城郊湿地迎来首批越冬候鸟"
DATELINE = "本报讯（记者 钟远）"
TEXT = [
    "近日，城郊湿地公园迎来今年首批越冬候鸟，数百只红嘴鸥在水面上空盘旋觅食。",
    "公园管理处介绍，今年湿地新种了一片芦苇，为候鸟提供了更多栖息的地方。",
]


def _lines(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [INDENT + line if k == 0 else line for k, line in enumerate(cut(paragraph, WIDTH, 0))]
    return lines


WIDE = "城郊湿地公园迎来今年首批越冬候鸟数百只"  # (wider than the column)

# the place and headline as set, then what opens the story
CASES = {
    "a blank between, over a byline": ([PLACE, "", HEADLINE, ""], ["■ 本 报 记 者  钟  远", ""], HEADLINE),
    "tight over a headline wider than the column": ([PLACE, WIDE, ""], ["本报记者  钟远", ""], WIDE),
    "tight, over a dateline": ([PLACE, HEADLINE, ""], [], HEADLINE),
}


@pytest.mark.parametrize("case", CASES)
def test_a_place_over_a_headline_is_its_kicker(case: str) -> None:
    stack, opening, headline = CASES[case]
    first = TEXT[0] if opening else DATELINE + TEXT[0]
    lines = [FIRST, "", "本报记者  林  川", "", *_lines(FIRST_TEXT), ""]
    lines += [*stack, *opening, *_lines([first, *TEXT[1:]])]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == [FIRST, headline]
    assert articles[1].kicker == PLACE
    assert articles[1].subtitle is None
    assert articles[1].paragraphs == TEXT
