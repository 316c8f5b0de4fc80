"""A story's headline printed between two of its finished paragraphs, where a column ended on a
finished sentence: the story opens with its byline and text, its heading stands tight under the
first paragraph, and the text goes on under it. The heading is the story's headline, and the story
stays one (see `reader.page.midheads`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_B, body, page

TEA = [
    "清明前后，山坡上的茶园一片新绿，茶农们天不亮就背着竹篓上山采茶，一芽一叶都要仔细挑选。",
    "今年茶园引进了新的炒茶机，茶农们说，过去炒一锅茶要守上大半天，现在茶叶的品质也更稳定了。",
    "茶园的负责人介绍，村里的茶叶今年已经卖到了省外，不少茶农的收入比去年多了一成。",
]


def test_a_tagged_headline_between_two_paragraphs_heads_its_story() -> None:
    lines = [
        *body(BODY_B[:1], first="本报讯（记者 王军豪）"),
        *body(BODY_B[1:]),
        "本报记者  刘  桐",
        *body(TEA[:1])[:-1],  # (the heading stands tight under the paragraph's last line)
        "山坡茶园绿意浓（乡村新貌）",
        "",
        *body(TEA[1:]),
    ]
    articles = segment(page(lines)).articles
    assert [(a.headline, a.paragraphs) for a in articles][-1] == ("山坡茶园绿意浓（乡村新貌）", TEA)
    assert len(articles) == 2
