"""A story's end mark on a line of its own (`（完）`, a series' part `（上）`, `（下）`) closes its text:
it stays the story's last paragraph as printed, and never reads as the next story's kicker."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page


@pytest.mark.parametrize("mark", ["（完）", "（上）", "（下）"])
@pytest.mark.parametrize("after", [False, True])
def test_an_end_mark_closes_the_story_above(mark: str, after: bool) -> None:
    if after:  # (headlines printed after their stories)
        text = page("■ 本报记者  何  平", body(BODY_A, 30), mark, "春耕时节田间忙")
    else:
        text = page("春耕时节田间忙", "本报记者  何  平", body(BODY_A, 30), mark)
    text += page("便民利企举措落地见效", "本报记者  尹腾淑", body(BODY_B, 30))
    articles = segment(text).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "春耕时节田间忙"),
        (None, "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == [*BODY_A, mark]
