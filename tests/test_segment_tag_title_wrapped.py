"""A headline wrapped over two lines before the column's tag that closes it (`…作为必修课、` /
`常修课（某某论坛）`) is one headline, as one closed by its tag on one line is: under a story's
closing note it opens the next story, and the name under that story's text signs it (see
`reader.page.titlelines.wrapped_tag_title`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_apart
from tests.test_segment_conventions import BODY_B, BODY_C, page


def test_a_headline_wrapped_before_its_tag_heads_the_next_story() -> None:
    text = page(
        ["便民利企新举措落地见效", "■ 本报记者 王军豪", ""],
        indented_apart(BODY_B),
        ["　　（本报记者张明远、李晓岚参与采", "写）", ""],
        ["把多读书、读好书作为必修课、", "常修课（读书论坛）", ""],
        indented_apart(BODY_C),
        "赵  青",
    )
    first, second = segment(text).articles
    assert first.headline == "便民利企新举措落地见效"
    assert first.paragraphs[-1] == "（本报记者张明远、李晓岚参与采写）"
    assert (second.headline, second.byline, second.paragraphs) == (
        "把多读书、读好书作为必修课、常修课（读书论坛）",
        "赵青",
        BODY_C,
    )
