"""A photo standing alone between two stories whose titles stand under their texts.

On a page whose stories print their titles after their texts, a caption and its credit between one
story's closing title and the next story's text belong to that story only if they tell of what it
tells; one in words of its own is a photo standing alone, and one in the words of the story under
it (none of the story over it) opens that story. Small hand-made pages.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

CAPTION = "江边新修的步道上，晨练的市民迎着朝霞慢跑，岸柳已经冒出嫩芽。"


def test_a_caption_in_its_own_words_between_head_after_stories_stands_alone() -> None:
    """Three stories, each closed by its headline; between the first's headline and the second's
    text, a two-line caption set wider than the columns, closed by its credit, sharing no word with
    the text under it: a photo of its own, not the second story's opening caption."""
    text = page(
        body(BODY_A, 16, "本报北京３月２日电  "),
        "春耕备耕忙",
        [*cut(CAPTION, 40), "本报记者  周  游摄", ""],
        body(BODY_C, 16, "本报上海３月２日电  "),
        "读书的意义",
        body(BODY_B, 16, "本报广州３月２日电  "),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("photo", None),
        ("article", "读书的意义"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs == [CAPTION]
    assert articles[2].paragraphs == BODY_C


# a caption in the words of the story under it (none of the story over it)
TOLD_CAPTION = "小镇阅览室里，读者们静下心来读书，在字里行间与更好的自己相遇。"


def test_a_caption_in_the_words_of_the_head_after_story_under_it_opens_that_story() -> None:
    """Between one story's closing headline and the next story's byline, a caption and its credit
    that tell of what the next story tells (and not of the story above): the next story's photo, its
    caption and credit opening that story's paragraphs, not a photo standing alone."""
    text = page(
        body(BODY_A, 16, "本报北京３月２日电  "),
        "春耕备耕忙",
        [*cut(TOLD_CAPTION, 40), "本报记者  周  游摄", ""],
        "本报记者  林  木",
        body(BODY_C, 16),
        "读书的意义",
        body(BODY_B, 16, "本报广州３月２日电  "),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "读书的意义"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[1].paragraphs[0] == TOLD_CAPTION
    assert articles[1].paragraphs[2:] == BODY_C
