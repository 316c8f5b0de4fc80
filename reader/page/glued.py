"""Titles that extraction ran onto the text above them, the blank line between lost.

A story's last sentence, then its headline printed after it or the next story's heading, then a
blank line and what opens a story (a byline, a dateline, a box): the lines between the sentence's
end and the blank are a heading, not the end of a paragraph — body text never breaks off short
after a finished sentence and then stops. `build_units` cuts such a heading off the text
(`glued_stack`); what closes a text here is a sentence's end, a note in brackets after it
(`。（王五）`, `（X参与采写）`) or a photo's credit line under its caption (`finished`).
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blankless import tag_alone
from reader.page.blocks import (
    COLUMN_TAG,
    ENDS_BRACKET,
    INNER_STOP,
    PLACE_AND_PERSON,
    TRAILER,
    Line,
    dateline_head,
    headingish,
    is_balanced,
    is_bare_names,
    landmark_kind,
    line_byline,
    opened_title,
    tag_broken,
    titleish,
)
from reader.page.credits import ends_on_credit
from reader.page.names import PLACE_RANKS
from reader.page.textclean import last_opener

# a box's own title on a line of its own (`核心阅读`, `■记者手记`)
BOX_TITLE = rx.compile(r"^[■●◆]?\s*(?:核心阅读|编者按|记者手记|记者观察|相关链接|链接|延伸阅读|编后)[：:]?$")
BOX_TITLE_LAST = "读按记察接后：:"  # the last characters it can end on: a cheap test first


def box_title(text: str) -> bool:
    """Is the line a box's heading alone (`核心阅读`, `编者按`: `BOX_TITLE`)? (Its last character is
    asked first: most lines end on none of `BOX_TITLE_LAST`.)"""
    return text[-1] in BOX_TITLE_LAST and BOX_TITLE.match(text) is not None


_MOST_KICKED = 4  # lines of a heading whose kicker closes with a dash: three of kicker, the headline


def glued_stack(
    block: list[Line], col: int, after: list[Line] | None, beyond: list[Line] | None = None
) -> int:
    """Where a heading run on under a finished text at the block's end opens, or -1: its last line
    (`_glued_title`; a headline wrapped inside its column's tag, `tag_broken`, counts as one) and
    up to two title lines over it (a kicker, a headline's first line; three where a kicker closes
    with its dash, a long one wrapped), right under a line that closes a text. A heading of two
    lines or more counts over what opens a story (a byline, a dateline, a box), and over another
    title only where that title heads a story (`_heads_story`: its own block, `after`, goes on
    into text, or the block `beyond` it opens a story): two lines closing a text over a title with
    more titles under it may be the text's last paragraph, over its story's headline printed after
    the text. (The longer headings set 5 headlines and 3 kickers right on 5 pages of layout7's
    validation and tuning pages, and changed no other page of the non-blind sets.)"""
    n = len(block)
    if n < 2 or (col - 1 <= block[-1].width <= col + 1 and not _tag_closed(block[-1].text)):
        return -1  # (most blocks end on a full line: the cheap test first)
    last, tail = block[-1], 1  # the title line, and the lines of the block it takes
    if n > 2 and (
        tag_broken(block[-2].text, last.text)
        or _quote_broken(block[-2], last, col)
        or (tag_alone(last.text) and not block[-2].end)
    ):
        # a headline wrapped inside its column's tag (`…如何治（法治聚` / `焦）`), before it (the tag
        # alone on its line: `（今日谈）`) or inside a title it quotes (`…印发《某某` / `规划》`): one
        # title line
        last, tail = Line(block[-2].text + last.text, block[-2].width + last.width), 2
    k = n - 1  # the heading's first line: under the nearest line above that closes a text
    # (a kicker closed by its dash may run over more lines: a long one wraps, over its headline)
    most = (_MOST_KICKED if any(line.text.endswith("——") for line in block[-4:-1]) else 3) + tail - 1
    while not closes_text(block, k - 1):
        k -= 1
        if k < 1 or n - k > most:
            return -1
    if not _glued_title(last, col, after, alone=k == n - tail, beyond=beyond) or not all(
        _stack_line(line) for line in block[k : n - tail]
    ):
        return -1
    if (
        k < n - 1
        and after is not None
        and landmark_kind(after[0].text) is None
        and not BOX_TITLE.match(after[0].text)
        and not _heads_story(after, beyond)
    ):
        return -1
    return k


def glued_inside(block: list[Line], col: int) -> list[tuple[int, int]]:
    """The headings run on between two texts inside a block, as (first line, line after): a title
    closed by its column's tag, short of the column, right under a finished text (`glued_stack`,
    asked of the block down to it) and over the next text's lines. A block with no blank line
    between two stories prints the heading of the one whose headline follows its text so."""
    found = []
    for j in range(1, len(block) - 1):
        line = block[j]
        if line.text[-1] in "）)" and line.width < col - 1 and _tag_closed(line.text):
            k = glued_stack(block[: j + 1], col, block[j + 1 :])
            if k > 0:
                found.append((k, j + 1))
    return found


def _tag_closed(text: str) -> bool:
    """Does a column's tag close the line (`…守好底线（某某谈）`)? A title so closed may fill its column."""
    return text[-1] in "）)" and COLUMN_TAG.search(text) is not None


def _quote_broken(upper: Line, lower: Line, col: int) -> bool:
    """Is `upper`, as wide as its column, a title line broken inside a title or quote it opens
    that `lower`, right under it, closes (`国务院印发《某某` / `规划》`: `opened_title`)? Text breaks so
    too; `glued_stack` asks it only of the two lines closing a block, right under a line that closes a
    text. (A break inside brackets is a column's tag, `tag_broken`, or no title's: a weather box's hours.)"""
    text = upper.text
    return (
        col - 1 <= upper.width <= col + 1
        and not upper.indent
        and text.count("（") + text.count("(") == text.count("）") + text.count(")")
        and opened_title(upper, lower)
    )


def _heads_story(after: list[Line], beyond: list[Line] | None) -> bool:
    """Does the title opening `after` head a story: its block goes on past its title lines into text
    or a story's opening (a byline, a dateline, a box), or, all titles, the block `beyond` it opens
    with one? On all sets but the blind ones, taking such headings as titles set 7 stories' kicker
    and headline right (on 7 pages of layout7) and set no story wrong; taking them over a title
    with only titles under it too set one story wrong (layout2: the text's last paragraph)."""
    for line in after[1:]:
        if landmark_kind(line.text) is not None or BOX_TITLE.match(line.text) or not titleish(line.text):
            return True
    if beyond is None:
        return False
    head = beyond[0].text
    return landmark_kind(head) is not None or BOX_TITLE.match(head) is not None or not titleish(head)


def finished(line: Line) -> bool:
    """Does the line close a text: a sentence's end, a note in brackets after it, a photo's credit?"""
    if line.end:
        return True
    text = line.text
    if text[-1] in "）)" and (ENDS_BRACKET.search(text) or TRAILER.match(text)):
        return True
    return ends_on_credit(text)


def signed_right(line: Line) -> bool:
    """Is `line` a writer's name set in from the column's left edge further than a paragraph's
    indent (a signature set right), no place's (a kicker centred over its headline, `某某县`)?"""
    return line.set_in > 0 and line.text[-1] not in PLACE_RANKS and line_byline(line.text) is not None


def closes_text(block: list[Line], j: int) -> bool:
    """Does line `j` of `block` close a text: finished on its own (`finished`), or closing a note in
    brackets opened over it (`_note_closed`)?"""
    return finished(block[j]) or _note_closed(block, j)


def _note_closed(block: list[Line], j: int) -> bool:
    """Does line `j` close a note in brackets opened after the last sentence on the line over it
    (`…提高。（某省` / `某县张三）`), or opening a paragraph of its own a few lines up
    (`（作者为某院` / `某所研究员，` / `本报记者某某整理）`: a trailer set as its story's last paragraph)?"""
    text = block[j].text
    if j == 0 or text[-1] not in "）)" or "（" in text or "(" in text:
        return False
    above = block[j - 1].text
    at = last_opener(above)
    if at > 0:
        return above[at - 1] in "。！？!?”" and "）" not in above[at:] and ")" not in above[at:]
    for i in range(j - 1, max(j - 4, -1), -1):
        line = block[i]
        if any(mark in line.text for mark in "（()）"):
            opens = line.text[0] in "（(" and not any(m in line.text for m in "()）")
            return opens and (
                line.indent
                or i == 0
                or finished(block[i - 1])
                or _WRITERS.search("".join(x.text for x in block[i : j + 1])) is not None
            )
    return False


# a note naming who wrote or helped (`（作者为…）`, `（本报记者X整理）`) closes its text wherever it opens
_WRITERS = rx.compile(r"^[（(](?:作者为|作者系|.{1,40}(?:参与采写|参加采写|整理)[）)]$)")


def _stack_line(line: Line) -> bool:
    """Could the line stand in a heading over another title line?"""
    text = line.text
    return (
        not line.indent
        and text[0] not in "（("
        and titleish(text)
        and is_balanced(text)
        and landmark_kind(text) is None
    )


def _glued_title(
    line: Line, col: int, after: list[Line] | None, alone: bool = True, beyond: list[Line] | None = None
) -> bool:
    """Is a block's last line, printed straight under a finished text, a title that extraction
    ran onto the text above (a headline set after its story's body, or over the next story, with
    the blank line between lost)? It finishes no sentence, does not fill the column (as a body line
    broken off by a column's end does) and is no credit or signature; and what follows the
    blank under it opens a story, not a paragraph: a byline, dateline, caption or subtitle, a box's
    title, another title line (alone, narrower than the line under it, or over a dateline or a
    byline; under a line set as a title, wider than the column or closed by its column's tag, any
    title that heads a story, `_heads_story`), or the page's end; or, under a line alone under the
    text, the next story's whole heading (title lines over its byline or dateline,
    `_heading_over_opening`). A line closed by its column's tag alone under the text needs none of
    these: no paragraph ends on a column's name, and the story under it may open on its text, its
    own headline printed after it. A
    subhead or a one-line paragraph there is followed by its text, set full width. A name alone
    there signs the text; not under another title line (not `alone`): a headline's last word
    wrapped (`…社区食堂陆续` / `开张`) reads as a bare name too."""
    text = line.text
    tagged = _tag_closed(text)
    if (
        line.end
        or line.indent
        or (col - 1 <= line.width <= col + 1 and not tagged)
        or text[0] in "（("
        or not titleish(text)
        or not is_balanced(text)
        or text.endswith(("图片", "供图"))  # (`资料图片`: a photo's credit under its caption)
        or ends_on_credit(text)
        or PLACE_AND_PERSON.match(text)
        or (alone and is_bare_names(text))  # a signature under a commentary
    ):
        return False
    if after is None:
        return True
    head = after[0]
    if landmark_kind(head.text) is not None or BOX_TITLE.match(head.text) or (tagged and alone):
        return True
    if alone and _heading_over_opening(after):
        return True
    return (
        not head.end
        and not head.indent
        and headingish(head.text)
        and is_balanced(head.text)
        and (
            len(after) == 1
            or head.width <= 0.75 * max(after[1].width, 24)
            or landmark_kind(after[1].text) in _OPENS_STORY  # (a title over its story's opening)
            # (a line closed by a column's tag, or wider than its column with no comma, is set as a
            # title: a sentence's clause hangs past the column's edge too)
            or (
                (tagged or (line.width > col + 1 and "，" not in text))
                and head.text[0] not in "（("  # (`（左）到…`: a caption's text going on past a gap)
                and _heads_story(after, beyond)
            )
        )
    )


_OPENS_STORY = ("dateline", "byline")


def _heading_over_opening(after: list[Line]) -> bool:
    """Does the block `after` open with a story's heading: one to three title lines over a byline or
    a dateline?"""
    for j, line in enumerate(after[:4]):
        if landmark_kind(line.text) in _OPENS_STORY:
            return j > 0
        if line.end or line.indent or not headingish(line.text) or not is_balanced(line.text):
            return False
    return False


def dash_opens_text(block: list[Line], j: int, col: int) -> bool:
    """Does the `——` line `j` of `block` fill its column without ending its sentence, and the lines
    under it go on, tight and unindented, to end it within two lines (`——某地的书架` / `上…。`)?
    A paragraph that opens with a dash (an aside, a list's item) reads so; a subtitle wraps, if at
    all, onto a line with no sentence in it, and stands over a byline, a dateline or the text. On
    the truths of the 26 splits that are not blind, `——` lines so run on were the first line of a
    paragraph 134 times (11 layout programs) and a subtitle once (over a dateline, left out here)."""
    line = block[j]
    if line.end or not col - 2 <= line.width <= col + 2 or j + 1 == len(block):
        return False
    under = block[j + 1]
    if under.indent or under.blank or dateline_head(under.text):
        return False
    return INNER_STOP.search("".join(x.text for x in block[j + 1 : j + 3])) is not None


def title_short(line: Line, col: int) -> bool:
    """Is the line a title's, set over a dateline: short of the column, not closing on a clause's mark
    (`…开头这样写道：` over a quoted dispatch is text)?"""
    return line.width < col - 4 and line.text[-1] not in "：:，,、；;"


def heading_next(block: list[Line], j: int, col: int) -> bool:
    """Is the line under line `j` a heading's: finishing no sentence, not as wide as the column or over
    a line set wider (a photo's title over its caption)? A note in brackets closing a text closes its
    unit only over one: an aside in brackets inside a story (`（说到这里，老人停顿了一下` / `…）`)
    goes on into its next paragraph."""
    if j + 1 == len(block) or block[j + 1].end or block[j + 1].indent:
        return False
    return not col - 1 <= block[j + 1].width <= col + 1 or (
        j + 2 < len(block) and block[j + 2].width > col + 4
    )


def hands_over(prev: Line, line: Line, col: int, after: Line | None) -> bool:
    """Is `line`, a title line well short of the column (the last of its block, or over a byline,
    dateline or indented paragraph: `after`), right under a line closed by `——` short of it too,
    the headline a kicker hands over to with its dash? A text's sentence broken at `——` goes on at
    the column's width; a kicker wrapped after a pause (`…、` / `…——`) keeps the block from reading
    as a title group, and a headline that cries out or asks (`“…啦！”`) ends on a sentence's mark.
    On the sets it changed 5 pages (blankless and column-break copies), each for the better."""
    if prev.text[-1] != "—" or not prev.text.endswith("——"):
        return False  # (asked of every line after the first of a block: the cheap test first)
    if after is not None and not after.indent and landmark_kind(after.text) not in ("byline", "dateline"):
        return False
    return (
        not prev.end
        and prev.width < col - 4
        and line.width < col - 4
        and not line.indent
        and headingish(line.text)
        and landmark_kind(line.text) is None
    )
