"""A kicker and its tagged headline printed tight over the byline, both lines as wide as the column.

A column's tag in brackets (`…（X）`) closes a headline: body text never breaks a line right after
one. So a line closed by a tag, right over a byline, is a heading's last line even where it fills
the column as the text's lines do, and the full line over it, ending on its own words, is the
kicker: not two lines of one text, nor one headline run over two lines.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

KICKER = "多措并举扩大有效供给丰富消费场景"
HEADLINE = "山村民宿迎来新客人（经济观察）"


def test_a_full_width_kicker_over_a_full_width_tagged_headline_stays_a_kicker() -> None:
    text = page(
        "便民利企举措落地见效",
        "本报记者  何  平",
        body(BODY_B, 32),
        [KICKER, HEADLINE, "本报记者  王  岚", *body(BODY_A, 32)],
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["便民利企举措落地见效", HEADLINE]
    assert articles[1].kicker == KICKER
    assert [a.name for a in articles[1].authors] == ["王岚"]
    assert "".join(articles[1].paragraphs) == "".join(BODY_A)
