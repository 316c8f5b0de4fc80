"""Cell widths and sentence ends take fast paths for common text; they must agree with the rules."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reader.model import PageMeta
from reader.page.pageblocks import cut_blocks
from reader.page.textclean import CLOSERS, TERMINAL, cell_width, ends_sentence


def _cells(ch: str) -> int:
    if ch in "“”‘’…—·":
        return 2
    if unicodedata.east_asian_width(ch) in "WF":
        return 2
    return 0 if unicodedata.combining(ch) else 1


# page text: ideographs, full-width punctuation, ASCII, and the odd characters that need the table
_CHARS = st.sampled_from(
    list("春耕备忙，。、；：！？“”‘’…—·（）《》 　abcXYZ019%.-") + ["\u0301", "é", "ｱ", "〿", "𠀀"]
)


@given(st.text(_CHARS, max_size=40))
def test_cell_width_counts_every_character_by_the_rules(text: str) -> None:
    assert cell_width(text) == sum(_cells(ch) for ch in text)


@given(st.lists(st.text(_CHARS, max_size=20), max_size=12))
def test_every_line_of_a_page_is_measured_by_the_rules(lines: list[str]) -> None:
    """The segmenter measures a page's lines at once, by the table only on the rows that need it."""
    measured = [line for block in cut_blocks("\n".join(lines), PageMeta()) for line in block]
    assert [line.width for line in measured] == [sum(_cells(ch) for ch in line.text) for line in measured]


@given(st.text(_CHARS, max_size=20))
def test_a_line_ends_a_sentence_on_a_terminal_mark_maybe_inside_closers(text: str) -> None:
    body = text.rstrip()
    core = body.rstrip(CLOSERS)
    assert ends_sentence(text) == (bool(core) and core[-1] in TERMINAL)
