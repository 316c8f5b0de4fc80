"""The search cache names each document by everything it indexes: a kicker, subtitle or byline changed on
an unchanged page (a reader's correction, a newer segmenter) is searched as it now reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article, Author, Page, PageMeta
from reader.search.index import SearchIndex

BODY = ["本报讯　全县今年新修乡村公路一百二十公里，沿线村民出行更方便。"]


def page_of(**fields: object) -> Page:
    """The same page bytes (one sha) with one article whose id stays the same whatever `fields` say."""
    article = Article(id="a1", headline="乡村公路通到家门口", paragraphs=list(BODY), **fields)  # type: ignore[arg-type]
    other = Article(id="a2", headline="冬小麦长势良好", paragraphs=["田间管理抓得细。"])
    return Page(path="p.txt", name="p.txt", sha="same-bytes", meta=PageMeta(), articles=[article, other])


@pytest.mark.parametrize(
    ("before", "after", "new_word", "old_word"),
    [
        ({"kicker": "交通建设提速"}, {"kicker": "山区群众盼来致富路"}, "致富路", "提速"),
        ({"subtitle": "新修公路一百二十公里"}, {"subtitle": "——沿线八个村通上客车"}, "客车", "新修公路一百"),
        ({}, {"byline": "本报记者 林晓舟", "authors": [Author("本报记者", "林晓舟")]}, "林晓舟", None),
    ],
)
def test_a_changed_kicker_subtitle_or_byline_is_searched_as_it_now_reads(
    tmp_path: Path, before: dict[str, object], after: dict[str, object], new_word: str, old_word: str | None
) -> None:
    first = SearchIndex.load_or_build([page_of(**before)], cache_dir=tmp_path)
    assert [h.article_id for h in first.search(new_word)] == []
    again = SearchIndex.load_or_build([page_of(**after)], cache_dir=tmp_path)
    assert [h.article_id for h in again.search(new_word)] == ["a1"]
    if old_word:
        assert [h.article_id for h in again.search(old_word)] == []


def test_an_unchanged_page_is_still_read_from_the_cache(tmp_path: Path) -> None:
    page = page_of(kicker="交通建设提速", byline="本报记者 林晓舟")
    SearchIndex.load_or_build([page], cache_dir=tmp_path)
    files = sorted(p.name for p in tmp_path.rglob("*.seg"))
    again = SearchIndex.load_or_build(
        [page_of(kicker="交通建设提速", byline="本报记者 林晓舟")], cache_dir=tmp_path
    )
    assert sorted(p.name for p in tmp_path.rglob("*.seg")) == files  # no new segment written
    assert [h.article_id for h in again.search("提速")] == ["a1"]
