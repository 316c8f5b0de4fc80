"""Printing habits of real pages that the second layout program showed the segmenter missing.

Each page is a few hand-cut column lines; each test says what a reader must see.
"""

from __future__ import annotations

from reader.model import Article, Author
from reader.page.blocks import Line
from reader.page.byline import parse_byline_line
from reader.page.credits import split_credit
from reader.page.reflow import paragraphs
from reader.page.segment import segment
from reader.page.textclean import cell_width, ends_sentence
from tests.pagegen import cut

BODY = [
    "春耕时节，田间地头一派繁忙景象。农机手驾驶着播种机来回穿梭，一垄垄新土整齐地铺展开来。",
    "今年以来，当地持续加大高标准农田建设力度，新建灌溉渠道二十余公里，让不少地块变成了良田。",
    "“以前浇一遍地要三四天，现在手机上点一点就能完成。”种粮大户老李一边查看墒情数据一边说。",
]
OTHER = [
    "为进一步优化营商环境，市里推出了一批便民利企新举措，涵盖企业开办、工程审批等多个领域。",
    "在政务服务大厅，前来办事的群众可以在综合窗口一次提交全部材料，办结时间平均缩短了一半。",
]


def indented(paragraphs: list[str], first: str = "", width: int = 28) -> list[str]:
    """Paragraphs whose first lines keep their indent (two full-width spaces), no blank between."""
    lines: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        cut_lines = cut((first if k == 0 else "") + paragraph, width)
        lines += ["\u3000\u3000" + cut_lines[0], *cut_lines[1:]]
    return lines


def _lines(raw: list[str]) -> list[Line]:
    def line(k: int, x: str) -> Line:
        text = x.strip()
        opens = k == 0 or not raw[k - 1]
        return Line(text, cell_width(text), opens, x.startswith("\u3000"), ends_sentence(x))

    return [line(k, x) for k, x in enumerate(raw) if x]


def test_a_credit_in_brackets_closes_a_caption() -> None:
    text, credit = split_credit("游客在公园里赏花。（新华社记者 周  确摄）")
    assert text == "游客在公园里赏花。"
    assert credit is not None and credit.authors == [Author("摄影", "周确")]


def test_one_credit_for_all_the_photos_above_it() -> None:
    text, credit = split_credit("以上图片均为王  五摄")
    assert credit is not None and credit.authors == [Author("摄影", "王五")]


def test_text_and_photos_credited_apart() -> None:
    byline = parse_byline_line("文/张  三  图/李四平")
    assert byline is not None
    assert byline.authors == [Author("", "张三"), Author("摄影", "李四平")]
    assert parse_byline_line("文化是根") is None


def test_a_subtitle_right_above_an_indented_dateline_keeps_the_byline() -> None:
    lines = ["春耕备耕正当时", "", "各地抓住农时推进春季生产", *indented(BODY, "本报讯（记者罗盘）  ")]
    [article] = segment("\n".join(lines) + "\n").articles
    # with no dash, kicker + headline or headline + subtitle: either way both stay titles
    titles = {article.kicker, article.headline, article.subtitle}
    assert {"春耕备耕正当时", "各地抓住农时推进春季生产"} <= titles
    assert article.authors == [Author("记者", "罗盘")]
    assert article.paragraphs == BODY


def test_a_dateline_right_under_a_photo_caption_starts_the_article() -> None:
    caption = "图为农民在田间查看麦苗长势，今年小麦播种面积稳中有增。（资料图片）"
    lines = [
        "营商环境持续优化",
        "",
        *cut(OTHER[0], 28),
        "",
        *cut(OTHER[1], 28),
        caption,
        *cut("本报讯（记者汤民仁） " + BODY[0], 28),
        "",
        *cut(BODY[1], 28),
        "",
        "春耕时节田间忙",
    ]
    articles = segment("\n".join(lines) + "\n").articles
    dated = [a for a in articles if a.authors]
    assert [a.authors for a in dated] == [[Author("记者", "汤民仁")]]
    assert dated[0].paragraphs[-2:] == BODY[:2]


def test_an_editor_credit_with_a_letter_spaced_name_is_page_furniture() -> None:
    lines = ["春耕备耕正当时", "", "本报记者 刘桐", "", *cut(BODY[0], 28), "", *cut(BODY[1], 28)]
    lines += ["", "本版责编：何 伟"]
    result = segment("\n".join(lines) + "\n")
    assert [a.headline for a in result.articles] == ["春耕备耕正当时"]
    assert result.articles[0].paragraphs == BODY[:2]
    assert result.meta.editors == ["责编：何伟"]


def test_a_subhead_printed_flush_between_indented_paragraphs_stands_alone() -> None:
    raw = [*indented(BODY[:2]), "水渠修到田边", *indented(BODY[2:])]
    assert paragraphs([_lines(raw)], 28) == [*BODY[:2], "水渠修到田边", BODY[2]]


def test_a_subhead_printed_flush_between_paragraphs_without_indents_stands_alone() -> None:
    # first lines printed short by their dropped indent, nothing between paragraphs
    raw = [*cut(BODY[0], 28), *cut(BODY[1], 28), "水渠修到田边", *cut(BODY[2], 28)]
    assert paragraphs([_lines(raw)], 28) == [*BODY[:2], "水渠修到田边", BODY[2]]


def test_a_paragraph_ending_at_a_full_line_follows_the_pages_habit() -> None:
    # The page prints first lines full and a blank line after each paragraph. The second article
    # has nothing to tell by itself (its first paragraph fills its last line exactly), so the blank
    # after that full line is read the page's way: a paragraph break, not a column break.
    exact = "一二三四五六七八九十一二三四五六七八九十一二三。"  # fills two lines of 12
    flush = [x for p in OTHER for x in [*cut(p, 24, 0), ""]]
    second = [*cut(exact, 24, 0), "", *cut(BODY[0], 24, 0)]
    head_a = ["营商环境持续优化", "", "本报记者 王五", ""]
    head_b = ["春耕时节田间忙", "", "本报记者 刘桐", ""]
    text = "\n".join([*head_a, *flush, "", *head_b, *second]) + "\n"
    articles = segment(text).articles
    assert [a.paragraphs for a in articles] == [OTHER, [exact, BODY[0]]]


def test_a_photo_credit_broken_over_two_lines_names_the_photographer() -> None:
    caption = ["春节前夕，志愿者在村里为老人写", "春联、送年画，欢声笑语。 ■ 本报", "记者 周八"]
    lines = ["春耕备耕正当时", "", "本报记者 刘桐", "", *cut(BODY[0], 28), "", *cut(BODY[1], 28), ""]
    lines += caption
    articles = segment("\n".join(lines) + "\n").articles
    photo = [a for a in articles if a.kind == "photo"]
    assert [a.authors for a in photo] == [[Author("记者", "周八")]]
    assert photo[0].paragraphs == ["春节前夕，志愿者在村里为老人写春联、送年画，欢声笑语。"]
    assert [a.authors for a in articles if a.kind == "article"] == [[Author("记者", "刘桐")]]


def test_a_publisher_spaced_off_its_role_word_is_not_an_author() -> None:
    byline = parse_byline_line("本报记者  刘振英  新华社  记者  张宿堂")
    assert byline is not None
    assert byline.authors == [Author("记者", "刘振英"), Author("记者", "张宿堂")]


def test_text_and_photo_byline_over_the_body_is_the_articles_byline() -> None:
    lines = ["春耕备耕正当时", "", "文/张  三  图/李四平", "", *cut(BODY[0], 28), "", *cut(BODY[1], 28)]
    [article] = segment("\n".join(lines) + "\n").articles
    assert article.headline == "春耕备耕正当时"
    assert article.authors == [Author("", "张三"), Author("摄影", "李四平")]
    assert article.paragraphs == BODY[:2]


def test_a_two_part_headline_joined_by_a_full_width_space_after_its_body() -> None:
    # headlines printed after their bodies; the second article has no byline
    lines = [*cut("本报讯（记者 刘桐） " + BODY[0], 28), "", *cut(BODY[1], 28), ""]
    lines += ["春耕备耕忙\u3000农田水渠新"]
    lines += ["", "", *cut(OTHER[0], 28), "", *cut(OTHER[1], 28), "", "营商环境持续优化"]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == ["春耕备耕忙 农田水渠新", "营商环境持续优化"]
    assert [a.paragraphs for a in articles] == [BODY[:2], OTHER]


def test_a_line_of_names_opening_with_surnames_signs_the_piece_under_it() -> None:
    # a signed piece with no headline of its own follows an article: its writer's name opens it,
    # where a short title would be a subhead of the article before
    def page_with(line: str) -> list[Article]:
        lines = ["营商环境持续优化", "", "本报记者 王五", "", *cut(OTHER[0], 28), "", *cut(OTHER[1], 28), ""]
        lines += ["", line, "", *cut(BODY[0], 28), "", *cut(BODY[1], 28)]
        return segment("\n".join(lines) + "\n").articles

    signed = page_with("陈锡文")
    assert [(a.authors, a.paragraphs) for a in signed] == [
        ([Author("记者", "王五")], OTHER),
        ([Author("", "陈锡文")], BODY[:2]),
    ]
    titled = page_with("年味浓")
    assert [a.paragraphs for a in titled] == [[*OTHER, "年味浓", *BODY[:2]]]


def test_a_caption_whose_second_sentence_opens_a_line_with_tu_wei_stays_one_caption() -> None:
    # `…开幕。图为…` cut so that `图为` starts a line: one caption, not two
    caption = [
        "图①：第十届农民运动会昨天在县城开",
        "幕。来自各乡镇的选手参加了比赛。",
        "图为运动员入场。",
        "图②：观众为选手加油助威。",
    ]
    lines = [
        "春耕备耕正当时",
        "",
        "本报记者 刘桐",
        "",
        *cut(BODY[0], 28),
        "",
        *cut(BODY[1], 28),
        "",
        *caption,
    ]
    [article] = segment("\n".join(lines) + "\n").articles
    assert article.paragraphs == [
        *BODY[:2],
        "图①：第十届农民运动会昨天在县城开幕。来自各乡镇的选手参加了比赛。图为运动员入场。",
        "图②：观众为选手加油助威。",
    ]


def test_a_photo_set_wider_than_the_column_over_its_credit_line_stands_alone() -> None:
    # an article, then a photo with its title: the caption set wider than the column (not twice
    # as wide, no number), its credit on a line of its own
    caption = (
        "春节前夕，志愿者在村里为老人写春联、送年画，欢声",
        "笑语不断，村民们纷纷赶来领取春联，年味渐浓。",
    )
    lines = ["春耕备耕正当时", "", "本报记者 刘桐", "", *cut(BODY[0], 28), "", *cut(BODY[1], 28), ""]
    lines += ["", "写春联  送祝福", "", *caption, "王  五摄（人民视觉）"]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.kind, a.headline, a.authors) for a in articles] == [
        ("article", "春耕备耕正当时", [Author("记者", "刘桐")]),
        ("photo", "写春联 送祝福", [Author("", "王五")]),
    ]
    assert articles[0].paragraphs == BODY[:2]
    assert articles[1].paragraphs == ["".join(caption)]


def test_a_line_short_only_by_the_number_pushed_onto_the_next_line_goes_on_over_a_column_break() -> None:
    # numbers are never split over two lines, so the line before one may fall short of the column
    raw = ["全县外贸出口保持稳定增长势头，", "出口总值从1985年的", "", "10.91亿美元增长到二十亿美元。"]
    assert paragraphs([_lines(raw)], 30, mode="none") == [
        "全县外贸出口保持稳定增长势头，出口总值从1985年的10.91亿美元增长到二十亿美元。"
    ]


def test_an_editors_note_between_the_headline_and_the_byline_opens_the_body() -> None:
    note = "编者按：春耕在即，本报今起推出系列报道，关注各地如何抓好农业生产，敬请关注。"
    lines = [
        "春耕备耕正当时",
        "",
        *cut(note, 28),
        "",
        "■ 本报记者 刘桐",
        "",
        *cut(BODY[0], 28),
        "",
        *cut(BODY[1], 28),
    ]
    lines += ["", "营商环境持续优化", "", "本报记者 王五", "", *cut(OTHER[0], 28), "", *cut(OTHER[1], 28)]
    articles = segment("\n".join(lines) + "\n").articles
    assert [(a.headline, a.authors) for a in articles] == [
        ("春耕备耕正当时", [Author("记者", "刘桐")]),
        ("营商环境持续优化", [Author("记者", "王五")]),
    ]
    assert articles[0].paragraphs == [note, *BODY[:2]]


def test_an_indented_dateline_broken_by_a_column_break_keeps_its_reporter() -> None:
    # the column ends inside the dateline's bracket: `　　新华社天津1月29日电　（记` / blank / `者孙参）…`
    rest = cut("者孙参）" + BODY[0], 32, 0)
    lines = [
        "春耕备耕正当时",
        "",
        "\u3000\u3000新华社天津1月29日电\u3000（记",
        "",
        *rest,
        *indented(BODY[1:], width=32),
    ]
    [article] = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("记者", "孙参")]
    assert article.paragraphs == BODY


def test_a_credit_wrapped_after_the_gap_closing_a_caption_stays_in_its_paragraph() -> None:
    # a credit set after a gap on the caption's last line; it did not fit, so it wrapped: the gap
    # is left at the line's end, or carried to the start of the credit's line, and stays before it
    caption = "春耕时节，农机手在新修的高标准农田里播种。图为田边新建的灌溉渠。"
    for gap_at_end in (True, False):
        last = cut(caption, 28)
        last[-1] += "\u3000\u3000" if gap_at_end else ""
        credit = "新华社记者王五摄" if gap_at_end else "\u3000\u3000新华社记者王五摄"
        lines = ["春耕备耕正当时", "", "本报记者 刘桐", "", *cut(BODY[0], 28), "", *cut(BODY[1], 28), ""]
        lines += [*last, credit, ""]
        articles = segment("\n".join(lines) + "\n").articles
        assert [a.paragraphs[-1] for a in articles] == [caption + "  新华社记者王五摄"], gap_at_end


def test_a_line_spread_out_character_by_character_reads_as_plain_text() -> None:
    # justified setting spreads a short line's characters one by one (`生 动 上 演 。`): the
    # spaces are no word gaps, so the reflowed paragraph has none, digits and quotes included
    first, second = cut(BODY[0], 28), cut(BODY[1], 28)
    first[1] = " ".join(first[1])
    second[2] = " ".join(second[2].replace("二十", "20"))
    lines = ["春耕备耕正当时", "", "本报记者 刘桐", "", *first, "", *second, ""]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.paragraphs for a in articles] == [[BODY[0], BODY[1].replace("二十", "20")]]
    assert articles[0].authors == [Author("记者", "刘桐")]
