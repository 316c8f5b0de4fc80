"""Title lines printed straight over what they head, with no blank line between: the tests `build_units`
asks of a block's lines before it cuts the block into units.

A line that finishes no sentence, after a break, over a line that opens something (an indented
paragraph, a dateline, a byline, a subtitle, a caption, a box heading a story's body) is a title
(`title_lines`); so is a line closed by a column's name in brackets (`tagged_title`), and the line
over such a headline when a paragraph or a byline opens under it (`kicker_over`). Where a page
printed with no blank lines is given some around its titles, two title lines stay together where
one goes on with the other (`goes_on`): a title's end broken off inside a word or from a word
binding to it (`binds_across`), or a two-part headline's second half (`couplet`); `titlewrap` and
`titlejoin` ask those two on pages with blank lines.
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blocks import (
    BOX_OPENINGS,
    CAPTION_START,
    COLUMN_TAG,
    DATELINE_HEAD,
    INNER_STOP,
    MARKERS,
    NO_TITLE_END,
    TWO_PART,
    Line,
    Unit,
    headingish,
    in_broken_tag,
    is_balanced,
    landmark_kind,
    line_byline,
    tag_broken,
    titleish,
)
from reader.page.byline import DATELINE_FIRST, may_open_dateline
from reader.page.glued import finished, signed_right
from reader.page.lexicon import is_place, word_crosses
from reader.page.names import COMMON_SURNAMES
from reader.page.textclean import CONTINUING, DASHES, OPEN_ENDS, ends_sentence, is_ideograph, letters
from reader.page.wordbreak import PAUSES, wrapped_early


def title_lines(block: list[Line], col: int) -> list[bool]:
    """Title lines run straight into what follows them, with no blank line between: a line that
    finishes no sentence, after a break (the block's start, a finished text: a sentence, a note in
    brackets after it or a photo's credit, `glued.finished`; another title; for a line closed by a
    column's tag, `tagged_title`, a line of names alone: a signature or a byline),
    before a line that opens something (an indented paragraph, a dateline, a byline, a subtitle,
    a caption, a box heading a story's body, or another such title; at the block's top, or under a
    part's tag word there (`tag_word`), a line well short of the column over full lines of flush
    text, `over_flush_text`, or a headline broken inside its column's tag over a full line,
    `_over_full_line`; over lines set wider than the column, `_over_wide_text`). Body text
    never breaks off short just before a new paragraph; a full column line that breaks off is body
    flowing on, unless an indented paragraph, a dateline or such a box plainly starts under it, or
    it is closed by a column's tag over a byline or a dateline."""
    n = len(block)
    chain = [False] * n
    lo, hi = col - 5, col + 2
    for j in range(n - 2, -1, -1):
        line = block[j]
        # most lines are full body lines flowing on: they fail the cheap tests first
        if line.end or len(line.text) > 40:
            continue
        following = block[j + 1]
        under = following.text
        if lo <= line.width <= hi and not (
            following.indent
            or chain[j + 1]
            # (`_opens_under`'s cheap tests, `may_open_dateline`'s among them, asked inline first:
            # most lines fail them, and a call for each line cost +0.5% of a page's instructions)
            or ((under[0] in _OPENING_FIRST or "日电" in under or "日讯" in under) and _opens_under(under))
            or (line.text[-1] in "）)" and landmark_kind(under) in _HEADED and tagged_title(line))
        ):
            continue  # a full line, or a paragraph's first with its indent dropped
        tail = _tail(block, j, lo)
        if not (
            (headingish(line.text) or (line.text[-1] in "）)" and titleish(line.text)) or tail)
            and (is_balanced(line.text) or in_broken_tag(block, j) or _quote_wrapped(block, j))
        ) or (landmark_kind(line.text) is not None and not tail):
            continue
        chain[j] = (
            following.indent
            or chain[j + 1]
            or (j == 0 and over_flush_text(block, col))
            or (j == 1 and tag_word(block[0].text) and over_flush_text(block[1:], col))
            or (j == 1 and tag_broken(block[0].text, line.text) and _over_full_line(block, j, col))
            or _over_wide_text(block, j, col)
            or landmark_kind(following.text) in _OPENERS
            # a box heading a story's body (`编者按：…`) opens it under its heading or its byline,
            # never under a line of another text
            or (
                following.text[0] in _BOX_FIRST
                and _opens_box(following.text)
                and line.text[0] not in "（("
                and _DATELINE_TAIL.search(line.text) is None
            )
        )
    if not any(chain):
        return chain
    out = [False] * n
    for j in range(n - 1):
        if chain[j]:
            out[j] = (
                j == 0
                or out[j - 1]
                or finished(block[j - 1])
                or signed_right(block[j - 1])  # (a signature set right closes the text above)
                or (block[j].text[-1] in "）)" and _names_alone(block[j - 1]) and tagged_title(block[j]))
                or (j == 1 and tag_word(block[0].text))
            )
    return out


def _over_full_line(block: list[Line], j: int, col: int) -> bool:
    """Is line `j`, the end of a headline broken inside its column's tag at the block's top
    (`…重在落地见效（思想纵` / `横）`), over a line of flush text that fills the column and goes on?
    A paragraph never ends inside a column's name, so the text under it is its story's opening,
    printed with no indent. (On the helper sets, tuning halves, 2 headlines more right and 1 story
    fewer; on our own sets, 1 headline more.)"""
    under = block[j + 1 : j + 3]
    if not (len(under) == 2 and not under[0].indent and col - 5 <= under[0].width <= col + 2):
        return False
    # (no column's name: a note naming who does it, `（牵头单位：某某局）`)
    tag = block[0].text[block[0].text.rfind("（") + 1 :] + block[j].text[:-1]
    return "：" not in tag and ":" not in tag


def _tail(block: list[Line], j: int, lo: int) -> bool:
    """Is line `j` of `block` a title's last word wrapped alone under the line over it
    (`wrapped_tail`)?"""
    return j > 0 and wrapped_tail(block[j - 1], block[j].text, lo)


# a count and its unit, alone on a line (`2244个`, `3.5万吨`, `12%`): no title's words by themselves
COUNT_ALONE = rx.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[万亿]?[\u4e00-\u9fff]|[%％])?")


def wrapped_tail(above: Line, text: str, lo: int) -> bool:
    """Is `text` a title's last word wrapped alone (`…跨国信用卡盗` / `刷案`) under the line `above`:
    two letters at most, under a title's full line (as wide as `lo` at least, finishing nothing, no
    byline, no clause, no gap, not closed by its column's tag), and no name (not opening with a
    common surname: names alone under a title sign it, and many are words too, `高峰`, `林立`)? Too
    short for `headingish`, it may still end a title. So may a count alone with its unit (`…新增` /
    `2244个`)."""
    if COUNT_ALONE.fullmatch(text) is None and (
        len(text) > 2 or not all(map(is_ideograph, text)) or text[0] in COMMON_SURNAMES
    ):
        return False
    upper = above.text
    return (
        not above.end
        and above.width >= lo
        and upper[-1] not in "）)"  # (a title closed by its column's tag is whole)
        and not any(mark in upper for mark in "，,； ")  # (a sentence's clause, a credit's parts)
        and headingish(upper)
        and landmark_kind(upper) is None
    )


# a title line's least width (cells) over a word of two wrapped under it, with a title line under both
_TAIL_OVER_TITLE = 16


def tail_over_title(above: Line, text: str, under: Unit | None) -> bool:
    """Is `text` a word of two letters wrapped alone under the title line `above` (`wrapped_tail`, the
    line at least `_TAIL_OVER_TITLE` wide), with one title line set tight under both (`under`)? A
    word so set between two title lines is no kicker's, headline's or subtitle's whole, unless a
    place's name (a kicker saying where the story was filed, `is_place`): the line over it wrapped
    there, wherever its heading's lines break (narrower than the text's column, too)."""
    return (
        under is not None
        and len(under.lines) == 1
        and not under.lines[0].blank
        and headingish(under.first)
        and under.first[0] not in DASHES  # (a subtitle under it: the word of two is the headline)
        and wrapped_tail(above, text, _TAIL_OVER_TITLE)
        and not is_place(text)
    )


def marks_wrapped(block: list[Line], j: int) -> int:
    """Where line `j` of `block` is one of two lines a title wrapped inside its quote or title marks
    (`…发布《2025年特` / `殊食品报告》`), the pair's last line; else -1. Neither line is balanced
    alone, both together are; no round bracket stands in them (a note in brackets wrapped over two
    lines is no title: `（作者为…` / `…整理）`)."""
    text = block[j].text
    if any(mark in text for mark in "（()）"):
        return -1
    if j + 1 < len(block) and not is_balanced(text) and is_balanced(text + block[j + 1].text):
        return j + 1
    if j and not is_balanced(block[j - 1].text) and is_balanced(block[j - 1].text + text):
        return j
    return -1


def in_broken_title(block: list[Line], j: int) -> bool:
    """Is line `j` of `block` one of two title lines that close their brackets, quotes or title marks
    only together (`in_broken_tag`, or `marks_wrapped` in a block of more lines than the two: a block
    of only those is one title, a unit as it stands, such as an in-body subhead wrapped at the
    column)? A title so wrapped opens the block or follows a line broken off short, holds no clause
    mark, and its second line breaks off short of its first: lines running on full are a text's."""
    if in_broken_tag(block, j):
        return True
    last = marks_wrapped(block, j) if len(block) > 2 else -1
    first = last - 1
    return (
        last > 0
        and block[last].width < block[first].width - 2
        and (
            first == 0
            or block[first - 1].width + 4 * block[first - 1].indent < block[first].width - 2
            or TWO_PART.search(block[first - 1].text) is not None  # (a two-part kicker over it)
        )
        and _CLAUSE_MARKS.search(block[first].text + block[last].text) is None
    )


_CLAUSE_MARKS = rx.compile(f"[{CONTINUING}；;]")  # (a clause going on, or a list's)


def _quote_wrapped(block: list[Line], j: int) -> bool:
    """Is line `j` one of two lines a heading wrapped inside its quote or title marks (`…印发《关于
    推进某项建` / `设的意见》`, `marks_wrapped`), right over a story's opening (a dateline, a byline)?
    (Over text, such a pair may be an in-body subhead's.)"""
    last = marks_wrapped(block, j)
    return 0 <= last < len(block) - 1 and landmark_kind(block[last + 1].text) in ("dateline", "byline")


def tag_word(text: str) -> bool:
    """Is `text` a word of two ideographs alone, a part's tag set over its subhead (`循环`)? (A line
    of three or four letters over a title may be its kicker, `快过年了`: their stack is read whole.)"""
    return len(text) == 2 and is_ideograph(text[0]) and is_ideograph(text[1])


def lone_tag(unit: Unit) -> bool:
    """Is `unit` a part's tag word alone on its line under a blank line (`循环`), the part's subhead
    set tight under it?"""
    return len(unit.lines) == 1 and unit.lines[0].blank and tag_word(unit.lines[0].text)


_TEXT_MARKS = "，。；：、"  # a sentence's marks: a line holding one is text, not a title
WIDER = 8  # the cells (four letters) past the column that mark a line as set wider than the text


def _over_wide_text(block: list[Line], j: int, col: int) -> bool:
    """Is line `j`, as wide as the page's column at most (a letter over) and with no comma, a title
    line over text set wider than the column (a photo's words, or a short item set across columns),
    at least two lines of it (a sentence's mark in the first) or one closing its sentence or the
    block? No line of a text runs on into lines set wider than its column by more than a few
    letters."""
    line = block[j]
    if line.width > col + 2 or "，" in line.text or not wide_text(block[j + 1], col):
        return False
    after = block[j + 2] if j + 2 < len(block) else None
    return after is None or after.width >= col + WIDER or after.indent or after.end


def wide_text(line: Line, col: int) -> bool:
    """Is `line` text set wider than the column `col` by four letters or more: a sentence's mark in it
    (a title set wide, `某某如何…（栏目）`, holds none)?"""
    return line.width >= col + WIDER and any(mark in line.text for mark in _TEXT_MARKS)


def over_flush_text(block: list[Line], col: int) -> bool:
    """Does the block open with a short line over text set flush in full lines: a title printed
    tight over its story's first paragraph, which opens with no indent? Body text breaks off short
    only where its sentence ends, or where a column wraps a line early to keep a word whole; such a
    line holds a comma as often as not, and the text goes on under it (`…社区食` / `堂开业…`:
    where it is short by less than six characters, the letters beside the break are ones some word
    of the dictionary holds side by side, `lexicon.may_pair`, asked of its table of pairs, without
    loading it). Its digits and letters count as wide as ideographs: a line holding them looks
    short for that alone where the page sets them so; and it must be shorter on a page whose lines
    run ragged (`_short_by`). On the pages of all non-blind sets (tuning and validation), the lines
    this takes were a title 105 times, an in-body subhead 159 and a line of text 5. (Asking the
    dictionary whether a word runs across the break takes 18 titles and 7 subheads more, and one
    line of text; but loads it for most pages, which costs more than segmenting one.) A line with no
    mark in it need only be three characters short, ragged column or not: text broken off that
    short ends a sentence or a clause; on the same pages this took 6 lines more, all titles."""
    if len(block) < 3:
        return False
    line, under, third = block[0], block[1], block[2]
    if (
        line.indent
        or not col - 5 <= under.width <= col + 2
        or third.width < col - 5
        or "，" in line.text
        or "," in line.text
        or under.text[1] in _CLAUSE_ENDS
    ):
        return False
    short = col - line.width - sum([1 for ch in line.text if ch.isascii()])
    if short < (_UNMARKED_SHORT if _PAUSE.search(line.text) is None else _short_by(block[1:5], col)):
        return False
    return not wrapped_early(line.text, under.text, short)


def goes_on(upper: str, lower: str, widths: tuple[int, int], col: int) -> bool:
    """Is title line `lower` (`widths` the two lines' cells) the rest of title line `upper` over it: a
    two-part headline's second half (`couplet`), a title's end parted from a word that binds to it
    (`binds_across`, where `lower` is short of the column), or one parted inside a word, a word of
    the language running across the break (`…社区食堂管理实` / `施方案`, `lexicon.word_crosses`)? A
    title's phrases end on words of their own, and a name signing the piece under a title makes
    no word with the title's end."""
    if couplet(upper, lower) or (widths[1] < col - 2 and binds_across(upper, lower)):
        return True
    return word_crosses(upper, lower)


# words that bind to the word after them (conjunctions, prepositions, auxiliaries): no title ends on one
_BINDS_ON = "和与及把被将让使以于着也都"
# … to the word before them (particles): no title opens with one
_BINDS_BACK = "的也又了着们"


def binds_across(upper: str, lower: str) -> bool:
    """Does title line `upper` end on a word that binds to what follows it (`某市健全和` / `落实帮扶制度`),
    or `lower`, a title's end right under it, open on one that binds to what precedes it (`念好节水护河流` /
    `的生态经（现场评论）`)? A title, and each of a title's phrases, ends on a word of its own; only a
    line that ran out of room parts a conjunction, preposition or particle from its word."""
    if upper[-1] not in _BINDS_ON and lower[0] not in _BINDS_BACK:
        return False
    if upper[-1] in NO_TITLE_END or ends_sentence(lower):
        return False
    if not (headingish(upper) and is_balanced(upper) and titleish(lower) and is_balanced(lower)):
        return False
    return landmark_kind(upper) is None and landmark_kind(lower) is None


def couplet(upper: str, lower: str) -> bool:
    """Are title lines `upper` and `lower`, closed by its column's tag, the two halves of a two-part
    headline (`山歌嘹亮` / `稻浪翻金（…）`) set one over the other at its gap? The parts of such a
    headline are parallel phrases of as many letters each, of four or more, with no mark inside
    but whole quotes (`守住“某某”` / `拎稳“某某”（…）`); joined they keep the gap the paper prints
    between them. On the pages of the seven sets, of the title lines joined over a column's tag with
    halves of as many letters (four or more, no mark), 8 were a two-part headline's parts and 2 one
    phrase wrapped in its middle. Quotes let in, on the sets of three helpers' layout programs
    (2026 texts) 7 more headlines come right, and on ours 1 phrase wrapped between a word and its
    quote gets the gap (layout5)."""
    if lower[-1] not in "）)" or len(upper) < 4 or not _phrase(upper):
        return False
    tag = COLUMN_TAG.search(lower)
    stem = lower[: tag.start()] if tag is not None else ""
    return letters(stem) == letters(upper) and _phrase(stem)


_QUOTES = "“”‘’《》"


# a part never ends on a dash handing over, nor on a word binding it to what follows (`…只是` / `第一步`)
_BINDS_FORWARD = "—是" + OPEN_ENDS
_PHRASE_MOST = 8  # letters of a two-part headline's first part set alone on its line
_PHRASE_MARKS = rx.compile(f"[{PAUSES}。！？]")  # (a pause or a sentence's end: no part holds one)


def phrase_break(upper: str, lower: str) -> bool:
    """Does a tagged title wrapped from line `upper` onto `lower` break between its two parts, so that
    they keep the gap the paper prints between them (`飞针引线` / `绣出新光景（栏目）`)? A two-part
    headline too long for one line is set a part a line; one phrase wraps where its line is full.
    So a short upper line (three to eight letters) over a part of about as many letters (two more
    or fewer) closed by the column's tag, no pause or stop in either and no word of the language
    across the break, parts two phrases. (`couplet` takes parts of exactly as many letters.) Of the
    tagged headlines printed over two lines so, on the pages of the fifteen helper sets 49 kept a gap
    at the break and none had none; on our own sets, 56 and 14. Untagged, the lines were as often one
    phrase wrapped short (a headline set in large type: 19 and 133 on our sets)."""
    tag = COLUMN_TAG.search(lower) if lower[-1] in "）)" else None
    if tag is None:
        return False
    stem = lower[: tag.start()]
    return (
        3 <= letters(upper) <= _PHRASE_MOST
        and abs(letters(stem) - letters(upper)) <= 2
        and lower[0] not in "（(—"
        and upper[-1] not in _BINDS_FORWARD
        and lower[0] not in _BINDS_BACK
        and is_balanced(upper)
        and _PHRASE_MARKS.search(upper + stem) is None
        and not word_crosses(upper, lower)
    )


def _phrase(text: str) -> bool:
    """One phrase of a two-part headline: letters and whole quotes only (`善做“某某”`), four or more."""
    return letters(text) >= 4 and all(is_ideograph(ch) or ch in _QUOTES for ch in text) and is_balanced(text)


def _short_by(lines: list[Line], col: int) -> int:
    """How many cells short of the column a line must be to stand short of a text set in `lines`:
    three characters where the text's lines fill the column to a cell, four where they run ragged
    (a page set with narrow punctuation prints more letters on a line that holds some)."""
    return 6 if all(abs(line.width - col) <= 1 for line in lines if not line.end) else 8


# right after a line's first letter: the word of the line above goes on there, and its clause ends
_CLAUSE_ENDS = "，。、；：！？,;:!?"
# cells a line with none of those marks in it need be short (three characters): a ragged column's
# early wrap keeps a word whole, and text that breaks off three characters short has a sentence or a
# clause in it
_UNMARKED_SHORT = 6
_PAUSE = rx.compile(f"[{_CLAUSE_ENDS}]")


def _opens_box(text: str) -> bool:
    """Does the line open a box that heads a story's body (`编者按：…`, `■核心阅读`)?"""
    return text.lstrip(MARKERS).lstrip().startswith(BOX_OPENINGS)


def _opens_under(text: str) -> bool:
    """Does the line plainly open something under a full line that breaks off: a dateline closed
    by a gap or a bracket, a box heading a story's body, or a reporter's byline behind its marker
    (`■ 本报记者 X`: a marked line opens a story, no text runs on into it)?"""
    if text[0] in _BOX_FIRST and (
        _opens_box(text) or (text[0] in MARKERS and landmark_kind(text) == "byline")
    ):
        return True
    return may_open_dateline(text) and _DATED_OPENING.match(text) is not None


_BOX_FIRST = "核编" + MARKERS  # the first characters `_opens_box` can match: a cheap test first
_OPENING_FIRST = DATELINE_FIRST + _BOX_FIRST  # … and those `_opens_under` can (a partner's dateline aside)
_DATELINE_TAIL = rx.compile(r"[电讯]\s*[（(]")  # `…日电（记者X）`: a dateline broken over two lines


def kicker_over(line: Line, under: Line) -> bool:
    """Is `line`, opening a block over a headline closed by its column's tag, a kicker: a heading of
    its own words, with a paragraph, byline, dateline or subtitle opening `under` the headline? Text
    never breaks a line right after a column's tag, so the two are no lines of one text, even where
    both fill the column (`多措并举扩大有效供给丰富消费场景` / `山村民宿迎来新客人（经济观察）`)."""
    return (
        not line.end
        and headingish(line.text)
        and is_balanced(line.text)
        and landmark_kind(line.text) is None
        and (under.indent or landmark_kind(under.text) in _OPENERS)
    )


def tagged_title(line: Line) -> bool:
    """A line closed by a column's name in brackets (`…（人民时评）`) with no sentence in it: a
    headline, whatever runs under it; body text does not break a line just after such a bracket."""
    text = line.text
    return (
        not line.end
        and COLUMN_TAG.search(text) is not None
        and titleish(text)
        and is_balanced(text)
        and landmark_kind(text) is None
    )


# where a caption's person stands in the photo (`（左三）`, `（右一）`, `（中）`): no column's name
_PLACED = rx.compile(r"[（(][左右中前后][一二三四五六七八九十\d]?[）)]$")


def wrapped_tag_title(upper: Line, stem: str, tag: str) -> bool:
    """Is a title wrapped from line `upper` onto the next, closed there by a column's `tag` in brackets
    (`某某作为必修课、` / `常修课（栏目）`), its words `stem` (the text before the tag): the first line
    unindented, no sentence ending inside the words, and not a caption's opening? A paragraph's
    last lines close on a sentence's end before any bracket; a caption's person is placed in
    brackets (`（左三）`)."""
    return (
        not upper.indent
        and _PLACED.match(tag) is None
        and 6 <= len(stem) <= 32
        and INNER_STOP.search(stem) is None
        and titleish(stem)
        and CAPTION_START.match(upper.text) is None
        and landmark_kind(upper.text) is None
    )


_OPENERS = frozenset({"dateline", "byline", "subtitle", "caption"})
_HEADED = frozenset({"dateline", "byline"})  # what opens a story under its headline, never a text's line


def _names_alone(line: Line) -> bool:
    """Is `line` a short line of names alone (`王  五`, `本报记者 王五`): a signature closing the text
    above or a byline, either way no sentence that a headline under it could go on?"""
    return not line.end and len(line.text) <= 12 and line_byline(line.text) is not None


# a dateline closed by a gap or a bracket (`本报X电  （记者…）`, `本报讯 （…）`): no sentence runs into
# it from a full line, though one may run into `本报记者从电力…`
_DATED_OPENING = rx.compile(DATELINE_HEAD.pattern + r"(?:\s|[（(]|$)")
