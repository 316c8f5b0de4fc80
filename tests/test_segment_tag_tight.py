"""A headline closed by its column's tag, printed tight under the end of the story above (no blank
line between): it is a title line of its own, never the last line of that story's text, whether a
byline opens under it or a signature stands over it (see `reader.page.titlelines.title_lines`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_apart, story_over
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C


def _texts(page: str) -> tuple[list[str | None], str]:
    articles = segment(page).articles
    return [a.headline for a in articles], "".join(p for a in articles for p in a.paragraphs)


def test_a_tagged_question_as_wide_as_the_column_over_a_byline_heads_the_story_under_it() -> None:
    title = "便民窗口，为啥越开越多？（民生观察）"  # (a question, as wide as the column)
    above = ["春耕备耕正当时", "■ 本报记者 刘  桐", "", *indented_apart(BODY_C, 36)[:-1]]
    page = [*above, title, "本报记者 王  五", "", *indented_apart(BODY_B, 36)]
    headlines, text = _texts("\n".join(page) + "\n")
    assert title not in text
    assert headlines[-1] == title


def test_a_tagged_headline_under_a_signature_is_no_line_of_the_text_under_it() -> None:
    title = "书香里的小城故事（读书札记）"
    page = [*story_over(BODY_A), "张  三", title, *indented_apart(BODY_C)]
    headlines, text = _texts("\n".join(page) + "\n")
    assert title not in text
    assert title in headlines
