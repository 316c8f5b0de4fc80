"""Conventions of modern pages (2020s People's Daily), one small hand-made page each.

Each page is built from its parts (column lines cut as extraction cuts them); each test names the
convention and what a reader must get.
"""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

NOTE = "本版今起推出系列报道，关注各地如何推进生态保护，提供更多优质生态产品以满足人民需要。"


def articles(text: str) -> list[Article]:
    return [a for a in segment(text).articles if a.kind == "article"]


def test_an_attribution_line_closes_the_note_or_quotation_above_it_in_the_body() -> None:
    """`——编  者` signs an editors' note, `——摘自…` names a quotation's source: both stay in the
    body under what they close; neither is a subtitle, nor the title of an article of their own."""
    quote = "发展志愿服务，加强志愿服务组织管理。"
    for sign, opening in (("——编  者", NOTE), ("——摘自“十五五”规划建议", quote)):
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            body(BODY_A, 16),
            ["守护好一江碧水（生态之窗）"],
            "本报记者 王  浩",
            cut(opening, 16) + [sign, ""],
            body(BODY_B, 16),
        )
        found = articles(text)
        assert [a.headline for a in found] == [
            "春耕备耕忙（新春走基层）",
            "守护好一江碧水（生态之窗）",
        ], sign
        second = found[1]
        assert second.subtitle is None and second.kicker is None
        assert ["".join(p.split()) for p in second.paragraphs] == [opening, "".join(sign.split()), *BODY_B]


def test_an_attribution_line_under_a_blank_line_still_closes_the_verse_above_it() -> None:
    """A verse quoted in the body, then `——《…》` naming the poem after a blank line (as a page that
    leaves a blank line after every paragraph prints it): the line names the work quoted above, it
    is no subtitle heading a new article, and the story goes on under it."""
    verse = ["绿分泉底洁，", "光印雪边红。"]
    sign = "——《山茶》清·沈廷芳"
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        body(BODY_A, 16),
        ["守护好一江碧水（生态之窗）"],
        "本报记者 王  浩",
        body(BODY_C[:1], 16),
        *verse,
        sign,
        body(BODY_B, 16),
    )
    found = articles(text)
    assert [a.headline for a in found] == ["春耕备耕忙（新春走基层）", "守护好一江碧水（生态之窗）"]
    second = found[1]
    assert second.subtitle is None and second.kicker is None
    squeezed = ["".join(p.split()) for p in second.paragraphs]
    assert "".join(sign.split()) in squeezed and squeezed[-len(BODY_B) :] == BODY_B


def test_a_caption_closed_by_its_credit_ends_where_the_text_runs_on_under_it() -> None:
    """A caption printed straight over the text, no blank line between: its credit closes it, and
    the text's first paragraph under it stays a paragraph of its own (the agency may wrap under the
    credit and still belongs to the caption)."""
    caption = "图①：春耕时节，农机手在田间播种。"
    for credit, wrapped in (("王  五摄", []), ("王  五摄", ["（影像中国）"]), ("受访者供图", [])):
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            [f"{caption}  {credit}", *wrapped] + [ln for ln in body(BODY_A, 16) if ln],
        )
        [article] = articles(text)
        squeezed = ["".join(p.split()) for p in article.paragraphs]
        assert squeezed[0].startswith(caption), credit
        assert squeezed[-len(BODY_A) :] == BODY_A, credit


def test_a_box_title_run_in_between_the_headline_and_its_summary_heads_the_box() -> None:
    """`核心阅读` printed straight under the headline and over its summary, no blank lines: the
    headline stays a headline (with its kicker) and the box opens the body."""
    summary = "各地抓住农时推进春季农业生产，高标准农田建设让不少地块变成了良田。"
    text = page(
        ["建设高标准农田——", "春耕备耕忙（新春走基层）", "核心阅读", *cut(summary, 16)],
        "本报记者 刘  桐",
        body(BODY_A, 16),
    )
    [article] = articles(text)
    assert article.kicker == "建设高标准农田"
    assert article.headline == "春耕备耕忙（新春走基层）"
    assert ["".join(p.split()) for p in article.paragraphs[:2]] == ["核心阅读", summary]


def test_a_headline_closed_by_its_column_tag_printed_straight_over_its_text() -> None:
    """Commentaries (`…（人民时评）`) often run with no byline and no blank line between the
    headline and the text's first line: the bracketed column name closes a title, so the line is
    the headline, not the start of the first paragraph."""
    for width in (28, 32):
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            body(BODY_A, width),
            ["守护好一江碧水（人民时评）", *body(BODY_B, width)],
            ["读书贵在持之以恒（纵横）", *body(BODY_C, width)],
        )
        found = articles(text)
        assert [a.headline for a in found] == [
            "春耕备耕忙（新春走基层）",
            "守护好一江碧水（人民时评）",
            "读书贵在持之以恒（纵横）",
        ], width
        # the headline is not read into the text under it
        assert "".join("".join(found[1].paragraphs).split()) == "".join(BODY_B), width
        assert "".join("".join(found[2].paragraphs).split()) == "".join(BODY_C), width


def test_a_title_stack_closed_by_column_tags_printed_straight_over_its_text() -> None:
    """A kicker over a headline closed by a column's name in brackets, printed straight over the
    text with no blank line: both are title lines (which of kicker, headline and subtitle is the
    grammar's choice; a column's name closes a headline, never a kicker), and the text under them
    is the article's, not glued to a title."""
    for width in (36, 40):
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            body(BODY_A, width),
            ["一座城的书香——", "读书贵在持之以恒（纵横）", *body(BODY_C, width)],
        )
        found = articles(text)
        assert len(found) == 2, width
        second = found[1]
        titles = {second.kicker, second.headline, second.subtitle}
        assert {"一座城的书香", "读书贵在持之以恒（纵横）"} <= titles, width
        assert "".join("".join(second.paragraphs).split()) == "".join(BODY_C), width


def test_a_headline_under_a_kicker_closed_by_a_dash_printed_straight_over_its_text() -> None:
    """A kicker wider than the column closed by a dash, over a headline closed by its column tag,
    over the text, no blank lines: the dash closes the kicker, so the line under it is a title, not
    the text's first line."""
    for width in (28, 32, 36):
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            body(BODY_A, width),
            ["让全民阅读蔚然成风  建设书香城市——", "读书贵在持之以恒（纵横）", *body(BODY_C, width)],
        )
        found = articles(text)
        assert len(found) == 2, width
        kicker, headline = found[1].kicker, found[1].headline
        assert (kicker, headline) == ("让全民阅读蔚然成风 建设书香城市", "读书贵在持之以恒（纵横）"), width
        assert "".join("".join(found[1].paragraphs).split()) == "".join(BODY_C), width


BRIEF = [
    "受强冷空气影响，今明两天本市将出现大风降温天气，最低气温可降至零下五摄氏度左右。",
    "气象部门提醒，市民外出注意防寒保暖，驾车出行要减速慢行，户外作业人员做好防护。",
    "据预测，这次降温过程将持续到周末，下周初气温才会逐步回升，城区风力减弱。",
    "供暖、供电、供水等部门已启动应急预案，加强设施巡查，确保群众温暖过冬、生活不受影响。",
]


def test_the_one_title_line_between_two_unrelated_texts_is_a_headline() -> None:
    """Headlines after their bodies, the second story a brief with no byline: the one title line
    between two texts that share no words closes the first story as its headline, even set as
    wide as the column, rather than standing inside one long text as a subhead."""
    text = page(
        "本报记者 刘  桐",
        body(BODY_A + BODY_C, 28),
        "春耕时节田间地头农机来回穿梭",
        body(BRIEF, 28),
        "大风降温天气来袭",
    )
    found = articles(text)
    assert [a.headline for a in found] == ["春耕时节田间地头农机来回穿梭", "大风降温天气来袭"]
    assert "".join("".join(found[1].paragraphs).split()) == "".join(BRIEF)
