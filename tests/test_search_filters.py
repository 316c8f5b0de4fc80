"""Search within a period, a paper, a page or a section: filters combine with the rest of a query."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.model import Article, Page, PageMeta
from reader.search.filters import extract
from reader.search.index import SearchIndex
from reader.search.query import parse

PAPERS = ("人民日报", "光明日报")
SECTIONS = ("要闻", "经济", "国际")
WORDS = ["经济发展", "改革开放", "农民收入", "香港回归", "科技创新", "国有企业", "金融危机", "城市建设"]


def make_pages() -> list[Page]:
    """Two papers, January to March 2025, four pages a day on the 1st, 11th and 21st: 72 pages."""
    rng = random.Random(12)
    pages = []
    for paper in PAPERS:
        for month in (1, 2, 3):
            for day in (1, 11, 21):
                date = f"2025-{month:02d}-{day:02d}"
                for page_no in range(1, 5):
                    name = f"{paper}_{date}_{page_no}"
                    articles = [
                        Article(
                            id=f"{name}_{k}",
                            headline=f"{rng.choice(WORDS)}新闻{k}",
                            paragraphs=["，".join(rng.sample(WORDS, 3)) + "。" for _ in range(3)],
                            page=f"{name}.txt",
                        )
                        for k in range(3)
                    ]
                    meta = PageMeta(paper, date, str(page_no), SECTIONS[page_no % 3])
                    pages.append(Page(f"/x/{name}.txt", f"{name}.txt", name, meta, articles))
    return pages


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    return make_pages()


@pytest.fixture(scope="module")
def index(pages: list[Page], tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    return SearchIndex.load_or_build(pages, cache_dir=Path(tmp_path_factory.mktemp("cache")))


def metas(index: SearchIndex, query: str, limit: int = 1000, **kw: object) -> list[PageMeta]:
    found = []
    for hit in index.search(query, limit=limit, **kw):  # type: ignore[arg-type]
        article = index.article(hit.article_id)
        assert article is not None
        meta = index.page_meta(article)
        assert meta is not None
        found.append(meta)
    return found


def expected(pages: list[Page], term: str, keep: object) -> int:
    return sum(
        1
        for p in pages
        if keep(p.meta)  # type: ignore[operator]
        for a in p.articles
        if term in a.text or term in (a.headline or "")
    )


def test_filter_tokens_leave_the_terms() -> None:
    query = parse("经济 date:2025-01 paper:人民日报 -广告 page:1 section:要闻")
    assert [t.raw for t in query.terms] == ["经济", "广告"]
    assert query.filters.dates == (("2025-01-01", "2025-01-31"),)
    assert query.filters.papers == ("人民日报",)
    assert query.filters.pages == (("1", "1"),)
    assert query.filters.sections == ("要闻",)
    rest, filters = extract("日期：2025-01-01..2025-03-31 版:1..4 报纸:光明日报")
    assert rest.split() == []
    assert filters.dates == (("2025-01-01", "2025-03-31"),)
    assert filters.pages == (("1", "4"),)


def test_a_month_finds_exactly_that_months_matches(index: SearchIndex, pages: list[Page]) -> None:
    found = metas(index, "改革 date:2025-02")
    assert found and all(m.date.startswith("2025-02") for m in found)
    assert len(found) == expected(pages, "改革", lambda m: m.date.startswith("2025-02"))


def test_filters_combine(index: SearchIndex, pages: list[Page]) -> None:
    query = "农民 date:2025-01-01..2025-02-11 paper:光明 page:1..2 section:经济"

    def keep(m: PageMeta) -> bool:
        return "2025-01-01" <= m.date <= "2025-02-11" and m.paper == "光明日报" and m.page_no in "12"

    keep_all = lambda m: keep(m) and m.section == "经济"  # noqa: E731
    found = metas(index, query)
    assert found and all(keep_all(m) for m in found)
    assert len(found) == expected(pages, "农民", keep_all)


def test_a_wide_filter_keeps_the_best_matches(index: SearchIndex) -> None:
    # date:2025 passes every page: the ranking must be the unfiltered one.
    assert [h.article_id for h in index.search("香港 date:2025", limit=10)] == [
        h.article_id for h in index.search("香港", limit=10)
    ]


def test_filters_alone_list_the_period_in_date_order(index: SearchIndex) -> None:
    found = metas(index, "date:2025-03 paper:人民日报")
    assert len(found) == 3 * 4 * 3
    assert [m.date for m in found] == sorted(m.date for m in found)


def test_sorted_by_date(index: SearchIndex) -> None:
    found = metas(index, "科技", order="date")
    assert len(found) > 20
    assert [m.date for m in found] == sorted(m.date for m in found)


def test_a_bad_date_matches_nothing_instead_of_everything(index: SearchIndex) -> None:
    query = parse("经济 date:soon")
    assert query.filters.problems == ("date:soon",)
    assert index.search("经济 date:soon") == []


def test_date_order_gives_the_earliest_matches_first(index: SearchIndex) -> None:
    every = metas(index, "科技", order="date")
    first = metas(index, "科技", order="date", limit=5)
    assert [m.date for m in first] == [m.date for m in every[:5]]
    assert first[0].date == min(m.date for m in every)
    within = metas(index, "科技 paper:光明日报", order="date", limit=5)
    assert all(m.paper == "光明日报" for m in within)
    assert [m.date for m in within] == sorted(m.date for m in within)


@pytest.mark.parametrize("query", ["香港", "农民收入", "新闻2", "经济 改革", "科技 -金融"])
@pytest.mark.parametrize(
    "filters", ["date:2025-02", "paper:光明日报 page:1..2", "date:2025-01-01..2025-01-11", "date:2025"]
)
def test_a_filtered_search_is_the_unfiltered_one_restricted(
    index: SearchIndex, query: str, filters: str
) -> None:
    # Whichever way the filter is applied (a short list scored whole, the threshold algorithm skipping
    # what the filter leaves out, the date order through one posting list), the answer is the same.
    wanted = extract(filters)[1]

    def passes(article_id: str) -> bool:
        article = index.article(article_id)
        return article is not None and wanted.matches(index.page_meta(article))

    for order in ("relevance", "date"):
        every = [h.article_id for h in index.search(query, limit=10_000, order=order)]
        restricted = [a for a in every if passes(a)]
        assert restricted
        found = [h.article_id for h in index.search(f"{filters} {query}", limit=10_000, order=order)]
        assert found == restricted
        top = [h.article_id for h in index.search(f"{query} {filters}", limit=5, order=order)]
        assert top == restricted[:5]


def test_a_range_given_later_end_first_and_a_filter_with_no_value() -> None:
    """`page:4..1` is pages 1 to 4, as `date:2025-03..2025-01` is that period; `date:` alone is a filter
    not understood (it was a word to find, matching nothing, unsaid)."""
    assert extract("page:4..1")[1].pages == (("1", "4"),)
    assert extract("page:A4..A1")[1].pages == (("A1", "A4"),)
    assert extract("date:2025-03..2025-01")[1].dates == (("2025-01-01", "2025-03-31"),)
    rest, filters = extract("经济 date:")
    assert rest.split() == ["经济"] and filters.problems == ("date:",)
