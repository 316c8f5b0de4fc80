"""A story's headline printed inside its own text, between the two halves of a sentence.

A headline set across several columns over its story can come out of a PDF's text in the middle of
that story: the first column's text breaks off at the column's foot mid-sentence, the headline
follows, then the next column goes on with the sentence (`…推动产业提` / blank / `某地出台新规` / blank /
`质增效。`). No subhead stands there — a subhead parts two paragraphs, and a sentence broken
off at a column's end has not ended — so a title-shaped block between a full line that breaks off
mid-sentence and text that goes on without an indent is the story's headline, out of place.

A page extracted with few blank lines prints the title tight between the two halves, on a line of
its own that falls short of the full lines over and under it (`…综合运用` / `某地出台新规` / `推动…`).

`titles_inside` finds such blocks and such lines. The segmenter labels the page without them first
(the sentence then runs on over the column break as usual), finds where the story holding the
broken sentence opens, and, where that story has no headline of its own, labels the page again with
the title put back at its head (`put_back`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.page import rx
from reader.page.blocks import (
    BOX,
    CAPTION_START,
    Line,
    Unit,
    dateline_head,
    is_balanced,
    landmark_kind,
    titleish,
)
from reader.page.columns import block_columns
from reader.page.credits import ends_on_credit
from reader.page.grammar import State
from reader.page.lexicon import word_crosses
from reader.page.textclean import OPEN_ENDS, letters

_INDENT = 4  # the cells of a paragraph's kept indent (two full-width spaces)
_MOST_LINES = 3  # a headline wraps over three lines at most
_LETTERS = (4, 60)  # the fewest and most letters of such a headline
_ENDS_TEXT = "？！?!…：:—"  # a sentence's end in a run of text (a title ending so is let go)
_CLOSING_QUOTES = "”’」』"
_SENTENCE = rx.compile(r"[，。！？：]")
# what ends a line that is no text broken off mid-sentence: a note or column's tag, a dash or colon
# opening what follows
_CLOSES_LINE = "）)】—：:"
# where a line of text, never a title's, may break off
_TEXT_BREAKS = "，、；"
_SHORT = 4  # the cells (two letters) a title printed tight falls short of the text's full lines
# the fewest letters of a title printed tight in a text (a shorter line there is text's own more
# often: a lead's or subhead's words)
_TIGHT_LETTERS = 8
# what opens no title: marks that go on with a sentence or close what it opened
_GOES_ON = "，、；：,;:）)”’」』》"
_SPACED = rx.compile(r"\S \S")  # letters parted by one space: OCR's, a text line's
_HALF_MARKS = "，、。；：！？"  # the marks a justified line may set half wide
# a sentence's end and a gap on the line: a caption's credit or a byline goes on after it
_AFTER_SENTENCE = rx.compile(r"[。！？”][ \u3000]|■")


def _title_block(block: list[Line]) -> bool:
    """Lines that could only be a title: no sentence, no landmark (dateline, byline, caption…)."""
    if len(block) > _MOST_LINES or BOX.match(block[0].text) or block[0].text[0] == "【":
        return False
    text = "".join(line.text for line in block)
    return (
        _LETTERS[0] <= letters(text) <= _LETTERS[1]
        and text.rstrip(_CLOSING_QUOTES)[-1:] not in _ENDS_TEXT
        and text.count("，") <= 1
        and is_balanced(text)
        and all(titleish(line.text) and landmark_kind(line.text) is None for line in block)
    )


def _text_block(block: list[Line], ends: bool = False) -> bool:
    """A piece of body text, no caption: some line of it holds a comma, a colon or a stop, and it
    runs over two lines or more or leaves a quote open (one line of a title may hold a comma), or
    opens a paragraph (its indent kept: a column's break left it alone), or, where `ends`, it ends
    a sentence."""
    if CAPTION_START.match(block[0].text) or not any(_SENTENCE.search(line.text) for line in block):
        return False
    return len(block) > 1 or block[0].indent or not is_balanced(block[0].text) or (ends and block[0].end)


@dataclass(frozen=True, slots=True)
class Inside:
    """A title block printed inside a text: where it stands, and its lines as a heading (a title
    wrapped at the column's edge joined into one line). A title printed tight inside a block is line
    `line` of block `index`; one set apart by blank lines is the whole block (`line` is -1)."""

    index: int
    title: list[Line]
    line: int = -1


def titles_inside(blocks: list[list[Line]]) -> list[Inside]:
    """The titles printed between a sentence broken off at a column's full width and the unindented
    text that goes on with it: blocks set apart by blank lines, and single lines printed tight."""
    found: list[Inside] = []
    columns: list[int] | None = None
    for k in range(1, len(blocks) - 1):
        block, above, below = blocks[k], blocks[k - 1], blocks[k + 1]
        if above[-1].end or below[0].indent or not _title_block(block):
            continue
        if columns is None:
            columns = block_columns(blocks)  # (asked only where a title block stands under open text)
        if _text_block(above) and _breaks_text(block[-1], above, below, columns[k], columns[k - 1]):
            found.append(Inside(k, _unwrapped(block, columns[k])))
    apart = {found.index for found in found}
    for k, block in enumerate(blocks):
        if len(block) == 1 or k in apart:
            continue  # (a line alone in its block is a block's case, above)
        # (the block's first line, a blank over it: the text it breaks ran on in the block above;
        # a block's last line, a blank under it, is a paragraph's, finished or not)
        for j in range(0 if k else 1, len(block) - 1):
            line, under = block[j], block[j + 1]
            if line.end or line.indent or under.indent or (j and line.width > under.width - _SHORT):
                continue  # (most lines: a text's own, as full as the line under them)
            over = block[j - 1] if j else blocks[k - 1][-1]
            if over.end or not _stands_out(over, line, under, inner=j > 0) or not _title_block([line]):
                continue
            above = block[:j] if j else blocks[k - 1]
            if columns is None:
                columns = block_columns(blocks)
            column = columns[k]
            if (
                _continues(above, column)
                and _breaks_text(line, above, block[j + 1 :], column, column)
                and _reads_apart(over, line, under)
            ):
                found.append(Inside(k, [line], j))
    return found


def _breaks_text(tail: Line, above: list[Line], below: list[Line], column: int, column_above: int) -> bool:
    """Does a title ending on the line `tail` stand between the halves of a sentence: the text above
    it (text: the caller asks) broken off on a full line, the text below going on with it? (A
    title's last line stops short of the column or runs over it; text runs on full.)"""
    last, first = above[-1], below[0]
    return (
        not column - 1 <= tail.width <= column + 1
        and last.width + (_INDENT if last.indent else 0) >= column_above - 1
        and last.text[-1] not in _CLOSES_LINE
        and not ends_on_credit(last.text)
        and not _AFTER_SENTENCE.search(last.text)
        and first.width >= 4
        and _text_block(below, ends=True)
        and dateline_head(first.text) is None
        and landmark_kind(first.text) is None
    )


def _stands_out(over: Line, line: Line, under: Line, inner: bool) -> bool:
    """Does a line printed tight in a text stand out of the sentence it breaks, as far as its shape
    tells? It holds eight letters or more; it falls short of the full lines over and under it
    (`inner`) however the marks are set, or, opening its block, short of the line over the blank or
    that far over it; it opens on no mark that goes on with a sentence, ends on no word that leads
    into one (`和`, `的`), lists nothing (`、`: a lead's or a list's line); and no OCR space parts
    its letters (a text's line, those)."""
    width = line.width
    # (the cells first: most lines of a text are as full as those around them)
    if inner:
        if over.width - width < _SHORT or under.width - width < _SHORT:
            return False
    elif abs(over.width - width) < _SHORT:
        return False
    text = line.text
    if (
        letters(text) < _TIGHT_LETTERS
        or text[0] in _GOES_ON
        or text[-1] in OPEN_ENDS
        or "、" in text
        or _SPACED.search(text)
    ):
        return False
    if inner:
        return _shorter(line, over) and _shorter(line, under)
    narrow = width - _quotes(line.text)
    return abs(over.width - _quotes(over.text) - narrow) >= _SHORT


def _shorter(line: Line, other: Line) -> bool:
    """Does `line` fall short of the full line `other` by two letters, also with curly quotes counted
    narrow, and at all with the marks between words set half wide, as some typesetting programs set
    them (a justified text's line holding more marks holds more letters)?"""
    return (
        other.width - line.width >= _SHORT
        and other.width - _quotes(other.text) - line.width + _quotes(line.text) >= _SHORT
        and other.width - _marks(other.text) - line.width + _marks(line.text) > 0
        # (… and with figures and Latin letters counted as wide as ideographs, as a program counting
        # characters sets them: a text's line holding figures is narrower in cells)
        and other.width + _narrow(other.text) - line.width - _narrow(line.text) > 0
    )


def _narrow(text: str) -> int:
    """How many figures and Latin letters `text` holds."""
    return sum(ch.isascii() and ch.isalnum() for ch in text)


def _marks(text: str) -> int:
    """How many marks set between words (`，`, `、`, `。`…) `text` holds."""
    return sum(map(text.count, _HALF_MARKS))


def _reads_apart(over: Line, line: Line, under: Line) -> bool:
    """Does no word of the dictionary run across the breaks on either side of the line (`…青年折粽`
    / `叶；…`)? (Asked last: it may load the dictionary.)"""
    return not word_crosses(over.text, line.text) and not word_crosses(line.text, under.text)


def _quotes(text: str) -> int:
    """How many curly quotes `text` holds."""
    return sum(map(text.count, "“”‘’"))


def _continues(above: list[Line], column: int) -> bool:
    """Is the line over a title printed tight a paragraph's own line, not a title's first line full
    to the column: its paragraph's indented first line, a line holding a stop or broken off after a
    comma (no title's line is), or a line of text under another full open one?"""
    last = above[-1]
    if last.indent or last.text[-1] in _TEXT_BREAKS or "。" in last.text:
        return True
    if len(above) < 2 or not _text_block(above):
        return False
    over = above[-2]
    return not over.end and over.width + (_INDENT if over.indent else 0) >= column - 1


def _unwrapped(block: list[Line], column: int) -> list[Line]:
    """The block as one line where every line but its last fills the column (a title wrapped at
    the column's edge, as the text around it is), else as it stands (a kicker set wider, over its
    headline)."""
    if len(block) == 1 or not all(column - 1 <= line.width <= column + 1 for line in block[:-1]):
        return block
    return [
        replace(block[0], text="".join(line.text for line in block), width=sum(line.width for line in block))
    ]


def without(blocks: list[list[Line]], inside: list[Inside]) -> list[list[Line]]:
    """The page's blocks with the titles printed inside a text left out."""
    skip = {found.index for found in inside if found.line < 0}
    lines = {(found.index, found.line) for found in inside if found.line >= 0}
    return [
        [line for j, line in enumerate(block) if (k, j) not in lines] if lines else block
        for k, block in enumerate(blocks)
        if k not in skip
    ]


def put_back(
    blocks: list[list[Line]],
    inside: list[Inside],
    units: list[Unit],
    states: list[State],
    items: list[list[int]],
) -> list[list[Line]]:
    """The page's blocks with each title printed inside a text moved to the head of the story that
    holds the sentence it broke (over its dateline, if it has one), where that story has no headline
    of its own (a caption read as its headline is none) and was not jumped from another page
    (`units`, `states` and `items`: the page labelled without the titles). A story holds one
    headline: where the labelling gave the story the heading that opens it, right under a story it
    read with none (and not jumped either), that heading is the story above's, printed after its
    text, and the title goes under it, over the story's own text. The other titles stay where they
    stand."""
    placed = blocks
    for found in inside:
        block = blocks[found.index]
        goes_on = blocks[found.index + 1][0] if found.line < 0 else block[found.line + 1]
        # (the very line, not an equal one: a page may print a line twice)
        item = next(
            (item for item in items if any(goes_on is line for i in item for line in units[i].lines)), None
        )
        if item is None or units[item[0]].lines[0].text.startswith(_JUMPED):
            continue  # (a story jumped from another page prints no headline here)
        opens = item[0]
        if any(states[i].role == "headline" and _titled(units[i]) for i in item):
            # (a story holds one headline: the heading the labelling gave it, opening it right under
            # the text of a story read with none, is that story's, printed after it; a story jumped
            # from another page printed its headline there)
            k = items.index(item)
            if (
                not k
                or states[opens].role not in _HEADINGS
                or not _untitled_text(items[k - 1], states)
                or units[items[k - 1][0]].lines[0].text.startswith(_JUMPED)
            ):
                continue
            opens = next((i for i in item if states[i].role not in _HEADINGS), None)
            if opens is None:
                continue
        # (over the dateline that opens its text, where one does: what the labelling put before
        # it, a signature or a photo, may be another item's)
        dated = next((i for i in item if dateline_head(units[i].lines[0].text)), opens)
        moved = found.title[0] if found.line >= 0 else block
        placed = moved_title(placed, moved, found.title, units[dated].lines[0])
    return placed


_HEADINGS = frozenset({"kicker", "headline", "subtitle"})
# the line a story jumped from another page opens with: `（上接第一版）`
_JUMPED = ("（上接", "(上接", "（接第", "(接第")
# what no title holds: a sentence's end, or a photo's credit closing a caption
_NO_TITLE = frozenset({"inner_stop", "ends_stop", "credit_end"})


def _untitled_text(item: list[int], states: list[State]) -> bool:
    """Was the item read as a story's text with no headline (a photo standing alone needs none)?"""
    roles = {states[i].role for i in item}
    return "body" in roles and "headline" not in roles


def _titled(unit: Unit) -> bool:
    """Could the unit the labelling read as a story's headline be one (no caption read so where
    the story has no title of its own)?"""
    return not unit.features.keys() & _NO_TITLE


def moved_title(
    blocks: list[list[Line]], moved: list[Line] | Line, title: list[Line], head: Line
) -> list[list[Line]]:
    """`blocks` with `moved` (a block, or a line printed tight inside one) taken from where it
    stands and `title` set right before the line `head`: a block of its own, cutting the block that
    holds `head` there if it opens further up, or, for a line printed tight with no blank over it,
    tight over `head` (a page with few blank lines prints its titles so; cut apart, its blocks would
    read as set apart)."""
    tight = isinstance(moved, Line)
    out: list[list[Line]] = []
    for block in blocks:
        if block is moved:
            continue
        if tight and any(line is moved for line in block):
            block = [line for line in block if line is not moved]
        at = next((j for j, line in enumerate(block) if line is head), -1)
        if at < 0:
            out.append(block)
            continue
        if tight and not moved.blank:
            # (the title takes the head's place at the block's top, if it stood there)
            over = replace(title[0], blank=head.blank)
            out.append([*block[:at], over, replace(head, blank=False), *block[at + 1 :]])
            continue
        if at:
            out.append(block[:at])
        out.append(title)
        out.append(block[at:])
    return out
