"""Odd items and the lines around titles that are not the parts of an ordinary article, one small
hand-made page each: a reader's letter signed with a place and a name on one line (and a contribution
signed so under its title), a chart's credit
line, a dateline's bracket broken at the line end, title stacks set wide or closed by a column's tag
(after a question mark too), and titles over a box that opens an article's body.
"""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

LETTER = [
    "我家楼下的路灯坏了很久，晚上出门只能摸黑走路，老人孩子都不方便。",
    "上个月我给有关部门打电话反映，没过几天就有工人来修好了，感谢他们为群众办实事。",
]


def articles(text: str) -> list[Article]:
    return [a for a in segment(text).articles if a.kind == "article"]


def indented(paragraphs: list[str]) -> list[str]:
    """Body lines of 14-character columns, each paragraph's first line indented, a blank after each."""
    return [line for p in paragraphs for line in [*cut("\u3000\u3000" + p, 28, first_indent=0), ""]]


def flush(paragraphs: list[str]) -> list[str]:
    """Body lines of 14-character columns, each paragraph's first line as full as the rest."""
    return [line for p in paragraphs for line in [*cut(p, 28, first_indent=0), ""]]


def squeezed(article: Article) -> list[str]:
    return ["".join(p.split()) for p in article.paragraphs]


def test_a_readers_letter_signed_with_a_place_and_a_name_keeps_the_signature_in_its_text() -> None:
    """`河北石家庄市  王先生` under a reader's letter is its signature (a place and a person, two
    spaces between), not a two-part headline: it closes the letter's text, whichever side of their
    bodies the page prints its headlines on."""
    signature = "河北石家庄市  王先生"
    before = page(
        ["路灯修好了（反馈）"],
        body(LETTER, 28),
        [signature, ""],
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        body(BODY_A, 16),
    )
    after = page(
        body(LETTER, 28),
        [signature, ""],
        ["路灯修好了（反馈）", ""],
        "本报记者 刘  桐",
        body(BODY_A, 16),
        ["春耕备耕忙（新春走基层）", ""],
        "本报记者 王  浩",
        body(BODY_B, 16),
        ["便民举措受欢迎（民生）"],
    )
    for text, headlines in (
        (before, ["路灯修好了（反馈）", "春耕备耕忙（新春走基层）"]),
        (after, ["路灯修好了（反馈）", "春耕备耕忙（新春走基层）", "便民举措受欢迎（民生）"]),
    ):
        found = articles(text)
        assert [a.headline for a in found] == headlines
        assert squeezed(found[0]) == [*LETTER, "河北石家庄市王先生"]


def test_a_contribution_signed_with_a_place_and_a_name_under_its_title_is_bylined() -> None:
    """`江西瑞金县  王晓明` right under a commentary's title (not under a finished text) is its
    byline, as local contributors sign: the name is the author (no role), the place is no one's,
    and the line is not kept in the text as a letter's signature is."""
    for signed in ("江西瑞金县  王晓明", "河北邢台市  刘文平"):
        name = "".join(signed.split()[1:])
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            body(BODY_A, 16),
            ["读书贵在有恒心（来论）"],
            signed,
            body(BODY_B, 16),
        )
        found = articles(text)
        assert [a.headline for a in found] == ["春耕备耕忙（新春走基层）", "读书贵在有恒心（来论）"]
        assert [(a.role, a.name) for a in found[1].authors] == [("", name)]
        assert squeezed(found[1]) == BODY_B


def test_a_contributor_with_a_rare_surname_under_a_plain_title_is_bylined() -> None:
    """… and so is one whose surname is no common one (`仉`), under a title with no column's tag:
    the name is no word of the language, as a title's last words would be."""
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        body(BODY_A, 16),
        ["把小事办成实事"],
        "江苏某某县  仉家和",
        body(BODY_B, 16),
    )
    found = articles(text)
    assert [a.headline for a in found] == ["春耕备耕忙（新春走基层）", "把小事办成实事"]
    assert [(a.role, a.name) for a in found[1].authors] == [("", "仉家和")]
    assert squeezed(found[1]) == BODY_B


def test_a_place_and_a_scenic_spots_two_letters_under_a_title_name_no_author() -> None:
    """`某省某某县  坳头` under a feature's title names where it goes, not who wrote it: two letters
    with no common surname are no contributor's name."""
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        body(BODY_A, 16),
        ["山里的春天来得早"],
        "某省某某县  坳头",
        body(BODY_B, 16),
    )
    assert all(author.name != "坳头" for article in articles(text) for author in article.authors)


def test_a_title_stack_set_wider_than_the_column_and_closed_by_a_column_tag_is_not_body_text() -> None:
    """A kicker and a headline printed one under the other as wide as the column or wider, with
    commas and no blank line between them: the column's name in brackets closing the second line
    ends a title (body text never breaks a line just after one), so the two lines are the next
    article's kicker and headline, not a stretch of the article above run on over a column break."""
    kicker = "河岸步道无灯夜行不便、游人难寻，沿岸景点缺少统一指引"
    headline = "点亮河岸步道，便夜游、聚人气（民生一线）"
    caption = "村口新立起的路牌标明村名。"
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        indented(BODY_A),
        [kicker, headline, ""],
        [caption, ""],
        "以上图片均为王五摄",
        "本报记者 王  浩",
        indented(BODY_B),
    )
    found = articles(text)
    assert [(a.kicker, a.headline) for a in found] == [(None, "春耕备耕忙（新春走基层）"), (kicker, headline)]
    assert squeezed(found[0]) == BODY_A
    assert squeezed(found[1])[-3:] == BODY_B


def test_a_datelines_bracket_broken_at_the_line_end_keeps_the_names_under_it() -> None:
    """`本报X电  （` at a line's end, the reporters' names opening the next line: the names are the
    dateline's, not a byline line of their own that would cut the article in two."""
    lines = ["\u3000\u3000本报北京3月5日电  （", "记者王浩、刘桐", "通讯员李明）" + BODY_B[0][:8]]
    rest = BODY_B[0][8:]
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        body(BODY_A, 28),
        ["便民举措受欢迎（民生）", ""],
        lines + [ln for ln in body([rest, *BODY_B[1:]], 28)],
    )
    found = articles(text)
    assert [a.headline for a in found] == ["春耕备耕忙（新春走基层）", "便民举措受欢迎（民生）"]
    assert [a.name for a in found[1].authors] == ["王浩", "刘桐", "李明"]
    assert squeezed(found[1]) == BODY_B


def test_a_charts_source_and_maker_line_closes_the_article_above_it() -> None:
    """`数据来源：X  制图：Y` under a chart printed after an article's text credits the chart: it stays
    with that article as its last paragraph, neither a two-part headline nor a box's title."""
    chart = "数据来源：国家统计局\u3000\u3000制图：王  五"
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        indented(BODY_A),
        [chart, ""],
        ["便民举措受欢迎（民生）"],
        "本报记者 王  浩",
        indented(BODY_B),
    )
    found = articles(text)
    assert [a.headline for a in found] == ["春耕备耕忙（新春走基层）", "便民举措受欢迎（民生）"]
    assert squeezed(found[0]) == [*BODY_A, "数据来源：国家统计局制图：王五"]
    assert found[1].kicker is None


def test_a_headline_set_across_columns_under_its_kicker_is_no_photo_caption() -> None:
    """A headline set across two columns and closed by its column's name in brackets, under a kicker
    line, after an article whose headline stands after its text: a line set that wide with no
    sentence in it and a column tag to close it is a title, so the line over it is its kicker, not
    a photo's title over a caption."""
    kicker = "全年消费对经济增长的贡献率提高5个百分点"
    headline = "出台政策举办活动优化消费场景，促进消费今年继续加力（权威发布）"
    text = page(
        "本报记者 刘  桐",
        indented(BODY_A),
        ["春耕备耕忙（新春走基层）", ""],
        [kicker, headline, ""],
        "本报记者 王  浩",
        indented(BODY_B),
    )
    found = segment(text).articles
    assert [(a.kind, a.kicker, a.headline) for a in found] == [
        ("article", None, "春耕备耕忙（新春走基层）"),
        ("article", kicker, headline),
    ]


NOTE = "本版今起推出系列报道，关注各地如何推进生态保护，提供更多优质生态产品以满足人民需要。"


def test_a_title_as_wide_as_the_column_over_an_editors_note_heads_a_new_article() -> None:
    """A title line that happens to fill the column, over `编者按：…`: a box opening an article's
    body never goes on a sentence broken at the line above, so the line is no column's last line
    running on but the headline of the article the note opens."""
    title = "全国铁路春运旅客发送量创新高"
    for style in (indented, flush):  # first lines indented, or as full as the rest
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            style(BODY_A),
            [title, ""],
            [*cut("编者按：" + NOTE, 28, first_indent=0), ""],
            style(BODY_B),
        )
        found = articles(text)
        assert [a.headline for a in found] == ["春耕备耕忙（新春走基层）", title], style.__name__
        assert squeezed(found[0]) == BODY_A
        assert squeezed(found[1]) == ["编者按：" + NOTE, *BODY_B]


def test_a_title_stack_under_a_captions_credit_filling_the_column_heads_the_next_article() -> None:
    """A caption closed by its credit at the column's full width, then a kicker and a headline set
    wide with no blank line between them: the credit finishes the caption as a full stop would, so
    nothing runs on from it into the titles, which head the next article."""
    kicker = "河岸步道无灯夜行不便、游人难寻，沿岸景点缺少统一指引"
    headline = "点亮河岸步道，便夜游、聚人气（民生一线）"
    caption = ["村口新立起的路牌标明了村名", "和方向。\u3000\u3000本报记者  王五摄"]
    text = page(
        ["春耕备耕忙（新春走基层）"],
        "本报记者 刘  桐",
        indented(BODY_A),
        [*caption, ""],
        [kicker, headline, ""],
        [*cut("编者按：" + NOTE, 28, first_indent=0), ""],
        indented(BODY_B),
    )
    found = articles(text)
    assert [(a.kicker, a.headline) for a in found] == [(None, "春耕备耕忙（新春走基层）"), (kicker, headline)]
    assert squeezed(found[1]) == ["编者按：" + NOTE, *BODY_B]


def test_a_question_closing_a_title_before_its_column_tag_ends_the_title() -> None:
    """`…还好买吗？（民生关注）`: a question mark right before the column's name in brackets is the
    title's own end, not a sentence's, so the line is a headline even printed straight over its
    text with no blank line between, as commentaries often are."""
    headline = "车票好买吗？（民生关注）"
    for style in (indented, flush):
        text = page(
            ["春耕备耕忙（新春走基层）"],
            "本报记者 刘  桐",
            style(BODY_A),
            [headline, *style(BODY_B)],
        )
        found = articles(text)
        assert [a.headline for a in found] == ["春耕备耕忙（新春走基层）", headline], style.__name__
        assert squeezed(found[1]) == BODY_B


def test_a_body_line_holding_a_date_at_the_page_edge_is_no_running_head() -> None:
    # the page opens (head after the text) with body lines cut at the column; a date runs into the
    # words around it, where a running head sets its date apart
    lines = [
        "所谓“新经济”之说是美国《商业",
        "周刊》１９９６年１２月３０日一",
        "期发表的一组文章中提出的。文章",
        "指出，“新经济”是以信息革命和",
        "全球化大市场为基础的经济。",
        "",
        "不知读者是否还记得１９９７年８",
        "月２２日本版发表的那篇文章？",
        "",
        "美“新经济”及增长周期",
        "",
    ]
    (article,) = articles("\n".join(lines) + "\n")
    assert "".join(article.paragraphs) == "".join(lines[:-2])


def test_a_running_head_of_four_lines_at_the_pages_foot_is_page_furniture() -> None:
    """A page's foot may carry its running head as one block of four lines (page number and section,
    date, editor credits, layout credit): the section line over them is furniture too, not the
    headline of the story that ends above it, and the headline printed under its body stays it."""
    text = page(
        "本报记者 刘  桐",
        body(BODY_A, 16),
        ["春耕备耕忙"],
        ["9  要闻", "2026年3月5日  星期四", "本版责编：高明远  罗小川", "版式设计：孔  方"],
    )
    result = segment(text)
    assert [a.headline for a in result.articles] == ["春耕备耕忙"]
    assert result.articles[0].paragraphs == BODY_A
    assert result.meta.editors == ["责编：高明远 罗小川", "版式设计：孔方"]


def test_an_editor_credit_with_a_space_slipped_into_a_word_is_page_furniture() -> None:
    """On a page whose text slips single spaces into words, a credit line with one inside its role
    word or a name (`版式设 计：…`, `罗 小川`) is still the page's credits, not a headline; the names
    keep the wider gaps set between them."""
    text = page(
        ["春耕备耕忙"],
        "本报记者 刘  桐",
        body(BODY_A, 16),
        ["本版责 编：高明远  罗 小川", "版式设 计：孔  方"],
    )
    result = segment(text)
    assert [a.headline for a in result.articles] == ["春耕备耕忙"]
    assert result.articles[0].paragraphs == BODY_A
    assert result.meta.editors == ["责编：高明远 罗小川", "版式设计：孔方"]


NEIGHBOUR = [
    "在邻县的合作社，新购置的插秧机已经开进育秧大棚，工人们正忙着检修设备，田间地头一派繁忙。",
    "合作社负责人介绍，今年秧苗长势喜人，预计比去年提前一周插秧，种粮大户信心满满。",
    "眼下，当地还组织技术人员下乡，帮助农户解决育秧中遇到的难题。",
]


def test_a_title_under_editor_credits_inside_a_page_opens_a_story_not_a_subhead() -> None:
    """Editor credits printed inside a page (two pages' worth of stories on one) close the part
    above them: the title line under them opens the next story (here one on a near topic, with no
    byline), not a subhead of the story above."""
    text = page(
        "春耕备耕忙",
        "本报记者 刘  桐",
        body(BODY_A),
        ["本版责编：高明远  罗小川", ""],
        "育秧正当时",
        body(NEIGHBOUR),
    )
    found = articles(text)
    assert [a.headline for a in found] == ["春耕备耕忙", "育秧正当时"]
    assert [a.paragraphs for a in found] == [BODY_A, NEIGHBOUR]


def test_a_title_wrapped_over_two_lines_under_editor_credits_inside_a_page_opens_a_story() -> None:
    """… and so does a title under them printed over two lines (a quote opened on the first and
    closed on the second): joined into one line, it still stands under the credits."""
    text = page(
        "春耕备耕忙",
        "本报记者 刘  桐",
        body(BODY_A),
        ["本版责编：高明远  罗小川", ""],
        ["守好菜篮子“最后", "一公里”", ""],
        body(NEIGHBOUR),
    )
    found = articles(text)
    assert [a.headline for a in found] == ["春耕备耕忙", "守好菜篮子“最后一公里”"]
    assert [a.paragraphs for a in found] == [BODY_A, NEIGHBOUR]


def test_editor_credits_run_between_a_storys_last_line_and_the_next_byline_are_page_furniture() -> None:
    """Editor credits that extraction ran into a block, between the last line of one story's text
    and the next story's byline, with no blank line around them, are the page's credits: they
    head no story (no kicker, no headline), and the story under them keeps its reporter."""
    last = body(BODY_A)[:-1]  # (no blank under the text)
    text = page(
        "春耕备耕忙",
        "本报记者 刘  桐",
        [*last, "本版责编：高  明  罗  静", "版式设计：孔  方", "本报记者  王  浩", ""],
        body(NEIGHBOUR),
        ["育秧正当时", ""],
    )
    result = segment(text)
    found = [a for a in result.articles if a.kind == "article"]
    assert [(a.kicker, a.headline) for a in found] == [(None, "春耕备耕忙"), (None, "育秧正当时")]
    assert [author.name for author in found[1].authors] == ["王浩"]
    assert result.meta.editors == ["责编：高明 罗静", "版式设计：孔方"]
