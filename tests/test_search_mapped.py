"""reader.search.cache: an index opened from the cache reads its postings from the segment files (mapped,
not copied into memory), and answers every query exactly as the index built in memory does; pages
changed since, and files replaced or removed under an open index, change nothing of that."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

import reader.search.index as index_module
import reader.search.texts as texts_module
from reader.model import Article, Page, PageMeta
from reader.search.index import VERSION, SearchIndex
from tests.test_index import art, real_articles

QUERIES = ("人才", "发展", "经济 -人才", '"新高"', "rencai", "發展", "集", "date:2024 人才", "headline:发展")


def _pages(seed: int = 5, count: int = 12) -> list[Page]:
    """The bundled test page's articles and pages of their sentences reshuffled (made-up text)."""
    rng = random.Random(seed)
    sentences = [s + "。" for a in real_articles() for p in a.paragraphs for s in p.split("。") if s]
    pages = [
        Page(
            path="p0.txt",
            name="p0.txt",
            sha="sha0",
            meta=PageMeta(date="2024-01-02"),
            articles=real_articles(),
        )
    ]
    for n in range(1, count):
        articles: list[Article] = []
        for j in range(rng.randint(3, 8)):
            paragraphs = ["".join(rng.sample(sentences, rng.randint(1, 4))) for _ in range(rng.randint(1, 4))]
            head = rng.choice(sentences)[:12]
            articles.append(art(f"p{n}a{j}", "\n".join(paragraphs), headline=head, byline="记者 甲乙"))
        meta = PageMeta(paper="某报", date=f"2024-0{1 + n % 3}-0{1 + n % 7}", page_no=str(n))
        pages.append(Page(path=f"p{n}.txt", name=f"p{n}.txt", sha=f"sha{n}", meta=meta, articles=articles))
    return pages


def _answers(index: SearchIndex, pages: list[Page]) -> list[object]:
    """Everything a reader sees of `QUERIES`: the results (ids, scores, snippets, copies, where), in both
    orders, the hits in every article and what the concordance reads."""
    out: list[object] = []
    for query in QUERIES:
        out.append(index.search(query, limit=50))
        out.append(index.search(query, limit=50, order="date"))
        out.append([index.hits(a, query).count for p in pages for a in p.articles])
    out.append([(a.id, start, end) for a, _meta, _doc, start, end in index.texts()])
    return out


def test_an_index_from_the_cache_answers_as_one_built_in_memory(tmp_path: Path) -> None:
    pages = _pages()
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder: nothing can be cached under it")
    built = SearchIndex.load_or_build(pages, cache_dir=blocked)
    assert built.memory_bytes()["mapped from the cache"] == 0  # (no file to map)
    written = SearchIndex.load_or_build(pages, cache_dir=tmp_path)  # built, written, then mapped
    read = SearchIndex.load_or_build(pages, cache_dir=tmp_path)  # from the cache
    assert read.memory_bytes()["mapped from the cache"] > 0
    assert read.memory_bytes()["postings"] == 0
    expected = _answers(built, pages)
    assert any(expected[0::3])  # (the queries find something)
    assert _answers(written, pages) == expected
    assert _answers(read, pages) == expected


def test_a_page_changed_since_is_found_and_an_open_index_keeps_answering(tmp_path: Path) -> None:
    pages = _pages()
    before = SearchIndex.load_or_build(pages, cache_dir=tmp_path)
    old = _answers(before, pages)
    changed = list(pages)
    changed[3] = Page(
        path="p3.txt",
        name="p3.txt",
        sha="sha3-new",
        meta=pages[3].meta,
        articles=[art("new", "低空经济起飞，无人机送货进村。", headline="改版")],
    )
    after = SearchIndex.load_or_build(changed, cache_dir=tmp_path)
    assert [h.article_id for h in after.search("无人机")] == ["new"]
    assert not {a.id for a in pages[3].articles} & {h.article_id for h in after.search("发展", limit=500)}
    # the files the first index maps are replaced and removed: it answers as it did
    for path in (tmp_path / f"search-v{VERSION}").glob("*.seg"):
        path.write_bytes(path.read_bytes())
        path.unlink()
    assert _answers(before, pages) == old
    assert before.search("无人机") == []


def test_a_segment_file_cut_short_or_foreign_is_rebuilt(tmp_path: Path) -> None:
    pages = _pages()
    expected = _answers(SearchIndex.load_or_build(pages, cache_dir=tmp_path), pages)
    folder = tmp_path / f"search-v{VERSION}"
    (path,) = folder.glob("*.seg")
    data = path.read_bytes()
    for damaged in (data[:-4], data[: len(data) // 2], data[:30], b"not a segment", data + b"\0\0\0\0"):
        path.write_bytes(damaged)
        assert _answers(SearchIndex.load_or_build(pages, cache_dir=tmp_path), pages) == expected
        assert path.read_bytes() == data  # (written again whole)


def test_an_article_changed_under_the_same_id_is_searched_as_it_is_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article's id hashes its headline and text, not its byline: the text a segment file keeps for
    it (written before the byline changed) is not what the index checks; it answers as an index holding
    every article's text as it folds now."""
    pages = _pages()
    SearchIndex.load_or_build(pages, cache_dir=tmp_path)
    changed = list(pages)
    article = pages[2].articles[0]
    moved = dataclasses.replace(article, byline="记者 丙丁")
    changed[2] = dataclasses.replace(pages[2], articles=[moved, *pages[2].articles[1:]])
    read = SearchIndex.load_or_build(changed, cache_dir=tmp_path)
    assert [h.article_id for h in read.search("author:丙丁")] == [article.id]
    answers = _answers(read, changed)
    monkeypatch.setattr(index_module, "collect_texts", lambda _segments: texts_module._Listed())
    held = SearchIndex.load_or_build(changed, cache_dir=tmp_path)
    assert held.memory_bytes()["text"] > read.memory_bytes()["text"]
    assert _answers(held, changed) == answers
