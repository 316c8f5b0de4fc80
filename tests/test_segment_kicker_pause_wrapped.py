"""A kicker kept to the body's column, its pause mark pushed onto the next line by the column's edge.

A kicker listing things (`…维权难、服务弱、治理散…`) set in the body's column wraps where its line is
full; where that falls right before a pause mark, the extraction opens the next line with the mark
(`、治理散等行业痛点`). No title line opens so: the two lines are one kicker over the headline under
them. Read as two title lines, they became the kicker and the headline, and the real headline the
subtitle. The reader shows the story under its headline, the kicker whole over it.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import set_apart

WIDTH = 36  # (cells: 18 letters)
KICKER = ["各地推动旧小区改造解决停车难、充电难", "、晾晒难等居民烦心事"]
HEADLINE = "小区里的“微改造”暖了人心"
TEXT = [
    "入夏以来，城东的几个老旧小区陆续完成改造，新划的停车位、新装的充电桩和晾衣架一应俱全。",
    "改造前，社区挨家挨户征求意见，居民提出的三十多条建议，大部分都写进了改造方案。",
    "家住三号楼的老人说，以前晾被子得跑到楼下的空地上，现在楼前就有了晾晒区，方便多了。",
]


def test_a_kicker_wrapped_before_its_pause_mark_stays_one_kicker() -> None:
    assert len(KICKER[0]) * 2 == WIDTH  # (its first line fills the column)
    lines = ["2025年8月18日  星期四  社会  第9版", "", *KICKER, HEADLINE, "", "本报记者  张  璁", ""]
    lines += set_apart(TEXT, WIDTH, 0)
    (article,) = segment("\n".join(lines) + "\n").articles
    assert (article.kicker, article.headline, article.subtitle) == ("".join(KICKER), HEADLINE, None)
    assert article.paragraphs == TEXT


def test_a_kicker_wrapped_before_its_comma_stays_one_kicker_however_long_its_rest() -> None:
    # (a layout that breaks every line at the column's edge, marks and all, may open the rest of a
    # kicker with its comma, the rest nearly as wide as the column: no title line opens with one)
    kicker = ["各地推动老旧小区改造解决居民停车难题", "，新装的充电桩和晾衣架也都一应俱全"]
    assert len(kicker[0]) * 2 == WIDTH and len(kicker[1]) * 2 > WIDTH - 4
    lines = ["2025年8月18日  星期四  社会  第9版", "", *kicker, HEADLINE, "", "本报记者  张  璁", ""]
    lines += set_apart(TEXT, WIDTH, 0)
    (article,) = segment("\n".join(lines) + "\n").articles
    assert (article.kicker, article.headline, article.subtitle) == ("".join(kicker), HEADLINE, None)
    assert [author.name for author in article.authors] == ["张璁"]
    assert article.paragraphs == TEXT
