"""A commentary signed with a bare name right under its last line, on a page printed with almost no
blank lines (where title-like lines are set apart before the page is read): the name still signs
the text above it, not the story that opens under the blank line below it (see
`reader.page.titlesapart.titles_apart`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C


def test_a_name_right_under_a_text_signs_it_on_a_page_with_few_blank_lines() -> None:
    lines = [
        "读书贵在养成习惯（今日谈）",
        *indented_cut(BODY_C * 3),
        "周小川",
        "",
        "■ 本报记者 刘  桐",
        *indented_cut(BODY_A * 3),
        "便民利企要落到实处",
        "本报记者 王军豪",
        *indented_cut(BODY_B * 3),
    ]
    articles = segment("\n".join(lines) + "\n").articles
    signed = [(a.headline, [x.name for x in a.authors]) for a in articles]
    assert signed[0] == ("读书贵在养成习惯（今日谈）", ["周小川"])
    assert ["刘桐"] in [names for _, names in signed[1:]]
