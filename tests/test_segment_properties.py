"""Properties that hold for any input: the segmenter returns, and loses no body character."""

from __future__ import annotations

import re
import time
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.page.decode import DecodeError, decode_bytes
from reader.page.segment import segment

_FURNITURE_OR_CREDIT = re.compile(r"[■●▲◆□★☆◇\s]")

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
PUNCT = st.sampled_from(list("，。、；：？！“”（）《》…—■ 　\n\n\n"))
ASCII = st.characters(min_codepoint=32, max_codepoint=126)
page_text = st.lists(st.one_of(CJK, CJK, CJK, PUNCT, ASCII, st.just("\n")), max_size=2000).map("".join)


def _chars(text: str) -> str:
    return _FURNITURE_OR_CREDIT.sub("", text)


def _output_chars(text: str) -> str:
    result = segment(text, "p.txt")
    parts: list[str] = []
    for article in result.articles:
        for value in (article.kicker, article.headline, article.subtitle, article.byline):
            parts.append(value or "")
        parts.extend(article.paragraphs)
    parts.extend(result.meta.labels)  # (a package's section label is kept with the page's furniture)
    return _chars("".join(parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_text)
@example("■一一")  # a byline with nothing under it was once dropped
@example("，\n一")  # a line of a comma alone crashed the wrapped-title test (IndexError)
@example("■一/一")  # names alone parted by a slash lost the slash (a byline of `一一`)
@example("\n\n一一\n一一")  # a section label set aside was kept nowhere
def test_any_text_segments_and_keeps_every_character(text: str) -> None:
    result = segment(text, "p.txt")
    if result.meta.editors or result.meta.date or result.meta.page_no:
        return  # furniture lines become metadata; the other tests cover them
    missing = Counter(_chars(text)) - Counter(_output_chars(text))
    # only subtitle dashes and dateline brackets (rewritten full-width) may go
    assert set(missing) <= set("—-()"), missing


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_decode_or_fail_cleanly(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x.bin")
    except DecodeError as exc:
        assert "x.bin" in str(exc)
        return
    segment(text, "x.bin")


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="，。！？、…“”（）——", max_size=500))
def test_only_punctuation(text: str) -> None:
    segment(text, "p.txt")


def test_very_long_lines_and_a_big_page_finish_quickly() -> None:
    line = "这是一个很长的句子，" * 20000  # 200,000 characters on one line
    started = time.perf_counter()
    result = segment(line + "\n\n" + line, "long.txt")
    assert time.perf_counter() - started < 10
    assert sum(len(p) for a in result.articles for p in a.paragraphs) == 2 * len(line)


def test_a_lone_comma_over_a_short_line() -> None:
    # a line of nothing but a comma is no first half of a wrapped title (it used to crash)
    assert segment("，\n一", "p.txt").articles
