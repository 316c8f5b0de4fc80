"""Paragraph breaks and spacing as a layout program we never tuned on prints them.

Each test cuts a few column lines by hand and says where a reader must see a paragraph end, or
what a paragraph must read.
"""

from __future__ import annotations

import pytest

from reader.model import Author
from reader.page.blocks import Line
from reader.page.reflow import paragraphs
from reader.page.segment import segment
from reader.page.textclean import cell_width, ends_sentence


def _lines(raw: list[str]) -> list[Line]:
    def line(k: int, x: str) -> Line:
        text = x.strip()
        return Line(
            text, cell_width(text), k == 0 or not raw[k - 1], x.startswith("\u3000"), ends_sentence(x)
        )

    return [line(k, x) for k, x in enumerate(raw) if x]


# lines of a 14-character column (28 cells), first lines printed full: only a short line ends one
FIRST = [
    "春耕时节，田间地头一派繁忙景象，",
    "农机手驾驶着播种机来回穿梭，一垄",
    "垄新土整齐地铺展开来，好不热闹。",
]
SECOND = ["今年以来，当地持续加大农田建设，", "新建灌溉渠道二十余公里，让不少地", "块变成了良田。"]


def test_a_signature_wrapped_under_a_full_last_line_stays_in_its_paragraph() -> None:
    # `（辛美）` would not fit after the full line above: it closes that paragraph, wrapped
    raw = [*FIRST, "（辛美）"]
    assert paragraphs([_lines(raw)], 28, mode="none") == ["".join(FIRST) + "（辛美）"]


def test_a_trailer_that_would_have_fitted_above_stands_as_a_paragraph_of_its_own() -> None:
    raw = [*SECOND, "（肖航参与采写）"]
    assert paragraphs([_lines(raw)], 28, mode="none") == ["".join(SECOND), "（肖航参与采写）"]


def test_a_caption_closed_by_its_credit_ends_its_paragraph() -> None:
    # no sentence runs on from a photographer's credit, even when the next line opens flush
    caption = ["图为酒店人员热情迎送嘉宾。  卢传友摄"]
    raw = [*caption, *FIRST]
    assert paragraphs([_lines(raw)], 28, mode="none") == [
        "图为酒店人员热情迎送嘉宾。  卢传友摄",
        "".join(FIRST),
    ]


def test_a_marked_subhead_under_a_full_finished_line_stands_alone() -> None:
    # indented paragraphs, the subhead printed flush under a line that fills the column
    raw = ["\u3000\u3000" + FIRST[0], *FIRST[1:], "■ 水渠修到田边", "\u3000\u3000" + SECOND[0], *SECOND[1:]]
    assert paragraphs([_lines(raw)], 28, mode="indented") == [
        "".join(FIRST),
        "■ 水渠修到田边",
        "".join(SECOND),
    ]


def test_a_line_short_only_by_digits_set_a_full_cell_wide_goes_on() -> None:
    # the page sets digits as wide as ideographs: four of them make a full line look short
    raw = ["全馆在1992年取得了成果。", "中国动物协会对这项研究取得的成", "果予以高度评价。"]
    assert paragraphs([_lines(raw)], 28, mode="none") == ["".join(raw)]


def test_signs_set_tight_against_numbers_lose_the_extractors_spaces() -> None:
    raw = ["中国队以6 ∶ 15和16 ∶ 18负于对手，", "女子4 × 100米自由泳接力夺冠。"]
    assert paragraphs([_lines(raw)], 28, mode="none") == [
        "中国队以6∶15和16∶18负于对手，女子4×100米自由泳接力夺冠。"
    ]


def test_a_credit_closing_a_body_paragraph_keeps_its_names_spacing_as_printed() -> None:
    """A credit closing a paragraph loses a scan's single space (`记者 徐`) and keeps the gap the
    paper letter-spaces a two-letter name with (`徐  军`), as the text prints it."""
    raw = ["游客一路行来，欣赏琼玉世界景色。", "（新华社记者 徐  军摄）"]
    expected = "游客一路行来，欣赏琼玉世界景色。（新华社记者徐  军摄）"
    assert paragraphs([_lines(raw)], 28, mode="none") == [expected]


def test_a_marked_subhead_keeps_its_printed_gap() -> None:
    body = [*FIRST, "", "■ 水渠修到田边", "", *SECOND]
    text = "\n".join(["春耕备耕忙", "", "■ 本报记者 刘  桐", "", *body]) + "\n"
    [article] = segment(text).articles
    assert article.paragraphs == ["".join(FIRST), "■ 水渠修到田边", "".join(SECOND)]


def test_a_second_byline_line_under_a_marked_one_adds_its_people() -> None:
    text = "\n".join(["■ 本报记者薛原", "本报通讯员 赵  鹏", *FIRST, *SECOND, "", "春耕备耕忙", ""]) + "\n"
    [article] = segment(text).articles
    assert article.authors == [Author("记者", "薛原"), Author("通讯员", "赵鹏")]
    assert article.headline == "春耕备耕忙"


def test_a_helpers_note_stands_alone_even_under_a_full_line() -> None:
    # unlike a signature, a note naming who helped is set on a line of its own
    raw = [*FIRST, "（林楠参与采写）"]
    assert paragraphs([_lines(raw)], 28, mode="none") == ["".join(FIRST), "（林楠参与采写）"]


def test_a_caption_closed_by_a_supplied_credit_ends_its_paragraph() -> None:
    raw = ["图为下乡演出队为农民群众表演歌舞节目。受访者供图", *FIRST]
    assert paragraphs([_lines(raw)], 28, mode="none") == [
        "图为下乡演出队为农民群众表演歌舞节目。受访者供图",
        "".join(FIRST),
    ]


def test_a_year_opening_a_full_line_on_a_page_setting_digits_wide_is_no_new_paragraph() -> None:
    # digits as wide as ideographs: a line holding `1997` is four cells short of the column in the
    # text, whether it goes on a paragraph or not; the page's other such lines show the habit
    text = [
        "著名数学家潘承洞同志，因病医",
        "治无效，于1997年12月27日",
        "在济南逝世。他从事数学研究四十余",
        "年，为我国数学事业作出了贡献。",
        "潘承洞同志出生于江苏苏州。",
        "1956年毕业于北京大学数学力学",
        "系，后赴山东大学任教，曾任该校数",
        "学系主任、校长等职。",
    ]
    assert paragraphs([_lines(text)], 32, mode="dropped") == ["".join(text[:4]), "".join(text[4:])]


def test_a_caption_closed_by_file_photo_ends_its_paragraph() -> None:
    raw = ["图为木偶剧团出发演出。（资料图片）", *FIRST]
    assert paragraphs([_lines(raw)], 28, mode="none") == [
        "图为木偶剧团出发演出。（资料图片）",
        "".join(FIRST),
    ]


def test_a_bracketed_credit_wrapped_onto_a_line_of_its_own_closes_its_caption() -> None:
    # `（陶源明摄）` under the caption's full last line: the credit closes that caption, it is no
    # paragraph of its own (a note in brackets would be)
    captions = [
        "图①：为确保旅客按时回家过年，铁路分局抽调人力投",
        "入春运工作。图为大学生们顺利登上火车离京返乡。",
        "（陶源明摄）",
        "图②：福州市一家酒店在服务上下功夫，开业以来，",
        "客房开房率在八成以上。图为酒店人员热情送嘉宾。",
    ]
    text = "\n".join(["春耕备耕忙", "", "■ 本报记者 刘  桐", "", *FIRST, "", *captions, ""]) + "\n"
    [article] = segment(text).articles
    assert article.paragraphs[-2:] == [
        "图①：为确保旅客按时回家过年，铁路分局抽调人力投入春运工作。图为大学生们顺利登上火车离京返乡。（陶源明摄）",
        "图②：福州市一家酒店在服务上下功夫，开业以来，客房开房率在八成以上。图为酒店人员热情送嘉宾。",
    ]


def test_a_helpers_note_stands_alone_on_a_page_keeping_indents() -> None:
    # the note is printed flush under the full last line of an indented paragraph
    raw = ["\u3000\u3000" + FIRST[0], *FIRST[1:], "（本报记者薛奕明整理）"]
    assert paragraphs([_lines(raw)], 32, mode="indented") == ["".join(FIRST), "（本报记者薛奕明整理）"]


def test_a_caption_broken_by_a_column_break_mid_sentence_stays_one_paragraph() -> None:
    cap1 = "图①：连日来，留学生纷纷捐款捐物，支援地震灾区的灾民们重返家园、欢度春节。图为捐款站。"
    cap2 = "图②：近几年来，在上海生活的外籍家庭已逾万户，春节前夕举办了中外家庭新春联谊会。"
    captions = [cap1[:26], "", cap1[26:], cap2[:26], cap2[26:]]
    text = (
        "\n".join(["春耕备耕忙", "", "■ 本报记者 刘  桐", "", *FIRST, "", *SECOND, "", *captions, ""]) + "\n"
    )
    [article] = segment(text).articles
    assert article.paragraphs[-2:] == [cap1, cap2]


def test_a_supplied_credit_wrapped_to_the_start_of_a_line_ends_its_caption() -> None:
    # the supplier's name broke over the caption's line end: no stop or gap stands before the
    # credit on its own line, and the line is too full to end a paragraph by its length
    raw = ["游客在鼎湖山景区游览。鼎湖山", "国家级自然保护区管理局供图", *FIRST]
    assert paragraphs([_lines(raw)], 28, mode="none") == [
        "游客在鼎湖山景区游览。鼎湖山国家级自然保护区管理局供图",
        "".join(FIRST),
    ]


def test_a_subhead_set_over_two_lines_is_one_paragraph() -> None:
    # the subhead's first line is cut at the column's width mid-phrase, as running text is; its
    # short second line stands out as a subhead, and the cut line goes on into it
    head = ["汽车以旧换新在惠民生、扩消费、优产业、促", "循环等方面发挥积极作用"]
    body1 = ["知》。６月２３日，国务院新闻办公室举行新", "闻发布会，介绍全链条扩大汽车消费的有关情", "况。"]
    body2 = ["近年来，汽车以旧换新有力支撑了汽车消费增", "长，在惠民生、扩消费、优产业、促循环等方"]
    body2.append("面都发挥了积极作用。")
    stack = ["汽车市场长期向好", "", "本报记者  王  浩", ""]
    text = "\n".join([*stack, *body1, "", *head, "", *body2, ""]) + "\n"
    [article] = segment(text).articles
    assert article.paragraphs == ["".join(body1), "".join(head), "".join(body2)]


def test_a_subhead_over_a_first_line_short_by_its_dropped_indent_stands_alone() -> None:
    # a 14-character column dropping first-line indents: the subhead is narrower than a first line,
    # and the line under it, short by the dropped indent, opens the next paragraph
    raw = [
        "今年以来，村里新修了一条",
        "水渠，灌溉面积扩大了一倍多，",
        "乡亲们干劲更足了。",
        "新水渠修到了田边地头",
        "合作社牵头统一采购农资，",
        "每亩地的成本降了不少，收成却",
        "比往年高出一截。",
    ]
    assert paragraphs([_lines(raw)], 28, mode="dropped") == [
        "".join(raw[:3]),
        "新水渠修到了田边地头",
        "".join(raw[4:]),
    ]


def test_a_subhead_letter_spaced_across_its_line_reads_without_the_spacing() -> None:
    # justified setting spreads a short subhead's characters over its line, one space apiece
    body = [*FIRST, "", "水 渠 修 到 田 边 了 吗 ？", "", *SECOND]
    text = "\n".join(["春耕备耕忙", "", "本报记者  刘  桐", "", *body]) + "\n"
    [article] = segment(text).articles
    assert article.paragraphs == ["".join(FIRST), "水渠修到田边了吗？", "".join(SECOND)]


def test_a_subhead_wrapped_onto_a_short_line_of_its_own_is_one_paragraph() -> None:
    # the subhead fills its line and breaks off mid-word; the rest stands alone on the next line
    head = ["——摘自全县春耕备耕工作会议的讲", "话"]
    body = [*FIRST, "", *head, "", *SECOND]
    text = "\n".join(["春耕备耕忙", "", "本报记者  刘  桐", "", *body]) + "\n"
    [article] = segment(text).articles
    assert article.paragraphs == ["".join(FIRST), "".join(head), "".join(SECOND)]


@pytest.mark.parametrize(
    ("end", "start", "reads"),
    [
        ("把XY", "Z框架", "把XYZ框架"),
        ("把Open ", "Studio框架", "把Open Studio框架"),
        ("把Open", " Studio框架", "把Open Studio框架"),
    ],
    ids=["a-word-cut-reads-whole", "gap-at-the-lines-end", "gap-at-the-next-lines-start"],
)
def test_a_latin_word_cut_at_the_columns_edge_reads_whole_and_two_words_stay_two(
    end: str, start: str, reads: str
) -> None:
    """The column cuts a Latin word where its measure ends, as it cuts Chinese: no space goes in
    (`XY` / `Z框架`). Where the page printed a gap at the break, between two Latin words, the gap
    stays (`Open ` / `Studio`): the words do not run together."""
    page = "\n".join(
        [
            "小型团队开发新应用更快了",
            "",
            "本报记者  齐明远",
            "",
            "\u3000\u3000不少小型应用的开发团队" + end,
            start + "当作首选，几个月就能上线一",
            "个新版本，节省了大量人力。",
            "\u3000\u3000这些团队的负责人告诉记者，今年",
            "还要推出更多面向老年人的功能。",
        ]
    )
    (article,) = segment(page + "\n").articles
    assert article.paragraphs == [
        "不少小型应用的开发团队" + reads + "当作首选，几个月就能上线一个新版本，节省了大量人力。",
        "这些团队的负责人告诉记者，今年还要推出更多面向老年人的功能。",
    ]


def test_first_lines_holding_digits_set_wide_are_no_evidence_of_a_dropped_indent() -> None:
    # a 12-character column set flush, paragraphs parted by blank lines, digits as wide as
    # ideographs: a first line holding `2025` is full in print though four cells short in the
    # text, so the page does not drop indents, and a blank after a sentence ending a full line
    # ends a paragraph (it is no column break)
    first = ["全镇去年新修乡村道路三条", "总长达3800米，沿线村", "民出行更方便了。"]
    second = ["2025年，镇里又投入资", "金修缮石桥，让两岸的群众", "往来不再绕远路。"]
    third = ["1200多户村民都受益，", "大家都说这是一件实在事。"]
    fourth = ["接下来，镇里还将继续完善", "道路养护机制。"]
    raw = [*first, "", *second, "", *third, "", *fourth]
    assert paragraphs([_lines(raw)], 24) == ["".join(p) for p in (first, second, third, fourth)]


def test_a_full_line_closing_a_clause_with_a_semicolon_goes_on_over_a_blank() -> None:
    # paragraphs set flush and parted by blank lines; a list's clause ending with `；` at the
    # column's end closes no paragraph: the blank under it is a column break
    first = ["镇里今年共办成三件实事：一是修", "通了进村的主路，路灯也都亮了；"]
    rest = ["二是建起卫生室，看病不再跑远路", "；三是开办了老人助餐食堂。"]
    after = ["接下来，镇里还打算扩建文化广场", "和图书室。"]
    raw = [*first, "", *rest, "", *after]
    assert paragraphs([_lines(raw)], 30, mode="none") == ["".join(first + rest), "".join(after)]


def test_a_closing_quote_pushed_to_a_lines_start_closes_the_sentence_above() -> None:
    # set flush: the quote's closing mark went down to the next line, which cannot open a
    # paragraph (the speaker's words and the one who spoke them stay together)
    raw = ["“今年的收成比去年好了不少，大", "家心里都比往年踏实多了。", "”村民老王笑着说。"]
    assert paragraphs([_lines(raw)], 28, mode="none") == ["".join(raw)]
