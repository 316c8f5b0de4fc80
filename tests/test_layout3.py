"""The third layout program (benchmarks/layout3): seeded, its truth says only what the page prints,
its authors are the byline's names, and no 2025 text gets in."""

from __future__ import annotations

import re

import pytest

from benchmarks.layout3.page import Page, wrap
from benchmarks.layout3.texts import Pool, article_markdown, modern_pool
from tests.tools.score_pages import score


@pytest.fixture(scope="module")
def pool() -> Pool:
    return modern_pool()  # the committed 2026 texts: no download needed


def squash(text: str) -> str:
    return re.sub(r"[\s\u3000■]", "", text)


@pytest.mark.parametrize("seed", range(30))
def test_the_truth_says_only_what_the_page_prints(pool: Pool, seed: int) -> None:
    page = Page(pool, seed)
    printed = squash(page.text)
    for article in page.truth["articles"]:
        for para in article["paragraphs"]:
            assert squash(para) in printed
        for name in ("kicker", "headline", "subtitle"):
            if article[name]:
                assert squash(article[name]) in printed
        for author in article["authors"]:
            assert author["name"] in printed
    assert score(page.truth, page.truth)[0]["articles_f1"] == 1.0


@pytest.mark.parametrize("seed", range(30))
def test_a_trailer_names_no_author(pool: Pool, seed: int) -> None:
    for article in Page(pool, seed).truth["articles"]:
        names = {a["name"] for a in article["authors"]}
        trailer = article["paragraphs"][-1]
        if re.fullmatch(r"（(.+)参与采写）", trailer):
            assert trailer[1:-5] not in names or trailer[1:-5] in (article["byline"] or "")


def test_pages_are_seeded(pool: Pool) -> None:
    assert Page(pool, 7).text == Page(pool, 7).text
    assert Page(pool, 7).text != Page(pool, 8).text


def test_every_convention_occurs(pool: Pool) -> None:
    tags = set().union(*(Page(pool, seed).tags for seed in range(120)))
    for tag in (
        "headline_after_body", "headline_before_body", "kicker", "kicker_dash", "subtitle", "subtitle_dash",
        "headline_column_tag", "headline_two_part", "byline_line", "byline_spaced_names", "byline_posted",
        "byline_signed", "byline_city", "byline_correspondent", "byline_xun", "byline_xinhua",
        "byline_marker", "trailer",
        "box_core_reading", "box_editor_note", "box_reporter_notebook", "subhead_question",
        "subhead_with_subsubhead", "captions_before", "captions_after", "captions_top", "caption_numbered",
        "caption_credit_own_line", "caption_credit_end", "caption_credit_all", "photo_item", "photo_titled",
        "editor_credits", "wide_item", "ocr_spaces", "column_break_mid_paragraph", "page_starts_with_byline",
    ):  # fmt: skip
        assert tag in tags, tag


def test_lines_are_cut_at_the_column_and_no_line_starts_with_a_closing_mark() -> None:
    lines = wrap("一二三四五六七八九十，一二三四五六七八九十。ab12", 10)
    assert lines[0] == "一二三四五六七八九十，"
    assert all(len(line) <= 11 for line in lines)


def test_texts_dated_2025_are_refused() -> None:
    md = "# 标题\n\n第一段。\n\n第二段。\n"
    assert article_markdown(md, "2026-03-05_02_01.md") is not None
    with pytest.raises(ValueError):
        article_markdown(md, "2025-03-05_02_01.md")


@pytest.mark.parametrize("seed", range(40))
def test_an_article_or_photo_is_printed_once_on_a_page(pool: Pool, seed: int) -> None:
    bodies = ["".join(a["paragraphs"]) for a in Page(pool, seed).truth["articles"]]
    assert len(bodies) == len(set(bodies))


def test_a_commentary_signed_by_two_prints_both_names() -> None:
    from benchmarks.layout3.texts import Article

    art = Article(
        headline="张家口震区处处见新联",
        paragraphs=["第一段话说了很多很多的事情。", "第二段话也说了很多很多的事情。"],
        authors=[("", "张京"), ("", "陈辉")],
        signed=True,
    )
    names = ["李明", "王红", "赵刚"]
    pool = Pool(articles=[art], names=names, places=["北京"], phrases=["小标题"], columns=["纵横"])
    for seed in range(20):
        page = Page(pool, seed)
        assert page.truth["articles"][0]["authors"] == [
            {"role": "", "name": "张京"},
            {"role": "", "name": "陈辉"},
        ]
        printed = squash(page.text)
        assert "张京" in printed and "陈辉" in printed
