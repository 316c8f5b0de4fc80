"""A kicker wrapped over two lines and closed by `——` hands over to its headline, as a one-line
kicker so closed does, even printed tight under the note that closes the text above it (see
`reader.page.measure`, `dash_tail`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop, indented
from tests.test_segment_conventions import BODY_A, BODY_B


def test_a_two_line_kicker_closed_by_a_dash_heads_the_headline_under_it() -> None:
    lines = ["议事厅", ""]
    for paragraph in BODY_A:
        lines += chop(paragraph, 16)
    lines += ["（本报记者王小五采访整理）", "某某省某某电力有限公司党委书记、副董事", "长李长河代表——", ""]
    lines += ["推进能源绿色低碳转型", "", *indented(BODY_B, 15)]
    articles = segment("\n".join(lines) + "\n").articles
    story = next(a for a in articles if a.headline == "推进能源绿色低碳转型")
    assert (story.kicker or "").startswith("某某省某某电力有限公司党委书记、副董事长李长河代表")
    assert all("李长河" not in p for a in articles for p in a.paragraphs)
