"""Page furniture and odd items that are not the parts of an ordinary article, one small hand-made
page each: a reader's letter signed with a place and a name on one line.
"""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

LETTER = [
    "我家楼下的路灯坏了很久，晚上出门只能摸黑走路，老人孩子都不方便。",
    "上个月我给有关部门打电话反映，没过几天就有工人来修好了，感谢他们为群众办实事。",
]


def articles(text: str) -> list[Article]:
    return [a for a in segment(text).articles if a.kind == "article"]


def squeezed(article: Article) -> list[str]:
    return ["".join(p.split()) for p in article.paragraphs]


def test_a_readers_letter_signed_with_a_place_and_a_name_keeps_the_signature_in_its_text() -> None:
    """`河北石家庄市  王先生` under a reader's letter is its signature (a place and a person, two
    spaces between), not a two-part headline: it closes the letter's text, whichever side of their
    bodies the page prints its headlines on."""
    signature = "河北石家庄市  王先生"
    before = page(
        ["路灯修好了（反馈）"],
        body(LETTER, 28),
        [signature, ""],
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        body(BODY_A, 16),
    )
    after = page(
        body(LETTER, 28),
        [signature, ""],
        ["路灯修好了（反馈）", ""],
        "本报记者 刘  桐",
        body(BODY_A, 16),
        ["春耕备耕忙（新春走基层）", ""],
        "本报记者 王  浩",
        body(BODY_B, 16),
        ["便民举措受欢迎（民生）"],
    )
    for text, headlines in (
        (before, ["路灯修好了（反馈）", "春耕备耕忙（新春走基层）"]),
        (after, ["路灯修好了（反馈）", "春耕备耕忙（新春走基层）", "便民举措受欢迎（民生）"]),
    ):
        found = articles(text)
        assert [a.headline for a in found] == headlines
        assert squeezed(found[0]) == [*LETTER, "河北石家庄市王先生"]
