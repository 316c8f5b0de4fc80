"""A title broken inside a word: the text around the stack prints the word whole.

A headline too long for its line breaks where the line is full, inside a word as often as not; a
kicker over its headline, or a headline over its subtitle, are lines of their own that end on their
own words. So where two tight title lines part letters that the story under (or over) them prints
together, the two lines are one title (`reader.page.titlejoin` joins them).

A line of text that a ragged column wrapped early to keep a word whole looks short as a title does:
`wrapped_early` tells it from a title line over the text.
"""

from __future__ import annotations

from reader.page.blocks import (
    MARKERS,
    TWO_PART,
    Line,
    Unit,
    headingish,
    is_balanced,
    is_bare_names,
    landmark_kind,
    titleish,
)
from reader.page.glued import closes_text
from reader.page.lexicon import first_word, may_pair, word_crosses
from reader.page.names import surnamed
from reader.page.textclean import CLOSERS, OPENERS, cell_width, is_ideograph

# lines of text under (or over) a title stack searched for the word its break parts
WORD_LOOK = 60
# marks of a pause inside a sentence: two tight lines holding one are a short paragraph's, not a title's
PAUSES = "，、；：,;:"
_NO_PAUSES = str.maketrans("", "", PAUSES)
_CLOSING_QUOTES = "”’」』"
_BOUND_AFTER = "等的之及与和"  # (a title line never opens on these: they bind to the line above)


def one_title(unit: Unit) -> bool:
    """Is `unit` one line that ends no sentence (a title line, by its shape)?"""
    return len(unit.lines) == 1 and not unit.lines[0].end


def stands_alone(units: list[Unit], k: int) -> bool:
    """Are `units[k]` and `units[k + 1]` two lines of one line each set tight, a title stack of their
    own: a blank or a title line over them, a blank or a title line under them?"""
    upper, lower = units[k], units[k + 1]
    if len(upper.lines) != 1 or len(lower.lines) != 1 or lower.lines[0].blank:
        return False
    if not upper.lines[0].blank and not (k and one_title(units[k - 1])):
        return False
    return k + 2 >= len(units) or units[k + 2].lines[0].blank or one_title(units[k + 2])


def word_across(a: Line, b: Line, units: list[Unit], start: int) -> bool:
    """Do title lines `a` and `b`, set tight, part a word the text under them prints whole
    (`某省出台居家养老` / `服务补贴实施细则`: the story says `居家养老服务`)? A title wraps where its
    line is full, between two words or inside one; a kicker and its headline are two lines of their
    own, and the letters on either side of the break make words of the story only by chance. Three
    letters (two on one side) are looked for, not two: two letters meet by chance in a long text.
    The text is looked for under the stack, then over it (a heading printed after its story). On
    the valid pages of six layout programs this joins 53 wrapped titles, 2 kickers over their
    headline or headlines over their subtitle (by chance: `…主持` / `会议…`), and 9 pairs of lines
    of text set apart (which read on as one line either way)."""
    x, y = a.text[-1], b.text[0]
    if b.blank or a.indent or a.end or b.end or not x.isalnum() or not y.isalnum():
        return False
    if not title_pair(a.text, b.text):
        return False
    below = _lines_after(units, start)
    if _prints(a.text, b.text, below):
        return True
    # a heading printed after its story: the text above it, unless the upper line fills its column
    # as the text's lines do (a stretch of text between two column breaks)
    if a.width >= units[start - 2].column - 1:
        return False
    return _prints(a.text, b.text, _lines_before(units, start - 2))


def opens_stack(units: list[Unit], k: int) -> bool:
    """Does `units[k]`, one line over the one line of `units[k + 1]` set right under it, open a title
    stack: the page's top, a blank line, a title line or a finished text over it (`_closed`; a page
    extracted with no blank lines sets the next story's heading right under the last one's text)?"""
    upper, lower = units[k], units[k + 1]
    if len(upper.lines) != 1 or len(lower.lines) != 1 or lower.lines[0].blank:
        return False
    return k == 0 or upper.lines[0].blank or one_title(units[k - 1]) or _closed(units[k - 1])


def _closed(unit: Unit) -> bool:
    """Does the unit close a text: a sentence's end, a note in brackets after it, even one broken over
    lines (`（本报记者某某、` / `某某参与采写）`), a photo's credit (`glued.closes_text`)?"""
    return closes_text(unit.lines, len(unit.lines) - 1)


def pair_across(a: Line, b: Line, units: list[Unit], start: int) -> bool:
    """Do title lines `a` and `b`, set tight, part a word of two letters the text around them prints
    whole (`某县推进农田水利改` / `造工程`: the story says `改造`)? A headline too long for its line
    breaks where the line is full, inside a word as often as not, and its second line is no wider
    than its first; a kicker and its headline, a headline and its subtitle, are lines of their own
    that end on their own words. Lines of text fill their column too: an upper line as wide as the
    column is a title's only over a line broken off short with the heading's end under it (a
    byline, a dateline), and where the text prints three letters across the break. On the pages of
    ten sets (tune and valid), this finds 19 tight pairs of title lines opening a stack, all one
    title printed over two lines (12 headlines, 6 kickers, 1 subtitle; layouts 5–9), and no kicker
    over its headline, headline over its subtitle or line of text."""
    col = units[start - 2].column
    full = a.width >= col - 2  # (or wider: the text measured may be a narrower column's)
    if b.width > a.width or (full and (b.width > col - 4 or not _heading_ends(units, start))):
        return False
    x, y = a.text[-1], b.text[0]
    # (a quote closed at the line's end, `…“某某码”` / `等新规定`, the line under it opening on a
    # word that binds to what goes before (`等`, `的`): three characters looked for, the mark with a
    # letter on either side. A quoted name over a line opening on its verb, `…推出“某某码”` /
    # `上线首月…`, is a kicker over its headline however the story words it)
    quoted = x in _CLOSING_QUOTES and len(a.text) > 1 and is_ideograph(a.text[-2]) and y in _BOUND_AFTER
    if a.indent or a.end or b.end or not (is_ideograph(x) or quoted) or not is_ideograph(y):
        return False
    if not title_pair(a.text, b.text):
        return False
    text = _lines_before(units, start - 2)[-WORD_LOOK:] + _lines_after(units, start)[:WORD_LOOK]
    if full or quoted:  # (three letters, as `word_across` asks, next to a line as wide as the text's)
        return _prints(a.text, b.text, text)
    return x + y in "".join(text).replace(" ", "")


def dict_across(a: Line, b: Line, units: list[Unit], start: int) -> bool:
    """Do title lines `a` and `b`, set tight, part a word of the language (`某市启动老旧小区改` /
    `造提升工程`: the dictionary cuts `改造` across the break)? A headline wraps where its line is
    full, inside a word as often as not; a kicker and its headline, a headline and its subtitle, are
    lines of their own that end on their own words. The letters next to the break are cut into words
    (jieba's dictionary) and one crossing the break says the lines are one title: where the story
    around does not print the word (`word_across`), a name or a word the story words otherwise. A
    line as wide as the column over another is text's, or a subhead's set in the text's column,
    unless a heading ends under the pair or title lines are set tight on it (as `pair_across`), the
    pair is a heading printed tight under its story's finished text (`_glued_under_text`), or it
    stands between blank lines, its short second line finishing no sentence (no text's). On
    the pages of ten sets (tune and valid), of the tight pairs of lines of a title stack a word
    crosses the break in 276 of 861 titles wrapped over two lines (layouts 5–9) and in 3 of 2,392
    pairs of a kicker over its headline or a headline over its subtitle (layouts 3 and 4, a chance
    cut: `…主持` / `会议…`). A pause mark (`，`) in the lines, elsewhere a short paragraph's sign, is
    a headline's where a heading ends right under the pair (a byline, a dateline): of the tight
    pairs of title lines holding one, a word crosses the break in 99 wrapped titles (layouts 5–9)
    and 1 stack."""
    col = units[start - 2].column
    if a.width >= col - 2 and (
        b.width > col - 4
        or not (
            _heading_ends(units, start)
            or _in_stack(units, start)
            or _glued_under_text(units, start)
            or (a.blank and (start >= len(units) or units[start].lines[0].blank))
        )
    ):
        return False
    x, y = a.text[-1], b.text[0]
    if a.indent or a.end or b.end or not is_ideograph(x) or not is_ideograph(y):
        return False
    # (a pause mark in a headline, `…，…`: a short paragraph's sign unless a heading ends right under)
    if not title_pair(a.text, b.text, pauses=_heading_ends(units, start)):
        return False
    return word_crosses(a.text, b.text)


def phrases_apart(text: str) -> tuple[int, ...] | None:
    """The lengths of the phrases of a line set apart by wide gaps (`某某某某  某某某某`: (4, 4)), where
    it is two such phrases or more, all of ideographs; else None."""
    parts = TWO_PART.split(text)
    if len(parts) < 2 or not all(part and all(map(is_ideograph, part)) for part in parts):
        return None
    return tuple(map(len, parts))


def _whole_parts(text: str) -> bool:
    """Is the line two phrases or more of one length set apart by gaps (`某某某某  某某某某`): a
    two-part title line whole, no title's first half broken off at its last phrase?"""
    shape = phrases_apart(text)
    return shape is not None and len(set(shape)) == 1


def _in_stack(units: list[Unit], k: int) -> bool:
    """Is the pair of one-line units right over `units[k]` set tight under a title line, or over a
    line that ends no sentence (a title's first line)?"""
    above, upper = units[k - 3] if k >= 3 else None, units[k - 2]
    if above is not None and not upper.lines[0].blank and one_title(above):
        return True
    return k < len(units) and not units[k].lines[0].blank and not units[k].lines[0].end


def _glued_under_text(units: list[Unit], k: int) -> bool:
    """Is the pair of one-line units right over `units[k]` set tight under a finished text, a blank
    line (or the page's end) under it: a heading printed after its story's text, the blank line over
    it lost (`reader.page.glued`)? A paragraph's last line closes its sentence, or a note in brackets
    after it (`_closed`)."""
    if k < 3 or not _closed(units[k - 3]) or units[k - 2].lines[0].blank:
        return False
    return k >= len(units) or units[k].lines[0].blank


def title_pair(a: str, b: str, pauses: bool = False) -> bool:
    """Could lines `a` over `b` be one title broken over two lines by their wording: no pause mark
    in either (two lines of a short paragraph, a summary or a quote set apart) unless `pauses`, both
    title-like and balanced, neither a byline, dateline or credit, and `a` no line of whole parts
    (`_whole_parts`)?"""
    if _whole_parts(a):
        return False
    if pauses:
        a, b = a.translate(_NO_PAUSES), b.translate(_NO_PAUSES)
    both = a + b
    if any(mark in both for mark in PAUSES):
        return False
    if not (headingish(a) and titleish(b) and is_balanced(a) and is_balanced(b)):
        return False
    if landmark_kind(a) is not None:
        return False
    # (a title's end that reads as a name, `…明确深化某某专` / `项整治`, where it completes the word
    # the line above breaks off: no name signs a title by finishing its last word)
    kind = landmark_kind(b)
    if kind is None:
        return True
    # (a signature letter-spaced or of two letters is a name as printed: `…正当时` / `钟  华` cuts
    # `时钟` by chance under a title ending its phrase)
    spaced = " " in b or "\u3000" in b
    return (
        kind == "byline"
        and not spaced
        and len(b) >= 3
        and is_bare_names(b)
        and surnamed(b)
        and word_crosses(a, b)
    )


def _lines_after(units: list[Unit], start: int) -> list[str]:
    """The lines of the units from `units[start]` on, about `WORD_LOOK` of them."""
    lines: list[str] = []
    for unit in units[start:]:
        lines += [line.text for line in unit.lines]
        if len(lines) >= WORD_LOOK:
            break
    return lines


def _lines_before(units: list[Unit], end: int) -> list[str]:
    """The lines of the units before `units[end]`, about `WORD_LOOK` of them, in page order."""
    lines: list[str] = []
    for unit in reversed(units[:end]):
        lines[:0] = [line.text for line in unit.lines]
        if len(lines) >= WORD_LOOK:
            break
    return lines


def _heading_ends(units: list[Unit], k: int) -> bool:
    """Does a story's heading end right over `units[k]`: a byline, dateline, subtitle or credit under
    it (or the page's end)? (A blank line alone does not say so: a subhead in a text stands between
    blank lines too.)"""
    return k >= len(units) or landmark_kind(units[k].first) is not None


def _prints(a: str, b: str, lines: list[str]) -> bool:
    """Do `lines` print the letters on either side of the break between title lines `a` and `b`,
    three of them (two on one side)?"""
    text = "".join(lines).replace(" ", "")  # (joined: the text may break the word at a line's end)
    return a[-2:] + b[0] in text or a[-1] + b[:2] in text


def wrapped_early(upper: str, lower: str, short: int, fit: bool = False) -> bool:
    """Is line `upper`, `short` cells short of its column, text that a ragged column wrapped early to
    keep a word whole, going on in `lower`? Where it is short by less than six characters and its
    last letter and `lower`'s first are ones some word of the dictionary holds side by side (asked of
    the table of pairs, `lexicon.may_pair`: a title's end and a text's start seldom are); and, where
    asked to `fit`, where a word runs across the break or `lower`'s first word (with an opening mark
    before it and the marks no line opens on after it) would not have fit in the room left. (Not
    asked under a finished sentence: there a paragraph's first line, its indent dropped, is short by
    it.) No word runs on into a line opening with a mark (`■ 本报记者 X`)."""
    if not (short < _WELL_SHORT and lower[0] not in MARKERS and may_pair(upper[-1], lower[0])):
        return False
    if not fit or word_crosses(upper, lower):
        return True
    k = len(lower) - len(lower.lstrip(OPENERS))  # (an opening mark goes with the word after it)
    k += len(first_word(lower[k:]))
    while k < len(lower) and lower[k] in _NO_OPENING:
        k += 1
    return cell_width(lower[:k]) > short


_NO_OPENING = CLOSERS + "，。、；：？！…—"  # marks no line opens on: they go with the word before them
_WELL_SHORT = 12  # cells: short by six characters or more, no text line's early wrap


def wrapped_at_pause(a: Line, b: Line, col: int) -> bool:
    """Is `a` / `b`, a unit of two lines set apart by blank lines, a heading the column's edge broke
    right after a pause (`X：某项补贴开始申领，` / `惠及千万家庭`), as `column_wrap` reads one broken
    inside a word? Text breaks after a pause too, but a paragraph's short last line finishes its
    sentence, and a column break leaves a full line: a short line that finishes nothing, under a
    full one closed by a pause, is a heading's end."""
    if not a.blank or a.indent or a.text[-1] not in "，、" or not col - 1 <= a.width <= col:
        return False
    if b.end or b.width > col - 4 or not is_ideograph(b.text[-1]):
        return False
    upper = a.text[:-1]
    return (
        headingish(upper)
        and titleish(b.text)
        and is_balanced(upper + b.text)
        and landmark_kind(upper) is None
        and landmark_kind(b.text) is None
    )
