"""A subhead printed with a stray space inside its words reads without it, as running text does.

An extractor that slips a space into a one-line subhead (`核心 阅读`-like, a box title or a
subhead between two paragraphs) breaks a word, and every paragraph break after it would land one
character off in the body. A signature led by a dash keeps the spacing its name is printed with.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_subhead_between_blanks import AFTER, FIRST

WIDTH = 32  # sixteen characters
SUBHEAD = "老茶园里长出新产业"


def _body(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        first, *rest = cut(paragraph, WIDTH)
        lines += ["\u3000\u3000" + first, *rest, ""]
    return lines


def _page(subhead: str) -> str:
    head = ["山乡茶事添新味", "", "本报记者  程  远", ""]
    return "\n".join([*head, *_body(FIRST), subhead, "", *_body(AFTER)]) + "\n"


def test_a_space_slipped_into_a_subhead_is_dropped() -> None:
    for slipped in ("老茶园里 长出新产业", "老 茶园里长出新产业", "老茶园里长出新 产业"):
        [article] = [a for a in segment(_page(slipped)).articles if a.kind == "article"]
        assert article.headline == "山乡茶事添新味"
        assert article.paragraphs == [*FIRST, SUBHEAD, *AFTER]


def test_a_signature_led_by_a_dash_keeps_its_spacing() -> None:
    [article] = [a for a in segment(_page("——编 者")).articles if a.kind == "article"]
    assert article.paragraphs == [*FIRST, "——编 者", *AFTER]
