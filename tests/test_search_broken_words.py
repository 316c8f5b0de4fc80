"""A word cut by a break the segmenter misread (a column break taken for a paragraph end, or a stray
space) is found, highlighted across the break and shown in snippets and the concordance; a real paragraph
end (a subhead, a box's label, a photo credit, a sentence's end) is not matched across."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article, Page, PageMeta
from reader.search.index import SearchIndex
from reader.search.kwic import concordance

CUT = Article(
    id="cut",
    headline="群众文化生活丰富多彩",
    paragraphs=[
        # a column break fell inside 摄影 and inside 体育: the segmenter made paragraph ends of both
        "今年以来，全市参加摄",
        "影、书画、集邮等活动的群众超过十万人，体",
        "育场馆免费开放。",
        "本报讯　记者 柳 青山走访了三个社区。",  # a stray space inside a name
    ],
)
REAL = Article(
    id="real",
    headline="社区新貌",
    paragraphs=[
        "核心阅读",  # a box's label, then its text
        "本地居民自发组织起来。",
        "老街换新颜",  # a subhead
        "育苗基地就在街口。",
        "图为居民在活动中心练习书法。",  # a caption, its credit on a line of its own
        "林远舟摄",
        "影响不止于此。",
    ],
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build([CUT, REAL])


def ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.article_id for hit in index.search(query)]


@pytest.mark.parametrize("query", ["摄影", "参加摄影", '"参加摄影"', "体育场馆", "柳青山", "摄影 书画"])
def test_a_word_cut_by_a_misread_break_is_found(index: SearchIndex, query: str) -> None:
    assert ids(index, query) == ["cut"]


def test_the_hit_spans_the_break_and_the_snippet_shows_it(index: SearchIndex) -> None:
    text = CUT.text
    assert index.spans(CUT, "摄影") == [(text.index("摄\n影"), text.index("摄\n影") + 3)]
    hits = index.hits(CUT, "体育")
    assert [text[a:b] for a, b in hits.text] == ["体\n育"]
    (hit,) = index.search("柳青山")
    assert "柳 青山" in hit.snippet


def test_the_concordance_lists_it_on_one_line(index: SearchIndex) -> None:
    (line,) = list(concordance(index, "摄影"))
    assert (line.left[-2:], line.keyword, line.right[:2]) == ("参加", "摄 影", "、书")
    assert line.start == CUT.text.index("摄\n影")


@pytest.mark.parametrize("query", ["读本", "阅读本地", "颜育", "新颜育苗", "摄影", "法林"])
def test_no_match_across_a_real_paragraph_end(query: str) -> None:
    index = SearchIndex.build([REAL])
    assert ids(index, query) == []
    assert index.spans(REAL, query) == []


def test_an_excluded_word_keeps_out_its_cut_form_too(index: SearchIndex) -> None:
    assert ids(index, "书画 -摄影") == []


def test_the_cache_keeps_the_marks(tmp_path: Path) -> None:
    page = Page(path="p.txt", name="p.txt", sha="s", meta=PageMeta(), articles=[CUT, REAL])
    SearchIndex.load_or_build([page], cache_dir=tmp_path)
    again = SearchIndex.load_or_build([page], cache_dir=tmp_path)
    assert [h.article_id for h in again.search("摄影")] == ["cut"]


def test_only_breaks_between_ideographs_after_prose_are_marked() -> None:
    from reader.search.textnorm import BREAK, fold_body

    assert fold_body("今天，参加摄\n影") == f"今天，参加摄{BREAK}影"
    assert fold_body("参加摄\n影") == "参加摄\n影"  # no prose mark before: a heading or a credit
    assert fold_body("今天，参加。\n影") == "今天，参加。\n影"
    assert fold_body("柳　青山 and 柳  青山 2024 年") == f"柳{BREAK}青山 and 柳  青山 2024 年"


def test_an_article_printing_the_word_whole_ranks_above_one_holding_it_cut() -> None:
    """A rare misread break must not make its article the best match: the word printed whole, as often,
    ranks at least as high."""
    whole = [
        Article(
            id=f"whole{i}",
            headline=f"文化活动第{i}期",
            paragraphs=[
                "今年以来，全市参加摄影、书画活动的群众很多，摄影作品展出多次。",
                "其他内容在此。" * 3,
            ],
        )
        for i in range(30)
    ]
    others = [
        Article(id=f"other{i}", headline=f"新闻{i}", paragraphs=["其他内容在此，没有那个词。" * 3])
        for i in range(30)
    ]
    cut = Article(
        id="cut", headline="群众文化", paragraphs=["今年以来，全市参加摄", "影、书画等活动的群众超过十万人。"]
    )
    hits = SearchIndex.build([*whole, *others, cut]).search("摄影", limit=100)
    ids = [h.article_id for h in hits]
    assert "cut" in ids  # still found across the break
    assert ids[0].startswith("whole")
    scores = {h.article_id: h.score for h in hits}
    assert scores["cut"] <= min(scores[i] for i in ids if i.startswith("whole"))


def test_how_a_word_was_printed_does_not_weigh_in_a_query_of_two_terms() -> None:
    """A term weighs the same whichever of its forms an article holds (whole, or cut by a misread break
    in one place or another): its idf is the term's over all of them. Weighed by its own posting list, a
    rare form put its article far above others saying the same."""
    others = [
        Article(id=f"other{i}", headline=f"新闻{i}", paragraphs=["其他内容在此，没有那个词，书画。"])
        for i in range(30)
    ]
    text = "今年以来，全市参加示例展、书画等活动的群众超过十万人。"

    def cut_at(i: int, name: str) -> Article:
        # the word 示例展 printed across a line break after `text[:i]` (a misread column break)
        return Article(id=name, headline="文化", paragraphs=[text[:i], text[i:]])

    at = text.index("示例展")
    # never printed whole: one article holds it cut after 示, five after 示例
    once = cut_at(at + 1, "once")
    index = SearchIndex.build([once, *(cut_at(at + 2, f"often{i}") for i in range(5)), *others])
    scores = {h.article_id: h.score for h in index.search("示例展 书画", limit=50)}
    assert len(scores) == 6
    assert abs(scores["once"] - scores["often0"]) <= 0.02 * scores["often0"]
    # printed whole in one article, cut in five: the whole one is not worth more for being rarer
    whole = Article(id="whole", headline="文化", paragraphs=[text])
    index = SearchIndex.build([whole, *(cut_at(at + 1, f"cut{i}") for i in range(5)), *others])
    scores = {h.article_id: h.score for h in index.search("示例展 书画", limit=50)}
    assert len(scores) == 6
    assert scores["whole"] <= 1.05 * scores["cut0"]
