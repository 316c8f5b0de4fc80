"""A commentary signed with a pen name that no surname opens (`禾川`, `某某谈`): the name under the
finished text signs it, as a surnamed name does; a word of the dictionary set there is no one's."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page


def _articles(text: str) -> list:
    return [a for a in segment(text).articles if a.kind == "article"]


def test_a_pen_name_under_a_finished_commentary_signs_it() -> None:
    text = page(
        "读书贵在养成习惯（今日谈）",
        body(BODY_C),
        "禾川",
        "",
        "春耕备耕忙（新春走基层）",
        body(BODY_A),
    )
    first, second = _articles(text)
    assert (first.headline, first.authors, first.paragraphs) == (
        "读书贵在养成习惯（今日谈）",
        [Author("", "禾川")],
        BODY_C,
    )
    assert (second.headline, second.paragraphs) == ("春耕备耕忙（新春走基层）", BODY_A)


def test_a_word_of_the_dictionary_in_the_signatures_place_signs_nothing() -> None:
    text = page(
        "读书贵在养成习惯（今日谈）",
        body(BODY_C),
        "协同",
        "",
        "春耕备耕忙（新春走基层）",
        body(BODY_A),
    )
    articles = _articles(text)
    assert articles[0].authors == []
    assert articles[-1].headline == "春耕备耕忙（新春走基层）"


def test_a_word_over_the_next_heading_under_a_story_with_its_byline_is_that_headings_kicker() -> None:
    # a story prints one byline: under a text headed by its reporter, the word opens the next story
    text = page(
        "便民利企举措落地",
        "本报记者 王军豪",
        body(BODY_B),
        "锐评",
        "春耕备耕忙（新春走基层）",
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    first, second = _articles(text)
    assert (first.authors, first.paragraphs) == ([Author("记者", "王军豪")], BODY_B)
    assert (second.kicker, second.headline) == ("锐评", "春耕备耕忙（新春走基层）")
