"""A title printed tight over text set wider than the page's column (a photo's words across its
width, `今年某日…各地举行…` / `图为…` / its credit) heads that text: it had run on, title and all,
into the last paragraph of the story above (see `reader.page.titlelines._over_wide_text`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import story_over
from tests.test_segment_conventions import BODY_A

WORDS = [
    "今年3月5日是学雷锋纪念日，各地举行形式多样的志愿服务活动，传递温暖、",
    "弘扬新风，为社区治理注入新的活力。",
    "图为当日，某市某社区志愿者为老人义务理发。",
]


def test_a_title_tight_over_wide_text_heads_it() -> None:
    text = "\n".join(
        [
            *story_over(BODY_A),
            "",
            "学雷锋  志愿服务暖人",
            "心",
            *WORDS,
            "　　王建国摄（新华社发）",
            "",
        ]
    )
    first, second = segment(text).articles
    assert (first.headline, first.paragraphs) == ("春耕备耕正当时", BODY_A)
    assert second.headline == "学雷锋 志愿服务暖人心"  # (one gap, as a two-part title joined over lines)
    assert second.paragraphs[0] == WORDS[0] + WORDS[1]
