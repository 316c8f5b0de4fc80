"""A headline wrapped onto the line its column's tag closes, under a one-line kicker.

A column's tag closes a headline (`…（乡间小记）`). Where the line it closes holds a headline's worth
of words before it, the headline stands whole there and the lines over it are its kicker
(`titlewrap.tagged_whole`, `kickers.kicker_over_tagged`). Where it holds only a few words before
the tag, more than the three letters or fewer of a headline's last word (`titlewrap.tag_end`) but
less than a headline, the headline ran out of room on the line over it and wrapped onto the tag's
line: that line starts the headline, and a title line set over it, the block's first, is the
kicker. `tail_block` finds such a block of three title lines, however the units builder cut them
(three units of one line, or two lines and the tagged one), so that
`titlejoin.join_wrapped_titles` reads it as kicker + headline.

On the truths of all sets but the blind ones, three title lines set tight under a blank line (or the
page's top) whose last line a column's tag closes with 4 to 6 letters before the tag were a one-line
kicker over a headline wrapped onto the tag's line 12 times (eleven stories, seven programs: layouts
4, 5, 6, 8, 9, 10, 12; 3 of them read as a kicker of two lines over the tag's line before) and one
headline over all three lines once (layout14); never a kicker wrapped over two lines over a headline,
as they are 44 times where 7 letters or more stand before the tag.
"""

from __future__ import annotations

from reader.page.blocks import COLUMN_TAG, Line, Unit, headingish, is_balanced, landmark_kind
from reader.page.textclean import letters
from reader.page.titlewrap import TAG_END, TAGGED_WHOLE

_DASH = "—－-"


def tail_block(units: list[Unit], j: int) -> int:
    """Where a block of three title lines set tight under a blank line (or the page's top) starts,
    that ends with `units[j]`, one line its column's tag closes, and is a one-line kicker over a
    headline wrapped onto that line: at `j - 2` (three units of one line) or `j - 1` (a unit of two
    lines over the tagged one); -1 where there is none."""
    if len(units[j].lines) != 1 or j < 1:
        return -1
    if len(units[j - 1].lines) == 2:
        k = j - 1
    elif j >= 2 and len(units[j - 1].lines) == 1 and len(units[j - 2].lines) == 1:
        k = j - 2
    else:
        return -1
    if not (units[k].lines[0].blank or k == 0):
        return -1
    block = [line for unit in units[k : j + 1] for line in unit.lines]
    if any(unit.byline is not None for unit in units[k : j + 1]) or not _tail(*block):
        return -1
    if j + 1 < len(units) and _title_under(units[j + 1]):
        return -1  # (a fourth title line: a block this count did not read)
    return k


def _tail(a: Line, b: Line, c: Line) -> bool:
    """Are title lines `a`, `b` and `c`, one under the other, a kicker over a headline that wrapped
    from `b` onto `c`, closed by its column's tag with a few words before it?"""
    if b.blank or c.blank or any(line.indent or line.end for line in (a, b, c)):
        return False
    tag = COLUMN_TAG.search(c.text)
    if tag is None or any(ch.isdigit() for ch in tag.group()):
        return False
    if not TAG_END < letters(c.text[: tag.start()]) < TAGGED_WHOLE:
        return False
    kicker, head = a.text.rstrip(_DASH), b.text + c.text
    if not kicker or any(ch in _DASH for ch in kicker + b.text + c.text[: tag.start()]):
        return False  # (a dash inside says where a subtitle starts)
    if COLUMN_TAG.search(a.text) or COLUMN_TAG.search(b.text):
        return False
    if not (headingish(kicker) and is_balanced(kicker) and headingish(head) and is_balanced(head)):
        return False
    return all(landmark_kind(line.text) is None for line in (a, b, c))


def _title_under(unit: Unit) -> bool:
    """Is `unit` one more title line set tight under the block?"""
    first = unit.lines[0]
    return (
        len(unit.lines) == 1
        and not first.blank
        and unit.byline is None
        and headingish(first.text)
        and landmark_kind(first.text) is None
    )
