"""`SearchIndex.count`: how many results a query has in all, for the list's "100 of 1,234", without
scoring them; it must say what ranking every match would list."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article, Page, PageMeta
from reader.search.index import SearchIndex


def test_the_count_is_the_number_of_results_search_would_list(tmp_path: Path) -> None:
    bodies = [
        "某地今年的示例工作很好，张三说示例很多。",
        "示例活动在某地举行，参加的人很多。",
        "今年以来，全市参加示",  # 示例 cut by a misread column break (with the next paragraph)
        "没有那个词的文章。",
        "经济工作会议：示例与经济。",
    ]
    pages = []
    for n in range(12):  # the same bodies in several issues, and one page saved twice (a copy)
        articles = [
            Article(
                id=f"p{n}-{k}",
                headline="示例标题" if k == 1 else f"标题{k}",
                paragraphs=[body, "例活动的群众超过十万人。"] if k == 2 else [body, f"第{n}期。"],
                byline="本报记者 张三" if k == 0 else "",
            )
            for k, body in enumerate(bodies)
        ]
        date = f"2001-{n % 12 + 1:02d}-01"
        pages.append(Page(f"/x/{n}.txt", f"{n}.txt", str(n), PageMeta("某报", date, "1"), articles))
    pages.append(Page("/x/0b.txt", "0b.txt", "0b", pages[0].meta, pages[0].articles))
    index = SearchIndex.load_or_build(pages, cache_dir=tmp_path / "cache")
    queries = [
        "示例",
        "示",
        "示例 某地",
        "示例 -经济",
        "headline:示例",
        "经济 date:2001-03",
        "某地 工作",
        "author:张三 示例",
        '"示例活动"',
        "shili",
        "没有",
        "无此词",
        "date:2001-02",
    ]
    for query in queries:
        every = index.search(query, limit=len(index) + 1)
        assert index.count(query) == len(every), query
    assert index.count("示例") > 20  # (more than a list of 20 holds)


def test_a_count_a_newer_keystroke_stops_gives_up_and_says_so(tmp_path: Path) -> None:
    """The reader counts after each keystroke's list; a newer keystroke must not wait for the old
    count to check every match of a common character: told to stop, the count gives up (None)."""
    articles = [
        Article(id=f"a{k}", headline=f"标题{k}", paragraphs=[f"示例文章第{k}篇。"]) for k in range(3000)
    ]
    page = Page("/x/1.txt", "1.txt", "1", PageMeta("某报", "2001-01-01", "1"), articles)
    index = SearchIndex.load_or_build([page], cache_dir=tmp_path / "cache")
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # a newer keystroke arrives while the count is on its way

    assert index.count("示例", stop=stop) is None
    assert len(asked) == 2  # asked at the start and again after a batch of candidates
    assert index.count("示例", stop=lambda: False) == 3000


def test_a_longer_term_is_counted_over_many_articles(tmp_path: Path) -> None:
    """A term of three characters or more is checked in each candidate's text; over more candidates
    than are checked between two asks whether to stop, the count still comes (it once failed there,
    so `duba search --count` crashed and the reader's list never said its total)."""
    articles = [
        Article(
            id=f"a{k}", headline=f"标题{k}", paragraphs=[f"示例文章第{k}篇。" if k % 2 else f"示例第{k}篇。"]
        )
        for k in range(3000)
    ]
    page = Page("/x/1.txt", "1.txt", "1", PageMeta("某报", "2001-01-01", "1"), articles)
    index = SearchIndex.load_or_build([page], cache_dir=tmp_path / "cache")
    assert index.count("示例文章") == len(index.search("示例文章", limit=len(index) + 1)) == 1500
    assert index.count("示例文章", stop=lambda: False) == 1500
