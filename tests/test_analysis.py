"""Tests for key terms and entities (reader.analysis)."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

import reader.analysis
from reader.analysis import Analyzer, entities, find_terms, is_candidate
from reader.model import Article, Page, PageMeta
from tests.apptest import run, running, screen_text

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


CREDITED = """　　　　　　　　　　　　　　　　　　　　　　　　　　人民日报　2026年3月5日　星期四　第6版

                  小镇新修的石板路通到了山顶

　　本报记者　方文

　　春天到了，小镇的石板路修好了。游客沿着石板路走上山顶，看见满山的茶树和竹林。
　　镇上的茶农说，路修好以后，采茶的人来得更多，茶叶也卖得更好了。

　　山顶的石板路上，游客正在赏花。
　　本报记者林海奇摄
"""
"""A made-up page: a story whose photo caption closes on its credit, a name the tokenizer cuts in two."""


@run
async def test_the_key_terms_line_leaves_photo_credits_out(tmp_path: Path) -> None:
    """The key terms line showed a photo credit's name cut in two (`林海  奇摄`): credits are left out."""
    page_file = tmp_path / "page.txt"
    page_file.write_text(CREDITED, encoding="utf-8")
    async with running((120, 40), [page_file]) as (app, _pilot):
        [article] = app.library.articles
        assert article.paragraphs[-1].endswith("本报记者林海奇摄")  # the credit closes the caption
        line = next(row for row in screen_text(app).splitlines() if "关键词" in row)
        assert "石板路" in line
        assert "奇摄" not in line and "林海" not in line


DATED = """　　　　　　　　　　　　　　　　　　　　　　　　　　江城日报　2026年1月2日　星期五　第3版

                  多地迎来新年第一场雪

　　本报记者　周航

　　新年第一天，北方多地迎来降雪，交通部门连夜除雪保畅通，公交地铁正常运行。
　　新华社江城1月1日电（记者张云河）1月1日清晨，江城市区积雪厚达五厘米，环卫工人凌晨上路除雪。
"""
"""A made-up page: a roundup whose second paragraph opens with an agency's dateline, naming a reporter
the tokenizer cuts in two (`张`, `云河`)."""


@run
async def test_the_key_terms_line_leaves_a_dateline_in_the_text_out(tmp_path: Path) -> None:
    """The key terms line showed a piece of the name in a dateline's bracket (`云河`): datelines are left
    out as credits are."""
    page_file = tmp_path / "page.txt"
    page_file.write_text(DATED, encoding="utf-8")
    async with running((120, 40), [page_file]) as (app, _pilot):
        [article] = app.library.articles
        assert article.paragraphs[1].startswith("新华社江城1月1日电")  # the dateline stays in the text
        line = next(row for row in screen_text(app).splitlines() if "关键词" in row)
        assert "除雪" in line
        assert "云河" not in line


def test_key_terms_keep_a_sentence_that_opens_like_a_dateline() -> None:
    """Only the reporters a dateline names are left out: a sentence opening with the paper's or the
    agency's name (`本报收到读者来电（张先生）`) names no reporter and keeps all its words."""
    letter = Article(id="l", kind="article", paragraphs=["本报收到读者来电（张先生）反映小区停车难。"])
    analyzer = Analyzer(use_cache=False).fit(
        [Page(path="p", name="p", sha="s", meta=PageMeta(), articles=[letter])]
    )
    assert {"读者", "停车难"} <= set(analyzer.keywords(letter, limit=50))


def test_key_terms_of_a_paragraph_that_is_a_credit_alone() -> None:
    credited = Article(id="c", kind="photo", paragraphs=["村口新修的石板路。", "本报记者林海奇摄"])
    analyzer = Analyzer(use_cache=False).fit(
        [Page(path="p", name="p", sha="s", meta=PageMeta(), articles=[credited])]
    )
    terms = analyzer.keywords(credited, limit=50)
    assert "石板路" in terms and not {"林海", "奇摄"} & set(terms)


def test_a_long_text_is_cut_in_pieces_into_the_words_of_the_whole() -> None:
    """The tokenizer is given a long article in pieces (so a worker lets the UI thread run between them);
    the pieces end where no word can go on, so the key terms are the same."""
    from reader.analysis import pieces, terms_of, tokenizer

    text = "\n".join(p for article in page().articles for p in article.paragraphs)
    whole = [t for t in tokenizer()(text) if is_candidate(t)]
    for size in (1, 5, 40, 300):
        cut = list(pieces(text, size))
        assert "".join(cut) == text and len(cut) > 1
        assert [t for piece in cut for t in tokenizer()(piece) if is_candidate(t)] == whole
    assert terms_of(text) == whole
    assert list(pieces("", 5)) == [""] and list(pieces("没有标点的一段文字", 3)) == ["没有标点的一段文字"]


def _pages(texts: list[str]) -> list[Page]:
    base = page()
    return [
        Page(
            path=f"/x/{n}.txt",
            name=f"{n}.txt",
            sha=f"s{n}",
            meta=PageMeta(),
            articles=[
                Article.from_dict(
                    {**a.to_dict(), "id": f"{n}-{i}-{zlib.crc32(text.encode()):x}", "paragraphs": [text]}
                )
                for i, a in enumerate(base.articles[:2])
            ],
        )
        for n, text in enumerate(texts)
    ]


def test_the_same_pages_opened_again_are_counted_from_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Five years of a daily (14,608 pages): summing a file per page took ~8 s at each start, the key terms
    # waiting. The sums of the pages opened are kept; opened again, no page is read or tokenised.
    pages = _pages(["铜箔产业链加快发展。", "宠物经济带动消费。", "人才引进政策出台。"])
    first = Analyzer().fit(pages)
    for per_page in (tmp_path / "cache").rglob("*.json"):
        per_page.unlink()

    def no_tokenizing(*_args: object, **_kwargs: object) -> list[str]:
        raise AssertionError("a page was tokenised again")

    monkeypatch.setattr(reader.analysis, "terms_of", no_tokenizing)
    again = Analyzer().fit(list(reversed(pages)))  # (the same pages in another order)
    assert again.df == first.df and again.documents == first.documents == 6


def test_a_page_changed_is_counted_as_it_is_now() -> None:
    pages = _pages(["铜箔产业链加快发展。", "宠物经济带动消费。"])
    Analyzer().fit(pages)
    changed = [pages[0], *_pages(["", "人才引进政策出台。"])[1:]]
    fitted = Analyzer().fit(changed)
    assert fitted.df == Analyzer(use_cache=False).fit(changed).df
    assert fitted.df["人才"] and not fitted.df["宠物"]
