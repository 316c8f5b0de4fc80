"""Lines and units of a page and what can be seen in each: the units the labeller chooses roles for.

`units.build_units` cuts a page's blocks into units at landmark lines (bylines, `——` subtitles,
datelines, captions, credits: `_landmark` here). Each unit then gets named features
(`Unit.features`, `_measure` here) measured against the column width of the body text around it
(columns of 12–20 characters can differ on one page).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from reader.model import Author
from reader.page.byline import (
    COMMON_SURNAMES,
    MARKERS,
    Byline,
    ends_on_credit,
    may_be_name,
    parse_byline_line,
    parse_people,
    split_credit,
)
from reader.page.textclean import CLOSERS, CONTINUING, is_ideograph

_SUBTITLE = re.compile(r"^[—\-－─]{1,3}")
_INNER_STOP = re.compile(r"[。；;！!？?]")
CAPTION_START = re.compile(
    r"^(?:图[①-⑳❶-❿\d一二三四五六七八九十]+[：:．.\s]|图[为：:]|[上下左右中]图[为：:①-⑳\d]?|（图[①-⑳\d]）)"
)
# a caption's own number (`图①：`, `（图2）`): unlike `图为…`, never the middle of a sentence run on
_NUMBERED_CAPTION = re.compile(r"^(?:图[①-⑳❶-❿\d一二三四五六七八九十]|（图[①-⑳\d]）|[上下左右中]图[①-⑳\d])")
# the first caption of a numbered series (`图①：…`, `（图1）`): it opens a set of photos of its own
_SERIES_FIRST = re.compile(r"^(?:图[①❶一1](?![\d十])|（图[①1]）|[上下左右中]图[①1](?!\d))")
# a photo's credit on a line of its own; every form holds 摄, 图, 片 or 源, which `_credit_line` asks
# first (most lines fail that, and cheaper than the pattern's backtracking): keep the two in step
_CREDIT = re.compile(
    r"(?:^以上图片(?:均)?(?:为|由)?.{1,20}(?:摄|提供)$"
    r"|^(?:[\u3400-\u9fff·]\s*){1,12}(?:摄|供图|摄影)(?:[（(][^）)]{1,20}[）)])?$"
    r"|^(?:图片|照片)(?:来源|提供)?[：:].{1,24}$"
    r"|^(?:数据|资料)来源[：:][^，。]{1,30}$"  # under a chart: `数据来源：X  制图：Y`
    r"|^(?:本报记者|记者|通讯员|新华社记者)\s*.{1,16}摄(?:[（(][^）)]{1,20}[）)])?$"
    r"|^[^。！？；]{1,20}(?:供图|制图)$)"  # (after a sentence: a caption closed by its credit)
)
_COLUMN_TAG = re.compile(r"[（(][^（）()]{2,24}[）)]$")
# two phrases of two characters or more parted by a gap (read around the gap, not tried at every
# character: a run of ideographs made the engine backtrack through it at each)
_TWO_PART = re.compile(r"(?<=[\u3400-\u9fff”》）]{2})(?:\s{2,}|\u3000)(?=[“《\u3400-\u9fff]{2})")
# a reader's letter signed with where the writer lives and who they are, on one line:
# `河北石家庄市  王先生`, `江苏南京市鼓楼区  李  明` (a place ends in an administrative unit)
_PLACE_AND_PERSON = re.compile(
    r"^[\u3400-\u9fff]{1,12}[省市县区州盟旗镇乡村]\s{2,}"
    r"(?:[\u3400-\u9fff](?:先生|女士|同志|老师)|[\u3400-\u9fff](?:\s{1,3}[\u3400-\u9fff]|[\u3400-\u9fff]{1,2}))$"
)
# a box's words may follow a marker (`■记者手记`, as the 2026 People's Daily prints it) and, the
# four-character ones, be letter-spaced by a scan (`记者 手记`, `核心 阅读`): still no byline `记者 X`
_BOX = re.compile(
    rf"^[{MARKERS}]?\s*(?:核\s?心\s?阅\s?读|编\s?者\s?按|记\s?者\s?手\s?记|记者观察|编后|短评|相关链接|链接"
    r"|延伸阅读|背景|小贴士|数据)[：:]?"
)
_BOX_FIRST = "核编记短相链延背小数" + MARKERS  # the first characters `_BOX` can match: a cheap test first
_BOX_OPENINGS = ("核心阅读", "编者按")  # boxes that head an article's body, never sit inside it
_ENUM = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.]|第[一二三四五六七八九十]+[，、])"
)
_ENUM_FIRST = "一二三四五六七八九十（(第"  # … and of `_ENUM`'s numbers, but for digits (`\d`: isdecimal)
# a paragraph signed at its end with a name in brackets: `…。（王桦）` (`SIGNED_NAME`)
# or with the dateline of the correspondent's report: `…。（本报华盛顿1月7日电）`, `…。（据新华社电）`
_NAME_IN_BRACKETS = r"[\u3400-\u9fff]{1,4}(?:\s[\u3400-\u9fff]{1,4})?"
SIGNED_NAME = re.compile(rf"[。！？…]”?[（(]{_NAME_IN_BRACKETS}[）)]$")
_SIGNED_END = re.compile(
    rf"[。！？…]”?[（(](?:{_NAME_IN_BRACKETS}|(?:本报|据?新华社|据?中新社)[^（）()。]{{0,16}}[电讯])[）)]$"
)
_TRAILER = re.compile(r"^[（(][^（）()]{2,80}[）)]$")  # `（作者为…）`, `（本报…电）`: a note closing a body
# a paragraph closed by a bracketed source or helper after its last sentence: `。（赵六）`, `。”（赵六）`
# (a quote closed with no stop inside, `“论个卖”（…）`, is a title's word before its column tag)
_ENDS_BRACKET = re.compile(r"[。！？…]”?[（(][^（）()]{1,40}[）)]$")
# the start of a dateline, its bracket possibly running on to the next line; `据新华社X电` opens
# a report the paper shortened from the agency's
_DATELINE_HEAD = re.compile(r"^据?(?:本报|本刊|新华社|中新社)[^（(，。“”]{0,24}?[讯电](?![员）)])")
DATELINE_FIRST = "本新中据"  # the characters a dateline can open with (a cheap test before the pattern)
_TWO_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff].*[\u3400-\u9fff]")
_NAME_SPACED = re.compile(r"^[\u3400-\u9fff](?:\s+[\u3400-\u9fff]){1,2}$")
_NAMES = re.compile(
    r"^(?:[\u3400-\u9fff]{2,3}|[\u3400-\u9fff]\s{1,3}[\u3400-\u9fff])(?:\s+(?:[\u3400-\u9fff]{2,3}|[\u3400-\u9fff]\s{1,3}[\u3400-\u9fff])){0,3}$"
    r"|^[\u3400-\u9fff] [\u3400-\u9fff] [\u3400-\u9fff]$"  # one name spread out: `张 保 善`
)


# a unit opening a caption and finishing no sentence (no stop, no credit) on a full line: a column
# break cut it, and its text goes on in the next unit
_CAPTION_STATE = frozenset({"caption_start", "ends_stop", "credit_end", "credit"})
_CAPTION_OPEN = frozenset({"caption_start"})
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
    apart: bool = False  # two or more blank lines above it, on a page that mostly leaves one


@dataclass(slots=True)
class Unit:
    """A run of lines that takes one role (headline, body, byline, caption, …)."""

    lines: list[Line]
    features: dict[str, float] = field(default_factory=dict)
    byline: Byline | None = None
    column: int = 32

    @property
    def text(self) -> str:
        return "".join([line.text for line in self.lines])

    @property
    def first(self) -> str:
        return self.lines[0].text


def column_width(widths: list[int]) -> int:
    """The full-line width of a run of body lines: the most common width of the longer lines."""
    counts = Counter([w for w in widths if w >= 16])
    if not counts:
        return 32
    return max(zip(counts.values(), counts.keys(), strict=True))[1]  # the commonest, then the widest


def is_bare_names(text: str) -> bool:
    """Names alone on a line (`张  三`, `李四平  王  五`): a signed commentary's byline."""
    return bool(_NAMES.match(text)) and len(text.replace(" ", "")) <= 12


# a line opening with a role word (`本报通讯员 Y`, `记者 Y`) names people of its own
_ROLE_START = re.compile(r"^\s*(?:本报|本刊|新华社|中新社)?(?:驻\S{1,8}?)?(?:记者|通讯员|实习生|评论员|特约)")
_MAY_BE_BYLINE = re.compile(
    rf"[{MARKERS}]|记 ?者|通讯员|评论员|实习生|编译|整理|^[\u3400-\u9fff]{{1,3}}(?:\s|$)|^文\s*[/／]"
)


@lru_cache(maxsize=4096)  # a line is asked about up to three times; bylines are never modified
def _byline(text: str) -> Byline | None:
    if len(text) > 40 or not _MAY_BE_BYLINE.search(text) or _BOX.match(text):  # 记者手记 heads a box
        return None
    found = parse_byline_line(text)
    if found is None and is_bare_names(text):
        people = parse_people(text)
        if people and all(2 <= len(a.name) <= 3 and may_be_name(a.name) for a in people):
            found = Byline(" ".join(a.name for a in people) + ("摄" if text.endswith("摄") else ""), people)
    return found


_NO_TITLE_END = CONTINUING + "。；;"


def _headingish(text: str) -> bool:
    """No sentence inside and no dangling comma: a line that could stand as a title."""
    # (the cheap test first; the search stops before the last character without copying the text)
    return text[-1] not in _NO_TITLE_END and not _INNER_STOP.search(text, 0, len(text) - 1)


def _titleish(text: str) -> bool:
    """`_headingish`, where a question or exclamation right before a column's tag closing the line
    (`…退货吗？（以案说法）`, `…抢通！（在现场）`) ends the title, not a sentence inside a text."""
    if text[-1] in "）)":
        tag = _COLUMN_TAG.search(text)
        if tag is not None and text[tag.start() - 1 : tag.start()] in ("？", "！", "?", "!"):
            return _headingish(text[: tag.start()])
    return _headingish(text)


def _balanced(text: str) -> bool:
    """Does every bracket or quote opened on the line close on it? A title's always do."""
    count = text.count
    return count("（") == count("）") and count("《") == count("》") and count("“") == count("”")


def _credit_line(text: str) -> bool:
    """Is the line a photo's credit (`_CREDIT`)?"""
    return ("摄" in text or "图" in text or "片" in text or "源" in text) and _CREDIT.match(text) is not None


def _landmark(text: str, after_sentence: bool = True) -> str | None:
    """The kind of a line that starts a unit of its own wherever it stands, or None."""
    head = text[0]
    if head in "—-－─" and _SUBTITLE.match(text) and len(text) <= 40:
        return "subtitle"
    if head in "图上下左右中（" and CAPTION_START.match(text):
        return "caption"
    if head in DATELINE_FIRST and after_sentence and _DATELINE_HEAD.match(text):
        return "dateline"
    if len(text) > 40 or "，" in text or "。" in text:
        return None
    # a credit closes a caption: on a line of its own only after a finished sentence
    if after_sentence and _credit_line(text):
        return "credit"
    if _byline(text) is not None:
        return "byline"
    return None


def in_sentence(text: str) -> bool:
    """Is the line one that `_landmark` never takes for a landmark, wherever it stands? It opens
    with none of their first characters and holds a comma or a full stop (keep the two in step:
    `units.build_units` lets such lines go on the text above without its other tests)."""
    return text[0] not in "—-－─图上下左右中（本新据" and ("，" in text or "。" in text)


def opens_caption(before: Line | None, line: Line, widest: int) -> bool:
    """Does `line` open a caption of its own? `图为…` under a full line of the same caption goes on
    its sentence (`…开幕。` / `图为…`); a numbered caption always opens one."""
    if not CAPTION_START.match(line.text):
        return False
    return before is None or bool(_NUMBERED_CAPTION.match(line.text)) or before.width < widest - 4


# (searched for from a line's last characters on, which is several times cheaper than a set of the
# characters asked about each of them)
_MARKER = re.compile(f"[{MARKERS}]")
_SHOT_ALONE = ("摄", "摄）", "摄)")  # a credit's last character wrapped onto a line of its own
_CREDIT_MARK = re.compile(f"[{MARKERS}摄供]")  # what a caption's closing credit shows near the line's end
_PUNCTUATION = re.compile(r"[，。、；：！？,.;:!?]")


def _credit_goes_on(before: str, line: str) -> bool:
    """Does `line` finish a marked credit that the line before it opened (`… ■ 本报` / `记者 周八`)?"""
    if _MARKER.search(before, len(before) - 12) is None:
        return False  # the last marker opens the credit, at most 12 characters from the line's end
    cut = max(before.rfind(m) for m in MARKERS)
    if _ROLE_START.match(line) and _byline(line) is not None and parse_byline_line(before[cut:]):
        return False  # `■ 本报记者 X` / `本报通讯员 Y`: a second byline line under a whole first one
    return parse_byline_line(before[cut:] + line.strip()) is not None


def _bracket_goes_on(before: str, line: str) -> bool:
    """Does `line` close a bracket that the line before it opened near its end (`…午饭。（新华社记者` /
    `王五摄）`)? A credit in brackets breaks over the line's end as any text does."""
    if line[-1] not in "）)" or "（" in line or "(" in line:
        return False
    cut = before.rfind("（")
    return cut >= len(before) - 12 and "）" not in before[cut:]


def _reads_as_caption(unit: Unit) -> bool:
    """Does the unit's text read as a photo caption: numbered (`图①：`), or set across columns (but
    not one line closed by a column's name in brackets with no sentence in it: a title set wide)?"""
    if CAPTION_START.match(unit.first):
        return True
    if max(line.width for line in unit.lines) <= 1.9 * unit.column:
        return False
    line = unit.lines[0]
    if len(unit.lines) > 1 or line.end:
        return True
    return not (_COLUMN_TAG.search(line.text) and _headingish(line.text))


def _own_columns(units: list[Unit]) -> tuple[list[int], list[int]]:
    """For each unit, the full line width of the nearest body unit (three lines or more) before
    it and after it (0 where none): articles set in columns of different widths show where one
    ends and the next begins."""
    own = [
        sorted([line.width for line in u.lines[:-1]])[(len(u.lines) - 1) // 2] if len(u.lines) >= 3 else 0
        for u in units
    ]
    before, after = [0] * len(units), [0] * len(units)
    seen = 0
    for i, width in enumerate(own):
        before[i] = seen
        seen = width or seen
    seen = 0
    for i in range(len(units) - 1, -1, -1):
        after[i] = seen
        seen = own[i] or seen
    return before, after


# what a `——` line under a quotation or a note names: its source (`——摘自…`), the editors closing
# their note (`——编  者`); under a finished sentence (a blank line between or not) also a work
# (`——《…》…`) or a person
_SOURCE = re.compile(r"^(?:摘自|编者$|编辑部$)")


def _attribution(text: str, above: Line | None) -> bool:
    """Is this `——` line an attribution that closes the text above it, not a subtitle?"""
    rest = "".join(text.split()).lstrip("—-－─")
    if _SOURCE.match(rest):
        return True
    return above is not None and above.end and (rest[:1] == "《" or is_bare_names(text.lstrip("—-－─ ")))


def _title_line(unit: Unit) -> bool:
    """A single line that could be a title: no finished sentence, no byline, no caption."""
    line = unit.lines[0]
    return (
        len(unit.lines) == 1 and not line.end and unit.byline is None and not CAPTION_START.match(line.text)
    )


def _measure(units: list[Unit], first_lines_full: bool = False) -> None:
    last = len(units) - 1
    col_before, col_after = _own_columns(units)
    for i, unit in enumerate(units):
        col = unit.column
        unit.column = col
        f = unit.features
        text = unit.text
        first = unit.first
        last_line = unit.lines[-1].text
        widest = max([line.width for line in unit.lines])
        n = len(unit.lines)
        f["lines1" if n == 1 else "lines2" if n <= 3 else "lines4+"] = 1
        # `…吗？（以案说法）`: a question or exclamation closing a title under its column's tag is the
        # title's own end, not a sentence inside a text
        # `…（经济聚焦）`: a column's name (each pattern below is asked only where the line's first or
        # last character lets it match: most units are body text that none of them fits)
        head = first[0]
        tag = _COLUMN_TAG.search(first) if n == 1 and first[-1] in "）)" else None
        stem = first[: tag.start()] if tag else ""
        titled = bool(stem) and (
            stem[-1] in "？！?!" or (stem[-1] in "”’」" and stem[-2:-1] not in "。！？…")
        )
        if not titled and (unit.lines[-1].end or _ENDS_BRACKET.search(text[-48:])):
            f["ends_stop"] = 1
            if _SIGNED_END.search(text[-30:]):
                f["signed_end"] = 1  # `…。（王桦）`: a brief signed at its end closes there
            if last_line.rstrip(CLOSERS)[-1:] in "？?":
                f["question"] = 1
        elif last_line[-1] in CONTINUING:
            f["ends_comma"] = 1
        said = stem if titled else text
        if _INNER_STOP.search(said, 0, len(said) - 1):  # (a merged body's text is long: no copy)
            f["inner_stop"] = 1
        if first[0] in CLOSERS or first[0] in "，。、；：":
            f["starts_closer"] = 1
        if n == 1:
            if widest >= col - 2 and not unit.lines[0].end:
                f["full_line"] = 1  # a full column line that breaks off mid-sentence
            if widest > 1.9 * col:
                f["very_wide"] = 1
            elif widest <= 0.5 * col:
                f["short"] = 1
            squeezed = first.replace(" ", "")
            if len(squeezed) <= 3 and (may_be_name(squeezed) or not all(map(is_ideograph, squeezed))):
                # three characters: a name or a place, rarely a whole headline (but three
                # ideographs that open with no surname are no one's name: a column's, a title)
                f["tiny"] = 1
        elif widest > 1.9 * col:
            f["very_wide"] = 1
        if "very_wide" not in f and widest > col + 6 and _INNER_STOP.search(text):
            f["wide"] = 1  # sentences wider than a column line: a caption set across columns
        if len(text) >= 80:
            f["long_text"] = 1
        if not _PUNCTUATION.search(text):
            f["no_punct"] = 1
            if "very_wide" in f and n == 1:
                f["wide_title"] = 1  # a long kicker or headline line: a caption has sentences
        elif "very_wide" in f and (titled or (stem and not _INNER_STOP.search(stem))):
            f["wide_title"] = 1  # `…，…（栏目）`: commas, but no sentence, and a column's tag to close it
        if head in "—-－─" and not (i and units[i - 1].lines[-1].text[-1] in "—-－─"):  # (`_SUBTITLE`)
            f["dash_lead"] = 1  # (unless it goes on from a `——` broken at the line's end)
            above = units[i - 1].lines[-1] if i else None  # (a blank line may part them)
            if n <= 2 and _attribution(text, above):
                f["attribution"] = 1  # `——编  者`, `——摘自…`: who said or wrote the text above it
                del f["dash_lead"]
        if first.rstrip().endswith("——") and n == 1:
            f["dash_tail"] = 1
        if tag:
            f["column_tag"] = 1
        if n == 1 and _TWO_PART.search(first) and not is_bare_names(first):
            signed = _PLACE_AND_PERSON.match(first)
            if signed and first[len(signed.group().split()[0]) :].lstrip()[:1] in COMMON_SURNAMES:
                f["signature"] = 1  # a letter's writer, where they live and who: closes its text
            else:
                f["two_part"] = 1
        if head in "图上下左右中（" and CAPTION_START.match(first):
            f["caption_start"] = 1
            if _SERIES_FIRST.match(first):
                f["series_opens"] = 1
            elif _NUMBERED_CAPTION.match(first) and i and not PICTURE_MARKS.isdisjoint(units[i - 1].features):
                f["series_goes_on"] = 1  # `图②：…` under a photo's caption: the series above goes on
        elif (
            i
            and "caption_start" in units[i - 1].features  # (the cheap half of the next test first)
            and units[i - 1].features.keys() & _CAPTION_STATE == _CAPTION_OPEN
            and units[i - 1].lines[-1].width >= units[i - 1].column - 4
            and not ends_on_credit(units[i - 1].lines[-1].text)
            and not any(line.indent for line in units[i - 1].lines[1:])  # (a text's paragraph ran on)
            and _landmark(first) is None
            and not _title_line(unit)
        ):
            f["caption_goes_on"] = 1  # a caption broken off at a column's end goes on here
        if n <= 2 and _credit_line(first if n == 1 else first + " " + last_line):
            f["credit"] = 1
            f.pop("column_tag", None)  # `X摄（新华社发）`: an agency, not a column's name
            f.pop("two_part", None)  # `数据来源：X  制图：Y`: two credits, not a two-part title
        closing = unit.lines[-1].text
        if n >= 2 and (
            closing in _SHOT_ALONE
            or _credit_goes_on(unit.lines[-2].text, closing)
            or _bracket_goes_on(unit.lines[-2].text, closing)
        ):
            closing = unit.lines[-2].text + closing  # the credit began on the line before
        if n <= 8 and _CREDIT_MARK.search(closing, len(closing) - 14):
            # a caption closes with its credit (`…。  孙  七摄`, `… ■ 本报记者 周八`); a body never does
            credit = split_credit(closing)[1]
            if credit is not None:
                f["credit_end"] = 1
                if any(a.role != "摄影" for a in credit.authors):
                    f["marked_credit_end"] = 1  # `… ■ 本报记者 X`: a photo of the paper's own
        if "credit_end" in f and _DATELINE_HEAD.match(first):
            f["dated_credit"] = 1  # a news photo's caption: `本报X电 …。  Y摄`
        if unit.lines[0].indent:
            f["indented"] = 1
        boxed = _BOX.match(first) if head in _BOX_FIRST and "credit" not in f else None  # (`数据来源：…`)
        if boxed is not None:
            f["box"] = 1
            words = "".join(boxed.group().lstrip(MARKERS).split())
            if words.startswith(_BOX_OPENINGS):
                f["box_opening"] = 1  # these head an article's body, never sit inside it
            if n == 1 and len(first) - len(boxed.group()) + len(words) <= 6:
                f["box_title"] = 1
        if (head in _ENUM_FIRST or head.isdecimal()) and _ENUM.match(first):
            f["enum"] = 1
        elif first[:1] in MARKERS and n == 1:
            f["marker"] = 1  # `■ 一线观察` is a subhead, `■ 王  五` a byline: the names decide
        if n <= 3 and head in "（(" and _TRAILER.match(text):
            f["trailer"] = 1
        # a dateline may run over its first line (`本报北京 12 月 3日` / `电  （记者…）`)
        if head in DATELINE_FIRST and _DATELINE_HEAD.match(first if n == 1 else first + unit.lines[1].text):
            f["dateline"] = 1
        byline = _byline(first) if n <= 3 else None
        if byline is not None and all(_byline(line.text) for line in unit.lines):
            unit.byline = _join([_byline(line.text) for line in unit.lines])
            role = any(a.role for a in unit.byline.authors)
            if all(a.role == "摄影" for a in unit.byline.authors):
                f["credit"] = 1  # `周八摄`: who took a photo, not who wrote an article
            elif first[0] in MARKERS and i and not unit.lines[0].blank and units[i - 1].lines[-1].end:
                # `■ 本报记者 周八` straight under a finished sentence: the credit closing a caption
                # (a byline stands over its text, under a title, or after a blank)
                f["credit"] = 1
                f["credit_under_caption"] = 1
            else:
                f["byline_role" if role else "byline_names"] = 1
            if not role and _NAME_SPACED.match(first.lstrip(MARKERS).strip()):
                f["name_spaced"] = 1
            if not role and all(a.name[:1] in COMMON_SURNAMES for a in unit.byline.authors):
                f["surnamed"] = 1  # every name opens with a common surname: people, not a title
        if (
            i < last
            and n == 1
            and not unit.lines[0].end
            and unit.byline is None
            and not first_lines_full
            and not tag  # a column's name in brackets closes a title
        ):
            following = units[i + 1].lines[0]
            if (
                len(units[i + 1].lines) > 1
                and col - 2 <= following.width <= 1.3 * col
                and not _landmark(following.text)
                and not following.text.startswith(_BOX_OPENINGS)  # a box heads a body, goes on nothing
                and not following.indent
            ):
                f["next_full"] = 1  # the next block goes on at full width: a column break
        if i > 0 and not unit.lines[0].blank and len(units[i - 1].lines) == 1 and n == 1:
            f["under_title"] = 1  # printed right under a title line, no blank between: not a kicker
        if (
            i < last
            and n == 1
            and unit.byline is None
            and _headingish(first)
            and _reads_as_caption(units[i + 1])
        ):
            f["over_picture"] = 1  # a title right above a caption: a photo's or a headline, not a kicker
        if n == 1 and unit.byline is None and not unit.lines[0].end:
            # two title lines over each other: a kicker set wider than the column runs longer than
            # the headline under it (and a subtitle longer than the headline over it)
            following = units[i + 1].lines[0].width if i < last and _title_line(units[i + 1]) else 0
            above = units[i - 1].lines[0].width if i > 0 and _title_line(units[i - 1]) else 0
            if following and widest > col + 2 and widest >= 1.3 * following:
                f["longer_than_next"] = 1
            if above > col + 2 and 1.3 * widest <= above:
                f["shorter_than_prev"] = 1
            if col_before[i] and col_after[i] and abs(col_before[i] - col_after[i]) >= 3:
                f["column_changes"] = 1  # the bodies above and below are set in different columns
        if i == 0:
            f["page_first"] = 1
        if i == last:
            f["page_last"] = 1
        if n == 1 and not _TWO_IDEOGRAPHS.search(first):
            f["no_words"] = 1


def _mark_over_credit(units: list[Unit]) -> None:
    """A credit line closes the captions printed above it (a second pass: the unit below must have
    been measured first)."""
    for unit, below in zip(units, units[1:], strict=False):
        f = unit.features
        if "credit" in below.features and "credit" not in f:
            f["over_credit"] = 1
            if not below.lines[0].blank and _one_paragraph(unit):
                f["block_over_credit"] = 1  # a paragraph of its own closed by the credit line under it
            if "wide" in f:
                f["wide_over_credit"] = 1  # set wider than the column and closed by a credit: a caption


def _one_paragraph(unit: Unit) -> bool:
    """Is the unit one short paragraph of its own: a block under a blank line, with no paragraph
    opening inside it (a caption's length)?"""
    lines = unit.lines
    return lines[0].blank and len(lines) <= 8 and not any(x.blank or x.indent for x in lines[1:])


def _join(bylines: list[Byline | None]) -> Byline:
    """The byline of a unit of byline lines: names alone on a line under a reporter's line are more
    of the same reporters, wrapped (`本报记者  李  四  王  五` / `赵  六`)."""
    found = [b for b in bylines if b is not None]
    authors: list[Author] = []
    for byline in found:
        role = authors[-1].role if authors and authors[-1].role != "摄影" else ""
        if role and not any(a.role for a in byline.authors):
            authors.extend(Author(role, a.name) for a in byline.authors)
        else:
            authors.extend(byline.authors)
    return Byline(" ".join(b.text for b in found), authors)
