"""Spaces in a one-line headline: a short headline printed letter-spaced, every letter apart from
the next, reads as its word (the spaces spread it over its line and part no phrases); a single space
slipped into a title inside a word is no gap between the title's phrases and goes, where a two-part
headline's single space between its phrases stays."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

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


def test_a_space_inside_a_word_of_a_headline_is_dropped() -> None:
    """Two stories under one-line headlines: the first is two phrases parted by a single space, the
    second has a space slipped in inside a word: the first keeps its space, the second loses it."""
    lines = [
        "木桥连两岸 村民赶集近",
        "",
        *(line for p in BRIDGE for line in chop("　　" + p, _WIDTH)),
        "",
        "北坡梨园请来农 技员",
        "",
        *(line for p in ORCHARD for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["木桥连两岸 村民赶集近", "北坡梨园请来农技员"]


def test_a_letter_spaced_two_part_headline_keeps_the_gap_between_its_parts() -> None:
    """A two-part headline set letter by letter, one space between its letters and two between its
    parts (as a scan spaces it out): its letters close up and the parts stay apart."""
    lines = [
        "木 桥 连 两 岸  村 民 赶 集 近",
        "",
        *(line for p in BRIDGE for line in chop("　　" + p, _WIDTH)),
        "",
        "梨  花  又  开",
        "",
        *(line for p in ORCHARD for line in chop("　　" + p, _WIDTH)),
    ]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["木桥连两岸 村民赶集近", "梨花又开"]


def test_a_letter_spaced_headline_printed_after_its_story_as_wide_as_the_column_heads_it() -> None:
    """Three stories, each headline printed after its text and letter-spaced by a scan, the second
    as wide as the column with its spaces: it is still a headline (a line of text broken off at the
    column is not spaced between every two letters), not a line of the first story's text run on
    into the next story, so the three stories stay three, each under its own headline."""
    heads = ["春 耕 时 节 田 间 忙", "便 民 利 企 举 措 落 地 见 效", "读 书 是 一 种 修 养"]
    text = page(
        "■ 本报记者 何  平",
        body(BODY_A, 30),
        heads[0],
        "本 报 记 者  尹 腾 淑",
        body(BODY_B, 30),
        heads[1],
        body(BODY_C, 30),
        "王  浩",
        heads[2],
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["春耕时节田间忙", "便民利企举措落地见效", "读书是一种修养"]
    assert articles[1].paragraphs == BODY_B
