"""Paragraph ends read from how a column is set: what a line's length, its last marks and the
next line's first mark tell, on pages from layout programs we never tuned on.

Each test cuts a few column lines by hand (a 14-character column, 28 cells) and says where a
reader must see a paragraph end."""

from __future__ import annotations

from reader.page.blocks import Line
from reader.page.firstlines import indent_mode
from reader.page.reflow import paragraphs
from reader.page.textclean import cell_width, ends_sentence


def _lines(raw: list[str]) -> list[Line]:
    def line(k: int, x: str) -> Line:
        text = x.strip()
        return Line(
            text, cell_width(text), k > 0 and not raw[k - 1], x.startswith("\u3000"), ends_sentence(x)
        )

    return [line(k, x) for k, x in enumerate(raw) if x]


def test_an_opening_quote_pushed_down_leaves_no_paragraph_end() -> None:
    # first lines print full; the quote mark may not end a line, so it went down with its word
    # and left the line above one character short
    raw = [
        "大家一边鼓掌一边喊：“好样的！”",
        "一位老人握着他的手，连声道谢。",
        "“不用谢，不用谢。”小伙子笑着摆",
        "摆手，转身又上了车。",
    ]
    assert paragraphs([_lines(raw)], 32, mode="none") == ["".join(raw)]


def test_a_short_finished_line_still_ends_a_paragraph_before_a_full_line() -> None:
    # (the rule above asks only for a line one character short: two short is a paragraph end)
    raw = [
        "大家一边鼓掌一边喊：“好样的！”",
        "一位老人握着他的手，道谢。",
        "“不用谢，不用谢。”小伙子笑着摆",
        "摆手，转身又上了车。",
    ]
    assert paragraphs([_lines(raw)], 32, mode="none") == ["".join(raw[:2]), "".join(raw[2:])]


def test_a_signature_closing_a_brief_ends_its_paragraph_even_on_a_full_line() -> None:
    # briefs run one under another, each closed by its writer's name in brackets
    raw = [
        "十二小时内的车流量最高达六万辆，",
        "成为华东最繁忙的交叉口。（王五）",
        "新年之际，金华市一家商厦组织二十",
        "余名党员看望革命老区的老党员。",
    ]
    assert paragraphs([_lines(raw)], 32, mode="dropped") == ["".join(raw[:2]), "".join(raw[2:])]


# a body whose first lines print full (no indent), closed by a long signature on its own line
NO_INDENT = [
    "今年以来，当地加大农田建设，",
    "新建灌溉渠道二十余公里，让不",
    "少地块变成了良田。",
    "（北京市西城区佟景宸）",
]


def test_a_signature_on_a_line_of_its_own_is_no_sign_of_a_dropped_indent() -> None:
    # a line short because it ends its own paragraph tells nothing of how first lines print
    assert indent_mode(_lines(NO_INDENT), 28, fallback="none") == "none"


def test_an_article_that_shows_both_ways_follows_its_page() -> None:
    # one first line short by a dropped indent, one full: the page's habit decides
    raw = [
        "今年以来，当地加大农田建设，",
        "少地块变成了良田。",
        "新建灌溉渠道二十余公里，",
        "让地块变成了良田。",
        "灌溉渠道修到田边地头，农民们",
        "都说好。",
    ]
    assert indent_mode(_lines(raw), 28, fallback="none") == "none"
    assert indent_mode(_lines(raw), 28, fallback="dropped") == "dropped"


def test_an_unfinished_line_two_characters_short_over_a_blank_line_ends_its_paragraph() -> None:
    # only a mark pushed down leaves a line inside a paragraph short, by one character: two short
    # over a column's end is a subhead (or a line leading into a list) standing on its own
    raw = [
        "改革完成了从政策推动到法治保障的",
        "跨越。",
        "二十七年实践催生了法治的需求",
        "",
        "在市人大常委会法工委办公室，主任",
        "打开一摞厚厚的材料。",
    ]
    assert paragraphs([_lines(raw)], 32, mode="none") == [
        "".join(raw[:2]),
        raw[2],
        "".join(raw[4:]),
    ]


def test_a_first_line_short_by_its_dropped_indent_goes_on_over_a_column_break() -> None:
    raw = ["今年以来，当地持续加大农田", "", "建设，新建灌溉渠道二十余公里，让", "不少地块变成了良田。"]
    assert paragraphs([_lines(raw)], 32, mode="dropped") == ["".join(raw)]


def test_a_line_alone_near_the_column_width_over_a_first_line_short_by_its_indent_is_a_subhead() -> None:
    # on a page that drops indents and leaves a blank line after each paragraph: the line under
    # the blank is short by the dropped indent, so the one over it ended a paragraph (a subhead);
    # under a column break the text goes on at full width instead
    first = ["今年以来，当地加大农田建设，", "新建灌溉渠道二十余公里，让不少地", "块变成了良田。", ""]
    subhead = ["二十七年实践催生的法治保障需求", ""]
    second = ["在市人大常委会法工委办公室，", "主任打开一摞厚厚的材料，翻给记者", "看。"]
    assert paragraphs([_lines(first + subhead + second)], 32, mode="dropped") == [
        "".join(first),
        subhead[0],
        "".join(second),
    ]
    broken = ["主任在市人大常委会法工委办公室打开", "一摞厚厚的材料，翻给记者看。"]
    assert paragraphs([_lines(first + subhead + broken)], 32, mode="dropped") == [
        "".join(first),
        subhead[0] + "".join(broken),
    ]
    # (a bracket left open is no subhead: `本报讯（记者 X、Y` / `Z）…` broken at a column break)
    dateline = ["本报讯（记者王五、赵六、孙小", ""]
    rest = ["明）主任在法工委办公室打开", "一摞厚厚的材料，翻给记者看。"]
    assert paragraphs([_lines(first + dateline + rest)], 32, mode="dropped") == [
        "".join(first),
        dateline[0] + "".join(rest),
    ]


# a 15-character column (30 cells): a story set with its indents kept, a subhead printed flush
SUBHEAD_INDENTED = [
    "\u3000\u3000山路修通以后，村里种的苹果",
    "再也不愁卖了，收购的车直接开到",
    "果园门口，价钱也比往年高一截。",
    "一、合作社带来新门路",
    "\u3000\u3000去年秋天，村里办起了果品合",
    "作社，统一收购、统一包装，苹果",
    "卖到了城里的超市。",
]


def test_a_subhead_printed_flush_under_a_full_finished_line_stands_alone() -> None:
    # a paragraph's last line ends its sentence: a short line that ends none, under a line that
    # filled the column with a full stop and over an indented first line, is a subhead
    paras = paragraphs([_lines(SUBHEAD_INDENTED)], 30, mode="indented")
    assert paras == [
        "".join(x.strip() for x in SUBHEAD_INDENTED[:3]),
        "一、合作社带来新门路",
        "".join(x.strip() for x in SUBHEAD_INDENTED[4:]),
    ]


def test_a_subhead_in_text_set_flush_stands_alone_under_a_full_finished_line() -> None:
    # first lines print full: the short line ending no sentence is a subhead, not the last line
    # of the paragraph above (which ended on the full line's full stop)
    raw = [
        "来信反映，小区门口的路灯坏了大",
        "半年，晚上出门很不方便，希望有",
        "关部门尽快修好，方便居民出行。",
        "路灯为何迟迟不修",
        "没过几天，施工队就来了，换上了",
        "新灯。",
    ]
    assert paragraphs([_lines(raw)], 30, mode="none") == ["".join(raw[:3]), raw[3], "".join(raw[4:])]


# a subhead two or three characters short of a 16-character column (32 cells), over the paragraph
# it heads, with no blank line or indent around it
SUBHEAD = "新修的路带活了全村果园产业"


def test_a_subhead_three_characters_short_stands_alone_where_first_lines_print_full() -> None:
    raw = [
        "山前的村子去年修通了公路，村民们",
        "种的果子第一次直接卖进了城里。",
        SUBHEAD,
        "清晨六点，满载鲜果的货车就从村口",
        "出发，中午前能开进城里的超市。",
    ]
    assert paragraphs([_lines(raw)], 32, mode="none") == ["".join(raw[:2]), SUBHEAD, "".join(raw[3:])]


def test_a_subhead_three_characters_short_stands_alone_where_indents_are_dropped() -> None:
    # (a first line prints 14 characters here: the subhead is short by one more than its indent)
    raw = [
        "山前的村子去年修通了公路，村民",
        "们种的果子第一次直接卖进了城里。",
        SUBHEAD,
        "清晨六点，满载鲜果的货车就从",
        "村口出发，中午前能开进城里的超市。",
    ]
    assert paragraphs([_lines(raw)], 32, mode="dropped") == ["".join(raw[:2]), SUBHEAD, "".join(raw[3:])]


def test_a_short_first_line_that_breaks_off_inside_a_word_goes_on() -> None:
    # (the dictionary runs `果园` across the break: the line is a paragraph's, cut short)
    raw = [
        "山前的村子去年修通了公路，村民们",
        "种的果子第一次直接卖进了城里。",
        "今年春天雨水少，可村里的果",
        "园依旧挂满了果子，收成不比往年",
        "差。",
    ]
    assert paragraphs([_lines(raw)], 32, mode="none") == ["".join(raw[:2]), "".join(raw[2:])]


def test_the_lines_of_a_narrower_column_beside_a_photo_run_on_in_one_paragraph() -> None:
    # a photo takes part of the column's width: the lines beside it are cut at a narrower measure,
    # each as wide as the last, and are no subheads however short of the column they fall
    raw = [
        "今年春天，村口那条土路终于铺成",
        "了水泥路，乡亲们出门",
        "再也不用踩着泥水走，",
        "路旁种上了两排小树，",
        "孩子们放学后总爱在树",
        "下跑来跑去。",
    ]
    assert paragraphs([_lines(raw)], 30, mode="none")[0].startswith("".join(raw[:5]))


def test_a_note_in_brackets_on_its_own_line_ends_its_paragraph_even_near_the_column_width() -> None:
    # an interview's text closed by the note of who wrote it down, the next speaker's words under
    # it with their first line printed full: the note is no part of what follows
    raw = [
        "我们将把更多精力放在田间地头，",
        "让农户少跑路、多增收。",
        "（本报记者钱七采访整理）",
        "山区的春天来得晚，可村里的合作",
        "社早已忙开了。",
    ]
    assert paragraphs([_lines(raw)], 30, mode="none") == ["".join(raw[:2]), raw[2], "".join(raw[3:])]


def test_a_note_in_brackets_standing_alone_opens_no_paragraph_of_the_text_under_it() -> None:
    # the writer's note set between blanks, a column's contact line right under it
    raw = [
        "村口那条路，每个人都看得见。",
        "",
        "（作者为本报驻外分社记者）",
        "栏目邮箱：example@example.cn",
    ]
    assert paragraphs([_lines(raw)], 28, mode="none") == ["".join(raw[:1]), raw[2], raw[3]]


def test_a_finished_line_a_character_short_over_a_blank_ends_its_paragraph_where_indents_are_kept() -> None:
    # a story that keeps its indents sets a paragraph under a blank line flush (set apart); a
    # column break leaves the line over the blank full, so one a character short ended there
    first = [
        "\u3000\u3000村里的新路修好以后，果农",
        "把苹果装上车，一早就能运到城",
        "里的集市上，价钱比往年高。",
        "",
    ]
    second = ["合作社也跟着办起了网店，年轻", "人负责拍照和回复顾客的留言。"]
    assert paragraphs([_lines(first + second)], 28, mode="indented") == [
        "".join(first).lstrip("\u3000"),
        "".join(second),
    ]
    # (a full line over the blank is a column break: the sentence after it goes on the paragraph)
    broken = [
        "\u3000\u3000村里的新路修好以后，果农",
        "把苹果装上车，一早就能运到城",
        "里的集市上，价钱比往年高些。",
        "",
    ]
    assert paragraphs([_lines(broken + second)], 28, mode="indented") == [
        "".join(broken + second).lstrip("\u3000")
    ]


def test_a_subhead_closed_by_its_quote_may_fill_a_narrow_column() -> None:
    # first lines print full; a subhead in quotes as wide as the column, set apart by blank lines,
    # still stands alone: a sentence cut there by a column break shows its clause before the quote
    first = ["今年村里的苹果又是大丰收，收", "购的车一直开到了果园门口，农", "民们都很高兴。", ""]
    subhead = ["“小果园里藏着致富的大学问”", ""]
    second = ["合作社请来农技员，教大家修枝", "和施肥，果子越结越多。"]
    assert paragraphs([_lines(first + subhead + second)], 28, mode="none") == [
        "".join(first),
        subhead[0],
        "".join(second),
    ]
    broken = ["春天到，村里开起“田间课堂”", ""]
    assert paragraphs([_lines(first + broken + second)], 28, mode="none") == [
        "".join(first),
        broken[0] + "".join(second),
    ]


def test_a_finished_line_two_characters_short_ends_its_paragraph_over_a_flush_subhead() -> None:
    # a story that keeps its indents sets a subhead flush right under a paragraph's last line: a
    # line inside a paragraph falls short by a mark pushed down, one character, never by two
    first = [
        "\u3000\u3000村里的新路修好以后，果农",
        "把苹果装上车，一早就能运到城",
        "里的集市，价钱比往年高。",
    ]
    subhead = ["网店怎么开起来？"]
    second = ["\u3000\u3000合作社请来年轻人，负责拍照", "和回复顾客的留言。"]
    assert paragraphs([_lines(first + subhead + second)], 28, mode="indented") == [
        "".join(first).lstrip("\u3000"),
        subhead[0],
        "".join(second).lstrip("\u3000"),
    ]
    # (one character short, the line goes on into the flush line under it)
    pushed = [
        "\u3000\u3000村里的新路修好以后，果农",
        "把苹果装上车，一早就能运到城",
        "里的集市上，价钱比往年高。",
    ]
    going = ["合作社请来年轻人，负责拍照和", "回复顾客的留言。"]
    assert paragraphs([_lines(pushed + going)], 28, mode="indented") == [
        "".join(pushed + going).lstrip("\u3000")
    ]


def test_an_opening_quote_pushed_down_over_a_column_break_ends_no_paragraph() -> None:
    # the quote may not end a line, so it went down past the column's end with its word and left
    # the finished line above it a character short: the paragraph goes on in the next column
    first = [
        "\u3000\u3000村里的新路修好以后，果农",
        "把苹果装上车，一早就能运到城",
        "里的集市上，价钱比往年高。",
        "",
    ]
    going = ["“合作社也办起了网店，”年轻", "人说，“拍照和回复留言都行。”"]
    assert paragraphs([_lines(first + going)], 28, mode="indented") == [
        "".join(first + going).lstrip("\u3000")
    ]


def test_a_quoted_word_closing_a_long_sentence_at_a_column_end_goes_on() -> None:
    # a full line set apart by blanks, closed by a quote it opened, is no subhead when the quote
    # comes after many words with no quote before: it is the object a sentence ran on to
    first = ["今年村里的苹果又是大丰收，收", "购的车一直开到了果园门口，农", "民们都很高兴。", ""]
    broken = ["他领着记者去看村头“试验田”", ""]
    second = ["里新栽的果树，一棵比一棵壮。"]
    assert paragraphs([_lines(first + broken + second)], 28, mode="none") == [
        "".join(first),
        broken[0] + "".join(second),
    ]
    # (a title quoting two phrases, the last one late on the line, still stands alone)
    paired = ["“小果园”里藏着致富“大学问”", ""]
    assert paragraphs([_lines(first + paired + second)], 28, mode="none") == [
        "".join(first),
        paired[0],
        "".join(second),
    ]


def test_a_full_finished_line_at_the_depth_of_its_columns_goes_on_over_the_blank() -> None:
    # first lines print full, and a story sets its text in columns of one depth: where the text
    # broke off mid-sentence at every fourth line, the blank after a full line that finishes a
    # sentence at the same depth is a column break too, and the paragraph goes on
    one = [
        "今年开春以后，村里的合作社请",
        "来了农技员，在果园里办起了田",
        "间课堂，教大家怎样修枝、怎样",
        "施肥、怎样防治病虫害，来听课",
    ]
    two = [
        "的果农一天比一天多，有的人还",
        "从邻村赶过来，带着本子一边听",
        "一边记，遇到不懂的地方就举手",
        "问，农技员也不嫌麻烦，把每一",
    ]
    three = [
        "个步骤都拆开来，耐心地一遍一",
        "遍讲给大家听，讲完了课还领着",
        "大家一起走到果树下面，挨个儿",
        "比画，直到每个人都学会为止。",
    ]
    four = [
        "到了秋天，果园里的苹果结得又",
        "大又圆，收购的车一直开到了地",
        "头，果农们坐下来算了算账，比",
        "往年多收了不少钱，大家都说这",
    ]
    five = ["些课没有白上。"]
    page = [*one, "", *two, "", *three, "", *four, "", *five]
    assert paragraphs([_lines(page)], 28, mode="none") == ["".join(one + two + three + four + five)]
    # (with the depth shown only twice, the blank after the finished line still ends its paragraph)
    page = [*one, "", *two, "", *three, "", *four, *five]
    assert paragraphs([_lines(page)], 28, mode="none") == [
        "".join(one + two + three),
        "".join(four + five),
    ]
