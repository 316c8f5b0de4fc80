"""A story's parts headed by lines of two phrases of one shape (`某某某某  某某某某`) stay in the story:
two such headings in a row, neither with a byline or dateline under it, are its subheads. Stories
that bring their own byline under such headlines stay stories of their own."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_WIDTH = 16
_OPENING = "　　清晨，江城的老街上已经热闹起来。街道今年改造了十二条小巷，路面平整了，路灯也亮了。"
_PARTS = [
    (
        "小巷改造  路面一新",
        "　　改造前，小巷路面坑洼不平，雨天积水，老人出门很不方便。如今新铺的石板路平平整整。",
    ),
    (
        "邻里议事  共商共建",
        "　　改造方案怎么定？街道请来居民代表，一条巷子一条巷子地商量，大家的意见都写进了方案。",
    ),
    ("长效管护  常态长效", "　　改造完成后，每条小巷都有了巷长，定期巡查，发现问题及时上报，小巷保持整洁。"),
]


def _lines(paragraph: str) -> list[str]:
    return chop(paragraph, _WIDTH)


def test_parts_headed_by_two_phrase_lines_of_one_shape_stay_in_the_story() -> None:
    """A headline, a byline, an opening paragraph, then three parts each headed by two phrases of
    four letters: one story, the three headings among its paragraphs."""
    lines = ["老街小巷换新颜", "", "本报记者  王  平", "", *_lines(_OPENING), ""]
    for heading, text in _PARTS:
        lines += [heading, "", *_lines(text), ""]
    (article,) = segment("\n".join(lines)).articles
    assert article.headline == "老街小巷换新颜"
    assert [" ".join(p.split()) for p in article.paragraphs if len(p) < 12] == [
        " ".join(heading.split()) for heading, _ in _PARTS
    ]


def test_stories_under_two_phrase_headlines_with_bylines_stay_stories() -> None:
    """Two stories in a row under headlines of one two-phrase shape, each with its own byline: two
    stories, not one story's parts."""
    lines = ["小巷改造  路面一新", "", "本报记者  王  平", "", *_lines(_PARTS[0][1]), ""]
    lines += ["邻里议事  共商共建", "", "本报记者  李  明", "", *_lines(_PARTS[1][1])]
    articles = segment("\n".join(lines)).articles
    assert [" ".join(a.headline.split()) for a in articles if a.headline] == [
        "小巷改造 路面一新",
        "邻里议事 共商共建",
    ]
    assert len(articles) == 2
