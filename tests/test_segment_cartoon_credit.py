"""A cartoon printed with a commentary is credited on a line of its own (`李明绘（新华社发）`,
`赵  晴绘`, `漫画：孙立`). That line is part of the text the cartoon illustrates: printed under the
text's last paragraph, it closes that text, and never heads the story printed under it nor stands as an
item of its own."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

CREDITS = ["李  明绘（新华社发）", "赵晴绘（《某某画刊》供图）", "赵  晴绘", "漫画：孙立"]


@pytest.mark.parametrize("dated", [False, True])
@pytest.mark.parametrize("credit", CREDITS)
def test_a_cartoons_credit_under_a_text_closes_it(credit: str, dated: bool) -> None:
    """Over the next story's heading, or over a story opening on its dateline (its headline printed
    after its text), the credit closes the text above."""
    below = (
        [body(BODY_A, first="本报北京1月1日电  （记者刘桐）"), "乡村书屋开门迎客"]
        if dated
        else ["乡村书屋开门迎客", "本报记者 刘  桐", body(BODY_A)]
    )
    text = page("便民利企举措落地见效（今日谈）", "本报记者 王军豪", body(BODY_B), credit, *below)
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["便民利企举措落地见效（今日谈）", "乡村书屋开门迎客"]
    assert articles[0].paragraphs[-1].replace(" ", "") == credit.replace(" ", "")
    assert [a.name for a in articles[1].authors] == ["刘桐"]
    assert articles[1].paragraphs == BODY_A


def test_a_title_ending_on_the_same_word_still_heads_its_story() -> None:
    """A title phrase that ends on 绘 (`同心共绘`) names no one: it still heads the story under it."""
    text = page("便民利企举措落地见效", "本报记者 王军豪", body(BODY_B), "两岸同心共绘", body(BODY_A))
    assert [a.headline for a in segment(text).articles] == ["便民利企举措落地见效", "两岸同心共绘"]
