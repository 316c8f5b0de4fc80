"""Headings told from the units beside them: second passes over a page's measured units that mark a
one-line unit as a title or as an in-body subhead by what stands above and below it.

A question alone over a reporter's byline or a dateline is a title (`mark_questions_over_bylines`); a
line closed by `——` between a finished text and more text is a subhead (`mark_dash_over_text`); a
heading line set under a question inside a text is a sub-subhead (`mark_set_under_question`).
`build_units` (`reader.page.units`) calls them once every unit is measured (`reader.page.measure`).
"""

from __future__ import annotations

from reader.page.blocks import Unit
from reader.page.bodytext import goes_on, is_body
from reader.page.textclean import is_ideograph


def mark_questions_over_bylines(units: list[Unit]) -> None:
    """A question alone on its line right over a reporter's byline or a dateline is the title of the
    story they open, whatever its question mark says (`…怎么算？` / `本报记者 …`): a text's question
    never stands alone over a byline (unless a column's tag closed the headline above it)."""
    for i in range(len(units) - 1):
        f = units[i].features
        if "question" in f and "lines1" in f:
            below = units[i + 1].features
            if ("byline_role" in below or "dateline" in below) and not (
                i and "column_tag" in units[i - 1].features
            ):
                f["asks_over_byline"] = 1


def mark_dash_over_text(units: list[Unit]) -> None:
    """A line closed by `——` leads into what stands under it: over a title line it is a kicker, but
    right between a finished text and the next text of a story (`稳住产能，拓宽销路——` / `某镇的果园里…`)
    it is an in-body subhead, a paragraph of the story. On the truths of all sets, a one-line `…——`
    unit under a text that finishes its sentence and over a body text (three lines or more, or
    one holding a sentence's stop) was a subhead 75 times (on nine layout programs) and a title
    never; once it was a sentence going on after its dash."""
    for k in range(1, len(units) - 1):
        unit = units[k]
        if "dash_tail" not in unit.features or len(unit.lines) > 1:
            continue  # (a kicker wrapped over two lines to its dash: `dash_tail` too)
        above, below = units[k - 1], units[k + 1]
        if (
            "ends_stop" in above.features
            and goes_on(above)
            and is_body(below)
            and ("inner_stop" in below.features or len(below.lines) >= 3)
        ):
            unit.features["dash_over_text"] = 1


_HEADING_MARKS = "。；：！？“”（）()"  # what a sub-subhead never holds (a comma may part its two halves)


def mark_set_under_question(unit: Unit, below: Unit) -> None:
    """Mark `set_under_question` a one-line unit under a one-line question inside a text
    (`under_question`, `reader.page.stacks`) that is set as a heading: unindented, a blank line
    under it (`below` opens after one), no sentence's punctuation but one comma (`早晚错峰，就近入园`).
    Such a sub-subhead may fill its column, where a paragraph's first line would run on under it.
    On the truths of all sets, such lines were a subhead 330 times (17 of them read as body text,
    which ran them into the paragraph under them, on eight layout programs), the first line of a
    paragraph 3 times, a title once."""
    f = unit.features
    text = unit.text
    if (
        "dash_lead" not in f
        and "indented" not in f
        and not unit.lines[0].indent
        and below.lines[0].blank
        and text.count("，") <= 1
        and not any(mark in text for mark in _HEADING_MARKS)
    ):
        f["set_under_question"] = 1


SERIES_REACH = 12  # how many units apart a story's part tags may stand


def mark_tag_series(units: list[Unit]) -> None:
    """A word of two ideographs alone on its line (`tag_word`) that reads as a name (a common surname
    opens it) is one more of a story's part tags where two such words that are no names stand a few
    units away, set as it is (under a blank line or tight): a story tags its parts alike (`循环` …
    `智慧` … then one that opens with a surname), and a bare name signs one text, not a series of
    them with words between. A letter-spaced word (`王  政`) is a name as printed."""
    tags = [
        i for i, unit in enumerate(units) if "tag_word" in unit.features and " " not in unit.lines[0].text
    ]
    words = [i for i in tags if "surnamed" not in units[i].features]
    for i in tags:
        f = units[i].features
        if "surnamed" not in f:
            continue
        blank = units[i].lines[0].blank
        alike = [j for j in words if abs(i - j) <= SERIES_REACH and units[j].lines[0].blank == blank]
        if len(alike) >= 2:
            del f["surnamed"]
            f.pop("byline_names", None)


def mark_bylines_in_text(units: list[Unit]) -> None:
    """A reporter's byline line set as a paragraph is (indented like one, right under the line above,
    no blank between) is a part's byline inside a story of several reports (`一位妈妈的托育账本` /
    `本报记者 X` / the part's text, each a paragraph of the story): a story's own byline stands
    apart from its text, flush or centred, not in its paragraphs' flow. On the truths of all
    non-blind sets, such lines were paragraphs of a story 12 times and a story's byline never."""
    for i in range(1, len(units)):
        unit = units[i]
        line = unit.lines[0]
        if len(unit.lines) != 1 or "byline_role" not in unit.features or line.blank or not line.indent:
            continue
        del unit.features["byline_role"]
        unit.features["byline_in_text"] = 1
        unit.byline = None


# marks a clause ends on: a line that opens with one letter and then one of them goes on from above
_CLAUSE_MARKS = "，、；：。"
_NUMERALS = "一二三四五六七八九十"


def mark_runs_into(units: list[Unit]) -> None:
    """A line alone as wide as its column that finishes nothing, over text whose first line opens
    with one letter and a clause's mark (`…撰写的200多万字读书笔` / `记，可以清楚地看到…`), is text
    the column's end broke (the word it ends on goes on under it, past a column break), not a title.
    No paragraph opens with one letter and a comma; a numbered point does (`五、…`), and is left
    alone. On the truths of all non-blind sets such lines were text 180 times and a title once."""
    for i in range(len(units) - 1):
        unit, below = units[i], units[i + 1]
        line, under = unit.lines[0], below.lines[0].text
        if (
            len(unit.lines) == 1
            and not line.end
            and unit.byline is None
            and unit.column - 2 <= line.width <= unit.column + 2
            and len(under) >= 3
            and under[1] in _CLAUSE_MARKS
            and is_ideograph(under[0])
            and under[0] not in _NUMERALS
            and not below.lines[0].indent
        ):
            unit.features["runs_into"] = 1
