"""A query pasted whole from a page is cut (`reader.search.query.MAX_TERMS`): the search results' heading
says so, as `duba search` does, instead of listing the results of its first part as if for all of it."""

from __future__ import annotations

import pytest

from reader.app.search_results import result_rows
from reader.corpus import load_page
from reader.search.index import SearchIndex
from reader.search.query import MAX_TERMS
from tests.apptest import PAGE

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_the_results_heading_says_a_query_was_cut() -> None:
    articles = load_page(PAGE).articles
    index = SearchIndex.build(articles)
    ids = {a.id: n for n, a in enumerate(articles)}
    long = " ".join(["人才"] * (MAX_TERMS + 8))
    assert "查询已截断 cut" in result_rows(index, index.search(long), long, articles, ids)[0].label
    assert "cut" not in result_rows(index, index.search("人才"), "人才", articles, ids)[0].label
