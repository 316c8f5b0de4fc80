"""Query syntax: what a reader types into the search box, parsed into the conditions they meant."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from reader.search.query import MAX_QUERY_CHARS, MAX_TERMS, parse


def terms(query: str) -> list[tuple[str, str, bool, bool]]:
    return [(t.text, t.field, t.phrase, t.negate) for t in parse(query).terms]


def test_space_separated_terms_are_all_required() -> None:
    assert terms("集聚 新高地") == [("集聚", "any", False, False), ("新高地", "any", False, False)]
    # The ideographic space a Chinese input method types separates terms too.
    assert terms("集聚\u3000新高地") == terms("集聚 新高地")


def test_quotes_make_one_exact_phrase_in_any_quote_style() -> None:
    assert terms('"经济 发展" 改革') == [("经济 发展", "any", True, False), ("改革", "any", False, False)]
    assert terms("“人才强市”") == [("人才强市", "any", True, False)]
    assert terms("＂人才＂") == [("人才", "any", True, False)]
    # An unclosed quote runs to the end instead of failing.
    assert terms('"unclosed phrase') == [("unclosed phrase", "any", True, False)]


def test_minus_excludes_a_term_or_a_phrase() -> None:
    assert terms("香港 -广告") == [("香港", "any", False, False), ("广告", "any", False, True)]
    assert terms('-"a b" x') == [("a b", "any", True, True), ("x", "any", False, False)]
    # A lone minus is text, not an empty exclusion.
    assert terms("-") == [("-", "any", False, False)]


def test_field_filters_in_english_and_chinese() -> None:
    expected = [("刘桐", "author", False, False), ("人才", "headline", False, False)]
    assert terms("author:刘桐 headline:人才") == expected
    assert terms("作者：刘桐 标题:人才") == terms("author:刘桐 headline:人才")
    assert terms('headline:"人才 强"') == [("人才 强", "headline", True, False)]
    assert terms("-author:刘桐") == [("刘桐", "author", False, True)]
    # An unknown prefix is just text; a field with nothing after it a filter with no value (as `date:`)
    assert terms("http://x") == [("http://x", "any", False, False)]
    assert terms("author:") == [] and parse("经济 author:").filters.problems == ("author:",)


def test_terms_are_width_and_case_folded_but_raw_text_is_kept() -> None:
    term = parse("ＧＤＰ２０２３").terms[0]
    assert term.text == "gdp2023"
    assert term.raw == "ＧＤＰ２０２３"


def test_metacharacters_are_plain_text() -> None:
    assert terms(".*[a-z]+ $(rm") == [(".*[a-z]+", "any", False, False), ("$(rm", "any", False, False)]
    assert [t[0] for t in terms("a|b (c) \\d{2}")] == ["a|b", "(c)", "\\d{2}"]


def test_empty_and_blank_queries_have_no_terms() -> None:
    for query in ("", "   ", "\u3000", '""', '" "'):
        parsed = parse(query)
        assert not parsed.positive, query


def test_a_huge_query_is_cut_quickly() -> None:
    query = "人才 " * 5000
    start = time.perf_counter()
    parsed = parse(query)
    assert time.perf_counter() - start < 0.5
    assert parsed.truncated
    assert len(parsed.terms) == MAX_TERMS
    single = parse("字" * 10_000)
    assert single.truncated and len(single.terms[0].text) == MAX_QUERY_CHARS


@given(st.text(max_size=300))
def test_parse_never_fails_and_never_yields_an_empty_term(query: str) -> None:
    parsed = parse(query)
    assert len(parsed.terms) <= MAX_TERMS
    assert all(t.text for t in parsed.terms)


def test_quotes_inside_a_word_are_text() -> None:
    """A phrase pasted from an article keeps its quotation marks (issue 10, item 4)."""
    assert terms("集体“三资”") == [("集体“三资”", "any", False, False)]
    assert terms("人才“五心") == [("人才“五心", "any", False, False)]
    assert terms("加快人才“五心工程体系”建设") == [("加快人才“五心工程体系”建设", "any", False, False)]
    glued = [("“五心工程”建设", "any", False, False), ("人才", "any", False, False)]
    assert terms("“五心工程”建设 人才") == glued
    assert terms('say"hi"') == [('say"hi"', "any", False, False)]
    # A quote at the start of a word, closed before a space or the end, is still a phrase.
    assert terms("“五心工程” 人才") == [("五心工程", "any", True, False), ("人才", "any", False, False)]
    prefixed = [("广告", "any", True, True), ("人才", "headline", True, False)]
    assert terms("-“广告” headline:“人才”") == prefixed
