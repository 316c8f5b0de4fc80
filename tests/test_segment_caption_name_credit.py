"""A caption closed by a name alone (an agency's or a supplier's credit with no `摄` or `供图`: `…中。
X`, or the name on a line of its own) is a paragraph of its own: the story's text under it opens a
paragraph, on a page that indents paragraphs and on one that parts them by blank lines."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 13

RACE = [
    "当地时间1月3日至17日，越野拉力赛在沙漠举行。经过角逐，两名车手分获汽车组和摩托车组冠军。",
    "这项赛事创办于四十多年前，每年举办一届，吸引了一批顶尖车手参赛。许多车手说，这是一项极为艰苦的赛事。",
    "地形方面，赛道穿越沙海、戈壁和灌木丛，一次陷沙便要花上很久自救。",
    "气候方面，白天气温很高，夜间又骤降至冰点，还常常遇到沙尘暴。",
]
LIBRARY = [
    "北塘区的图书馆分馆今天开到了村里，村民不出村就能借书还书。",
    "分馆的图书每季度轮换一次，区里还请来志愿者在周末给孩子们讲故事。",
]
CAPTION = "当地时间1月16日，参赛车手驾车驶过沙漠中一段布满碎石的赛道。"


def _story(paragraphs: list[str], indented: bool) -> list[str]:
    lines: list[str] = []
    for p in paragraphs:
        lines += chop(("　　" if indented else "") + p, _WIDTH)
        if not indented:
            lines.append("")
    return lines


@pytest.mark.parametrize("indented", [True, False])
@pytest.mark.parametrize(
    "caption", [[CAPTION + "  东方图片"], [CAPTION, "东方图片"]], ids=["on its line", "alone"]
)
def test_a_caption_closed_by_a_name_stays_a_paragraph_of_its_own(indented: bool, caption: list[str]) -> None:
    lines = [
        "越野拉力赛艰苦在哪（体育观察）",
        "",
        *caption,
        "",
        *_story(RACE, indented),
        "",
        "分馆开到村里",
        "",
        "本报记者  王  平",
        "",
        *_story(LIBRARY, indented),
    ]
    first, second = segment("\n".join(lines)).articles
    assert first.headline == "越野拉力赛艰苦在哪（体育观察）"
    assert "".join(first.paragraphs[: -len(RACE)]) == CAPTION + "东方图片"
    assert first.paragraphs[-len(RACE) :] == RACE
    assert second.paragraphs == LIBRARY
