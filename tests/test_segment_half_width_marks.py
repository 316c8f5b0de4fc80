"""A question or exclamation mark printed half width closes a title as a full-width one does.

OCR gives `？` and `！` as `?` and `!` as often as not. A headline that asks a question over its
byline (`…吗?` / `■ 本报记者 X`) must read as the headline it is, whichever width its mark has.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

QUESTION = "春耕提前了，今年的收成会更好吗"


def stories(mark: str) -> list[tuple[str | None, str | None, str | None]]:
    text = page(body(BODY_B, 28), QUESTION + mark + "\n■ 本报记者 刘  桐", body(BODY_A, 28))
    return [(a.headline, a.byline, a.paragraphs[0]) for a in segment(text).articles]


def test_a_question_over_a_byline_is_its_headline_with_either_mark() -> None:
    assert stories("？")[-1] == (QUESTION + "？", "本报记者 刘桐", BODY_A[0])
    assert stories("?")[-1] == (QUESTION + "?", "本报记者 刘桐", BODY_A[0])
    assert len(stories("?")) == len(stories("？")) == 2
