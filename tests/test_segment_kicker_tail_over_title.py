"""A kicker wrapped narrower than the text's column leaves a word of two alone over its headline:
the two lines are one kicker, not a kicker and a headline over a subtitle; a place's name so set is
a kicker of its own."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, body


def _titles(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.kicker, a.headline, a.subtitle) for a in segment("\n".join(lines) + "\n").articles]


def test_a_word_of_two_wrapped_between_two_title_lines_ends_the_kicker_over_them() -> None:
    lines = [
        *body(BODY_A),
        "城南老旧小区管网改造开始",
        "好转",
        "家家户户，用上了放心水",
        "",
        "本版责编：张  三",
    ]
    assert _titles(lines) == [("城南老旧小区管网改造开始好转", "家家户户，用上了放心水", None)]


def test_a_place_alone_between_two_title_lines_is_not_joined_to_the_line_over_it() -> None:
    lines = [
        *body(BODY_A),
        "城南老旧小区管网改造开始",
        "南京",
        "家家户户，用上了放心水",
        "",
        "本版责编：张  三",
    ]
    assert all(kicker != "城南老旧小区管网改造开始南京" for kicker, _, _ in _titles(lines))


def test_a_word_of_two_over_a_subtitle_is_the_headline() -> None:
    # a line opened by `——` under the word is a subtitle: the word of two is the headline between
    lines = [*body(BODY_A), "山村讲台上的十年坚守", "守望", "——记一位乡村教师", "", "本版责编：张  三"]
    assert _titles(lines) == [("山村讲台上的十年坚守", "守望", "记一位乡村教师")]
