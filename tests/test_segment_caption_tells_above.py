"""Captions whose words are the story's above them are that story's, even where the photo after them
is credited to the reporter of the story below."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

SERIES = [
    "图①：农机手驾驶播种机在田间来回穿梭。",
    "黄  丽摄（影像中国）",
    "图②：新建的灌溉渠道穿过高标准农田。",
    "安  德摄",
    "图③：种粮大户在手机上查看墒情数据。",
    "韩仕超摄",
]


def test_a_series_telling_the_story_above_stays_with_it_over_a_photo_of_the_story_below() -> None:
    """A head-before story's text, a numbered series of photos whose captions tell what it tells
    (播种机, 灌溉渠道, 墒情数据), then a photo credited to the reporter whose byline opens the next
    story (its headline printed after its text): the series is the story above's, printed after its
    text; only the credited photo goes with the story below."""
    captions: list[str] = []
    for line in [*SERIES, "政务服务大厅里前来办事的群众。", "本报记者  尹腾淑摄"]:
        captions += [line, ""]
    text = page(
        "春耕时节田间忙",
        "本报记者  何  平",
        body(BODY_A, 30),
        captions,
        "本 报 记 者  尹 腾 淑",
        body(BODY_B, 30),
        "便民利企举措落地见效",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕时节田间忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[: len(BODY_A)] == BODY_A
    assert articles[0].paragraphs[len(BODY_A)] == SERIES[0]
    assert articles[1].paragraphs[0] == "政务服务大厅里前来办事的群众。"


def test_a_caption_telling_the_story_above_stays_with_it_under_the_note_closing_its_text() -> None:
    """A story's text closed by a note of who helped write it (`（X参与采写）`), then a photo whose
    caption tells what the story tells (播种机, 高标准农田), then a photo of something else, then the
    next story: the note closes the text, not the story, so the photo that tells the story is
    printed with it, and only the other stands alone."""
    text = page(
        "春耕时节田间忙",
        "本报记者  何  平",
        body(BODY_A, 20),
        "（王  海参与采写）",
        ["农机手驾驶播种机在高标准农田里", "来回穿梭，新建的灌溉渠道穿过田", "间。  本报记者  黄  丽摄", ""],
        ["游客在古镇的石板路上拍照留念。  安  德摄", ""],
        "便民利企举措落地见效",
        "本报记者  尹腾淑",
        body(BODY_B, 20),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕时节田间忙"),
        ("photo", None),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[-1].startswith("农机手驾驶播种机在高标准农田里来回穿梭")
