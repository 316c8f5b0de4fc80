"""Lines and units of a page and what can be seen in each: the units the labeller chooses roles for.

`units.build_units` cuts a page's blocks into units at landmark lines (bylines, `——` subtitles,
datelines, captions, credits: `landmark_kind` here). Each unit then gets named features
(`Unit.features`, `reader.page.measure`) from the tests of a single line kept here, measured against
the column width of the body text around it (columns of 12–20 characters can differ on one page)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from reader.page import rx
from reader.page.byline import (
    LONGEST_LINE,
    LONGEST_ROLE_LINE,
    MARKERS,
    Byline,
    may_open_dateline,
    parse_byline_line,
    trailer_helpers,
)
from reader.page.credits import credit_line, ends_on_credit, made_note
from reader.page.names import COMMON_SURNAMES, HONORIFICS, PLACE_RANKS, may_be_name
from reader.page.people import PARTNER, parse_people
from reader.page.textclean import CONTINUING, DASHES, is_ideograph

_SUBTITLE = rx.compile(r"^[—\-－─]{1,3}")
INNER_STOP = rx.compile(r"[。；;！!？?]")
CAPTION_START = rx.compile(
    r"^(?:图[①-⑳❶-❿\d一二三四五六七八九十]+[：:．.\s]|图[为：:]|[上下左右中]图[为：:①-⑳\d]?|（图[①-⑳\d]）)"
)
# a caption's own number (`图①：`, `（图2）`): unlike `图为…`, never the middle of a sentence run on
NUMBERED_CAPTION = rx.compile(r"^(?:图[①-⑳❶-❿\d一二三四五六七八九十]|（图[①-⑳\d]）|[上下左右中]图[①-⑳\d])")
# the first caption of a numbered series (`图①：…`, `（图1）`): it opens a set of photos of its own
SERIES_FIRST = rx.compile(r"^(?:图[①❶一1](?![\d十])|（图[①1]）|[上下左右中]图[①1](?!\d))")
COLUMN_TAG = rx.compile(r"[（(][^（）()]{2,24}[）)]$")
# a date or an hour in brackets closing a line (`（1月9日20时—10日20时）`): a forecast's or a table's
# span, never a column's name; on the truths of all non-blind sets no kicker or headline ends so
DATED_BRACKET = rx.compile(r"[（(][^（）()]*[0-9０-９]\s*[年月日时][^（）()]*[）)]$")
# a writer signing a letter in brackets where a column's tag would stand: where they live, then their
# name (`（某省某县张三）`, `（某市某区李四五）`)
_SIGNED_TAG = rx.compile(
    rf"[（(][\u3400-\u9fff]{{2,12}}[{PLACE_RANKS}](?P<name>[\u3400-\u9fff]{{2,3}})[）)]$"
)
# two phrases of two characters or more parted by a gap (read around the gap, not tried at every
# character: a run of ideographs made the engine backtrack through it at each)
TWO_PART = rx.compile(r"(?<=[\u3400-\u9fff”》）]{2})(?:\s{2,}|\u3000)(?=[“《\u3400-\u9fff]{2})")
# a reader's letter signed on one line with where the writer lives and who: `河北石家庄市  王先生`,
# `江苏南京市鼓楼区  李  明` (a place ends in a unit of government; one space may part them)
PLACE_AND_PERSON = rx.compile(
    rf"^[\u3400-\u9fff]{{1,12}}[{PLACE_RANKS}]\s+"
    rf"(?:[\u3400-\u9fff](?:{'|'.join(HONORIFICS)})|[\u3400-\u9fff](?:\s{{1,3}}[\u3400-\u9fff]|[\u3400-\u9fff]{{1,2}}))$"
)
# a box's words may follow a marker (`■记者手记`, as the 2026 People's Daily prints it) and, the
# four-character ones, be letter-spaced by a scan (`记者 手记`, `核心 阅读`): still no byline `记者 X`
BOX = rx.compile(
    rf"^[{MARKERS}]?\s*(?:核\s?心\s?阅\s?读|编\s?者\s?按|记\s?者\s?手\s?记|记者观察|编后|短评|相关链接|链接"
    r"|延伸阅读|背景|小贴士|数据)[：:]?"
)
BOX_FIRST = "核编记短相链延背小数" + MARKERS  # the first characters `BOX` can match: a cheap test first
BOX_OPENINGS = ("核心阅读", "编者按")  # boxes that head an article's body, never sit inside it
ENUM = rx.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.]|第[一二三四五六七八九十]+[，、])"
)
ENUM_FIRST = "一二三四五六七八九十（(第"  # … and of `ENUM`'s numbers, but for digits (`\d`: isdecimal)
# a paragraph signed at its end with a name in brackets: `…。（王桦）` (`SIGNED_NAME`)
# or with the dateline of the correspondent's report: `…。（本报华盛顿1月7日电）`, `…。（据新华社电）`,
# or with a note of who wrote or helped: `…。（作者为…）`, `…。（X参与采写）`, `…。（X整理）`
_NAME_IN_BRACKETS = r"[\u3400-\u9fff]{1,4}(?:\s[\u3400-\u9fff]{1,4})?"
SIGNED_NAME = rx.compile(rf"[。！？…]”?[（(]{_NAME_IN_BRACKETS}[）)]$")
SIGNED_END = rx.compile(
    rf"[。！？…]”?[（(](?:{_NAME_IN_BRACKETS}|(?:本报|据?新华社|据?中新社)[^（）()。]{{0,16}}[电讯]"
    r"|(?:作者为|作者系|作者单位)[^（）()]{1,60}|[^（）()。]{1,40}(?:参与采写|参加采写|整理))[）)]$"
)
# `（作者为…）`, `（本报…电）`: a note closing a body; `（完）`, a series' `（上）`: the end of its text
TRAILER = rx.compile(r"^[（(](?:[^（）()]{2,80}|[完上中下续])[）)]$")


def closes_note(lines: list[Line]) -> bool:
    """Do the lines make a note in brackets that closes a text (`TRAILER`: `（作者为…` / `…整理）`)?
    Whatever follows it opens afresh."""
    return lines[0].text[:1] in "（(" and TRAILER.match("".join(line.text for line in lines)) is not None


# a paragraph closed by a bracketed source or helper after its last sentence: `。（赵六）`, `。”（赵六）`,
# or by a few such notes in a row (`。（上）（本报某地电）`: a series' part, then where it was filed)
# (a quote closed with no stop inside, `“论个卖”（…）`, is a title's word before its column tag)
ENDS_BRACKET = rx.compile(r"[。！？…]”?(?:[（(][^（）()]{1,40}[）)]){1,3}$")
# a dateline's start, its bracket possibly run on to the next line (`据新华社X电`: an agency's, shortened)
_PUBLISHERS = "本报|本刊|新华社|中新社"  # the paper and the agencies whose reporters file datelines
DATELINE_SOURCE = rf"(?:{_PUBLISHERS}|{PARTNER})"  # who files a dateline (a pattern's part)
DATELINE_HEAD = rx.compile(
    rf"^(?:据\s*)?{DATELINE_SOURCE}(?:[^（(，。“”]{{0,24}}?[讯电](?!\s*[员）)])|(?:(?!记者)[\u4e00-\u9fff/／·]){{1,10}}\d{{1,2}}月\d{{1,2}}日$)"
)  # (or broken off at its date's end, its `电` wrapped onto the next line: `新华社某地8月1日` / `电 …`;
# a place's name and the date only: `本报主办的…于9月1日` is text)


def dateline_head(text: str) -> re.Match[str] | None:
    """The dateline opening the text (`本报北京1月1日电`, `新华社X电`, `X日报Y地1月1日电`), if any."""
    return DATELINE_HEAD.match(text) if may_open_dateline(text) else None


TWO_IDEOGRAPHS = rx.compile(r"[\u3400-\u9fff].*[\u3400-\u9fff]")
NAME_SPACED = rx.compile(r"^[\u3400-\u9fff](?:\s+[\u3400-\u9fff]){1,2}$")
_NAMES = rx.compile(
    r"^(?:[\u3400-\u9fff]{2,3}|[\u3400-\u9fff]\s{1,3}[\u3400-\u9fff])(?:\s+(?:[\u3400-\u9fff]{2,3}|[\u3400-\u9fff]\s{1,3}[\u3400-\u9fff])){0,3}$"
    r"|^[\u3400-\u9fff]\s{1,6}[\u3400-\u9fff](?:\s{1,4}[\u3400-\u9fff])?$"  # spread: `祁 嘉 禾`, `王    浩`
    # one name split by a stray space: `钟秀 芬`
    r"|^(?:[\u3400-\u9fff]{2} [\u3400-\u9fff]|[\u3400-\u9fff] [\u3400-\u9fff]{2})$"
)


# a unit opening a caption and finishing no sentence (no stop, no credit) on a full line: a column
# break cut it, and its text goes on in the next unit
CAPTION_STATE = frozenset({"caption_start", "ends_stop", "credit_end", "credit"})
CAPTION_OPEN = frozenset({"caption_start"})
# the features that mark a photo's caption or credit once a unit is measured
PICTURE_MARKS = frozenset({"caption_start", "credit", "credit_end"})


@dataclass(slots=True)
class Line:
    """One non-blank line of the page, stripped, with its cell width and what preceded it."""

    text: str
    width: int
    blank: bool = False
    indent: bool = False  # printed with its paragraph indent (full-width spaces) kept
    end: bool = False  # ends a sentence (see `textclean.ends_sentence`)
    gap_after: bool = False  # printed with spaces after its text: what followed the gap wrapped
    apart: bool = False  # more blank lines above it than the page's narrowest gap
    credits: bool = False  # editor credits or a running head right above it, inside the page
    # the spaces printed at the break after it (its own trailing ones, or the next line's leading
    # ones short of an indent): a word gap that the line end fell on, kept inside a bracket
    break_gap: str = ""
    run_in: bool = False  # cut where a brief item's title ran into its text (`runin`): either side
    spaced: bool = False  # its kept indent is two ASCII spaces (an indent on some pages, a gap on others)
    table: bool = False  # a row of a table's cells (`reader.page.tables`)
    set_in: int = 0  # the cells of space before it where more than an indent: set right or centred


# a line's text and width, read off each line of a run by `map` (no comprehension: in Python 3.11
# each is a function call, and units and their lines are read so many times a page)
text_of = attrgetter("text")
width_of = attrgetter("width")


@dataclass(slots=True)
class Unit:
    """A run of lines that takes one role (headline, body, byline, caption, …)."""

    lines: list[Line]
    features: dict[str, float] = field(default_factory=dict)
    byline: Byline | None = None
    column: int = 32

    @property
    def text(self) -> str:
        lines = self.lines
        # (most units are one line: its text, no copy)
        return lines[0].text if len(lines) == 1 else "".join(map(text_of, lines))

    @property
    def first(self) -> str:
        return self.lines[0].text


def cut_out(block: list[Line], spans: list[tuple[int, int]]) -> list[list[Line]]:
    """The block cut at `spans` (the lines `start:end` of each, in order, none overlapping): each span
    a block of its own, and the lines between them (or around them) blocks of their own too."""
    out: list[list[Line]] = []
    at = 0
    for start, end in spans:
        if at < start:
            out.append(block[at:start])
        out.append(block[start:end])
        at = end
    if at < len(block):
        out.append(block[at:])
    return out


def column_width(widths: list[int]) -> int:
    """The full-line width of a run of body lines: the most common width of the longer lines."""
    counts: dict[int, int] = {}  # (counted by hand: making a Counter cost ten times the count)
    for w in widths:
        if w >= 16:
            counts[w] = counts.get(w, 0) + 1
    if not counts:
        return 32
    return max(zip(counts.values(), counts.keys(), strict=True))[1]  # the commonest, then the widest


def is_bare_names(text: str) -> bool:
    """Names alone on a line (`张  三`, `李四平  王  五`): a signed commentary's byline."""
    return bool(_NAMES.match(text)) and len(text.replace(" ", "")) <= 12


# a line opening with a role word (`本报通讯员 Y`, `记者 Y`) names people of its own
_ROLE_START = rx.compile(rf"^\s*(?:{_PUBLISHERS})?(?:驻\S{{1,8}}?)?(?:记者|通讯员|实习生|评论员|特约)")
# what a byline line holds somewhere (searched for by its first characters: every alternative opens
# with a character of its own, the markers too, which sre then scans for), or opens with (matched)
_MAY_BE_BYLINE = rx.compile(
    "|".join(map(re.escape, MARKERS)) + "|记 ?者|通讯员|评论[员部]|编(?:译|辑部)|实习生|整理"
)
_MAY_OPEN_BYLINE = rx.compile(
    r"[\u3400-\u9fff]{1,3}(?:\s|$)|[\u3400-\u9fff]{2,4}\s*[/／]\s*文|[文图]\s*[/／·・]"
)


# a box of the reporter's notes, whoever's paper heads them (`本报记者手记`)
_NOTES_BOX = rx.compile(r"记\s?者\s?手\s?记[：:]?$")


@lru_cache(maxsize=4096)  # a line is asked about up to three times; bylines are never modified
def line_byline(text: str) -> Byline | None:
    """The byline a whole line prints (a role line, a dateline's reporters, signed names), or None."""
    if len(text) > LONGEST_LINE and (len(text) > LONGEST_ROLE_LINE or not _ROLE_START.match(text)):
        return None  # (only reporters listed under their posts, `本报驻某国记者  X  …`, run so long)
    if not (_MAY_BE_BYLINE.search(text) or _MAY_OPEN_BYLINE.match(text)) or BOX.match(text):
        return None  # (记者手记 heads a box)
    if _NOTES_BOX.search(text):
        return None  # (… and so does `本报记者手记`, `X日报记者手记`: the reporter's notes, no one's name)
    found = parse_byline_line(text)
    if found is None and is_bare_names(text):
        people = parse_people(text)
        if people and all(2 <= len(a.name) <= 3 and may_be_name(a.name) for a in people):
            found = Byline(" ".join(a.name for a in people) + ("摄" if text.endswith("摄") else ""), people)
    return found


def ends_full_line(above: Line, line: Line, col: int) -> bool:
    """Is `line`, set tight under `above`, a bare word of two or three letters that no common
    surname opens (`出路`, `续开工`) under a line of text or a title that fills its column and ends
    on a letter (`某县为乡村文化站建设找到`, `某地百余个重点项目陆`)? A line, a title's as a text's,
    breaks where it is full, inside a word as often as not, and the letters it had no room for go on
    the next line; a name signing a piece stands under a title that ends where its words end. On the
    truths of twelve sets such words were a title's end 12 times (layouts 7, 9, 10), a text's 62 and
    a name never (names of people under a full line open with a common surname: 10, kept as names)."""
    return (
        not line.blank
        and col - 2 <= above.width <= col + 1
        and is_ideograph(above.text[-1])
        and 2 <= len(line.text) <= 3
        and all(is_ideograph(c) for c in line.text)
        and line.text[0] not in COMMON_SURNAMES
        and line.text[-1] != "摄"  # (`新华社记者王` / `大伟摄`: a credit's name broken at the line end)
    )


NO_TITLE_END = CONTINUING + "。；;"


# (a title line is asked by the title tests of `titlelines`, `units`, `titlejoin`, `measure` and more:
# a third of a page's questions repeat one asked before; pure)
@lru_cache(maxsize=4096)
def headingish(text: str) -> bool:
    """No sentence inside and no dangling comma: a line that could stand as a title."""
    # (the cheap test first; the search stops before the last character without copying the text)
    end = len(text) - 1
    if text[end] in "）)" and text[0] in _QUOTE_OPENERS and (tag := COLUMN_TAG.search(text)) is not None:
        end = tag.start() - 1  # (`“某物好吗？”（某某聚焦）`: the quoted title, then its column's name)
    if text[end] in _QUOTE_CLOSERS:
        # (a title that is all a quoted question, `“某物好吗？”`, ends on its mark as one unquoted does)
        last = end
        while end > 0 and text[end] in _QUOTE_CLOSERS:
            end -= 1
        if text[end] not in "？！?!":
            end = last
    return text[-1] not in NO_TITLE_END and not INNER_STOP.search(text, 0, end)


_QUOTE_CLOSERS = "”’」』"
_QUOTE_OPENERS = "“‘「『"


# a column's name closed by the number of its piece in a series (`（某某新征程·12）`, `（某某专栏52）`)
_SERIES_TAG = rx.compile(r"[（(][\u3400-\u9fff·“”]{4,}\d{1,3}[）)]")


def bracket_note(bracket: str, text: str) -> bool:
    """Is `bracket`, the words in brackets closing line `text`, a note rather than a column's name: a
    figure in it (`（图片1张）`: what the page prints) or the helpers a text's closing trailer names
    (`（X参与采写）`)? A series' number closing its column's name (`（某某新征程·12）`) is no figure."""
    if _SERIES_TAG.fullmatch(bracket) is not None:
        return bool(trailer_helpers(text))
    return any(c.isdigit() for c in bracket) or bool(trailer_helpers(text))


def column_tag(text: str) -> re.Match[str] | None:
    """The column's name in brackets closing `text` (`COLUMN_TAG`: `…（经济聚焦）`), or None; not a
    writer's place and name signing a letter there (a place of two letters or more, then a name
    opening with a common surname: `…呢？（某省某县张三）`). On the truths of the non-blind sets such
    signatures close 25 paragraphs and one headline. Nor a date or an hour (`DATED_BRACKET`)."""
    tag = COLUMN_TAG.search(text)
    if tag is None or DATED_BRACKET.search(tag.group()) is not None:
        return None
    signed = _SIGNED_TAG.match(tag.group())
    return None if signed is not None and signed.group("name")[0] in COMMON_SURNAMES else tag


def opened_title(a: Line, b: Line, *, across_blank: bool = False) -> bool:
    """Does title line `a` open a quote or bracket that `b`, a title's end right under it, closes?
    `across_blank`: a blank line may stand between them, a column's break inside the title."""
    return (
        (across_blank or not b.blank)
        and a.text[-1] not in NO_TITLE_END
        and not is_balanced(a.text)
        and is_balanced(a.text + b.text)
        and a.text[0] not in "（(—"
        and headingish(a.text)
        and titleish(b.text)
        and landmark_kind(a.text) is None
        and landmark_kind(b.text) is None
    )


def titleish(text: str) -> bool:
    """`headingish`, where a question or exclamation right before a column's tag closing the line
    (`…退货吗？（以案说法）`, `…抢通！（在现场）`) ends the title, not a sentence inside a text."""
    if text[-1] in "）)":
        tag = COLUMN_TAG.search(text)
        if tag is not None and text[tag.start() - 1 : tag.start()] in ("？", "！", "?", "!"):
            return headingish(text[: tag.start()])
    return headingish(text)


# a title's number (`三、`, `2.`, `（四）`), and the marks of a clause going on in a sentence
_NUMERAL = "一二三四五六七八九十0-9０-９"
_TITLE_NUMBER = rx.compile(rf"[{_NUMERAL}]+[、.．]|[（(][{_NUMERAL}]+[）)]")
_CLAUSE_MARK = rx.compile(r"[，、：,:]")
_TITLE_LEAD = 8  # the most characters a title sets before the phrase it quotes (unless it quoted one before)
_OPENING_OF = {"”": "“", "）": "（", ")": "(", "》": "《", "」": "「"}


def closed_title(text: str) -> bool:
    """Does a line that fills its column read as a title, not as a sentence a column break cut:
    it closes a quote or bracket opened on it (`“…”`, `…（栏目）`), and before that opening, past
    a title's number, no clause mark stands (`，` `、` `：`)? A sentence cut at a column's end on a
    closing quote has its clause before it (`…期间，…开启“…”`). Such a line over a blank line,
    set apart above too, is a subhead that happens to fill a narrow column: on the truths of the
    non-blind sets, on pages that print first lines full, it ended its paragraph 51 times (eleven
    layout programs and the modern set) and ran on into the text under it once; with a clause mark
    before the span, 1 time and 10 times. The once is a quoted word closing a sentence's eleven
    characters: a closing quote opened past a title's first eight characters, with no quote before
    it, is read as no title (0 breaks : 1 run-on; of the 32 quoted subheads that ended their
    paragraphs, 29 open their quote within eight characters and 3 quote a phrase before it)."""
    opener = _OPENING_OF.get(text[-1])
    if opener is None:
        return False
    number = _TITLE_NUMBER.match(text)
    start = number.end() if number else 0
    at = text.rfind(opener, start, len(text) - 1)
    if at < 0 or _CLAUSE_MARK.search(text, start, at) is not None:
        return False
    # a quoted word closing a long run of characters is that sentence's object
    # (`…去看村头“试验田”`), cut where the column ends: a title quotes its phrase within its first
    # characters, or pairs it with another it quotes (`“A”成为“B”`)
    return opener != "“" or at - start <= _TITLE_LEAD or "“" in text[start:at]


@lru_cache(maxsize=4096)  # (asked of title lines again and again, as `headingish` is; pure)
def is_balanced(text: str) -> bool:
    """Does every bracket or quote opened on the line close on it? A title's always do."""
    if _PAIRED.search(text) is None:
        return True  # (most lines hold none: one search, not six counts)
    count = text.count
    return (
        count("（") + count("(") == count("）") + count(")")  # (OCR often prints brackets half width)
        and count("《") == count("》")
        and count("“") == count("”")
    )


_PAIRED = rx.compile("[（）()《》“”]")


def unclosed(text: str) -> int:
    """How many more brackets `text` opens than it closes (full or half width, as OCR prints them)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def in_broken_tag(block: list[Line], j: int) -> bool:
    """Is line `j` of `block` one of two lines that a column's tag broken at the line's end spans
    (`tag_broken`), so that it closes its brackets only with the other?"""
    text = block[j].text
    return (j + 1 < len(block) and tag_broken(text, block[j + 1].text)) or (
        j > 0 and tag_broken(block[j - 1].text, text)
    )


def tag_broken(upper: str, lower: str) -> bool:
    """Does title line `upper` open its column's tag (`…（乡村观` / `察）`) that `lower`, right under it,
    closes? A headline set to a narrow column breaks where its line is full, inside the tag as
    inside any word; the title before the tag may close on a question or an exclamation
    (`…该谁来管？（民` / `生热线）`) as on one line (`titleish`). A tag holds no figure (a
    forecast's hours in brackets do), and a dateline's or credit's brackets are no tag. The one
    reading of such a break: `units` cuts title blocks by it, `measure` reads the tag off it."""
    if lower[-1] not in "）)" or upper[0] in "（(" or ("（" not in upper and "(" not in upper):
        return False
    whole = upper + lower
    tag = COLUMN_TAG.search(whole)
    return (
        tag is not None
        and 0 < tag.start() < len(upper)
        and headingish(whole[: tag.start()])
        and is_balanced(whole)
        and not any(c.isdigit() for c in tag.group())
        and landmark_kind(upper) is None
        and not ends_on_credit(whole)
    )


@lru_cache(maxsize=4096)  # (a page asks about many of its lines two to four times, in several passes)
def landmark_kind(text: str, after_sentence: bool = True) -> str | None:
    """The kind of a line that starts a unit of its own wherever it stands, or None."""
    head = text[0]
    if head in DASHES and _SUBTITLE.match(text) and len(text) <= 40:
        return "subtitle"
    if head in "图上下左右中（" and CAPTION_START.match(text):
        return "caption"
    if after_sentence and dateline_head(text):
        return "dateline"
    if (len(text) > 40 or "，" in text or "。" in text) and made_note(text) < 1:
        return None
    # a credit closes a caption: on a line of its own only after a finished sentence
    if after_sentence and credit_line(text):
        return "credit"
    signed = after_sentence and PLACE_AND_PERSON.match(text) and not text.endswith(HONORIFICS)
    if line_byline(text) is not None or signed:
        return "byline"  # (`signed`: a letter's writer under its text, where they live and their name)
    return None


def in_sentence(text: str) -> bool:
    """Is the line one that `landmark_kind` never takes for a landmark, wherever it stands? It opens
    with none of their first characters and holds a comma or a full stop (keep the two in step:
    `units.build_units` lets such lines go on the text above without its other tests)."""
    return text[0] not in IN_SENTENCE_NOT_FIRST and ("，" in text or "。" in text)


IN_SENTENCE_NOT_FIRST = "—-－─图上下左右中（本新据"
"""The first characters of `landmark_kind`'s landmarks, that `in_sentence` turns away."""


def opens_caption(before: Line | None, line: Line, widest: int) -> bool:
    """Does `line` open a caption of its own? `图为…` under a full line of the same caption goes on
    its sentence (`…开幕。` / `图为…`); a numbered caption, or one naming where its photo stands
    (`下图：…`), always opens one."""
    if not CAPTION_START.match(line.text):
        return False
    numbered = NUMBERED_CAPTION.match(line.text) or _PLACED_CAPTION.match(line.text)
    return before is None or bool(numbered) or before.width < widest - 4


# a caption naming where its photo stands (`上图：…`, `左图：…`): it opens one as a number does
_PLACED_CAPTION = rx.compile(r"[上下左右中]图[：:]")


# (searched for from a line's last characters on: several times cheaper than a set of characters)
_MARKER = rx.compile(f"[{MARKERS}]")
SHOT_ALONE = ("摄", "摄）", "摄)")  # a credit's last character wrapped onto a line of its own
CREDIT_MARK = rx.compile(f"[{MARKERS}摄供料]")  # what a caption's closing credit shows near the line's end
PUNCTUATION = rx.compile(r"[，。、；：！？,.;:!?]")


def credit_goes_on(before: str, line: str) -> bool:
    """Does `line` finish a marked credit that the line before it opened (`… ■ 本报` / `记者 周八`)?"""
    if _MARKER.search(before, len(before) - 12) is None:
        return False  # the last marker opens the credit, at most 12 characters from the line's end
    cut = max(before.rfind(m) for m in MARKERS)
    if (
        (_ROLE_START.match(line) or cut == 0)
        and line_byline(line) is not None
        and parse_byline_line(before[cut:])
    ):
        # `■ 本报记者 X` / `本报通讯员 Y`: a second byline line under a whole first one; under a
        # marked byline line of its own, names alone (`■ 本报记者 X` / `Y`) are its names wrapped
        return False
    return parse_byline_line(before[cut:] + line.strip()) is not None
