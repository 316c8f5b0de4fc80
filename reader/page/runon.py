"""Title lines run on under a text where no blank line parts stories.

On a page printed with no blank line between its stories, the title of a story headed over its text
is printed straight under the story above: under its last sentence, or under a photo's caption closed
by its credit. A dateline (`本报X电`) or a reporter's byline (`■ 本报记者 X`) under that title opens the
story, so the title lines over it (one, or a kicker over its headline) head the story rather than end
the text above (`titles_over_heading`); `reader.page.units` cuts them off into units of their own, and
a caption the text above ends with too (`titles_apart`, `set_apart`).
"""

from __future__ import annotations

from reader.page.blankless import tag_alone
from reader.page.blocks import (
    Line,
    Unit,
    column_tag,
    credit_goes_on,
    credit_line,
    headingish,
    is_bare_names,
    line_byline,
)
from reader.page.byline import reporters
from reader.page.credits import ends_on_credit, split_credit
from reader.page.furniture import names_editors
from reader.page.textclean import is_ideograph


def titles_apart(lines: list[Line], n: int, col: int) -> list[Unit]:
    """`lines` as units, their last `n` a title run on over a heading (`titles_over_heading`): a unit
    a line, as a title group's; the lines over them one unit (`set_apart`)."""
    over = set_apart(lines[:-n], col) if len(lines) > n else []
    return [*over, *(Unit([title], column=col) for title in lines[-n:])]


def set_apart(lines: list[Line], col: int) -> list[Unit]:
    """The unit of `lines` over a title split off them (`title_over_heading`); two where its last line
    is a photo's caption closed by its credit, set wider than the column right under a finished
    sentence: the caption a unit of its own, not the end of the text over it."""
    last = lines[-1]
    if len(lines) >= 2 and lines[-2].end and last.width > col + 4 and _closed_by_credit(last.text):
        return [Unit(lines[:-1], column=col), Unit([last], column=col)]
    return [Unit(lines, column=col)]


def _closed_by_credit(text: str) -> bool:
    """Does the line end on a photo's credit, named (`…王五摄`) or marked (`… ■ 本报记者 X`)?"""
    return ends_on_credit(text) or split_credit(text)[1] is not None


def names_heading(block: list[Line], j: int, current: list[Line], below: list[Line] | None, col: int) -> bool:
    """Do the names alone on line `j` of `block`, under the lines `current` of the unit being built,
    head a story as a reporter's byline does? They do under a title closed by its column's tag (no
    text line ends so), and closing their block right under a title line run on under a finished
    text, apart from the text of the block `below` (opening indented or as wide as its column): a
    signature sits right under the text it signs; names under a title line there go with that
    title, or open the story whose headline is printed after it."""
    if current and column_tag(current[-1].text):
        return True
    if j + 1 != len(block) or j < 2 or below is None or not is_bare_names(block[j].text):
        return False
    opening = below[0]
    return (opening.indent or opening.width >= col - 1) and title_over_heading(block[j - 1], block[j - 2])


def role_byline(text: str) -> bool:
    """Does the line name a reporter by role (`■ 本报记者 X`)?"""
    byline = line_byline(text)
    return byline is not None and reporters(byline)


def titles_over_heading(lines: list[Line]) -> int:
    """How many of the last lines of `lines`, set right over a dateline or a reporter's byline, are a
    title stack run on under a finished sentence (or a caption's credit): the last line alone
    (`title_over_heading`), or it and the line over it (a kicker over its headline, a headline over
    its subtitle), each a title's line; 0 where none is. Two lines, over the one line alone, on the
    valid pages of all sets: blankless 9 more stories and 25 more headlines (1 fewer), column breaks
    only 8 and 26 (1 fewer); with their blank lines 1 headline more (blind layout15). The last line
    of a whole unit of three (a kicker over a headline) may be the headline's last word wrapped alone
    (`_wrap_tail`) or its column's tag alone (`（某某观察）`), which `titlejoin` joins back to the line
    over it; under one line alone such a line ends a caption (`…小` / `麦`, `（某某社发）`). A whole
    unit of four is two headings run together on a page with no blank line between its items (the
    headline printed after one story, under its kicker, and the next story's kicker and headline):
    4 more headlines right on the helper-written sets, none changed on the others."""
    if len(lines) in (2, 3, 4) and all(_title_line(x) and x.text[0] not in "（(—" for x in lines[:-1]):
        last = lines[-1]
        tail = len(lines) == 3 and (_wrap_tail(last) or tag_alone(last.text))
        if (_title_line(last) and last.text[0] not in "（(—") or tail:
            return len(lines)  # (the unit is a title stack: opened under a blank, a note or a byline)
    if len(lines) >= 2 and title_over_heading(lines[-1], lines[-2]):
        return 1
    if len(lines) >= 3 and _title_line(lines[-1]) and title_over_heading(lines[-2], lines[-3]):
        return 2
    return 0


def _wrap_tail(line: Line) -> bool:
    """A title's last word or two wrapped alone onto its line (`…公共文化` / `设施`); its column's
    tag alone is asked by `tag_alone`."""
    return len(line.text) < 3 and not line.indent and all(is_ideograph(ch) for ch in line.text)


def _title_line(line: Line) -> bool:
    """A line that may be a title's, whatever is over it (`title_over_heading`'s own tests)."""
    return (
        not line.end
        and not line.indent
        and len(line.text) >= 3
        and headingish(line.text)
        and line.text[-1] not in "，、：；,;:"
        and not (line.text[0] in "（(" and line.text[-1] in "）)")
        and not credit_line(line.text)
        and not ends_on_credit(line.text)
        and line_byline(line.text) is None
        and not names_editors(line.text)
    )


def title_over_heading(line: Line, above: Line) -> bool:
    """Is `line`, set right over a dateline or a reporter's byline and under a finished sentence (or
    a caption's credit), a title: one line with no sentence in it, no credit, note in brackets, name or
    editors' line? A dateline or a byline opens a story, and the line over it heads that story (see
    `build_units` on a dateline under its block's first line), not the end of the text or caption
    above it, which it was run onto where no blank line parts stories. On the valid pages of all
    sets, split so over a dateline: blankless, 10 more stories read as their own and 15 more
    headlines right; with blank lines at column breaks only, 8 and 18; with their blank lines, one
    headline more (layout7). Over a reporter's byline too (the caption over the title set apart,
    `set_apart`): blankless 17 more stories and 25 more headlines (1 story fewer, layout3), column
    breaks only 16 and 26 (1 story and 1 headline fewer, blind layout11); with their blank lines,
    nothing changes."""
    return (
        (above.end or _closed_by_credit(above.text))
        and not credit_goes_on(above.text, line.text)  # (`…本报记者 陶源` / `明`: a name's end wrapped)
        and _title_line(line)
    )
