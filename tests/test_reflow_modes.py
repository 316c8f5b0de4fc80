"""How a run of body lines prints its first lines, when the run itself does not show it.

A page can mix items that keep first-line indents, drop them, or set paragraphs flush; a run of
lines too short to show its own habit follows its article's, and a run that keeps no indent at all
does not read a page's indents into its blank lines. Made-up lines, 14-character columns (28 cells).
"""

from __future__ import annotations

from reader.page.reflow import paragraphs
from reader.page.segment import segment
from tests.test_segment_breaks import _lines

# two paragraphs whose last lines happen to fill the column
FULL_END = ["春耕时节，田间地头一派繁忙景", "象，农机手驾驶着播种机来回穿", "梭，一垄垄新土整齐铺展开来。"]
NEXT = ["今年以来，当地持续加大农田建", "设力度，新建灌溉渠道二十余公", "里，让不少荒地变成了好良田。"]


def test_a_blank_after_a_full_finished_line_parts_paragraphs_in_a_run_keeping_no_indent() -> None:
    # the page keeps indents elsewhere, but this item sets its paragraphs flush, parted by blank
    # lines: the blank is no column break (that would show an indent on some first line here)
    raw = [*FULL_END, "", *NEXT]
    assert paragraphs([_lines(raw)], 28, fallback="indented") == ["".join(FULL_END), "".join(NEXT)]


def test_a_blank_after_a_full_finished_line_is_a_column_break_in_a_run_keeping_indents() -> None:
    raw = ["\u3000\u3000" + FULL_END[0][2:], *FULL_END[1:], "", *NEXT]
    assert paragraphs([_lines(raw)], 28, fallback="indented") == ["".join(raw).replace("\u3000", "")]


DROPPED = [
    "春耕备耕忙",
    "",
    "本报记者  刘  桐",
    "",
    "今年以来，村里新修了一条",
    "水渠，灌溉面积扩大了一倍多，",
    "乡亲们干劲更足了。",
    "合作社牵头统一采购农资，",
    "每亩地的成本降了不少，收成却",
    "比往年高出一截。",
    "眼下，村民们正抢抓农时，",
    "把良种送到田间地头，确保春播",
    "顺利进行。",
    "",
]
FLUSH_RUN = [
    "城区老旧小区改造启动以来，街",
    "巷里的路面平整了，路灯也亮起",
    "来了，居民们直夸好。",
    "不少居民说，如今出门散步，心",
    "情也舒畅多了。",
]
SHORT_BY_TWO = ["小区成立了居民议事会，大事小", "情大家商量着办，物业服务也更", "加贴心了，居民们很满意。"]
LAST = ["下一步，街道将继续推进改造，", "让更多居民受益。"]


def test_a_run_that_shows_nothing_follows_its_articles_habit_not_the_pages() -> None:
    # the page drops indents in its first item; the second item sets first lines full. Under its
    # subhead, a last line two characters short over a full line ends a paragraph there.
    second = [
        "老街巷换新颜",
        "",
        "本报记者  王  浩",
        "",
        *FLUSH_RUN,
        "",
        "小区管理有了新办法",
        "",
        *SHORT_BY_TWO,
        *LAST,
    ]
    text = "\n".join([*DROPPED, "", *second]) + "\n"
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["春耕备耕忙", "老街巷换新颜"]
    assert articles[1].paragraphs[-2:] == ["".join(SHORT_BY_TWO), "".join(LAST)]


def test_a_finished_line_with_digits_set_narrow_ends_its_paragraph_on_a_page_of_full_first_lines() -> None:
    # first lines print full; this run sets digits one cell each (the full line holding a number
    # fills the column), so a finished line holding a year, one cell short, ends its paragraph
    first = ["今年以来，当地新建灌溉渠道共", "计1260公里，比去年多了一倍，", "工程已在2024年底全部完工。"]
    second = ["合作社牵头统一采购农资，每亩", "地的成本降了不少。"]
    assert paragraphs([_lines([*first, *second])], 28, mode="none") == ["".join(first), "".join(second)]


def test_a_one_line_paragraph_under_a_finished_line_a_little_short_stands_alone() -> None:
    # first lines drop their indent; the line above ends a sentence two cells short of the column,
    # and the short line under it could not have gone on its paragraph (its words would have fitted)
    first = ["今年以来，村里新修了一条", "水渠，灌溉面积扩大了一倍多，", "乡亲们干劲足了，收成好了。"]
    third = ["合作社牵头统一采购农资，", "每亩地的成本降了不少。"]
    raw = [*first, "新水渠通到了田边。", *third]
    assert paragraphs([_lines(raw)], 28, mode="dropped") == [
        "".join(first),
        "新水渠通到了田边。",
        "".join(third),
    ]


def test_a_finished_line_short_only_by_its_spaced_digits_goes_on_into_a_signature_under_it() -> None:
    # the extractor set the number with spaces around it (one cell each): set as printed, the line
    # fills the column, so the short line under it is the same paragraph's end (a bracketed name
    # signing a brief), not a paragraph of its own
    raw = [
        "今年以来，村里新修了两条水渠",
        "荒滩也变了样，新渠一共能浇",
        "灌 300 亩地，都成了良田。",
        "（小 刘）",
    ]
    assert paragraphs([_lines(raw)], 28, mode="dropped") == [
        "今年以来，村里新修了两条水渠荒滩也变了样，新渠一共能浇灌300亩地，都成了良田。（小刘）"
    ]


# an item whose first line after the byline kept two ASCII spaces of a gap (as an extractor may
# leave before a number or a quote), while its other paragraphs drop their indents
GAP_FIRST = ["今年春节，小镇格外热闹，", "街头巷尾挂满了红灯笼，家家户", "户都在忙着准备好年夜饭了。"]
DROPPED_NEXT = [
    "文化站组织了一场联欢会，",
    "村民们自编自演节目，台上台下",
    "欢声笑语不断，大家都说今年的",
    "年过得最热闹。",
]
DROPPED_LAST = ["在外务工的年轻人也赶回了", "家乡，和亲人一起过个团圆年。"]


def test_one_line_opening_with_spaces_does_not_make_an_item_keep_its_indents() -> None:
    # first lines drop their indent (short by two characters under a short last line); a single
    # line printed with two ASCII spaces in front is no sign the item keeps indents, so a finished
    # line a character short over a line short by the dropped indent still ends its paragraph
    page = [
        "小镇年味浓",
        "",
        "本报记者  刘  桐",
        "",
        "  " + GAP_FIRST[0],
        *GAP_FIRST[1:],
        *DROPPED_NEXT,
        *DROPPED_LAST,
    ]
    articles = segment("\n".join(page) + "\n").articles
    assert articles[0].paragraphs == ["".join(GAP_FIRST), "".join(DROPPED_NEXT), "".join(DROPPED_LAST)]
