"""A query pasted from a PDF or an OCR text carries its spacing (`3 月 12 日`, `本 报 记 者`); the page's
text, cleaned as it is segmented (`reader.page.textclean`), reads `3月12日`. The search box, `duba search`,
the concordance and trends read the query as the page reads its text (all text made up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article, Page, PageMeta
from reader.search.index import SearchIndex
from reader.search.kwic import concordance
from reader.search.query import parse
from reader.search.trend import trend


def terms(query: str) -> list[tuple[str, bool]]:
    return [(t.text, t.phrase) for t in parse(query).terms]


def test_letters_and_numbers_typed_apart_are_one_term() -> None:
    assert terms("3 月 12 日") == [("3月12日", False)]
    assert terms("本 报 记 者") == [("本报记者", False)]
    assert terms("2026 年 7 月 植树") == [("2026年7月", False), ("植树", False)]
    assert terms("３ 月") == [("3月", False)]
    # words and numbers typed apart are still each to be found: only single letters are joined, and
    # two characters alone stay two
    assert terms("植树 活动") == [("植树", False), ("活动", False)]
    assert terms("县 东") == [("县", False), ("东", False)]
    assert terms("中 美 俄") == [("中", False), ("美", False), ("俄", False)]
    assert terms("北京 2026") == [("北京", False), ("2026", False)]
    assert terms("1998 2026") == [("1998", False), ("2026", False)]


def test_a_quoted_phrase_is_spaced_as_the_page_prints_it() -> None:
    assert terms('"3 月 12 日"') == [("3月12日", True)]
    assert terms('"本 报 记 者"') == [("本报记者", True)]
    # a space between two Chinese phrases is the page's too (a two-part title): kept
    assert terms('"植树 活动"') == [("植树 活动", True)]


def _page(name: str, date: str, text: str) -> Page:
    article = Article(id=name, headline="标题", paragraphs=[text], page=f"{name}.txt")
    return Page(f"/x/{name}.txt", f"{name}.txt", name, PageMeta("日报", date, "1"), [article])


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    pages = [
        _page("a", "2026-03-13", "本市3月12日举行植树活动，市民踊跃参加。"),
        # every letter of the date, none of them the date
        _page("b", "2026-03-20", "3位老人12日起每月到湖边巡查一次。"),
    ]
    return SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")


def test_a_pasted_date_finds_the_date_everywhere_it_is_looked_for(index: SearchIndex) -> None:
    for query in ("3 月 12 日", '"3 月 12 日"'):
        assert [hit.article_id for hit in index.search(query)] == ["a"]
        lines = list(concordance(index, query))
        assert [(line.article_id, line.keyword) for line in lines] == [("a", "3月12日")]
        article = index.article("a")
        assert article is not None
        assert [article.text[a:b] for a, b in index.spans(article, query)] == ["3月12日"]
    series = trend(index, ["3 月 12 日"], by="month").series[0]
    assert series.total == 1


def test_punctuation_typed_half_width_finds_the_pages_full_width_marks(tmp_path: Path) -> None:
    text = "他说：植树，护林都要抓（重点）。谁来管？"
    pages = [_page("a", "2026-03-13", text), _page("b", "2026-03-14", "Hello, world: 1,000 (one) items; ok?")]
    index = SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")
    for query in ("植树,护林", "说:植树", "(重点)", "谁来管?", '"植树,护林"'):
        assert [hit.article_id for hit in index.search(query)] == ["a"], query
        assert len(list(concordance(index, query))) == 1, query
    article = index.article("a")
    assert article is not None
    assert [article.text[a:b] for a, b in index.spans(article, "植树,护林")] == ["植树，护林"]
    assert trend(index, ["植树,护林"], by="month").series[0].total == 1
    assert [hit.article_id for hit in index.search("重点 -植树,护林")] == []  # excluded in either width
    # Latin text keeps its own marks, and a Latin query is left as typed
    assert [hit.article_id for hit in index.search('"world: 1,000"')] == ["b"]
