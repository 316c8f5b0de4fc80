"""A line of a text's sentence that reads like a byline (`记者走访甲、乙、丙等` / `地，…`)
stays in the text."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment

# 13 ideographs a line; the third line of the second paragraph lists places after the word 记者
PAGE = [
    "小镇集市换新颜（城乡新貌）",
    "",
    "本报记者  林  涛",
    "",
    "\u3000\u3000清晨六点，镇上的集市已经热",
    "闹起来，摊主们把新鲜的蔬菜和",
    "水果码得整整齐齐，吆喝声此起",
    "彼伏，买菜的老人提着竹篮慢慢",
    "挑选，街口的早点铺飘出香气。",
    "记者走访临河、青石、柳湾等",
    "镇，看到集市改造后更干净，摊",
    "位按品类分区，垃圾有人清运，",
    "来往的顾客也比从前多了不少。",
    "\u3000\u3000镇里还在集市旁建了停车场，",
    "周边村民赶集不再为停车发愁。",
]


def test_a_sentence_line_naming_places_after_the_word_reporter_stays_in_the_text() -> None:
    (article,) = segment("\n".join(PAGE) + "\n").articles
    assert article.headline == "小镇集市换新颜（城乡新貌）"
    assert article.authors == [Author("记者", "林涛")]
    text = "".join(article.paragraphs)
    assert "记者走访临河、青石、柳湾等镇，看到集市" in text
