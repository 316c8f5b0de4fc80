"""A short headline printed letter-spaced, every letter apart from the next, reads as its word: the
spaces spread it over its line and part no phrases."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 13

BRIDGE = [
    "本报南湾5月6日电  南湾镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "过去村民过河要绕行十多里，如今走路五分钟就能到对岸的集市。",
]
ORCHARD = [
    "本报北坡5月6日电  北坡村的梨园今年春天开花早，果农们忙着给果树授粉。",
    "村里请来农技员教大家疏花，说今年的收成有望比去年多三成。",
]


def test_a_letter_spaced_headline_reads_as_its_word() -> None:
    """Two stories, each under a one-line headline; the second's is set letter-spaced (two spaces
    between its letters): its headline is the word, without the spaces."""
    lines = [
        "南湾木桥今天通行",
        "",
        *(line for p in BRIDGE for line in chop("　　" + p, _WIDTH)),
        "",
        "梨  花  又  开",
        "",
        *(line for p in ORCHARD for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["南湾木桥今天通行", "梨花又开"]
