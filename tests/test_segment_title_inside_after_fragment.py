"""A headline printed between the two halves of a sentence heads its story also where the text above
it is a paragraph's first line alone between blank lines (a column's break right after it), or a
dateline's lines whose only mark is a colon (`…发布会上获悉：目前某省`): see
`reader.page.midtitle`."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import indented_apart, story_over
from tests.test_segment_conventions import BODY_A

FIRST = "为进一步优化营商环境，市里推出了一批便民利企新举措，涵盖企业开办、工程审批等多个领域。"
SECOND = "在政务服务大厅，前来办事的群众可以在综合窗口一次提交全部材料，办结时间平均缩短了一半。"


@pytest.mark.parametrize("cut", [14, 15])
def test_a_headline_after_a_paragraphs_first_line_alone(cut: int) -> None:
    lines = [
        *story_over(BODY_A),
        *indented_apart(["本报讯（记者 王军豪）" + FIRST]),
        "　　" + SECOND[:cut],
        "",
        "便民利企新举措落地见效",
        "",
        SECOND[cut : cut + 16],
        SECOND[cut + 16 :],
        "",
    ]
    first, second = segment("\n".join(lines)).articles
    assert (first.headline, first.paragraphs) == ("春耕备耕正当时", BODY_A)
    assert (second.headline, second.byline) == ("便民利企新举措落地见效", "本报讯（记者 王军豪）")
    assert second.paragraphs[-1] == SECOND


def test_a_headline_after_a_datelines_lines_marked_by_a_colon_only() -> None:
    opening = (
        "本报讯（记者 王军豪）记者从日前举行的全市营商环境专题新闻发布会上获悉："
        "目前全市已设立一批便民服务窗口，让群众办事更加方便快捷。"
    )
    lines = indented_apart([opening])
    text = "\n".join(
        [
            *story_over(BODY_A),
            *lines[:3],
            "",
            "便民服务窗口覆盖全市",
            "",
            *lines[3:],
        ]
    )
    first, second = segment(text).articles
    assert (first.headline, first.paragraphs) == ("春耕备耕正当时", BODY_A)
    assert (second.headline, second.byline) == ("便民服务窗口覆盖全市", "本报讯（记者 王军豪）")
    assert second.paragraphs == [opening.removeprefix("本报讯（记者 王军豪）")]
