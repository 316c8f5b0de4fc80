"""A commentary signed with a bare name set as a paragraph is (indented by two full-width spaces)
under its last line: the name signs the text (see the `indented` weight in `reader.page.weights`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_C, body, page


def test_a_name_indented_like_a_paragraph_under_a_text_signs_it() -> None:
    text = page(
        "读书贵在养成习惯（今日谈）",
        body(BODY_C)[:-1] + ["\u3000\u3000周小川", ""],
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    signed = [(a.headline, [x.name for x in a.authors], a.paragraphs) for a in segment(text).articles]
    assert signed == [("读书贵在养成习惯（今日谈）", ["周小川"], BODY_C), ("春耕备耕忙", ["刘桐"], BODY_A)]
