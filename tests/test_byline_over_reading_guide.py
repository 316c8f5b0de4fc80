"""A reading guide's word on a line of its own (`导读`, `提要`) under a commentary's signed name is
no second signed name: it stays in the body over the summary. A contents box titled so at the
page's top leaves the headline of the story under it alone."""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import SCHOOL_MEALS

BODY = SCHOOL_MEALS


@pytest.mark.parametrize("word", ["导读", "提要"])
def test_a_box_word_under_a_signed_name_opens_the_body(word: str) -> None:
    lines = ["小食堂里的大民生（快评）", "", "林  涛", "", word, "一份菜单，写着孩子们的冷暖。", "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("", "林涛")]
    assert article.paragraphs[0] == word
    assert article.headline == "小食堂里的大民生（快评）"


def test_a_page_top_contents_box_keeps_the_headline_of_the_story_under_it() -> None:
    lines = [
        "导读",
        "",
        "■ 西河镇新修三座跨河桥梁（2版）",
        "■ 北坡村果园装上滴灌设备（3版）",
        "",
        "河边的新步道",
        "",
        "本报记者  王  平",
        "",
        *BODY,
    ]
    articles = segment("\n".join(lines) + "\n").articles
    story = articles[-1]
    assert story.headline == "河边的新步道"
    assert story.authors == [Author("记者", "王平")]
