"""Character classes and the clean-up of extracted text: OCR spacing, line joining, cell widths.

Extraction from PDF or OCR leaves spaces between CJK and Latin text (`3 月 12 日`, `App 下载`) and
letter-spaces short words (`本 报 记 者`). A space between two CJK phrases is usually deliberate
(`山高水长 情深意长`) and is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from reader.page import rx
from reader.page.lexicon import word_crosses

# Sentence-final marks: a line ending in one of these (optionally followed by closing quotes or
# brackets) may end a paragraph.
TERMINAL = "。！？!?；;…"
CLOSERS = "”’」』）)》〉】〕"
OPENERS = "“‘「『（(《〈【〔"
# Marks after which a sentence clearly goes on.
CONTINUING = "，、：,:"
# Words a line of text breaks off on and no title or a title's part ends with (`…管理和`): they lead
# into what follows.
OPEN_ENDS = "的和与及或在为了对将把被从向以"
# the last characters of a line that may end on a photo's credit (`…王五摄`, `（王五摄）`, `供图`,
# `（资料图片）`): a cheap first test before the credit patterns (`credits.ends_on_credit`)
CREDIT_LAST = "摄）)图"

DASHES = "—-－─"
"""The dashes a title line may be printed with (a kicker's closing `——`, a subtitle's opening one), which
its title field leaves out."""

_TERMINAL_END = rx.compile(f"[{re.escape(TERMINAL)}][{re.escape(CLOSERS)}]*$")


def is_ideograph(ch: str) -> bool:
    """True for CJK ideographs only (not punctuation)."""
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FFFF
        or 0xF900 <= code <= 0xFAFF
    )


# punctuation set between ideographs, and the signs Chinese text sets tight against its numbers
# (`6∶15`, `4×100米`, `零下7℃`), whatever their Unicode width
_CJK_MARKS = "“”‘’…—·■●▲◆□★☆◎∶×÷～℃‰"
MARKERS = "■●▲◆□★☆◇◎"  # what opens a byline or a subhead: `■ 本报记者 X`, `◎X`, `■ 一线观察`


def letters(text: str) -> int:
    """How many letters (ideographs, Latin letters, digits) `text` holds, its punctuation and spaces
    aside: a title's length as a reader counts it."""
    return sum(ch.isalnum() for ch in text)


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs and the full-width punctuation that sits between them."""
    code = ord(ch)
    return is_ideograph(ch) or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or ch in _CJK_MARKS


def _char_width(ch: str) -> int:
    if ch in "“”‘’…—·":
        return 2  # typeset full-width in Chinese columns, whatever Unicode says
    if unicodedata.east_asian_width(ch) in "WF":
        return 2
    return 0 if unicodedata.combining(ch) else 1


class _Widths(dict):
    """Character → cells, filled on first sight (a dict lookup is ~10x cheaper than unicodedata)."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = _char_width(ch)
        return width


_WIDTHS = _Widths()


# Characters outside these ranges need the table: in them, ASCII is one cell and every other
# character is three bytes of UTF-8 and two cells, so the width follows from the encoded length
# (a third of the table's cost, and a page measures every line)
_ODD_WIDTH = rx.compile(
    r"[^\x00-\x7f\u3000-\u303e\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6“”‘’…—]"
)


def cell_width(text: str) -> int:
    """Terminal cells the text takes: wide and full-width characters count two, others one."""
    if _ODD_WIDTH.search(text) is None:
        n = len(text)
        return n + (len(text.encode()) - n) // 2
    return sum(map(_WIDTHS.__getitem__, text))


def odd_width_rows(text: str) -> set[int]:
    """The rows of `text` (split at line breaks) holding a character that needs `cell_width`'s table: one
    search of the whole page finds the few of them. Every other row's cells are half the sum of its
    characters and its UTF-8 bytes (ASCII takes one cell and one byte, every other character two cells
    and three bytes)."""
    rows: set[int] = set()
    row = start = 0
    for found in _ODD_WIDTH.finditer(text):
        row += text.count("\n", start, found.start())  # (counted on from the last find: linear)
        start = found.start()
        rows.add(row)
    return rows


def last_opener(text: str) -> int:
    """Where the last opening bracket of `text` stands (full or half width), or -1."""
    return max(text.rfind("（"), text.rfind("("))


def ends_sentence(line: str) -> bool:
    """Does the line end with sentence-final punctuation (possibly inside closing quotes)?"""
    last = line[-1:]
    if not last:
        return False
    if last in TERMINAL:
        return True
    if last not in CLOSERS and not last.isspace():
        return False  # the common cases decided without the expression
    return bool(_TERMINAL_END.search(line.rstrip()))


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "%.+-/#&@$")


# (a space, then any more: the same runs as ` +`, but an expression opening with a character of its
# own is searched for by that character, ~4 times faster over a line than one opening with a repeat)
_SPACE_RUNS = rx.compile("  *")
_SPACE_SPLIT = rx.compile("(  *)")


class _Kinds(dict):
    """Character → whether `test` holds for it, filled on first sight (a dict lookup is several times
    cheaper than a call)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, ch: str) -> bool:
        found = self[ch] = self.test(ch)
        return found


_IDEOGRAPH = _Kinds(is_ideograph)
_CJK = _Kinds(is_cjk)


def _space(run: re.Match[str]) -> str:
    """What a run of spaces inside a stripped line becomes: one space or none (`clean_spacing`)."""
    text, start = run.string, run.start()
    before, after = text[start - 1], text[run.end()]
    if start == 1 and before in MARKERS:
        return " "  # `■ 一线观察`: the marker's gap is printed
    if is_ideograph(before) and is_ideograph(after):
        return " "
    return "" if is_cjk(before) or is_cjk(after) else " "


def _slip(run: re.Match[str]) -> bool:
    """Is the run of spaces (inside a stripped text) an OCR slip in running text: a single space
    between two ideographs (`冰川 区`) that parts no whole phrases set inside quotes or brackets
    (`_phrases`)?"""
    text, at = run.string, run.start()
    return (
        run.end() - at == 1
        and is_ideograph(text[at - 1])
        and is_ideograph(text[at + 1])
        and not _phrases(text, at)
    )


# what ends a phrase: a sentence's punctuation, or a pair's mark on the wrong side
_NOT_PHRASE = frozenset(TERMINAL + CONTINUING + "，。、")
_PHRASE_MARK = rx.compile("[" + re.escape("".join(sorted(_NOT_PHRASE)) + OPENERS + CLOSERS) + "]")


def _phrases(text: str, at: int) -> bool:
    """Does the space at `at` part short phrases that fill a pair of quotes or brackets on their
    own (`“绿水青山 金山银山”`, `（记者 王五）`)? Running text sets no space between words;
    a title, slogan or credit quoted in it keeps the gap it is printed with. Each phrase is two to
    eight characters and the pair holds no punctuation; a two-character name padded to the width of
    three (`王  五`, a wider gap) is one phrase, so the single spaces between the names of a dateline's
    reporters stay (`（记者 王  五 赵六一）`: without them the names run together)."""
    # the nearest mark on either side (searched for, not read a character at a time): an opener on
    # the left, a closer on the right, or no phrase (the left side read off the text reversed)
    left = _PHRASE_MARK.search(text[at - 1 :: -1]) if at else None
    right = _PHRASE_MARK.search(text, at + 1)
    if left is None or right is None:
        return False
    start, end = at - 1 - left.start(), right.start()
    if text[start] not in OPENERS or text[end] not in CLOSERS:
        return False
    inner = text[start + 1 : end]
    if "  " not in inner:  # (mostly: no padded name, every word a phrase)
        return all(2 <= len(word) <= 8 for word in inner.split())
    return all(map(_phrase, _SINGLE_SPACE.split(inner)))


_SINGLE_SPACE = rx.compile(r"(?<! ) (?! )")


def _phrase(piece: str) -> bool:
    """Is `piece` (text between single spaces) phrases of two to eight characters, or a padded
    two-character name (two ideographs with a wider gap between them)?"""
    words = piece.split()
    if len(words) == 2 and len(words[0]) == len(words[1]) == 1:
        return is_ideograph(words[0]) and is_ideograph(words[1])
    return all(2 <= len(word) <= 8 for word in words)


_TIGHT_MARKS = "%/+@"
"""Marks set tight against the letter or figure beside them in running text (`50%`, `GB/T`, `a@b`)."""


def _tight_mark(before: str, after: str) -> bool:
    """Is a single space between `before` and `after` one between a letter or figure and a mark set
    tight against it (`_TIGHT_MARKS`)? Counted on the truths of the sets we may read (blind ones left
    out), such a space printed inside a line is dropped 29 times (l4 l7 l8 mod), kept never. (A full
    stop is left out: an English sentence or `No. 1` keeps the space after it.)"""
    if before in _TIGHT_MARKS:
        return after.isascii() and after.isalnum()
    return after in _TIGHT_MARKS and before.isascii() and before.isalnum()


# what a caption's credit, printed after its last sentence, runs to: who took or supplied the photo (a
# role word, names letter-spaced or not), its credit word, and perhaps its agency in brackets, nothing
# after (`…。  王  五摄`, `…。  新华社记者 王五摄（人民视觉）`, `…。  某某博物馆供图`)
_CLOSING_CREDIT = rx.compile(
    r"[^。！？；，]{1,30}?(?:摄|供图|提供|资料图片|新华社发)(?:[（(][^（）()]{1,20}[）)])?$"
)
_SENTENCE_CLOSE = frozenset("。！？”）")


def clean_spacing(text: str, running: bool = False) -> str:
    """Drop OCR spaces next to CJK characters, except a single space between two CJK phrases.

    A space between CJK and Latin/digits, or next to CJK punctuation, is removed (in `running` text
    a gap of two or more printed after a dateline stays one space, before its bracket or the date
    opening its text); other runs fold to one. Between two ideographs a gap of two or more stays as
    wide as printed (a letter-spaced name, `王  五摄`; two phrases, `某某某某  某某某某`; a signature,
    `河北涞源县  石岚`), and a single space stays too (deliberate in headlines and slogans), but in
    `running` text (a paragraph), where it is a scan's slip unless it parts phrases inside quotes or
    brackets (`_phrases`). In `running` text a gap printed after a sentence's end before a photo's
    credit closing the text (`…。  王五摄`: a caption's last line) stays as wide as printed too.
    """
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return text  # (most paragraphs: no copy made)
    text = text.replace("\u3000", " ").replace("\t", " ")
    if " " not in text:
        return text
    # each run of spaces decided as `_space` decides it, and in `running` text an OCR slip (`_slip`)
    # goes and a wide gap before a bracket stays; read off the text cut at its runs rather than
    # through `_space` with a match object per run (a paragraph's time halves): keep the two in step
    text = text.strip()
    parts = _SPACE_SPLIT.split(text)  # text, run, text, …: stripped, so a character stands either side
    at = len(parts[0])
    for k in range(1, len(parts), 2):
        run = parts[k]
        before, after = parts[k - 1][-1], parts[k + 1][0]
        if _IDEOGRAPH[before] and _IDEOGRAPH[after]:
            # (a wider gap is printed; a single space in running text is a slip, but between phrases)
            if len(run) > 1:
                parts[k] = run
            else:
                parts[k] = "" if running and not _phrases(text, at) else " "
        elif at == 1 and before in MARKERS:
            parts[k] = " "  # `■ 一线观察`: the marker's gap is printed
        elif running and len(run) > 1 and _IDEOGRAPH[before] and after in "（(":
            parts[k] = " "  # `本报北京1月1日电  （记者X）`: a gap printed before the bracket
        elif running and len(run) > 1 and before in "电讯" and after.isdigit():
            parts[k] = " "  # `新华社北京1月1日电  1月1日，…`: a dateline's gap before the text's date
        elif (
            running
            and len(run) > 1
            and before in _SENTENCE_CLOSE
            and _CLOSING_CREDIT.match(text, at + len(run))
        ):
            parts[k] = run  # `…。  王  五摄`: the gap before a credit closing a caption, as printed
        elif running and len(run) == 1 and _tight_mark(before, after):
            parts[k] = ""  # `50 %`, `GB / T`, `AI +`: a slip beside a mark set tight
        else:
            parts[k] = "" if _CJK[before] or _CJK[after] else " "
        at += len(run) + len(parts[k + 1])
    return "".join(parts)


def has_stray_space(text: str) -> bool:
    """Does running text hold a single space inside its words (`冰川 区`), one that parts no
    phrases quoted in it (`_slip`)? Where it does, the page's extraction slips spaces in, and a
    single space in a title is no longer evidence of a gap (`clean_title`)."""
    return " " in text and any(_slip(run) for run in _SPACE_RUNS.finditer(text.strip()))


# what a title's phrase runs to: a space, punctuation, brackets, quotes, a middle dot
_PHRASE_END = frozenset(" " + TERMINAL + CONTINUING + "，。、" + OPENERS + CLOSERS + "·—")


_QUOTES = "“”‘’《》「」『』"
# a single space outside a quote (after its close, before its open) parts the quoted words from the
# title's next ones as printed: of 54 such spaces in the titles of the seven sets' pages all were the
# title's own (22 of them on pages whose text slips spaces in), of 225 slipped into titles none was
_QUOTES_CLOSE = "”’》」』"
_QUOTES_OPEN = "“‘《「『"


def _phrase_lengths(text: str, at: int) -> tuple[int, int]:
    """The lengths of the phrases either side of the space at `at` (to the next space or mark; a
    quote mark next to the space opens or closes the phrase: `“新春” 一线见闻`)."""
    left = at - 1 if text[at - 1] in _QUOTES else at
    start = left
    while start > 0 and text[start - 1] not in _PHRASE_END:
        start -= 1
    right = at + 2 if text[at + 1] in _QUOTES else at + 1
    end = right
    while end < len(text) and text[end] not in _PHRASE_END:
        end += 1
    return left - start, end - right


def _title_space(run: re.Match[str], noisy: Callable[[], bool]) -> str:
    """`_space` in a title: a single space between ideographs (or a phrase's quote mark) parts two
    phrases, or it is a slip.
    A space a word runs across is a slip (`_word_across`). A phrase is never one character; on a
    `noisy` page only parallel phrases, of four or more characters and lengths within one
    (`村里游客多 村民腰包鼓`), keep their single space."""
    text, at = run.string, run.start()
    if run.end() - at > 1:
        return " "  # a gap printed (`冬储白菜  “菜篮子”有保障`), whatever stands beside it
    before, after = text[at - 1], text[at + 1]
    if (is_ideograph(before) or before in _QUOTES) and (is_ideograph(after) or after in _QUOTES):
        if before in _QUOTES_CLOSE or after in _QUOTES_OPEN:
            return " "  # set outside a quote (`晨练老人 “刷脸”…`, `（聚焦“三农” 田间笔记）`)
        left, right = _phrase_lengths(text, at)
        if min(left, right) < 2 or ((min(left, right) < 4 or abs(left - right) > 1) and noisy()):
            return ""
        # (asked last: the dictionary loads on its first question, which most titles never need)
        if is_ideograph(before) and is_ideograph(after) and _word_across(text[:at], text[at + 1 :]):
            return ""
        return " "
    return _space(run)


def _word_across(left: str, right: str) -> bool:
    """Does a word of the language run across a single space in a title, `left` of it to `right` (`…
    公 交…`)? A title's phrases part between words; a space slipped in falls anywhere, inside a
    word as often as not. On the truths of all sets but the blind ones, of the single spaces between
    two ideographs in the lines printing a title, the 43 a dictionary word runs across were slips
    (layouts 5, 6, 12, 14), none a title's own; 60 of the 92 others were its own."""
    return word_crosses(left, right)


def clean_title(text: str, noisy: Callable[[], bool] = bool) -> str:
    """`clean_spacing` for a title line (headline, kicker, subtitle).

    Two or more spaces part a two-part title (`村里游客多  村民腰包鼓`, `冬储白菜  “菜篮子”有保障`) and
    fold to one, next to a quote or digits too; a full-width space is a gap of two. A single space
    between ideographs stays only where it parts two phrases (`_title_space`; `noisy()`: the page's
    running text has OCR slips, `has_stray_space`; asked only where the answer decides). A title
    letter-spaced, every letter apart (`新  的  路`), reads as its words (`letter_spaced`)."""
    text = text.replace("\u3000", "  ").replace("\t", " ")
    if " " not in text:
        return text
    if letter_spaced(text):
        return _unspace_letters(text)
    if _MARKED_SPACE.search(text):
        text = _MARKED.sub(_unspace_marked, text)
    return _SPACE_RUNS.sub(lambda run: _title_space(run, noisy), text.strip())


# a name in quote or title marks, `《茶　馆》`, `“山  村”`, with a space in it
_MARKED = rx.compile(r"(?<=[《“「『])[^《》“”「」『』]+(?=[》”」』])")
_MARKED_SPACE = rx.compile(r"[《“「『][^《》“”「」『』]* [^《》“”「」『』]*[》”」』]")


def _unspace_marked(name: re.Match[str]) -> str:
    """A name in marks letter-spaced (`《茶  馆》`, a short name spread as a byline's is) read as its
    word; a space between two words of it (`《山河 岁月》`) is left to the title's rules."""
    text = name.group()
    return _unspace_letters(text) if letter_spaced(text) else text


def _unspace_letters(text: str) -> str:
    """A letter-spaced title read as its words: the narrowest gap is the spacing of its letters,
    and a wider one parts its two phrases (`村 里 游 客 多  村 民 腰 包 鼓`: `村里游客多 村民腰包鼓`)."""
    text = text.strip()
    narrow = min(map(len, _SPACE_RUNS.findall(text)))
    return _SPACE_RUNS.sub(lambda run: " " if len(run.group()) > narrow else "", text)


def letter_spaced(text: str) -> bool:
    """Is title `text` set letter-spaced, each of its letters (ideographs, digits) apart from the next
    (`新  的  路`, `前 7 月`)? A short title is spread out so over its line; a two-part title's phrases,
    and a phrase, are never one letter. On the truths of all sets but the blind ones, the kickers,
    headlines and subtitles printed so read as their words, spaces dropped, 7 times (layout5 1,
    layout14 6) and kept them never."""
    parts = text.split()
    return len(parts) >= 2 and all(len(p) == 1 and (is_ideograph(p) or p.isdigit()) for p in parts)


def spaced_out(line: str) -> bool:
    """Is the stripped line printed with one space after every character (`生 动 上 演 。`)?

    Justified or letter-spaced setting spreads a line's characters one by one; the spaces are no
    word gaps. A gap of two spaces anywhere (`本 报 记 者  岳  川`, two-part headlines) says the
    line sets words apart, and it is not taken for one."""
    gaps = len(line) // 2
    return gaps >= 3 and len(line) == 2 * gaps + 1 and line[1::2] == " " * gaps


def open_bracket(text: str) -> bool:
    """Does `text` leave its last bracket open (`…（记者 王五`)?"""
    return max(text.rfind("（"), text.rfind("(")) > max(text.rfind("）"), text.rfind(")"))


def join_lines(lines: list[str], running: bool = False) -> str:
    """Reflow cut lines (stripped, as `Line.text` holds them; none holding a line break) into one
    paragraph: no space at a line break, between Latin letters too (a column cuts a Latin word
    wherever the measure ends, as it cuts Chinese: `AB` / `C类`). A line spread out character
    by character (`spaced_out`) loses its spaces; `running` text loses single spaces between
    ideographs (`clean_spacing`)."""
    joined = "".join(lines)
    if " " in joined:  # (most paragraphs hold no space at all: no line of them is spread out)
        joined = "".join([line[::2] if " " in line and spaced_out(line) else line for line in lines])
    return clean_spacing(joined, running)


def subhead_text(lines: list[str]) -> str:
    """A subhead's lines as its paragraph (`join_lines`). A single space between two ideographs in
    it is an extraction slip or a title's letter-spacing (`核心 阅读`, `老茶园 里`) and goes,
    as in running text, but for phrases quoted (`_phrases`); an attribution led by a dash
    (`——编 者`) keeps its name's spacing as printed. Counted on the truths of the sets we may
    read (blind ones left out), a one-line subhead printed with such a space: dropped 41 times
    (l4 l5 l6 l14), kept 11, each a dash-led signature (l8); of dash-led ones 1 dropped."""
    return join_lines(lines, running=not lines[0].startswith(tuple(DASHES)))


def squeeze_letter_spacing(text: str) -> str:
    """`本 报 记 者 王五` → `本报记者 王五`: runs of single ideographs split by spaces are joined."""
    tokens = text.split()
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        if len(token) == 1 and is_ideograph(token):
            run.append(token)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(token)
    if run:
        out.append("".join(run))
    return " ".join(out)
