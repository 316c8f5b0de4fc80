"""A story's headline run on under the last sentence of the story above (the blank line between lost),
with the new story's photo under it: a caption with no number, closed by its credit. A paragraph never
ends short with no stop, and photos print under a story's heading, so the line is the next story's
headline, not the last words of the text above."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 36
ABOVE = [
    "本报江城3月2日电  （记者钟远）城东新区今天启用了新的政务服务中心，企业开办的手续一个窗口就能办完。",
    "中心还设了帮办窗口，为老年人和残疾人提供上门服务，今年已经办理了三百多件。",
]
CAPTION = "同学们在考古工地上清理一处灰坑。"
BELOW = [
    "从城里向西走四十里，就到了南城遗址。考古系的二十多名学生已经在这里住了一个多月。",
    "烈日当头，同学们仍然蹲在探方边上，用手铲一点点修整土层，轻得像给文物拂去灰尘。",
]


def _text(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        first, *rest = cut(paragraph, WIDTH)
        lines += ["  " + first, *rest]
    return lines


@pytest.mark.parametrize("credit_apart", [True, False])
def test_a_headline_run_on_over_its_storys_photo_heads_that_story(credit_apart: bool) -> None:
    credit = ["", "王小明供图"] if credit_apart else []
    caption = CAPTION if credit_apart else CAPTION + "  王小明供图"
    lines = [
        "政务服务中心启用",
        "",
        *_text(ABOVE),
        "在考古工地上读历史",
        "",
        caption,
        *credit,
        "",
        *_text(BELOW),
    ]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == ["政务服务中心启用", "在考古工地上读历史"]
    assert articles[0].paragraphs[-1] == ABOVE[-1]
