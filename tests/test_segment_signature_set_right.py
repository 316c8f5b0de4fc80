"""A commentary signed at its end with the writer's name set right, far in from the column's left edge,
as pages print a signature: the name signs the text above it, even where the next piece's title stands
tight under it (see `reader.page.byline_place.signs_finished`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_cut
from tests.test_segment_conventions import BODY_B, BODY_C, body


def _pieces(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.byline) for a in segment(text).articles if a.kind == "article"]


SET_RIGHT = "\u3000" * 6  # the space a signature is set right with, in a column of 15 letters


def test_a_name_set_right_under_a_text_signs_it_though_the_next_title_stands_tight_under_it() -> None:
    # a page with no blank lines: the name set right closes the first piece, and the line under it,
    # tight over an indented paragraph, is the next piece's title
    lines = [
        "读书贵在养成习惯",
        *indented_cut(BODY_C),
        SET_RIGHT + "王  浩",
        "便民利企要落到实处",
        *indented_cut(BODY_B),
        SET_RIGHT + "李  明",
    ]
    assert _pieces("\n".join(lines) + "\n") == [("读书贵在养成习惯", "王浩"), ("便民利企要落到实处", "李明")]


def test_a_name_set_right_apart_under_a_text_signs_it_not_the_piece_below() -> None:
    lines = [
        "读书贵在养成习惯",
        "",
        *body(BODY_C),
        SET_RIGHT + "王  浩",
        "便民利企要落到实处",
        "",
        *body(BODY_B)[:-1],
        SET_RIGHT + "李  明",
    ]
    assert _pieces("\n".join(lines) + "\n") == [("读书贵在养成习惯", "王浩"), ("便民利企要落到实处", "李明")]
