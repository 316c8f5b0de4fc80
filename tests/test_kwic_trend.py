"""Concordance lines and trends over time, as a researcher reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article, Page, PageMeta
from reader.search.index import SearchIndex
from reader.search.kwic import align, cells, concordance, sort_lines
from reader.search.trend import trend


def page(name: str, date: str, bodies: list[str], paper: str = "人民日报", page_no: str = "1") -> Page:
    articles = [
        Article(id=f"{name}-{k}", headline=f"标题{k}", paragraphs=body.split("\n"), page=f"{name}.txt")
        for k, body in enumerate(bodies)
    ]
    return Page(f"/x/{name}.txt", f"{name}.txt", name, PageMeta(paper, date, page_no), articles)


def index_of(pages: list[Page], tmp_path: Path) -> SearchIndex:
    return SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")


@pytest.fixture
def kwic_index(tmp_path: Path) -> SearchIndex:
    pages = [
        page("b", "1998-02-01", ["GDP增长，经济发展稳中有进。\n下一段讲经济。", "没有关键词的文章。"]),
        page("a", "1998-01-05", ["我们的经济在1998年继续发展，经济工作要抓好。"], page_no="4"),
        page("c", "1998-03-01", ["经济广告：买一送一。"]),
    ]
    return index_of(pages, tmp_path)


def test_every_occurrence_in_date_order_with_its_place(kwic_index: SearchIndex) -> None:
    lines = list(concordance(kwic_index, "经济", context=6))
    assert [(line.date, line.page_no) for line in lines] == [
        ("1998-01-05", "4"),
        ("1998-01-05", "4"),
        ("1998-02-01", "1"),
        ("1998-02-01", "1"),
        ("1998-03-01", "1"),
    ]
    first = lines[0]
    assert (first.left, first.keyword, first.right) == ("我们的", "经济", "在1998年")
    # a paragraph break in the context is one space; the offset finds the keyword in the article text
    assert (lines[2].right, lines[3].left) == ("发展稳中有进", "。 下一段讲")
    for line in lines:
        article = kwic_index.article(line.article_id)
        assert article is not None
        assert article.text[line.start : line.start + 2] == "经济"


def test_exclusions_and_filters_apply(kwic_index: SearchIndex) -> None:
    assert {line.date for line in concordance(kwic_index, "经济 -广告")} == {"1998-01-05", "1998-02-01"}
    assert {line.date for line in concordance(kwic_index, "经济 date:1998-02")} == {"1998-02-01"}


def test_full_width_latin_matches_folded(kwic_index: SearchIndex) -> None:
    assert [line.keyword for line in concordance(kwic_index, "ｇｄｐ")] == ["GDP"]


def test_keywords_line_up_in_one_cell_column_whatever_the_script() -> None:
    from reader.search.kwic import KwicLine

    lefts = ["据Reuters报道，中国的", "abc", "全角ＡＢＣ与半角abc混排的", "", "“引号”里的"]
    lines = [KwicLine(left, "经济", "发展ok", "x", 0, "", "", "", "") for left in lefts]
    for width in (9, 10, 15):
        starts = set()
        for line in lines:
            text = align(line, width, 6)
            before = text[: text.index(" 经济 ") + 1]
            starts.add(cells(before))
            assert cells(text) <= width + 1 + 4 + 1 + 6
        assert starts == {width + 1}


def test_a_zero_width_space_in_the_context_does_not_shift_the_keyword_column() -> None:
    """Text pasted from a web page may carry zero-width spaces: the terminal gives them no cell, and the
    concordance counted one each, so the keyword of such a line stood a cell left of the others."""
    from rich.cells import cell_len

    from reader.search.kwic import KwicLine

    lefts = ["据报道，中国的", "据报道，中国\u200b的", "网页\u200b\u200b粘贴来的"]
    lines = [KwicLine(left, "经济", "发展", "x", 0, "", "", "", "") for left in lefts]
    for width in (9, 14):
        starts = {
            cell_len(text[: text.index(" 经济 ") + 1]) for text in (align(line, width, 6) for line in lines)
        }
        assert starts == {width + 1}


def test_sorting_by_left_right_and_date(kwic_index: SearchIndex) -> None:
    lines = list(concordance(kwic_index, "经济", context=4))
    by_left = sort_lines(lines, "left")
    assert [line.left[-1:] for line in by_left] == sorted(line.left[-1:] for line in lines)
    by_right = sort_lines(lines, "right")
    assert [line.right for line in by_right] == sorted(line.right for line in lines)
    assert sort_lines(reversed(lines), "date")[0].date == "1998-01-05"


def test_trend_counts_and_normalises_per_thousand_articles(tmp_path: Path) -> None:
    # January: 10 articles, 2 mention 改革 (one of them twice). February: none. March: 40, 2 mention it.
    jan = ["改革开放，改革。", "改革。"] + ["其他新闻。"] * 8
    mar = ["改革。", "深化改革。"] + ["其他新闻。"] * 38
    pages = [
        page("j", "1998-01-10", jan),
        page("m", "1998-03-02", mar),
        page("u", "", ["改革。"]),
    ]
    result = trend(index_of(pages, tmp_path), ["改革", "其他"], by="month")
    assert result.periods == ["1998-01", "1998-02", "1998-03"]
    assert result.totals == [10, 0, 40]
    reform, other = result.series
    assert reform.occurrences == [3, 0, 2]
    assert reform.articles == [2, 0, 2]
    assert reform.per_thousand == [200.0, 0.0, 50.0]
    assert other.per_thousand == [800.0, 0.0, 950.0]
    assert result.undated == 1
    by_year = trend(index_of(pages, tmp_path), ["改革"], by="year")
    assert (by_year.periods, by_year.series[0].per_thousand) == (["1998"], [80.0])


def test_pinyin_and_traditional_terms_find_what_the_search_box_finds(kwic_index: SearchIndex) -> None:
    """The search box finds 经济 for `jingji` and for `經濟`: the concordance of the same query lists it."""
    plain = [(line.article_id, line.start) for line in concordance(kwic_index, "经济")]
    assert kwic_index.search("jingji") and kwic_index.search("經濟")
    for query in ("jingji", "經濟"):
        lines = list(concordance(kwic_index, query))
        assert [(line.article_id, line.start) for line in lines] == plain, query
        assert {line.keyword for line in lines} == {"经济"}
    assert {line.date for line in concordance(kwic_index, "jingji -广告")} == {"1998-01-05", "1998-02-01"}


def test_a_trend_of_a_pinyin_or_traditional_term_counts_what_the_search_box_finds(
    kwic_index: SearchIndex,
) -> None:
    plain = trend(kwic_index, ["经济"], by="month").series[0]
    assert plain.total == 5
    for term in ("jingji", "經濟"):
        series = trend(kwic_index, [term], by="month").series[0]
        assert (series.term, series.occurrences, series.articles) == (term, plain.occurrences, plain.articles)
    assert trend(kwic_index, ["经济 发展"], by="month").series[0].total == 0  # two words: one phrase


def test_a_reprint_on_another_date_is_its_own_line_a_copy_in_the_same_issue_is_not(tmp_path: Path) -> None:
    story = "经济工作会议在京召开。"
    pages = [
        page("a", "1998-01-05", [story]),
        page("b", "1998-01-05", [story]),
        page("c", "1998-01-09", [story]),
    ]
    for p in pages:  # one text, so one id (ids come from the content)
        p.articles[0] = Article(id="same", headline="标题", paragraphs=[story], page=p.name)
    dates = [line.date for line in concordance(index_of(pages, tmp_path), "经济")]
    assert dates == ["1998-01-05", "1998-01-09"]


def test_a_trend_over_a_period_shows_the_whole_period(kwic_index: SearchIndex) -> None:
    # `date:1997-12..1998-04` by month ran from 1998-01 to 1998-03, the first and last months with pages:
    # the months asked for before and after were left out, not said to hold no articles (a CSV had 3 rows)
    result = trend(kwic_index, ["经济"], by="month", query="date:1997-12..1998-04")
    assert result.periods == ["1997-12", "1998-01", "1998-02", "1998-03", "1998-04"]
    assert result.totals == [0, 1, 2, 1, 0]
    assert trend(kwic_index, ["经济"], by="year", query="date:1998").periods == ["1998"]
    assert len(trend(kwic_index, ["经济"], by="month", query="date:1998").periods) == 12
    # an end left open is where the articles are
    assert trend(kwic_index, ["经济"], by="month", query="date:1998-02..").periods == ["1998-02", "1998-03"]
