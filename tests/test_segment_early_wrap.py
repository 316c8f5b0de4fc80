"""A short title line under a photo's credit, over the next story's headline, on a page whose blank
lines fall only where a column breaks: a ragged column wraps a line early only where the next
line's first word (with any mark that cannot open a line) would not have fit in the room left, so
a title line over a word that would have fit is no text wrapped early (see
`reader.page.wordbreak.wrapped_early`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C


def test_a_headline_under_a_short_title_line_heads_the_dateline_story_under_it() -> None:
    lines = ["稻田里的新农人", "本报记者 王  五"]
    for paragraph in BODY_A + BODY_C + BODY_B:
        lines += chop(paragraph, 17)
    lines.insert(12, "")  # (a column break inside a sentence)
    headline = "“小店经济”带旺的老街新增1200家"
    lines += [
        "河边的白鹭又多了起来。  以上图片均为李  四摄",
        "（新华社发）",
        "守护一方碧水 留住万千候鸟",
        headline,
        "本报南京8月1日电 （记者 赵  六）" + BODY_C[0][:3],
    ]
    body = chop(BODY_C[0][3:], 17)
    for paragraph in BODY_C[1:] + BODY_A:
        body += chop(paragraph, 17)
    body.insert(9, "")
    articles = segment("\n".join(lines + body) + "\n").articles
    dated = [a for a in articles if a.byline and "赵六" in a.byline]
    assert [a.headline for a in dated] == [headline]
