"""Tests for the Chinese line breaker and the cell-width helpers in reader.app.wrap."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.app.wrap import (
    CLOSING,
    GETA,
    OPENING,
    PARAGRAPH_INDENT,
    WIDE_SUBSTITUTES,
    break_lines,
    is_ambiguous,
    spans_width,
    to_display,
    truncate,
    wrap,
)

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def page_paragraphs() -> list[str]:
    """Paragraph-ish runs of the test page, joined the way the segmenter joins lines."""
    text = PAGE.read_text(encoding="utf-8")
    return ["".join(block.split("\n")) for block in text.split("\n\n") if block.strip()]


def check(text: str, width: int, first_width: int | None = None) -> list[str]:
    """Break `text` and assert the invariants every result must keep; return the lines."""
    spans = break_lines(text, width, first_width)
    # nothing lost, nothing repeated, in order
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(a.end == b.start for a, b in zip(spans, spans[1:], strict=False))
    lines = [text[s:e].rstrip(" \t") for s, e in spans]
    for number, (line, line_width) in enumerate(zip(lines, spans_width(text, spans), strict=True)):
        room = width if number or first_width is None else first_width
        if len(line) > 1:  # a lone character wider than the room cannot be helped
            assert line_width <= room, (line, room)
    return lines


WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%,:-]*")


@pytest.mark.parametrize("width", [2, 3, 7, 10, 20, 37, 40, 80])
def test_page_paragraphs(width: int) -> None:
    for paragraph in page_paragraphs():
        lines = check(paragraph, width)
        if width < 10:
            continue  # narrower than a run of punctuation and its character: only the invariants hold
        for index, line in enumerate(lines):
            if index:
                assert line[:1] not in CLOSING, (lines[index - 1], line)
            if index < len(lines) - 1:
                assert line[-1:] not in OPENING, line


def test_no_line_starts_with_closing_punctuation() -> None:
    text = "他说：“今天天气很好。”我们都同意，于是出发了！（完）《人民日报》、新华社……到了——结束。"
    for width in range(8, 40):  # the longest cluster here, 好。”, is 5 cells
        lines = check(text, width)
        for line in lines[1:]:
            assert line[0] not in CLOSING, (width, lines)
        for line in lines[:-1]:
            assert line[-1] not in OPENING, (width, lines)


def test_ascii_words_and_numbers_stay_whole() -> None:
    text = "最薄可达4.5微米，增长51.92%，COVID-19疫情期间，2022年4月投产，访问example.com查看。"
    for width in range(12, 50):
        lines = check(text, width)
        joined_words = WORDS.findall(text)
        for word in joined_words:
            assert any(word in line for line in lines), (word, width, lines)


def test_long_word_is_broken_only_when_it_cannot_fit() -> None:
    text = "网址https://example.com/a/very/long/path/that/does/not/fit在此"
    lines = check(text, 16)
    assert all(cell_len(line) <= 16 for line in lines)
    assert "".join(lines) == text


def test_spaces_hang_at_line_ends() -> None:
    text = "hello world again and again"
    lines = check(text, 11)
    assert lines == ["hello world", "again and", "again"]
    assert all(not line.startswith(" ") for line in lines)


def test_first_line_indent() -> None:
    text = "一二三四五六七八九十一二三四五六七八九十"
    lines = wrap(text, 10, PARAGRAPH_INDENT)
    assert lines[0] == PARAGRAPH_INDENT + "一二三"
    assert all(cell_len(line) <= 10 for line in lines)
    assert "".join(lines)[len(PARAGRAPH_INDENT) :] == text


def test_first_line_with_no_room() -> None:
    spans = break_lines("中文", 4, 0)
    assert spans[0].start == spans[0].end == 0
    assert "".join("中文"[s:e] for s, e in spans) == "中文"


def test_empty_text() -> None:
    assert break_lines("", 10) == [(0, 0)]


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
PUNCT = st.sampled_from(sorted(CLOSING | OPENING))
ASCII = st.sampled_from("abcXYZ0129.%- ")
MIXED = st.text(st.one_of(CJK, PUNCT, ASCII, st.sampled_from("“”……——　■①")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(MIXED, st.integers(min_value=2, max_value=60))
def test_invariants_hold_for_any_text(text: str, width: int) -> None:
    check(text, width)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(CJK, st.from_regex(r"[a-z]{1,6}|[0-9]{1,4}(\.[0-9])?", fullmatch=True))), st.data())
def test_words_unbroken_when_they_fit(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    width = data.draw(st.integers(min_value=8, max_value=40))
    lines = check(text, width)
    # every maximal ASCII run of the text appears whole on one line (each is at most 8 cells, so it fits)
    for run in re.findall(r"[a-z0-9.]+", text):
        if cell_len(run) <= width:
            assert any(run in line for line in lines), (run, lines)


def test_truncate_by_cells() -> None:
    assert truncate("瞄准新赛道，新兴产业", 9) == "瞄准新赛…"
    assert cell_len(truncate("瞄准新赛道，新兴产业", 9)) <= 9
    assert truncate("abc", 3) == "abc"
    assert truncate("abcd", 3) == "ab…"
    assert truncate("中文", 1) == "…"
    assert truncate("中文", 0) == ""


def test_wide_mode_display_has_no_ambiguous_characters() -> None:
    text = "“新能源”…——■①℃α·"
    shown, offsets = to_display(text, ambiguous_wide=True)
    assert not any(is_ambiguous(c) for c in shown)
    assert offsets is not None and len(offsets) == len(text) + 1
    assert shown[offsets[1] : offsets[4]] == "新能源"
    assert GETA in shown  # α has no unambiguous look-alike
    assert to_display(text, ambiguous_wide=False) == (text, None)
    assert all(not any(is_ambiguous(c) for c in v) for v in WIDE_SUBSTITUTES.values())
