"""A part's title inside one story (`reader.page.cohesion`): a story in parts, each under a title line
of its own that may name a column (`…（X）`), as a modern page sets a feature. Where the texts above and
below share many words and the title's own words come back nowhere in the text under it, the line is
the part's title, not the headline of a story of its own: a headline names its story's text."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut, stack

_WIDTH = 36  # cells: 18 characters a line

ORCHARD = [
    "青山县的果园今年用上了滴灌，果农不再挑水上山，果树长得比往年旺。",
    "青山县的果园多在山坡上，过去浇水靠果农一担一担挑上山。上个冬天，县里请来技术员，"
    "在果园里铺设滴灌管道，把山下水库的水引到每一棵果树下。",
    "滴灌管道铺好以后，果农在手机上就能给果园浇水，水顺着管道一滴一滴渗到果树根下，"
    "省水又省力。果农说，有了滴灌，果园的活轻了一半。",
]
ORCHARD_ON = [
    "果园用上滴灌，果农又在技术员的指导下学会了给果树施肥剪枝。县里还把果园的水库管道"
    "交给果农合作社看管，按时给果园放水，滴灌管道坏了有人修。",
    "今年秋天，青山县果园的果树挂满了果子，果农合作社把果子卖到了城里，果农的日子一年比一年好。",
]
READERS = [
    "夜深了，街角的图书馆还亮着灯。读者们坐在长桌两旁，有的翻着厚厚的字典，有的低头做着"
    "笔记，屋子里只听得见翻书的声音。",
    "这座图书馆开放到晚上十点，是附近居民的书房。一位退休教师说，每天晚饭后来这里读上两个"
    "小时报纸和杂志，是一天中最安静的时光。",
]
PART_TITLE = "晚风吹过石板桥（随笔）"


def _run_on(paragraphs: list[str]) -> list[str]:
    """Paragraphs as the page sets them: each opens indented, none set apart by a blank line."""
    return [line for p in paragraphs for line in cut("\u3000\u3000" + p, _WIDTH, 0)]


def _page() -> str:
    # two commentaries with no byline, on a page whose paragraphs run on; the first in two parts
    return stack(
        "山坡果园引来活水（快评）",
        _run_on(ORCHARD),
        PART_TITLE,
        _run_on(ORCHARD_ON),
        "街角书房灯光长明（短评）",
        _run_on(READERS),
    )


def test_a_tagged_part_title_naming_nothing_below_stays_inside_its_story() -> None:
    """The orchard story goes on under its part's tagged title: two stories, not three, and the
    orchard story holds the text under the part's title."""
    articles = segment(_page()).articles
    assert [a.headline for a in articles] == ["山坡果园引来活水（快评）", "街角书房灯光长明（短评）"]
    assert any(p.startswith("果园用上滴灌") for p in articles[0].paragraphs)


def test_the_part_title_is_no_headline() -> None:
    """No story is headed by the part's title."""
    assert all(a.headline != PART_TITLE for a in segment(_page()).articles)


def test_a_tagged_title_under_a_signed_text_heads_its_own_story() -> None:
    """A text closed by its writer's note in brackets ends there: the tagged title under it heads the
    next story, a commentary on the same subject, even where its words are not in its text."""
    text = stack(
        "山坡果园引来活水（快评）",
        _run_on(ORCHARD) + ["\u3000\u3000（本报记者  林木）"],
        PART_TITLE,
        _run_on(ORCHARD_ON),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["山坡果园引来活水（快评）", PART_TITLE]
