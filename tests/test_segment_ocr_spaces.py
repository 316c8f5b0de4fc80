"""Stray OCR spaces inside words: a reader sees the text as printed, without them.

Running text sets no space between Chinese words; an extractor that puts one in (`冰川 区`) breaks
a word, and every paragraph break after it would land one character off. A space the paper
printed stays: between phrases quoted in the text, in a dateline's brackets, two spaces before a
signature.
"""

from __future__ import annotations

from reader.page.segment import segment
from reader.page.textclean import clean_spacing, clean_title
from tests.pagegen import cut

TEXT = (
    "从海拔五千二百米以上的冰川区突然涌出的泥石流，沿着河谷一路向下，冲毁了沿途的道路和桥梁。"
    "灾害究竟如何发生，专家们正在现场勘察，国际社会也给予了广泛关注。"
)
QUOTED = "今年村里先后举办了“学习二十大 共话好家风”等主题活动，吸引了周边不少村民参加。"
# a slogan of two phrases printed with the wide gap of a two-part headline, and a caption whose credit
# letter-spaces a two-letter name: the text keeps both gaps as printed
WIDE = "镇上办起了“文化惠民  服务上新”系列活动，村民在家门口就能看演出、借图书。"


def _page(body: list[str], slips: tuple[str, ...] = (), headline: str = "冰川泥石流冲毁山区道路") -> str:
    """A headline, a byline and the body cut at 16 characters, first lines indented; each word of
    `slips` printed with a space after its first character (where it does not break a line)."""
    lines = [headline, "", "本报记者  柏望川", ""]
    for paragraph in body:
        cut_lines = cut(paragraph, 32)
        lines += ["\u3000\u3000" + cut_lines[0], *cut_lines[1:]]
    for word in slips:
        k = next(k for k, line in enumerate(lines) if word in line)
        lines[k] = lines[k].replace(word, word[0] + " " + word[1:])
    return "\n".join(lines) + "\n"


def test_a_stray_space_inside_a_word_is_dropped_from_running_text() -> None:
    page = _page([TEXT, QUOTED], slips=("冰川区", "究竟", "国际"))
    assert "冰 川区" in page and "究 竟" in page and "国 际" in page
    (article,) = segment(page).articles
    assert article.paragraphs == [TEXT, QUOTED]


def test_printed_gaps_stay() -> None:
    (article,) = segment(_page([QUOTED, TEXT])).articles
    assert article.paragraphs == [QUOTED, TEXT]
    # a dateline's brackets keep the gap between role and name; a signature keeps its gap
    dateline = "本报讯（记者 刘桐）3月12日，记者走进"
    assert clean_spacing(dateline, running=True) == dateline
    assert clean_spacing("辽宁大连市  刘洋", running=True) == "辽宁大连市  刘洋"
    assert clean_spacing("（作者为中国社会科学院研究 所研究员，本报记者李明整 理）", running=True) == (
        "（作者为中国社会科学院研究所研究员，本报记者李明整理）"
    )


def test_a_title_keeps_a_space_only_between_phrases() -> None:
    # a page whose running text is clean: a single space parts a two-part headline
    (article,) = segment(_page([TEXT], headline="冰川泥石流冲毁 山区道路")).articles
    assert article.headline == "冰川泥石流冲毁 山区道路"
    # ... but no phrase is one character
    (article,) = segment(_page([TEXT], headline="冰 川泥石流冲毁山区道路")).articles
    assert article.headline == "冰川泥石流冲毁山区道路"
    assert clean_title("村里游客多  村民腰包鼓") == "村里游客多 村民腰包鼓"


def test_on_a_page_with_slips_a_title_keeps_only_parallel_phrases_apart() -> None:
    slipped = _page([TEXT], slips=("究竟",), headline="冰川泥石流冲毁 山区道路")
    (article,) = segment(slipped).articles
    assert article.headline == "冰川泥石流冲毁山区道路"
    (article,) = segment(_page([TEXT], slips=("究竟",), headline="村里游客多 村民腰包鼓")).articles
    assert article.headline == "村里游客多 村民腰包鼓"
    # two spaces are a gap on any page
    (article,) = segment(_page([TEXT], slips=("究竟",), headline="冰川泥石流  冲毁山区道路")).articles
    assert article.headline == "冰川泥石流 冲毁山区道路"


def test_a_printed_gap_in_a_title_stays_next_to_a_quote_or_digits() -> None:
    (article,) = segment(_page([TEXT], headline="冬储白菜  “菜篮子”有保障")).articles
    assert article.headline == "冬储白菜 “菜篮子”有保障"
    assert clean_title("2026  从春天出发") == "2026 从春天出发"
    assert clean_title("冰川泥石流\u3000冲毁山区道路") == "冰川泥石流 冲毁山区道路"
    # a single space before a quoted phrase parts two phrases as between ideographs
    assert clean_title("冬储白菜 “菜篮子”有保障") == "冬储白菜 “菜篮子”有保障"


def test_on_a_page_with_slips_a_title_keeps_a_single_space_set_outside_a_quote() -> None:
    # a slip falls between two letters of a word; a space before a quote's opening mark or after its
    # closing one parts the quoted words from the title's next ones, as the paper set it
    slipped = _page([TEXT], slips=("究竟",), headline="冬储白菜 “菜篮子”有保障")
    (article,) = segment(slipped).articles
    assert article.headline == "冬储白菜 “菜篮子”有保障"
    tagged = _page([TEXT], slips=("究竟",), headline="山区道路抢通了（聚焦“三农” 田间笔记）")
    (article,) = segment(tagged).articles
    assert article.headline == "山区道路抢通了（聚焦“三农” 田间笔记）"
    # ... while one inside the quoted word is a slip there too
    assert clean_title("冬储白菜 “菜 篮子”有保障", noisy=lambda: True) == "冬储白菜 “菜篮子”有保障"


def test_a_gap_printed_before_a_datelines_bracket_inside_a_paragraph_stays_one_space() -> None:
    # an editor's note quoting a dateline: the paper sets two spaces before `（记者…）`; a reader
    # keeps the gap (a single space there is an extractor's slip and goes)
    assert clean_spacing("编者按：本报北京3月31日电  （记者王五）近日，", running=True) == (
        "编者按：本报北京3月31日电 （记者王五）近日，"
    )
    assert (
        clean_spacing("本报北京3月31日电 （记者王五）近日，", running=True)
        == "本报北京3月31日电（记者王五）近日，"
    )


def test_a_signed_name_split_by_a_stray_space_is_the_byline() -> None:
    """`傅 爱民` under a commentary's headline: a three-character name (letter-spaced names pad
    two characters to three with two spaces; one space splitting three is a slip), so the line is
    the byline, not a second title line; the people are whole."""
    for signed, name in (("傅 爱民", "傅爱民"), ("吕玉 霞", "吕玉霞")):
        lines = ["读书贵在有恒心（感言）", "", signed, ""]
        for paragraph in (TEXT, QUOTED):
            cut_lines = cut(paragraph, 32)
            lines += ["\u3000\u3000" + cut_lines[0], *cut_lines[1:]]
        [article] = segment("\n".join(lines) + "\n").articles
        assert article.headline == "读书贵在有恒心（感言）"
        assert [(a.role, a.name) for a in article.authors] == [("", name)]


def test_a_space_slipped_beside_a_percent_or_a_slash_is_dropped() -> None:
    figures = "新修订的行业标准GB/T 1234于今年施行，合格率提高到95%以上，抽检比例为1/10。"
    page = _page([figures, TEXT])
    printed = page.replace("GB/T", "GB / T").replace("95%", "95 %").replace("1/10", "1 / 10")
    assert printed != page
    (article,) = segment(printed).articles
    assert article.paragraphs == [figures, TEXT]


def test_wide_gaps_the_paper_prints_stay_as_wide() -> None:
    """Two spaces between quoted phrases, a credit's letter-spaced name (`黄  海摄`), and the gap before
    the credit closing a caption are printed gaps: a paragraph keeps them as wide as printed, so the
    text reads (and quotes) as the paper has it, where a scan's single slip goes."""
    caption = "村民在新建的城市书房里借阅图书。"
    lines = _page([TEXT, WIDE]).rstrip("\n").split("\n") + [caption + "  黄  海摄"]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.paragraphs == [TEXT, WIDE, caption + "  黄  海摄"]


def test_an_attributions_printed_gap_stays_as_wide() -> None:
    """An editors' signature under a note at a story's head (`——编  者`) keeps the gap it is printed
    with, as running text keeps a wide gap: the paragraph reads as the paper has it."""
    note = "编者按：江城今年办成了几件群众关心的实事。本期请几位居民说说身边的变化。"
    lines = _page([TEXT]).rstrip("\n").split("\n")
    lines[4:4] = [*cut(note, 32), "", "——编  者", ""]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert "——编  者" in article.paragraphs


def test_a_credit_wrapped_to_a_line_of_its_own_keeps_the_gap_printed_before_it() -> None:
    """A caption's credit set after a gap that the line's end moved to the next line (`…书房里借阅图书。` /
    `　　黄海摄`) closes the caption with that gap, as printed on one line."""
    caption = "村民在新建的城市书房里借阅图书。"
    lines = [
        "书香满城",
        "",
        "本报记者 王军豪",
        "",
        caption,
        "\u3000\u3000黄海摄",
        "",
        *_page([TEXT]).split("\n")[4:],
    ]
    articles = segment("\n".join(lines)).articles
    assert articles[0].headline == "书香满城"
    assert caption + "  黄海摄" in articles[0].paragraphs
