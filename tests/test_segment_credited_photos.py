"""Photos credited to the reporter who wrote the story next to them are that story's.

A paper's reporter photographs what they report on: `本报记者 X摄` under a caption, `本报记者 X` in the
byline of the story printed with it. One small hand-made page per case.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

CAPTION = "春耕时节，农机手驾驶播种机在田间来回穿梭，一垄垄新土整齐地铺展开来。"
SECOND = "新建的灌溉渠道旁，种粮大户查看手机上的墒情数据。"


def closed(caption: str, credit: str, width: int) -> list[str]:
    """A caption set `width` wide, its credit on a line of its own under it, a blank line under it."""
    return [*cut(caption, width), credit, ""]


def test_photos_over_a_heading_credited_to_its_reporter_are_that_articles() -> None:
    """Two photos printed between one article's text and the next one's heading, credited to the
    reporter the next byline names: the next article's photos, printed above its heading, not
    captions after the text above (whose reporter is someone else) nor photos standing alone."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        body(BODY_A, 30),
        closed(CAPTION, "本报记者  王军豪摄", 30),
        closed(SECOND, "本报记者  王军豪摄", 30),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        body(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == BODY_A
    assert articles[1].paragraphs[:4] == [CAPTION, "本报记者  王军豪摄", SECOND, "本报记者  王军豪摄"]


def run_on(paragraphs: list[str], width: int) -> list[str]:
    """Body lines of paragraphs that run on: each opens indented, no blank line between them."""
    return [line for p in paragraphs for line in cut("\u3000\u3000" + p, width)] + [""]


def test_a_photo_under_a_text_credited_to_its_reporter_is_that_articles() -> None:
    """A photo set wide and apart under an article's text, credited to the reporter its byline
    names, over the next article's heading: the article's own photo printed after its text, not
    a photo standing alone."""
    text = page(
        "春耕备耕忙",
        "■ 本报记者 刘  桐",
        run_on(BODY_A, 30),
        closed(CAPTION, "本报记者  刘桐摄", 44),
        "便民利企举措落地见效",
        "■ 本报记者 王军豪",
        run_on(BODY_B, 30),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs == [*BODY_A, CAPTION, "本报记者  刘桐摄"]


def test_photos_over_a_byline_credited_to_it_are_that_articles_on_a_headline_after_page() -> None:
    """On a page that prints headlines after their bodies, two photos set wide between one article's
    headline and the next one's byline, credited to the reporter that byline names: the next
    article's photos, printed over its byline, not photos standing alone."""
    text = page(
        "■ 本报记者 刘  桐",
        body(BODY_A, 30),
        "春耕备耕忙",
        closed(CAPTION, "本报记者  王军豪摄", 44),
        closed(SECOND, "本报记者  王军豪摄", 44),
        "■ 本报记者 王军豪",
        body(BODY_B, 30),
        "便民利企举措落地见效",
        "■ 本报记者 李  明",
        body(BODY_C, 30),
        "读书的意义",
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕备耕忙"),
        ("article", "便民利企举措落地见效"),
        ("article", "读书的意义"),
    ]
    assert articles[1].paragraphs == [CAPTION, "本报记者  王军豪摄", SECOND, "本报记者  王军豪摄", *BODY_B]
