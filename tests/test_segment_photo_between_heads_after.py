"""A photo standing alone between two stories whose titles stand under their texts.

On a page whose stories print their titles after their texts, a caption and its credit between one
story's closing title and the next story's text belong to that story only if they tell of what it
tells; one in words of its own is a photo standing alone, and one in the words of the story under
it (none of the story over it) opens that story. A caption opening the page is read the same way,
and so is one closing a story headed before its text. Small hand-made pages.
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


# a caption telling of nothing the page's stories tell
OWN_CAPTION = "雪后初晴，古城墙下的梅花竞相开放，游人驻足拍照。"


def _captioned_page(caption: str, first: list[str] = BODY_B, closing: bool = False) -> str:
    """A page of two stories headed before their texts (`first`, then `BODY_C`), each with its
    byline, and a photo (`caption` and its credit) opening the page, or closing the first story."""
    photo = [caption, "本报记者  周  游摄", ""]
    return page(
        *([] if closing else [photo]),
        "便民利企举措落地见效",
        "本报记者  林  木",
        body(first, 16),
        *([photo] if closing else []),
        "读书的意义",
        "本报记者  王小明",
        body(BODY_C, 16),
    )


def test_a_caption_in_its_own_words_at_the_pages_top_stands_alone() -> None:
    """A caption and its credit opening the page, over a story headed before its text (a byline
    under the headline) and another story, telling of nothing either tells: a photo of its own,
    not the first story's opening caption."""
    articles = segment(_captioned_page(OWN_CAPTION)).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("photo", None),
        ("article", "便民利企举措落地见效"),
        ("article", "读书的意义"),
    ]
    assert articles[0].paragraphs == [OWN_CAPTION]
    assert articles[1].paragraphs == BODY_B


# a caption sharing a few words with a story, not enough to be moved into it by them
FEW_WORDS_CAPTION = "周末午后，社区居民在新开的小镇阅览室里静下心来读书。"


def test_a_caption_at_the_pages_top_in_the_words_of_a_story_further_on_is_no_photo_of_its_own() -> None:
    """A caption opening the page that shares words with a story further down the page (a page
    prints a story's photos at its top), past a first story too long for the two to be read together:
    no photo standing alone; its words stay in an article."""
    articles = segment(_captioned_page(FEW_WORDS_CAPTION, BODY_B + BODY_A + BODY_B)).articles
    assert [a.kind for a in articles] == ["article", "article"]
    assert any(FEW_WORDS_CAPTION in a.paragraphs for a in articles)


def test_a_caption_in_its_own_words_closing_a_story_headed_before_its_text_stands_alone() -> None:
    """Between a story headed before its text and the next one, a caption and its credit that tell of
    nothing on the page: a photo of its own, not the story above's closing caption."""
    articles = segment(_captioned_page(OWN_CAPTION, closing=True)).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "便民利企举措落地见效"),
        ("photo", None),
        ("article", "读书的意义"),
    ]
    assert articles[0].paragraphs == BODY_B
    assert articles[1].paragraphs == [OWN_CAPTION]


def test_a_caption_in_the_words_of_the_story_above_it_closes_that_story() -> None:
    """A caption under a story headed before its text, in that story's words: the story's photo."""
    told = "政务服务大厅里，前来办事的群众在综合窗口一次提交全部材料。"
    articles = segment(_captioned_page(told, closing=True)).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "便民利企举措落地见效"),
        ("article", "读书的意义"),
    ]
    assert told in articles[0].paragraphs


def test_a_story_both_opened_and_closed_by_photos_of_their_own_keeps_its_text() -> None:
    """A caption in words of its own opening the page, over a story headed before its text that a
    second such caption closes: two photos of their own around the story, which keeps its text."""
    other = "秋日午后，湖面上的白鹭成群飞过芦苇荡，渔舟缓缓归港。"
    text = page(
        [OWN_CAPTION, "本报记者  周  游摄", ""],
        "便民利企举措落地见效",
        "本报记者  林  木",
        body(BODY_B, 16),
        [other, "刘德明摄", ""],
        "读书的意义",
        "本报记者  王小明",
        body(BODY_C, 16),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("photo", None),
        ("article", "便民利企举措落地见效"),
        ("photo", None),
        ("article", "读书的意义"),
    ]
    assert [a.paragraphs for a in articles] == [[OWN_CAPTION], BODY_B, [other], BODY_C]
