"""Ranking pieces on their own: how occurrences are counted, what excludes an article, and the threshold
top-k against scoring everything."""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.search import rank
from reader.search.boundaries import Boundaries
from reader.search.segment import HEAD_WEIGHT, fold_article


def folded(body: str, headline: str | None = None, byline: str | None = None) -> tuple[str, int, int, bytes]:
    doc, hlen, blen = fold_article(Article(id="x", headline=headline, byline=byline, paragraphs=[body]))
    return doc, hlen, blen, Boundaries().mask(doc, hlen, blen)


def test_a_whole_word_counts_fully_and_characters_across_words_count_less() -> None:
    doc, hlen, _blen, mask = folded("每位人才的担当。")
    assert rank.term_frequency(doc, "人才", 2, hlen, mask, False) == 1.0
    doc, hlen, _blen, mask = folded("中华人民共和国成立。")  # 人民|共和: 民共 ends inside a word
    assert rank.term_frequency(doc, "民共", 2, hlen, mask, False) == pytest.approx(rank.CROSS_WORD_WEIGHT)
    assert rank.term_frequency(doc, "未见", 2, hlen, mask, False) == 0.0


def test_a_head_occurrence_counts_head_weight_times() -> None:
    doc, hlen, _blen, mask = folded("人才集聚。", headline="人才强市")
    assert rank.term_frequency(doc, "人才", 2, hlen, mask, False) == HEAD_WEIGHT + 1
    assert rank.term_frequency(doc, "人才", 2, hlen, mask, True) == HEAD_WEIGHT
    assert rank.char_frequency(doc, "人", hlen, False) == HEAD_WEIGHT + 1
    assert rank.char_frequency(doc, "人", hlen, True) == HEAD_WEIGHT


def test_exclusion_looks_only_in_the_field_it_names() -> None:
    doc, hlen, blen, _mask = folded("人才引进。", headline="招商引资", byline="记者 王强")
    assert rank.is_excluded(doc, hlen, blen, [(["人才"], "any")])
    assert not rank.is_excluded(doc, hlen, blen, [(["人才"], "headline")])
    assert rank.is_excluded(doc, hlen, blen, [(["招商"], "headline")])
    assert rank.is_excluded(doc, hlen, blen, [(["王强"], "author")])
    assert not rank.is_excluded(doc, hlen, blen, [(["人才"], "author")])
    assert rank.has_authors(doc, hlen, blen, [["刘桐", "王强"]])
    assert not rank.has_authors(doc, hlen, blen, [["王强"], ["刘桐"]])


def test_author_candidates_map_byline_offsets_to_documents() -> None:
    from array import array

    bylines = "\x00".join(["记者 刘桐", "", "王强 刘桐"])
    starts = array("I", [0, 6, 7])
    assert rank.author_candidates(bylines, starts, ["刘桐"]) == [0, 2]
    assert rank.author_candidates(bylines, starts, ["王强"]) == [2]
    assert rank.author_candidates(bylines, starts, ["无名"]) == []


def test_bound_is_the_best_unread_posting() -> None:
    from array import array

    from reader.search.segment import DOC_BITS, Q

    blob = array("I", [(Q - 200) << DOC_BITS | 3, (Q - 100) << DOC_BITS | 1])
    cursor = [0, 2, blob, 0, 1.0, 0.0]
    assert rank.bound([cursor]) == 200
    cursor[0] = 1
    assert rank.bound([cursor]) == 100
    cursor[0] = 2
    assert rank.bound([cursor]) == float("-inf")
