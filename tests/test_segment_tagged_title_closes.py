"""A headline closed by a column's tag, as wide as the column, with a blank line under it.

A line closed by a column's name in brackets (`…（X）`) ends there: the text under the blank line is not
the rest of its sentence. Before, a tagged headline that filled the column was read as a sentence
broken at the column's end, and the story under it ran into the story above.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

TAGGED = "乡间小路为何越走越宽了呢？（乡村观察）"  # as wide as the 18-character column


def test_a_full_width_tagged_headline_opens_a_story_of_its_own() -> None:
    text = page(
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B + BODY_A, 36),
        TAGGED,
        body(BODY_C, 36),
    )
    articles = [a for a in segment(text).articles if a.kind == "article"]
    assert [a.headline for a in articles] == ["便民利企举措落地见效", TAGGED]
    assert "".join(articles[0].paragraphs) == "".join(BODY_B + BODY_A)
    assert "".join(articles[1].paragraphs) == "".join(BODY_C)
