"""A story's headline printed inside its own text, between the two halves of a sentence.

A headline set across several columns over its story can come out of a PDF's text in the middle of
that story: the first column's text breaks off at the column's foot mid-sentence, the headline
follows, then the next column goes on with the sentence (`…推动产业提` / blank / `某地出台新规` / blank /
`质增效。`). No subhead stands there — a subhead parts two paragraphs, and a sentence broken
off at a column's end has not ended — so a title-shaped block between a full line that breaks off
mid-sentence and text that goes on without an indent is the story's headline, out of place.

`titles_inside` finds such blocks. The segmenter labels the page without them first (the sentence
then runs on over the column break as usual), finds where the story holding the broken sentence
opens, and, where that story has no headline of its own, labels the page again with the title
put back at its head (`put_back`).
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
from reader.page.textclean import letters

_INDENT = 4  # the cells of a paragraph's kept indent (two full-width spaces)
_MOST_LINES = 3  # a headline wraps over three lines at most
_LETTERS = (4, 60)  # the fewest and most letters of such a headline
_ENDS_TEXT = "？！?!…：:—"  # a sentence's end in a run of text (a title ending so is let go)
_CLOSING_QUOTES = "”’」』"
_SENTENCE = rx.compile(r"[，。！？]")
# what ends a line that is no text broken off mid-sentence: a note or column's tag, a dash or colon
# opening what follows
_CLOSES_LINE = "）)】—：:"
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
    """A piece of body text, no caption: some line of it holds a comma or a stop, and it runs over
    two lines or more or leaves a quote open (one line of a title may hold a comma), or, where
    `ends`, it ends a sentence."""
    if CAPTION_START.match(block[0].text) or not any(_SENTENCE.search(line.text) for line in block):
        return False
    return len(block) > 1 or not is_balanced(block[0].text) or (ends and block[0].end)


@dataclass(frozen=True, slots=True)
class Inside:
    """A title block printed inside a text: where it stands, and its lines as a heading (a title
    wrapped at the column's edge joined into one line)."""

    index: int
    title: list[Line]


def titles_inside(blocks: list[list[Line]]) -> list[Inside]:
    """The title blocks printed between a sentence broken off at a column's full width and the
    unindented text that goes on with it."""
    found: list[Inside] = []
    columns: list[int] | None = None
    for k in range(1, len(blocks) - 1):
        block, above, below = blocks[k], blocks[k - 1], blocks[k + 1]
        last, first = above[-1], below[0]
        if last.end or first.indent or not _title_block(block):
            continue
        if columns is None:
            columns = block_columns(blocks)  # (asked only where a title block stands under open text)
        # (a title's last line stops short of the column or runs over it; text's runs on full)
        tail = block[-1].width
        if (
            not columns[k] - 1 <= tail <= columns[k] + 1
            and last.width + (_INDENT if last.indent else 0) >= columns[k - 1] - 1
            and last.text[-1] not in _CLOSES_LINE
            and not ends_on_credit(last.text)
            and not _AFTER_SENTENCE.search(last.text)
            and first.width >= 4
            and _text_block(above)
            and _text_block(below, ends=True)
            and dateline_head(first.text) is None
            and landmark_kind(first.text) is None
        ):
            found.append(Inside(k, _unwrapped(block, columns[k])))
    return found


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
    skip = {found.index for found in inside}
    return [block for k, block in enumerate(blocks) if k not in skip]


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
    (`units`, `states` and `items`: the page labelled without the titles); the other titles stay
    where they stand."""
    placed = blocks
    for found in inside:
        goes_on = blocks[found.index + 1][0]
        # (the very line, not an equal one: a page may print a line twice)
        item = next(
            (item for item in items if any(goes_on is line for i in item for line in units[i].lines)), None
        )
        if item is None or units[item[0]].lines[0].text.startswith(_JUMPED):
            continue  # (a story jumped from another page prints no headline here)
        if not any(states[i].role == "headline" and _titled(units[i]) for i in item):
            # (over the dateline that opens its text, where one does: what the labelling put before
            # it, a signature or a photo, may be another item's)
            dated = next((i for i in item if dateline_head(units[i].lines[0].text)), item[0])
            placed = _moved(placed, blocks[found.index], found.title, units[dated].lines[0])
    return placed


# the line a story jumped from another page opens with: `（上接第一版）`
_JUMPED = ("（上接", "(上接")
# what no title holds: a sentence's end, or a photo's credit closing a caption
_NO_TITLE = frozenset({"inner_stop", "ends_stop", "credit_end"})


def _titled(unit: Unit) -> bool:
    """Could the unit the labelling read as a story's headline be one (no caption read so where
    the story has no title of its own)?"""
    return not unit.features.keys() & _NO_TITLE


def _moved(blocks: list[list[Line]], moved: list[Line], title: list[Line], head: Line) -> list[list[Line]]:
    """`blocks` with the block `moved` taken from where it stands and `title` set right before the
    line `head`, cutting the block that holds `head` there if it opens further up."""
    out: list[list[Line]] = []
    for block in blocks:
        if block is moved:
            continue
        at = next((j for j, line in enumerate(block) if line is head), -1)
        if at < 0:
            out.append(block)
            continue
        if at:
            out.append(block[:at])
        out.append(title)
        out.append(block[at:])
    return out
