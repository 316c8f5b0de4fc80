"""The layout program of the segmentation validation set (benchmarks/layout): seeded, faithful to its
texts, and closed to the texts kept for the independent check."""

from __future__ import annotations

import pytest

from benchmarks.layout.page import Page
from benchmarks.layout.stories import RefusedText, Texts, stories_1998, story_markdown
from benchmarks.people_daily_1998 import parse_tagged
from tests.layouttexts import sample_texts, squeeze


@pytest.fixture(scope="module")
def texts() -> Texts:
    return sample_texts()


def test_articles_are_reconstructed_with_their_reporters(texts: Texts) -> None:
    by_headline = {s.headline: s for s in texts.stories}
    story = by_headline["越总理谈今年工作指导方针"]
    assert story.authors == [("记者", "凌德权")]
    assert story.place == "河内"
    assert story.paragraphs[0].startswith("越南总理潘文凯今天在这里说")  # the dateline is taken off
    assert by_headline["还应坚持『能力支付』原则"].authors == [("", "周德武")]  # a signed commentary
    assert texts.photos and texts.photos[0].photographer == "刘宇"


def test_a_seed_always_gives_the_same_page(texts: Texts) -> None:
    assert Page(texts, 7).text == Page(texts, 7).text
    assert Page(texts, 7).truth == Page(texts, 7).truth
    assert len({Page(texts, seed).text for seed in range(8)}) == 8


@pytest.mark.parametrize("seed", range(40))
def test_truth_is_the_page_text_reflowed(texts: Texts, seed: int) -> None:
    """Every truth field is printed on the page (spaces and line breaks aside), and what the truth
    leaves out is furniture and bylines, never a run of body text."""
    page = Page(texts, seed)
    printed = squeeze(page.text)
    rest = printed
    for article in page.truth["articles"]:
        for name in ("kicker", "headline", "subtitle"):
            if article[name]:
                assert squeeze(article[name]) in printed
        for para in article["paragraphs"]:
            assert squeeze(para) in printed, para
            rest = rest.replace(squeeze(para), "\n", 1)
        for name in ("kicker", "headline", "subtitle"):
            if article[name]:
                rest = rest.replace(squeeze(article[name]), "\n", 1)
    assert max(len(chunk) for chunk in rest.split("\n")) < 60, rest


@pytest.mark.parametrize("seed", range(40))
def test_headlines_and_names_in_the_truth_have_no_ocr_spaces(texts: Texts, seed: int) -> None:
    for article in Page(texts, seed).truth["articles"]:
        for name in ("kicker", "subtitle"):
            assert " " not in (article[name] or "")
        assert all(" " not in a["name"] for a in article["authors"])


def test_texts_from_2025_are_refused() -> None:
    md = "### 引题\n# 标题（经济聚焦）\n> 本报记者  李  欣\n\n第一段。\n\n第二段。\n"
    story = story_markdown(md, "data/vault/2024/03/2024-03-05/02-要闻/标题.md")
    assert story is not None and story.column == "经济聚焦" and story.kicker == "引题"
    assert story.authors == [("记者", "李欣")]
    with pytest.raises(RefusedText):
        story_markdown(md, "data/vault/2025/01/2025-01-02/02-要闻/标题.md")
    assert story_markdown(md, "2026-03-05_02_01.md") is not None


def test_a_bare_xun_dateline_keeps_the_words_after_it() -> None:
    # `本报讯` has no place: the words after it up to some later 电 (电视台) are the report's own
    def tagged(text: str) -> str:
        return "  ".join(f"{ch}/n" for ch in text)

    first = (
        "本报讯今年元旦是中央电视台开播四十周年的日子，"
        "台里为此准备了一台特别节目，邀请各地观众一起回顾走过的历程。"
    )
    second = (
        "节目分为三个篇章，分别讲述创业、发展和开放的故事，许多老一辈电视工作者也来到现场，讲述了当年的往事。"
    )
    third = (
        "据介绍，这台节目将在元旦当天晚上播出，"
        "并通过卫星传送到海外，让更多的海外华人看到祖国这些年来的发展变化。"
    )
    sample = "\n".join(tagged(line) for line in ("电视台迎来四十岁生日", first, second, third))
    [story] = stories_1998(parse_tagged(sample)).stories
    assert story.place is None
    assert story.paragraphs[0].startswith("今年元旦是中央电视台")


def test_the_committed_modern_texts_are_2026_articles_that_the_reader_takes() -> None:
    from benchmarks.layout.build import MODERN_TEXTS, modern_texts

    files = sorted(MODERN_TEXTS.glob("*.md"))
    assert files and all(f.name.startswith("2026-") for f in files if f.name != "README.md")
    texts = modern_texts()
    assert len(texts.stories) == len(files) - 1  # every article but the README
    assert texts.photos and "北京" in texts.places
    assert all(s.year == 2026 and s.headline and len(s.paragraphs) >= 2 for s in texts.stories)


def test_title_stacks_follow_real_pages(texts: Texts) -> None:
    """Kickers outnumber subtitles, as on real pages; a kicker is printed both with and without a
    closing "——" and both on its own and right above the headline; a dashless subtitle is rarer
    than a dashless kicker."""
    kickers = subtitles = 0
    kicker_forms: set[tuple[bool, bool]] = set()
    dashless = {"kicker": 0, "subtitle": 0}
    for seed in range(120):
        page = Page(texts, seed)
        blocks = [b.splitlines() for b in page.text.split("\n\n")]
        for article in page.truth["articles"]:
            kicker, headline, subtitle = article["kicker"], article["headline"], article["subtitle"]
            if kicker:
                kickers += 1
                block = next(b for b in blocks if any(squeeze(line).startswith(kicker) for line in b))
                line = next(line for line in block if squeeze(line).startswith(kicker))
                dashed = line.endswith("——")
                kicker_forms.add((dashed, headline in block))
                dashless["kicker"] += not dashed
            if subtitle:
                subtitles += 1
                dashless["subtitle"] += any(line == subtitle for b in blocks for line in b)
    assert kickers > 2 * subtitles
    assert kicker_forms == {(True, True), (True, False), (False, True), (False, False)}
    assert dashless["subtitle"] < dashless["kicker"]
