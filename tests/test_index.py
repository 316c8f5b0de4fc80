"""The search index as a reader meets it: what a query finds, in what order, what gets highlighted, and
how the on-disk cache follows changes to the pages."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reader.search.index as index_module
from reader.model import Article, Author, Page, PageMeta, article_id
from reader.search import boundaries, parallel
from reader.search.index import SearchIndex
from reader.search.textnorm import fold, to_simplified, word_pinyin

DATA = Path(__file__).parent / "data"
PAGE_JSON = DATA / "000_0bab674bd8117e01.json"


def real_articles() -> list[Article]:
    """The eight articles of the bundled test page, as the segmenter produced them."""
    data = json.loads(PAGE_JSON.read_text(encoding="utf-8"))
    return [
        Article.from_dict({"id": article_id(a["paragraphs"], a["headline"]), **a}, page=data["page"])
        for a in data["articles"]
    ]


def art(aid: str, body: str, headline: str | None = None, byline: str | None = None, **kw: object) -> Article:
    return Article(id=aid, headline=headline, byline=byline, paragraphs=body.split("\n"), **kw)  # type: ignore[arg-type]


def ids(hits: list[index_module.Hit]) -> list[str]:
    return [h.article_id for h in hits]


@pytest.fixture(scope="module")
def page_index() -> SearchIndex:
    return SearchIndex.build(real_articles())


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    """The real articles plus ~200 made of their sentences reshuffled: enough for ranking to matter."""
    rng = random.Random(5)
    sentences = [s + "。" for a in real_articles() for p in a.paragraphs for s in p.split("。") if s]
    made = []
    for i in range(200):
        paras = ["".join(rng.sample(sentences, rng.randint(1, 4))) for _ in range(rng.randint(1, 5))]
        made.append(art(f"m{i:03d}", "\n".join(paras), headline=rng.choice(sentences)[:14]))
    return real_articles() + made


@pytest.fixture(scope="module")
def corpus_index(corpus: list[Article]) -> SearchIndex:
    return SearchIndex.build(corpus)


# ---------------------------------------------------------------------------------------- recall


def test_a_substring_is_found_even_where_jieba_cut_across_it(page_index: SearchIndex) -> None:
    import jieba

    sentence = "全力打造富有鲁西特色的人才集聚新高地"
    assert "高地" not in jieba.lcut_for_search(sentence)  # jieba cut 新高/地: not a word for jieba
    assert "聚新" not in jieba.lcut_for_search(sentence)
    target = next(a for a in real_articles() if sentence in a.text)
    for query in ("集聚", "高地", "聚新", "人才集聚新高地"):
        assert target.id in ids(page_index.search(query)), query


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_substring_of_an_article_finds_it(data: st.DataObject, page_index: SearchIndex) -> None:
    articles = real_articles()
    article = data.draw(st.sampled_from(articles))
    text = article.text
    start = data.draw(st.integers(0, len(text) - 1))
    length = data.draw(st.integers(1, 12))
    query = text[start : start + length]
    syntax = set('"＂“”「」:：')
    if not query.strip() or syntax & set(query) or query.lstrip().startswith(("-", "－")):
        return  # not a plain term: quotes, field colons and a leading minus are query syntax
    for term in query.split():
        assert article.id in ids(page_index.search(term, limit=len(articles))), term


def test_all_terms_must_match(corpus_index: SearchIndex, corpus: list[Article]) -> None:
    hits = corpus_index.search("铜箔 锂电池", limit=500)
    assert hits
    by_id = {a.id: a for a in corpus}
    for hit in hits:
        text = fold(by_id[hit.article_id].text + (by_id[hit.article_id].headline or ""))
        assert "铜箔" in text and "锂电池" in text
    every = {a.id for a in corpus if "铜箔" in a.text and "锂电池" in a.text}
    assert set(ids(hits)) == every


def test_exclusion_author_and_headline_filters() -> None:
    articles = [
        art(
            "a", "人才是第一资源。", headline="人才强市", byline="记者 刘桐", authors=[Author("记者", "刘桐")]
        ),
        art(
            "b",
            "人才引进政策。广告",
            headline="招商引资",
            byline="记者 王强",
            authors=[Author("记者", "王强")],
        ),
        art("c", "人才公寓建成。", headline="城市建设"),
    ]
    index = SearchIndex.build(articles)
    assert set(ids(index.search("人才"))) == {"a", "b", "c"}
    assert set(ids(index.search("人才 -广告"))) == {"a", "c"}
    assert ids(index.search("author:刘桐")) == ["a"]
    assert ids(index.search("人才 作者：王强")) == ["b"]
    assert ids(index.search("headline:人才")) == ["a"]
    assert set(ids(index.search("-headline:人才 人才"))) == {"b", "c"}
    assert ids(index.search('"人才公寓"')) == ["c"]


# ------------------------------------------------------------------------------ width and case


def test_full_and_half_width_forms_find_each_other() -> None:
    articles = [
        art("full", "全年ＧＤＰ增长５．２％，２０２３年实现。"),
        art("half", "全年GDP增长5.2%，2023年实现。"),
        art("none", "全年经济平稳运行。"),
    ]
    index = SearchIndex.build(articles)
    for query in ("2023", "２０２３", "%", "％", "5.2%", "gdp", "ＧＤＰ", "Gdp"):
        assert set(ids(index.search(query))) == {"full", "half"}, query


def test_adjacent_hits_stay_separate_for_stepping() -> None:
    article = art("x", "人才集聚，人才集聚。")
    index = SearchIndex.build([article])
    hits = [article.text[s:e] for s, e in index.spans(article, "人才 集聚")]
    assert hits == ["人才", "集聚", "人才", "集聚"]
    overlapping = [article.text[s:e] for s, e in index.spans(article, "人才集 集聚")]
    assert overlapping == ["人才集聚", "人才集聚"]


def test_spans_land_on_the_original_characters() -> None:
    article = art("x", "全年ＧＤＰ增长５．２％，\n另起一段：增长5.2%。")
    index = SearchIndex.build([article])
    spans = index.spans(article, "5.2%")
    assert [article.text[s:e] for s, e in spans] == ["５．２％", "5.2%"]
    assert index.spans(article, "") == []
    assert index.spans(article, "不存在") == []


def test_spans_merge_overlapping_hits(page_index: SearchIndex) -> None:
    article = next(a for a in real_articles() if "人才集聚新高地" in a.text)
    spans = page_index.spans(article, "人才集聚 集聚新高地 -广告")
    text = article.text
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # disjoint, in order
    assert "人才集聚新高地" in [text[s:e] for s, e in spans]


def test_an_article_the_query_excludes_has_no_hits(page_index: SearchIndex) -> None:
    """`集聚 -阳谷` keeps out the article about 阳谷: neither listed nor shown with hits (issue 10: 7)."""
    article = next(a for a in real_articles() if "人才集聚新高地" in a.text and "阳谷" in a.text)
    assert article.id not in ids(page_index.search("集聚 -阳谷", limit=50))
    assert page_index.spans(article, "集聚 -阳谷") == []
    assert page_index.hits(article, "集聚 -阳谷").count == 0
    assert page_index.hits(article, "集聚 -headline:阳谷").count == 0  # 阳谷 is in its headline
    assert page_index.hits(article, "集聚 -author:阳谷").count > 0  # but not in its byline
    assert page_index.spans(article, "集聚 -广告")


def test_hits_in_the_headline_and_kicker_are_counted_and_placed() -> None:
    """`headline:人才` finds hits in the head; plain terms in head and body (issue 10: 7)."""
    article = art("a", "人才是第一资源。", headline="人才强市", kicker="聚焦人才工作", subtitle="阳谷县经验")
    index = SearchIndex.build([article])
    found = index.hits(article, "headline:人才")
    assert found.headline == ((0, 2),) and found.kicker == ((2, 4),)
    assert found.text == () and found.subtitle == ()
    assert found.count == 2
    plain = index.hits(article, "人才")
    assert plain.text == ((0, 2),) and plain.headline == ((0, 2),) and plain.count == 3
    assert index.hits(article, "阳谷").subtitle == ((0, 2),)
    assert index.hits(article, "rencai").count == 3  # a pinyin query marks the words it found
    assert index.hits(article, "author:人才").count == 0


# ---------------------------------------------------------------------------------------- ranking


def test_a_headline_hit_outranks_a_body_hit() -> None:
    filler = "会议听取了工作报告并作出部署。" * 3
    articles = [
        art("body", filler + "新能源汽车产量增长。"),
        art("head", filler + "产量增长。", headline="新能源汽车"),
    ]
    assert ids(SearchIndex.build(articles).search("新能源")) == ["head", "body"]


def test_a_phrase_outranks_scattered_terms() -> None:
    articles = [
        art("scattered", "经济运行平稳。各项事业发展良好。"),
        art("phrase", "经济发展平稳。各项事业运行良好。"),
    ]
    assert ids(SearchIndex.build(articles).search("经济 发展")) == ["phrase", "scattered"]


def test_a_whole_word_outranks_characters_from_two_words() -> None:
    articles = [
        art("across", "这考验每个人才能与担当。"),  # 个人|才能: 人才 only as characters
        art("word", "这考验每位人才的担当。"),
    ]
    assert ids(SearchIndex.build(articles).search("人才")) == ["word", "across"]


def test_the_top_k_is_the_exact_top_k(corpus_index: SearchIndex, corpus: list[Article]) -> None:
    """The early-stopping search returns exactly what scoring every article would."""
    queries = [
        "产业",
        "的",
        "新",
        "铜箔",
        "人才 发展",
        "经济 发展",
        "阳谷 人才",
        "新能源汽车",
        "山东 企业 创新",
        "rencai",
        "人才 -阳谷",
        "headline:人才",
        "新 发展 企业 产业",
    ]
    for query in queries:
        plan = corpus_index._plan(index_module.parse(query))
        score = corpus_index._scorer(plan)
        everything = [(r[0], -d) for d in range(len(corpus)) if (r := score(d)) is not None]
        best = sorted(everything, reverse=True)[:10]
        hits = corpus_index.search(query, limit=10)
        assert len(hits) == len(best), query
        expected = [round(key, 6) for key, _ in best]
        got = [round(key, 6) for key, _d, _s, _t in corpus_index._rank(plan, 10)]
        assert got == expected, query


# --------------------------------------------------------------------------- pinyin, traditional


def test_pinyin_whole_or_initials_finds_words_ranked_below_literal_hits() -> None:
    articles = [
        art("talent", "阳谷县打造人才集聚新高地。"),
        art("city", "聊城市东阿县阿胶产业。"),
        art("latin", "The rencai programme in English text."),
    ]
    index = SearchIndex.build(articles)
    # letters printed as a word are asked for as printed: pinyin only where no page prints them so
    assert [(h.article_id, h.match) for h in index.search("rencai")] == [("latin", "literal")]
    hits = index.search("renc")  # printed only inside a longer word: literal first, then pinyin
    assert ids(hits) == ["latin", "talent"]
    assert [h.match for h in hits] == ["literal", "pinyin"]
    assert "talent" in ids(index.search("rc"))
    assert ids(index.search("liaocheng")) == ["city"]
    assert ids(index.search("ejiao")) == ["city"]
    talent = articles[0]
    assert [talent.text[s:e] for s, e in index.spans(talent, "renc")] == ["人才"]


def test_a_pinyin_term_is_looked_up_once_per_keystroke(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search, the results' marks and the open article's hits all need the words `rencai` names; the
    vocabulary is read once for them (each read cost ~3 ms at 30,000 articles), and the words stay right."""
    from reader.search.pinyin import PinyinTables

    talent = art("talent", "阳谷县打造人才集聚新高地。")
    index = SearchIndex.build([talent, art("city", "聊城市东阿县阿胶产业。")])
    index.prepare()
    looked_up: list[str] = []
    words = PinyinTables.words

    def counted(self: PinyinTables, text: str, df: object) -> list[str]:
        looked_up.append(text)
        return words(self, text, df)  # type: ignore[arg-type]

    monkeypatch.setattr(PinyinTables, "words", counted)
    assert ids(index.search("rencai")) == ["talent"]
    assert index.spans(talent, "rencai") == [(5, 7)]
    assert index.hits(talent, "rencai").text == ((5, 7),)
    assert looked_up == ["rencai"]
    assert ids(index.search("liaocheng")) == ["city"]
    assert looked_up == ["rencai", "liaocheng"]


def test_traditional_characters_find_simplified_text() -> None:
    articles = [art("city", "聊城市东阿县阿胶产业。"), art("other", "东平县农业。")]
    index = SearchIndex.build(articles)
    hits = index.search("東阿縣")
    assert ids(hits) == ["city"]
    assert hits[0].match == "traditional"
    assert [articles[0].text[s:e] for s, e in index.spans(articles[0], "東阿縣")] == ["东阿县"]
    assert to_simplified("東阿縣") == "东阿县"


def test_word_pinyin_agrees_with_pypinyin_on_real_words() -> None:
    import rjieba
    from pypinyin import lazy_pinyin

    words = {w for a in real_articles() for w in rjieba.cut(a.text) if len(w) >= 2 and fold(w).isalpha()}
    words = {w for w in words if all("\u4e00" <= c <= "\u9fff" for c in w)}
    assert len(words) > 300
    disagree = [w for w in words if (word_pinyin(w) or ("",))[0] != "".join(lazy_pinyin(w))]
    assert len(disagree) <= len(words) // 100, disagree


# ------------------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        ".*",
        "[",
        "(a|b",
        "\\",
        "$(rm -rf /)",
        "'; DROP TABLE t; --",
        '"',
        "-",
        "author:",
        "%_%",
        "\x00",
        "“",
        "headline:",
        "-人才",
        "--",
        "author:nobody -x",
    ],
)
def test_metacharacters_and_empty_queries_do_not_fail(query: str, page_index: SearchIndex) -> None:
    hits = page_index.search(query)
    assert isinstance(hits, list)
    article = real_articles()[0]
    assert isinstance(page_index.spans(article, query), list)


def test_a_10000_character_query_returns_quickly(page_index: SearchIndex) -> None:
    text = "".join(a.text for a in real_articles())
    for query in (text[:10_000], "人才 " * 3000, "x" * 10_000, "东" * 10_000):
        start = time.perf_counter()
        page_index.search(query)
        page_index.spans(real_articles()[1], query)
        assert time.perf_counter() - start < 1.0


def test_snippet_is_one_line_around_the_hit(page_index: SearchIndex) -> None:
    hit = page_index.search("集聚新高地")[0]
    assert "集聚新高地" in hit.snippet
    assert "\n" not in hit.snippet and "  " not in hit.snippet
    assert len(hit.snippet) <= index_module.SNIPPET_CHARS + 2


def test_progress_is_reported_to_the_end() -> None:
    calls: list[tuple[int, int]] = []
    SearchIndex.build(real_articles(), progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1] == (8, 8)
    assert all(0 <= done <= total for done, total in calls)


@pytest.mark.slow
def test_two_process_build_gives_the_same_results(
    monkeypatch: pytest.MonkeyPatch, corpus: list[Article]
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setenv("DUBA_INDEX_WORKERS", "2")
    split = SearchIndex.build(corpus)
    assert len(split._segments) == 2  # the second half came from the helper process
    monkeypatch.setenv("DUBA_INDEX_WORKERS", "1")
    whole = SearchIndex.build(corpus)
    for query in ("铜箔", "人才 发展", "阳谷", "东阿縣", "rencai"):
        assert set(ids(split.search(query, limit=300))) == set(ids(whole.search(query, limit=300))), query


# ------------------------------------------------------------------------------------------ cache


def make_page(name: str, articles: list[Article]) -> Page:
    sha = str(abs(hash(tuple(a.text for a in articles))))
    return Page(path=name, name=name, sha=sha, meta=PageMeta(), articles=articles)


def test_cache_reuses_unchanged_pages_and_reindexes_a_changed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [
        make_page(f"p{i}.txt", [art(f"p{i}a{j}", f"第{i}版第{j}篇：稳步推进新型工业化。") for j in range(3)])
        for i in range(6)
    ]
    tokenized: list[str] = []
    original = boundaries.Boundaries.mask

    def counting(self: boundaries.Boundaries, doc: str, hlen: int, blen: int) -> bytes:
        tokenized.append(doc)
        return original(self, doc, hlen, blen)

    monkeypatch.setattr(boundaries.Boundaries, "mask", counting)
    first = SearchIndex.load_or_build(pages, cache_dir=tmp_path)
    assert len(tokenized) == 18
    assert list((tmp_path / f"search-v{index_module.VERSION}").glob("*.seg"))

    tokenized.clear()
    again = SearchIndex.load_or_build(pages, cache_dir=tmp_path)
    assert tokenized == []  # nothing re-tokenized
    assert ids(again.search("第3版")) == ids(first.search("第3版"))

    changed = make_page("p3.txt", [art("new", "第3版改版：低空经济起飞。")])
    pages[3] = changed
    tokenized.clear()
    updated = SearchIndex.load_or_build(pages, cache_dir=tmp_path)
    assert len(tokenized) == 1  # only the changed page
    assert ids(updated.search("低空经济")) == ["new"]
    assert ids(updated.search("第3版第1篇")) == []  # the old version of the page is gone
    assert len(ids(updated.search("新型工业化", limit=100))) == 15
    assert updated.article("p3a1") is None and updated.article("new") is not None


def test_pinyin_still_finds_pages_whose_token_data_was_reused(tmp_path: Path) -> None:
    """After a large change (here a big new page) the cache re-indexes everything, reusing the word
    boundaries of unchanged pages instead of tokenizing them again. The words of those pages are what
    pinyin matches, and they were gathered only while tokenizing: the rebuilt segment kept none, and
    `rencai` found nothing on the unchanged page from then on (the segment stays cached)."""
    page = make_page("p.txt", real_articles())
    first = SearchIndex.load_or_build([page], cache_dir=tmp_path)
    talent = ids(first.search("rencai"))
    assert talent and ids(first.search("人才")) == talent

    big = make_page("q.txt", [art(f"q{j}", f"第{j}篇：低空经济起飞，无人机送货进村。") for j in range(40)])
    rebuilt = SearchIndex.load_or_build([page, big], cache_dir=tmp_path)
    assert ids(rebuilt.search("人才")) == talent
    assert ids(rebuilt.search("rencai")) == talent
    assert ids(rebuilt.search("wurenji")) and ids(rebuilt.search("rc")) == ids(first.search("rc"))
    again = SearchIndex.load_or_build([page, big], cache_dir=tmp_path)  # from the cache as written
    assert ids(again.search("rencai")) == talent


def test_a_broken_cache_file_is_rebuilt_not_fatal(tmp_path: Path) -> None:
    pages = [make_page("p.txt", real_articles())]
    SearchIndex.load_or_build(pages, cache_dir=tmp_path)
    for seg in (tmp_path / f"search-v{index_module.VERSION}").glob("*.seg"):
        seg.write_bytes(b"not a pickle")
    index = SearchIndex.load_or_build(pages, cache_dir=tmp_path)
    assert index.search("集聚新高地")


def test_cache_goes_under_the_user_cache_folder_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUBA_CACHE_DIR", str(tmp_path))
    SearchIndex.load_or_build([make_page("p.txt", real_articles()[:2])])
    assert list(tmp_path.glob("search-v*/*.seg"))


# ---------------------------------------------------------------------------------------- jieba


def test_rjieba_cuts_real_text_exactly_as_jieba() -> None:
    """Bulk tokenization uses rjieba; jieba stays the reference."""
    import jieba
    import rjieba

    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    texts += [a.text for a in real_articles()]
    assert sum(map(len, texts)) > 10_000
    for text in texts:
        assert rjieba.cut(text, True) == jieba.lcut(text, HMM=True)
        assert rjieba.cut_for_search(text, True) == jieba.lcut_for_search(text, HMM=True)


def test_an_article_printed_twice_is_listed_once_and_says_so() -> None:
    twice = art("same", "稳步推进新型工业化。", page="a.txt")
    again = art("same", "稳步推进新型工业化。", page="b.txt")
    index = SearchIndex.build([twice, art("other", "新型工业化示范区。"), again])
    hits = index.search("新型工业化")
    assert sorted(ids(hits)) == ["other", "same"]
    assert {h.article_id: h.identical for h in hits} == {"same": 1, "other": 0}
    assert [a.page for a in index.copies("same")] == ["a.txt", "b.txt"]
    assert [a.page for a in index.copies("other")] == [""]
    assert index.copies("nothing") == []


def test_many_copies_of_one_article_leave_room_for_the_others() -> None:
    """A page that repeats one article 1,100 times still lists every other match (issue 10: 8)."""
    copy = art("copy", "新型工业化。", headline="新型工业化")
    others = [art(f"o{i:02d}", f"第{i}篇：稳步推进新型工业化，" + "产业升级。" * (i + 1)) for i in range(25)]
    index = SearchIndex.build([copy] * 1100 + others)
    hits = index.search("新型工业化", limit=20)
    assert len(hits) == 20 and ids(hits)[0] == "copy"
    assert hits[0].identical == 1099
    assert len(set(ids(hits))) == 20
    assert len(index.search("新型工业化", limit=100)) == 26


def test_a_whole_pinyin_query_matches_whole_syllables_in_order() -> None:
    """`yanggu` is 阳谷 (yang·gu), not the first letters of 阳光 (yang·guang) (issue 10, item 9)."""
    county = art("county", "阳谷县打造人才集聚新高地。")
    sunshine = art("sunshine", "推进政务信息阳光公开。")
    index = SearchIndex.build([county, sunshine])
    assert ids(index.search("yanggu")) == ["county"]
    assert index.spans(sunshine, "yanggu") == []
    assert ids(index.search("yangguang")) == ["sunshine"]
    # While the last syllable is still being typed, both stay in view.
    assert set(ids(index.search("yangg"))) == {"county", "sunshine"}


def test_initials_match_only_a_query_of_initials() -> None:
    """`fa` is a syllable, not the initials of 法案 (fa·an); `rc`, all initials, still finds 人才."""
    law = art("law", "审议通过法案。")
    talent = art("talent", "打造人才集聚新高地。")
    index = SearchIndex.build([law, talent])
    assert ids(index.search("fa")) == []
    assert ids(index.search("rc")) == ["talent"]
    assert ids(index.search("faan")) == ["law"]


def test_a_pasted_phrase_with_quotation_marks_is_found_and_highlighted() -> None:
    article = art("x", "我市建成了集“三资”全面监管于一体的平台。加快人才“五心工程体系”建设。")
    index = SearchIndex.build([article, art("y", "集体三资管理。")])
    for query in ("集“三资”", "人才“五心", "加快人才“五心工程体系”建设"):
        assert ids(index.search(query)) == ["x"], query
        assert [article.text[s:e] for s, e in index.spans(article, query)] == [query]
