"""A bookmark finds its passage again after the page is segmented differently, or is shown as an orphan."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from reader.bookmarks import BookmarkStore, anchor, resolve
from reader.model import Article, Page, PageMeta, article_id

DATA = Path(__file__).parent / "data" / "000_0bab674bd8117e01.json"


def page_articles() -> list[Article]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    articles = []
    for raw in data["articles"]:
        article = Article.from_dict(raw | {"id": ""}, page=data["page"])
        article.id = article_id(article.paragraphs, article.headline)
        articles.append(article)
    return articles


def make_page(articles: list[Article]) -> Page:
    return Page(
        path="p.txt", name=articles[0].page, sha="s", meta=PageMeta(paper="聊城日报"), articles=articles
    )


def resegmented(article: Article, paragraphs: list[str]) -> Article:
    """The same article as an improved segmenter would give it: new paragraphs, hence a new id."""
    return replace(article, id=article_id(paragraphs, article.headline), paragraphs=paragraphs)


@pytest.fixture
def store(tmp_path: Path) -> BookmarkStore:
    return BookmarkStore(tmp_path / "bookmarks.json")


@pytest.fixture
def steel() -> Article:
    """The article on electrolytic copper foil (first of the page)."""
    return page_articles()[0]


def span_of(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def test_unchanged_text_anchors_by_position(store: BookmarkStore, steel: Article) -> None:
    start, end = span_of(steel.text, "高性能电解铜箔是新能源汽车锂电池的核心部件")
    bookmark = store.add(steel, make_page([steel]), start, end)

    found = anchor(bookmark, steel.text)

    assert (found.start, found.end, found.status) == (start, end, "position")


def test_passage_after_a_removed_paragraph_break_is_found_by_its_quote(
    store: BookmarkStore, steel: Article
) -> None:
    passage = "高性能电解铜箔是新能源汽车锂电池的核心部件"
    bookmark = store.add(steel, make_page([steel]), *span_of(steel.text, passage))
    merged = [steel.paragraphs[0] + steel.paragraphs[1], *steel.paragraphs[2:]]  # the first break is gone
    new_text = "\n".join(merged)

    found = anchor(bookmark, new_text)

    assert found.status == "quote"
    assert new_text[found.start : found.end] == passage


def test_passage_across_a_paragraph_break_that_moved(store: BookmarkStore, steel: Article) -> None:
    # The passage runs from the end of paragraph 1 into paragraph 2.
    passage = "调整生产线参数。\n最薄可达4.5微米"
    bookmark = store.add(steel, make_page([steel]), *span_of(steel.text, passage))
    first, second = steel.paragraphs[0], steel.paragraphs[1]
    # The improved segmenter joins them and breaks the second paragraph elsewhere instead.
    cut = second.index("产品主要")
    moved = [first + second[:cut], second[cut:], *steel.paragraphs[2:]]
    new_text = "\n".join(moved)

    found = anchor(bookmark, new_text)

    assert found.status == "fuzzy"
    assert new_text[found.start : found.end] == "调整生产线参数。最薄可达4.5微米"


def test_a_paragraph_break_inserted_inside_the_passage(store: BookmarkStore, steel: Article) -> None:
    passage = "最薄可达4.5微米、相当于一根头发丝的十五分之一的极薄高性能电解铜箔是山东嘉元的主打产品"
    bookmark = store.add(steel, make_page([steel]), *span_of(steel.text, passage))
    new_text = steel.text.replace("十五分之一的", "十五分之一的\n")

    found = anchor(bookmark, new_text)

    assert found.found
    assert new_text[found.start : found.end] == passage.replace("十五分之一的", "十五分之一的\n")


def test_one_character_edited_inside_the_passage(store: BookmarkStore, steel: Article) -> None:
    passage = "从外观看不过是一层薄薄的金属铜箔，但它“浑身”充满高科技"
    bookmark = store.add(steel, make_page([steel]), *span_of(steel.text, passage))
    # A corrected OCR error: 金属 -> 金屬 inside the quote, and text added before it.
    new_text = "（更正）" + steel.text.replace("金属铜箔", "金屬铜箔")

    found = anchor(bookmark, new_text)

    assert found.status == "fuzzy"
    assert new_text[found.start : found.end] == passage.replace("金属", "金屬")


def test_a_short_passage_with_an_edited_character_is_found_between_its_context(
    store: BookmarkStore, steel: Article
) -> None:
    passage = "无菌车间"  # too short for an approximate match on its own
    bookmark = store.add(steel, make_page([steel]), *span_of(steel.text, passage))
    new_text = "导语。\n" + steel.text.replace("无菌车间", "無菌车间")

    found = anchor(bookmark, new_text)

    assert found.status == "fuzzy"
    assert new_text[found.start : found.end] == "無菌车间"


def test_a_repeated_phrase_is_told_apart_by_its_context(store: BookmarkStore, steel: Article) -> None:
    text = steel.text
    third = [i for i in range(len(text)) if text.startswith("新赛道", i)][2]  # in paragraph 6
    bookmark = store.add(steel, make_page([steel]), third, third + 3)
    # A long paragraph inserted before paragraph 6: the old offset is now nearest another "新赛道".
    filler = "补充报道。" * 80
    paragraphs = [*steel.paragraphs[:5], filler, *steel.paragraphs[5:]]
    new_text = "\n".join(paragraphs)

    found = anchor(bookmark, new_text)

    assert found.status == "quote"
    assert found.start == third + len(filler) + 1


def test_text_without_the_passage_leaves_an_orphan(store: BookmarkStore, steel: Article) -> None:
    bookmark = store.add(steel, make_page([steel]), *span_of(steel.text, "一台台精密设备整齐排列"))

    found = anchor(bookmark, page_articles()[1].text)

    assert not found.found
    assert found.status == "orphan"


def test_resolve_finds_the_passage_in_a_resegmented_article_with_a_new_id(store: BookmarkStore) -> None:
    articles = page_articles()
    page = make_page(articles)
    target = articles[2]
    passage = target.paragraphs[1][10:40]
    store.add(target, page, *span_of(target.text, passage))
    # Re-segmentation: every article's first paragraph break removed, so every id changes.
    new_articles = [resegmented(a, ["".join(a.paragraphs[:2]), *a.paragraphs[2:]]) for a in articles]
    assert all(new.id != old.id for new, old in zip(new_articles, articles, strict=True))

    (result,) = resolve(store.all(), new_articles)

    assert result.article is new_articles[2]
    assert result.article.text[result.anchor.start : result.anchor.end] == passage


def test_resolve_finds_a_passage_when_an_article_was_split_in_two(store: BookmarkStore) -> None:
    articles = page_articles()
    whole = articles[0]
    passage = whole.paragraphs[5][:40]
    bookmark = store.add(whole, make_page(articles), *span_of(whole.text, passage))
    head = resegmented(whole, whole.paragraphs[:4])
    tail = replace(resegmented(whole, whole.paragraphs[4:]), headline=None)
    tail.id = article_id(tail.paragraphs)

    (result,) = resolve([bookmark], [head, tail, *articles[1:]])

    assert result.article is tail
    assert tail.text[result.anchor.start : result.anchor.end] == passage


def test_disappeared_article_leaves_an_orphan_that_is_kept(store: BookmarkStore) -> None:
    articles = page_articles()
    page = make_page(articles)
    kept = store.add(articles[1], page, 0, 20)
    gone = store.add(articles[0], page, *span_of(articles[0].text, "一台台精密设备整齐排列"))
    remaining = articles[1:]

    results = {r.bookmark.id: r for r in resolve(store.all(), remaining)}

    assert not results[kept.id].orphaned
    orphan = results[gone.id]
    assert orphan.orphaned and orphan.article is None
    assert orphan.quote == "一台台精密设备整齐排列"
    # Still stored: reopening shows it, quote and all.
    reopened = BookmarkStore(store.path)
    assert {b.id for b in reopened.all()} == {kept.id, gone.id}


def test_a_short_common_phrase_is_not_pinned_on_another_article(store: BookmarkStore) -> None:
    articles = page_articles()
    source = articles[0]
    start = source.text.index("新兴产业")
    bookmark = store.add(source, make_page(articles), start, start + 4)
    # "新兴产业" occurs elsewhere on real pages, but without this bookmark's context.
    other = Article(id="other", headline="别处", paragraphs=["全省新兴产业产值增长百分之十。"], page="x")

    (result,) = resolve([bookmark], [other])

    assert result.orphaned


def test_resolve_finds_a_passage_made_a_title_line_in_that_line(store: BookmarkStore) -> None:
    """The first sentence of an article's first paragraph, bookmarked, then the paragraph made the subtitle
    (the reader's t): no text holds it, and it is not an orphan: it is in the article's subtitle."""
    articles = page_articles()
    article = next(a for a in articles if len(a.paragraphs) > 2 and "。" in a.paragraphs[0][:-1])
    first = article.paragraphs[0]
    sentence = first[: first.index("。") + 1]
    bookmark = store.add(article, make_page(articles), 0, len(sentence))
    paragraphs = article.paragraphs[1:]
    titled = replace(
        article, id=article_id(paragraphs, article.headline), paragraphs=paragraphs, subtitle=first
    )
    rest = [titled if a is article else a for a in articles]

    (result,) = resolve([bookmark], rest)

    assert not result.orphaned and result.anchor.status == "title"
    assert result.article is titled
    assert result.anchor.field == "subtitle"
    assert titled.subtitle[result.anchor.start : result.anchor.end] == sentence
