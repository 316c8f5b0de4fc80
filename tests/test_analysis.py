"""Tests for key terms and entities (reader.analysis)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import Analyzer, entities, find_terms, is_candidate
from reader.model import Article, Page, PageMeta

pytestmark = pytest.mark.usefixtures("temp_dirs")

DATA = Path(__file__).parent / "data" / "000_0bab674bd8117e01.json"


def page() -> Page:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    articles = [Article.from_dict({**a, "id": f"a{i}"}) for i, a in enumerate(data["articles"])]
    return Page(path=str(DATA), name=DATA.name, sha="x", meta=PageMeta(), articles=articles)


def test_keywords_are_specific_to_the_article() -> None:
    p = page()
    analyzer = Analyzer().fit([p])
    first = analyzer.keywords(p.articles[0], limit=8)
    assert len(first) == 8
    assert {"铜箔", "宠物"} & set(first)
    second = analyzer.keywords(p.articles[1], limit=8)
    assert "人才" in second
    assert all(is_candidate(t) for t in first + second)


def test_corpus_idf_discounts_words_common_to_the_corpus() -> None:
    p = page()
    analyzer = Analyzer().fit([p])
    everywhere = [t for t, n in analyzer.df.items() if n == analyzer.documents]
    once = [t for t, n in analyzer.df.items() if n == 1]
    assert once
    if everywhere:
        assert analyzer.corpus_idf(everywhere[0]) < analyzer.corpus_idf(once[0])


def test_fit_uses_the_disk_cache(tmp_path: Path) -> None:
    p = page()
    first = Analyzer().fit([p])
    cached = list((tmp_path / "cache").rglob("*.json"))
    assert len(cached) == 1
    second = Analyzer().fit([p])
    assert second.df == first.df


def test_keywords_before_fit_are_empty() -> None:
    assert Analyzer().keywords(page().articles[0]) == []


def test_candidates() -> None:
    assert is_candidate("铜箔")
    assert not is_candidate("我们")
    assert not is_candidate("2022")
    assert not is_candidate("的")


def test_entities_have_offsets_into_the_text() -> None:
    text = page().articles[0].text
    found = entities(text)
    assert found
    for entity in found:
        assert text[entity.start : entity.end] == entity.word
    kinds = {e.kind for e in found}
    assert {"person", "place"} <= kinds
    assert any(e.word == "凌超军" and e.kind == "person" for e in found)


def test_find_terms_prefers_longer() -> None:
    spans = find_terms("宠物食品和宠物", ["宠物", "宠物食品"])
    assert [s.term for s in spans] == ["宠物食品", "宠物"]
