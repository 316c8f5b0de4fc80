"""A box's heading (`核心阅读`) printed straight under a headline, no blank line between them, is no
line of that headline: it heads the summary box that opens the story's text."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 14

SUMMARY = "老街改造历时八个月，排水管网、路面、照明和绿化一次到位，沿街商户在施工期间照常营业。"
MARKET = "南湖区老集市今天重新开市，摊位由八十个增加到一百二十个，周边居民步行十分钟就能买到新鲜蔬菜。"
STORY = [
    "本报江城3月9日电  （记者 周  航）江城老街改造工程今天完工。施工方用了八个月，把老街的排水管网、"
    "路面、照明和绿化一并换新。",
    "老街居民李阿姨说，过去一下雨门口就积水，现在雨水顺着新管网很快就排走了。",
]


def test_a_box_heading_under_a_headline_heads_the_box() -> None:
    """A headline nearly as wide as the column, `核心阅读` right under it, then the box's summary and
    the dated text: the headline reads alone, and the box's heading opens the story's text."""
    lines = ["江城老街改造工程今天全部完工", "核心阅读", *chop(SUMMARY, _WIDTH)]
    lines += [line for paragraph in STORY for line in chop("　　" + paragraph, _WIDTH)]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["江城老街改造工程今天全部完工"]
    assert articles[0].paragraphs[0] == "核心阅读"
    assert articles[0].byline == "本报江城3月9日电（记者 周航）"


def test_a_dash_kicker_run_on_with_its_headline_stays_a_kicker() -> None:
    """A kicker closed by `——` and its headline, printed straight under the text above and over a
    reporter's byline, no blank line anywhere: the two lines stay a kicker and a headline, not one
    headline wrapped over two lines."""
    lines = [
        *[line for paragraph in STORY for line in chop("　　" + paragraph, _WIDTH)],
        "南湖区老集市完成改造——",
        "又见烟火气",
        "■本报记者 王明",
        *chop("　　" + MARKET, _WIDTH),
    ]
    articles = segment("\n".join(lines)).articles
    assert (articles[-1].kicker, articles[-1].headline) == ("南湖区老集市完成改造", "又见烟火气")
