"""A photo printed under its story's last lines, however few of them a column break left there, is the
story's when its caption tells what the story tells; one with a title of its own stands alone."""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

CAPTION = ["种粮大户老李在田间查看墒情数据，播种机来回穿梭。", "黄  丽摄（影像中国）", ""]


def _broken_text(paragraphs: list[str]) -> list[str]:
    """Indented paragraphs set tight in 15-letter lines, a column break (a blank line) leaving the
    last two lines of the text under it."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += cut("\u3000\u3000" + paragraph, 30)
    return [*lines[:-2], "", *lines[-2:], ""]


def _story_and_photo(*under: str | list[str]) -> list[Article]:
    return segment(page("春耕时节田间忙", "本报记者  何  平", _broken_text(BODY_A), CAPTION, *under)).articles


def test_a_caption_telling_the_story_above_stays_with_it_under_two_lines_left_by_a_column_break() -> None:
    """A head-before story whose text a column break leaves two lines of, then a caption with its
    credit on a line of its own that tells what the story tells (墒情数据, 播种机), then the next
    story (its headline printed after its text): the photo is printed with the story above (before,
    it stood alone as a photo of its own)."""
    articles = _story_and_photo(body(BODY_B, 30), "便民利企举措落地见效")
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "春耕时节田间忙"),
        ("article", "便民利企举措落地见效"),
    ]
    assert articles[0].paragraphs[: len(BODY_A)] == BODY_A
    assert articles[0].paragraphs[len(BODY_A)].startswith("种粮大户老李在田间查看墒情数据")


def test_a_caption_with_its_own_title_under_it_stands_alone_whatever_its_words() -> None:
    """The same caption with a short title of its own printed under its credit (`田野春耕忙`), then
    the next story headed before its text: a titled photo stands alone, and its title is no kicker
    of the next story."""
    articles = _story_and_photo("田野春耕忙", "便民利企举措落地见效", "本报记者  尹腾淑", body(BODY_B, 30))
    assert [(a.kind, a.headline, a.kicker) for a in articles] == [
        ("article", "春耕时节田间忙", None),
        ("photo", "田野春耕忙", None),
        ("article", "便民利企举措落地见效", None),
    ]
    assert articles[0].paragraphs == BODY_A
