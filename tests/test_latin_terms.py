"""A Latin-letter term means the same in search, the concordance and trends: the letters as printed, and
the words its pinyin names only where the library prints the letters nowhere as a word, and then marked
as found by pinyin (`duba kwic` brackets them 〔〕, `duba trend` names the words counted)."""

from __future__ import annotations

import os
from pathlib import Path

from reader.model import Article, Page, PageMeta
from reader.search.index import SearchIndex
from reader.search.kwic import concordance
from reader.search.trend import trend
from tests.clitest import duba


def page(name: str, date: str, bodies: list[str]) -> Page:
    articles = [
        Article(id=f"{name}-{k}", headline=f"示例{k}", paragraphs=[body], page=f"{name}.txt")
        for k, body in enumerate(bodies)
    ]
    return Page(f"/x/{name}.txt", f"{name}.txt", name, PageMeta("某报", date, "1"), articles)


PRINTED = page("a", "2001-01-02", ["某地今年的CD卖得很好。"])
CITY = page("b", "2001-03-05", ["成都今天有雨，某地天晴。"])


def test_letters_printed_as_a_word_match_only_as_printed(tmp_path: Path) -> None:
    index = SearchIndex.load_or_build([PRINTED, CITY], cache_dir=tmp_path / "cache")
    assert [hit.article_id for hit in index.search("CD")] == ["a-0"]
    assert [(line.keyword, line.match) for line in concordance(index, "CD")] == [("CD", "literal")]
    series = trend(index, ["CD"], by="month").series[0]
    assert (series.occurrences, series.pinyin) == ([1, 0, 0], [])


def test_letters_printed_nowhere_are_read_as_pinyin_and_say_so(tmp_path: Path) -> None:
    # `cd` inside a longer Latin word is not the word CD: 成都 is still what the letters name (the
    # letters inside the word are found too, as printed, as any text is)
    inside = page("c", "2001-02-01", ["某地的ABCD小组。"])
    index = SearchIndex.load_or_build([CITY, inside], cache_dir=tmp_path / "cache")
    assert [(hit.article_id, hit.match) for hit in index.search("cd")] == [
        ("c-0", "literal"),
        ("b-0", "pinyin"),
    ]
    lines = [(line.keyword, line.match) for line in concordance(index, "cd")]
    assert lines == [("CD", "literal"), ("成都", "pinyin")]
    series = trend(index, ["cd"], by="month").series[0]
    assert (series.occurrences, series.pinyin) == ([1, 1], ["成都"])


def test_the_commands_mark_a_match_by_pinyin(tmp_path: Path) -> None:
    env = {**os.environ, "DUBA_CACHE_DIR": str(tmp_path / "cache"), "PYTHONIOENCODING": "utf-8"}
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "sl-20010102-p01.txt").write_text("示例新闻标题\n\n　　某地今年的CD卖得很好，成都也是。\n")
    (pages / "sl-20010305-p01.txt").write_text("示例第二条标题\n\n　　成都今天有雨，某地天晴。\n")
    printed = duba("kwic", "CD", str(pages), env=env)
    assert "【CD】" in printed.stdout and "成都】" not in printed.stdout and "pinyin" not in printed.stderr
    assert "by pinyin" not in duba("trend", "CD", "--in", str(pages), env=env).stdout
    alone = str(pages / "sl-20010305-p01.txt")
    by_pinyin = duba("kwic", "cd", alone, env=env)
    assert "〔成都〕" in by_pinyin.stdout and "by pinyin" in by_pinyin.stderr
    assert "by pinyin: 成都" in duba("trend", "cd", "--in", alone, env=env).stdout
