"""Where a title line may wrap, and how the two halves of a wrapped title bind.

Each predicate here looks at a title line and the line right under it (or at a unit's lines) and says
whether the break between them is one a line running out of room makes, not one between two titles:
a pause a title wraps after (`wrap_at`, `comma_over_blank`), a quote or bracket opened and closed
across the break (`opened_title`), a column's tag alone or nearly alone under the headline it closes
(`tag_under_title`, `tag_end`, `short_over_tag`; `tagged_whole` for a tagged line that is a headline of
its own), a word that binds across the break (`bound_across`), a number broken inside
(`number_broken`) and a heading broken at its column's edge inside a word (`column_wrap`); the two
parallel halves of a two-part headline are `titlelines.couplet`'s. `title_halves` and `bare_word` are
the tests they share. They read lines only; `reader.page.titlejoin` decides, with the units around,
which lines to join.
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blankless import tag_alone
from reader.page.blocks import (
    BOX,
    COLUMN_TAG,
    NAME_SPACED,
    NO_TITLE_END,
    Line,
    Unit,
    bracket_note,
    headingish,
    is_balanced,
    landmark_kind,
    titleish,
)
from reader.page.measure import SOURCE
from reader.page.names import COMMON_SURNAMES
from reader.page.textclean import DASHES, is_ideograph, letters
from reader.page.titlelines import binds_across, couplet, phrase_break, wide_text

# pauses a title wraps after: a comma, or a list's `、` (`…街巷更加整洁、` / `安静的新面貌`; on the truths of
# all sets but the blind ones and layout13: 10 titles made whole, layouts 5 and 10, and nothing else)
_WRAP_PAUSES = "，、"


def wrap_at(lines: list[Line], col: int) -> int:
    """Where a title wrapped after a pause (`_WRAP_PAUSES`) starts among a unit's lines, or -1."""
    for j in range(len(lines) - 1):
        a = lines[j]
        if a.text[-1] not in _WRAP_PAUSES or len(a.text) < 2 or a.width > col - 6:
            continue  # (a body line fills its column, and one set wider than it is a wide item's)
        b = lines[j + 1]
        # the second half breaks off short, or is set wider than the column, and closes the unit,
        # unless a column's tag (`…（以案说法）`) closes it: a title's end whatever follows
        tagged = b.text[-1] in "）)" and COLUMN_TAG.search(b.text) is not None
        # (… or its tag alone on the line under it, closing the unit: `…发愁` / `（民生一线）`)
        tagged = tagged or (j + 3 == len(lines) and tag_under_title(b, lines[j + 2]))
        if not tagged and (col - 4 < b.width <= col + 2 or j + 2 < len(lines)):
            continue
        if j and (lines[j - 1].text[-1] in NO_TITLE_END or not titleish(lines[j - 1].text)):
            continue  # a line going on from the one above it
        if (
            headingish(a.text[:-1])
            and titleish(b.text)
            and is_balanced(a.text + b.text)
            and landmark_kind(a.text) is None
            and landmark_kind(b.text) is None
        ):
            return j
    return -1


def comma_over_blank(a: Line, b: Line, col: int) -> bool:
    """Is title line `a`, closed by a comma, set short between blank lines, the first half of a title
    whose end `b` stands under it past a blank line (`社区食堂开张，` / `温暖老人餐桌（…）`)? No kicker,
    headline or subtitle ends on a comma; a text's line does only where its column is full. On the
    pages of the seven sets, 9 such pairs were a title's halves and none anything else (the
    others under a short line closed by a comma finish a sentence: a poem's lines, a quote)."""
    if not b.blank or a.text[-1] != "，" or len(a.text) < 3 or a.indent or b.end or a.width > col - 6:
        return False
    tagged = b.text[-1] in "）)" and COLUMN_TAG.search(b.text) is not None
    if not tagged and b.width > col - 4:
        return False  # (a title's end breaks off short, unless its column's tag closes it)
    return title_halves(a.text[:-1], b.text)


def title_halves(upper: str, lower: str) -> bool:
    """Can `upper` and `lower` be the two halves of one title: the first reads as a heading, the second
    as a title's end, of balanced letters, and neither is a byline, dateline or credit?"""
    return (
        headingish(upper)
        and titleish(lower)
        and is_balanced(upper + lower)
        and landmark_kind(upper) is None
        and landmark_kind(lower) is None
    )


def tag_under_title(a: Line, b: Line) -> bool:
    """Is `b`, right under title line `a`, a column's tag alone (`（在现场·两会）`)? A tag closes the
    headline it names the column of, on the headline's last line; a tag on a line of its own is a
    headline's end that did not fit on its line. A headline may close on a question or a cry before
    its tag (`titleish`); a letter's last sentence does too, signed in brackets under it, but a
    letter's sentence closes a paragraph, never stands alone after a blank line."""
    return (
        not b.blank
        and b.text[0] in "（("
        and COLUMN_TAG.match(b.text) is not None
        and not bracket_note(b.text, b.text)
        and (not a.end or (a.text[-1] in "？！?!" and a.blank and not a.indent))
        and _over_tag(a)
    )


def _over_tag(a: Line) -> bool:
    """Can title line `a` be a headline its column's tag closes from the line under it: no clause's
    mark, bracket, dash or sentence inside closing it, its letters balanced, and no byline, dateline
    or credit? (`tag_under_title`, `tag_alone_over_blank`.)"""
    return (
        a.text[-1] not in NO_TITLE_END
        and a.text[-1] not in "）)】—"
        and headingish(a.text)
        and is_balanced(a.text)
        and landmark_kind(a.text) is None
    )


def tag_alone_over_blank(a: Line, b: Line) -> bool:
    """Is `b`, across a blank line under title line `a`, its column's tag alone (`（人民时评）`): the
    end of the headline it names the column of, set on a line of its own? A page that frames each
    title line with blank lines frames the tag so too. A note in brackets is no column's tag: one
    naming people or a count (`blankless.tag_alone`), one sending the reader to another page
    (`（相关报道见第二版）`), a list (`（甲、乙）`), or names run together that open with a surname
    (`（刘某张某）`). On the non-blind sets it set one headline right (layout8) and lost none."""
    if not b.blank or b.text[0] not in "（(" or not tag_alone(b.text):
        return False
    inner = b.text[1:-1]
    if (
        "、" in inner
        or ("见" in inner and "版" in inner)
        or (len(inner) >= 4 and inner[0] in COMMON_SURNAMES)
    ):
        return False
    return not a.end and _over_tag(a)


# letters before its column's tag of the shortest headline
TAG_END = 3


def tag_end(a: Line, b: Line) -> bool:
    """Is `b`, right under title line `a`, the end of a headline that wrapped over its column's tag,
    `TAG_END` letters or fewer before the tag (`…加快培养青年队` / `员（新风采）`)? A column's tag
    closes a headline, and a headline names its story in more words than that; a kicker stands on
    a line of its own over the whole headline. On the pages of ten sets (tune and valid), of the
    lines right under a title-like line that this finds, 63 were the end of one headline wrapped
    (layouts 5–9: 21, 10, 12, 9, 11), 1 the last two lines of a headline wrapped twice, none a
    headline under its kicker (12 more were lines of a paragraph, which come here only when cut
    as title lines)."""
    if b.blank or b.text[-1] not in "）)" or a.indent or a.end or a.text[-1] in "）)—－-":
        return False  # (a kicker may close on the dash that hands over to its headline)
    tag = COLUMN_TAG.search(b.text)
    if tag is None or tag.start() == 0 or letters(b.text[: tag.start()]) > TAG_END:
        return False
    if bracket_note(tag.group(), b.text):
        return False
    # (the two together: a dateline broken before `电（记者…）`)
    return title_halves(a.text, b.text) and landmark_kind(a.text + b.text) is None


def tag_over_blank(a: Line, b: Line) -> bool:
    """Is `b`, under title line `a` across a blank line, the rest of the column's tag that `a` opens
    and breaks off inside (`某地出台某法规（今` / `日关注）`)? A column's break falls anywhere, a
    headline's middle too, and extraction prints a blank line there; a kicker or a headline never
    ends inside an open bracket, so the two lines are one headline whatever stands between. On the
    pages of all sets but the blind ones this found 5 such pairs (layout8), each one headline; a
    tag with a digit in it is a date or a time in brackets (`（1月27` / `日20时…）`), left alone."""
    if not b.blank:
        return False
    whole = a.text + b.text
    tag = COLUMN_TAG.search(whole)
    if tag is None or not 0 < tag.start() < len(a.text) or letters(whole[len(a.text) :]) < 2:
        return False
    if is_balanced(a.text) or not is_balanced(whole) or any(c.isdigit() for c in tag.group()):
        return False
    if landmark_kind(a.text) is not None or landmark_kind(b.text) is not None:
        return False
    return headingish(a.text[: tag.start()])


# letters (the tag aside) of the longest headline still read as one when printed over two lines under
# its column's tag: in the 2026 texts a kicker and the tagged headline under it come to 18 letters or
# more (31 of 31), while 79 of the 87 tagged headlines with no kicker have 14 or fewer
SHORT_TAGGED = 14
# … or this many, the first part no more than two letters longer than the second
EVEN_TAGGED = 16


def short_over_tag(a: Line, b: Line) -> bool:
    """Is title line `a` the first half of a short headline whose second half `b`, right under it,
    closes with its column's tag (`节约用水` / `从我做起（快评）`)? A column piece (commentary, a
    feature series) carries its tag on a short headline and no kicker; a kicker over a tagged
    headline is a line of its own, so the two together run long. Two parts of up to `EVEN_TAGGED`
    letters, the first no more than two letters longer (`签了合同没交房` / `购房款能否如数退回（…）`),
    are a two-part headline too: in the helpers' 2026 texts, a kicker of nine letters or fewer
    stood over a headline of 13 or more, and a two-part headline's first part ran at most two
    letters longer than its second. On the helper sets 3 more headlines come right; on ours 4 kickers
    as short over their tagged headlines (layouts 1, 3, 4, 13, blank lines kept) are read as one."""
    if b.blank or b.text[-1] not in "）)" or a.indent or a.end or a.text[-1] in NO_TITLE_END:
        return False
    if a.text[0] in COMMON_SURNAMES and NAME_SPACED.match(a.text):
        # (a commentary's writer signing it, letter-spaced, over its tagged headline: on the truths of
        # all sets, 17 such names over a tagged line, each a byline, never a headline's first half)
        return False
    tag = COLUMN_TAG.search(b.text)
    if tag is None or tag.start() == 0 or a.text[-1] in "）)】—－-:：":
        return False
    upper, stem = letters(a.text), letters(b.text[: tag.start()])
    if upper + stem > SHORT_TAGGED and (upper + stem > EVEN_TAGGED or upper > stem + 2):
        return False
    if bracket_note(tag.group(), b.text) or COLUMN_TAG.search(a.text):
        return False
    # (the two together: a dateline broken before `电（记者…）`)
    return title_halves(a.text, b.text) and landmark_kind(a.text + b.text) is None


def bound_across(a: Line, b: Line, col: int) -> bool:
    """Does title line `a` end on a word that binds to what follows it, or `b`, a title's end right
    under it and short of the column, open on one that binds to what precedes it
    (`titlelines.binds_across`)? Not where a blank line parts them or `a` is indented."""
    if b.blank or a.indent or b.width >= col - 2:
        return False
    return binds_across(a.text, b.text)


# what follows a number inside its word: a magnitude (`1200万`) or an approximate count (`3000多`)
NUMBER_GOES_ON = "万亿多余"
# a line ending inside a date, on its day's number (`…将于8月22` / `日开幕`); a year's or a lone
# number may end a title part (`新春走基层·2026` / `年味…`)
_MONTH_DAY = rx.compile(r"\d{1,2}月\d{1,2}$")
# the numerals of a number written in words, and what goes on after one inside its word
CHINESE_NUMERALS = frozenset("一二三四五六七八九十百千万亿两零〇")
NUMERAL_GOES_ON = frozenset(NUMBER_GOES_ON + "周")
# a number's decimal point (a number broken at it, or right after it, goes on under it)
POINTS = ".．"
_DECIMAL_END = rx.compile(r"[.．]\d+$")


def number_broken(a: str, b: str) -> bool:
    """Does title line `a` end inside a number that `b`, the line under it, goes on with: its
    magnitude (`…超1200` / `万…`), its next digit (`…达57` / `3亿元`), its decimal part (`…315` /
    `.7万人`, `…46.` / `2%`) or its date's day (`…将于8月22` / `日开幕`)? A number is one word: no
    title part ends inside one."""
    x, y = a[-1], b[0]
    if x in CHINESE_NUMERALS:
        # a number in words goes on with its next numeral or its unit (`…引资一千` / `一百多亿…`,
        # `…创刊十五` / `周年…`)
        return y in CHINESE_NUMERALS or y in NUMERAL_GOES_ON
    if x.isdigit():
        if y.isdigit():  # (a number past its decimal point may end: a table's `…5.20` / `4…`)
            return not _DECIMAL_END.search(a)
        return (
            y in NUMBER_GOES_ON
            or (y == "日" and _MONTH_DAY.search(a) is not None)
            or (y in POINTS and b[1:2].isdigit())
        )
    return x in POINTS and a[-2:-1].isdigit() and y.isdigit()


def column_wrap(a: Line, b: Line, col: int) -> bool:
    """Is title line `a` (a blank line over it), as wide as its column to the cell, the first half of a
    heading the column's edge broke inside a word (`田间管理，在实践中掌握更` / `多技能`), its end `b`
    right under it and short? A heading set in the body's column (an in-body subhead, a kicker kept
    to the column) wraps where the line is full, like text; a title's own line ends where its phrase
    does, seldom on the column's last cell."""
    if b.blank or a.end or b.end or a.indent or not col - 1 <= a.width <= col:
        return False
    opens = b.text[0]
    if opens in "、，；：":
        # (a mark no line opens with, pushed down by the column's edge: the rest of the line above,
        # however long)
        return is_ideograph(a.text[-1]) and b.width <= col and title_halves(a.text, b.text)
    if not (is_ideograph(a.text[-1]) and is_ideograph(opens) and b.width <= col - 4):
        return False  # (a break after a mark is no break inside a word)
    if bare_word(b.text):
        # a heading's last word alone on its line reads as a bare name (`…掌握新` / `技能`); a name
        # signing the piece under a title as wide as the column opens with a common surname
        return headingish(a.text) and is_balanced(a.text) and landmark_kind(a.text) is None
    return title_halves(a.text, b.text)


# letters before its column's tag of a line that is a whole headline by itself (`tagged_whole`)
TAGGED_WHOLE = 7


def tagged_whole(text: str) -> bool:
    """Is `text`, a line under a title line as wide as its column, a whole headline of its own: a
    column's tag closes it, `TAGGED_WHOLE` letters or more before the tag (`某市新建社区食堂` /
    `老人吃上了热乎饭（民生聚焦）`)? A headline wrapped at its column's edge breaks before or inside
    its tag with a few letters before it (`…让老街` / `焕新颜（城市笔记）`); a kicker as wide as its
    column stands over a headline whole on its line. On the truths of all sets but the blind ones
    and layout13, such pairs with 7 letters or more before a whole tag were kicker and headline 6
    times (layouts 3, 4, 5, 10, modern) and never one headline; 50 others were one headline each."""
    tag = COLUMN_TAG.search(text)
    return tag is not None and letters(text[: tag.start()]) >= TAGGED_WHOLE


def subtitle_wrapped(a: Line, b: Line, col: int) -> bool:
    """Is `b`, right under a subtitle line `a` opened by `——` that fills its column, the end of the
    subtitle the column's edge broke off (`——某市今年新建公园十二` / `座社区绿地八处`)? A subtitle runs
    on as one line of words after its dash; a line broken off short under it, between two letters
    or digits or after a pause (`——追记X委员、` / `副局长Y`), with no dash of its own, is what did not
    fit. On the truths of all sets but the blind ones, the pairs this finds were one subtitle 9 times
    (layout7 1, layout9 5, layout10 3) and nothing else; a source's attribution (`——摘自…`) wraps the
    same way and stays as printed."""
    rest = "".join(a.text.split()).lstrip(DASHES)
    if a.text[0] not in DASHES or b.text[0] in DASHES or len(rest) < 2 or SOURCE.match(rest):
        return False
    if b.blank or a.end or b.end or a.width < col - 1 or b.width > col - 4:
        return False
    x, y = a.text[-1], b.text[0]
    if not ((is_ideograph(x) or x.isdigit() or x in "“”《、，：；") and (is_ideograph(y) or y.isdigit())):
        return False
    if landmark_kind(b.text) is not None or BOX.match(b.text):
        return False
    return titleish(b.text) and is_balanced(rest + b.text)


def tag_under_column(a: Line, b: Line, col: int) -> bool:
    """Is `b`, right under title line `a` as wide as its column to the cell, the end of one headline
    wrapped at the column's edge, closed by its column's tag with fewer than `TAGGED_WHOLE` letters
    before it (`某市建成全省最长的滨江` / `步道“绿廊”（看台）`)? A kicker over a tagged headline
    stands over a headline whole on its line (`tagged_whole`); a few letters before the tag are a
    headline's end that did not fit. On the truths of all sets but the blind ones, such pairs were
    one headline 4 times (layouts 6, 7, 8, 9) and never a kicker and its headline (the 40 kickers as
    wide as their column over a tagged headline have 7 letters or more before the tag)."""
    if b.blank or a.end or a.indent or not col - 1 <= a.width <= col + 1 or b.text[-1] not in "）)":
        return False
    if not (is_ideograph(a.text[-1]) and is_ideograph(b.text[0])):
        return False
    tag = COLUMN_TAG.search(b.text)
    if tag is None or tag.start() == 0 or tagged_whole(b.text):
        return False
    if bracket_note(tag.group(), b.text):
        return False
    return title_halves(a.text, b.text)


def bare_word(text: str) -> bool:
    """Is `text` two or three ideographs, with no surname a signed name commonly opens with?"""
    return 2 <= len(text) <= 3 and all(is_ideograph(c) for c in text) and text[0] not in COMMON_SURNAMES


# letters of each of a two-part headline's halves set a part a line with no column's tag
_HALF_LEAST, HALF_MOST = 4, 8


def even_halves(upper: str, lower: str) -> bool:
    """Are title lines `upper` and `lower` two phrases of as many ideographs, `_HALF_LEAST` or more
    each, no mark (`某某某某` / `某某某某`): the halves of a two-part headline set a part a line, where
    they stand as one (`parts_gap`, `titlejoin`)?"""
    return len(upper) == len(lower) >= _HALF_LEAST and all(map(is_ideograph, upper + lower))


def parts_gap(upper: str, lower: str) -> str:
    """The gap kept between title lines `upper` and `lower` joined as one title: a two-part headline's
    (`couplet`, `phrase_break`, or `even_halves` of `HALF_MOST` letters at most, no mark:
    `某某某某` / `某某某某`), or none (a phrase wrapped). In the helpers' 2026 pages every title printed
    over two untagged lines of that shape was a two-part headline (5 texts)."""
    if even_halves(upper, lower) and len(upper) <= HALF_MOST:
        return " "
    return " " if couplet(upper, lower) or phrase_break(upper, lower) else ""


def text_under(unit: Unit, col: int) -> bool:
    """Does `unit`, under a heading, open with no byline, dateline, subtitle, caption or credit, set
    no wider than the heading's column `col`? A new story's heading has one of these under it more
    often than its lead; an in-body subhead has the story's text (or the next subhead) under it, in
    its column (text set wider is a photo's words, or a short item's across columns, under its title)."""
    return landmark_kind(unit.first) is None and not wide_text(unit.lines[0], col)
