"""How a unit ends, as the grammar reads it: a finished sentence, a line broken off at a column's end or
short of it (a title), a photo's credit, a signature, or a text going on into the unit under it. The
article grammar (`reader.page.grammar`) keys its transition scores by it."""

from __future__ import annotations

from reader.page.blocks import Unit

TEXT_GOES_ON = 5  # the `mid` of a unit whose text goes on into the next (`break_before`)
BOX_UNDER_TEXT = 6  # … of a box's opening (`编者按：…`) under a finished text: it heads the next story
PHOTO_IN_TEXT = 7  # … of a photo's caption set into a sentence that goes on under it (`inset`)


def end_kind(unit: Unit) -> int:
    """0: the unit finishes its sentence (or closes on a date or an hour in brackets, a forecast's
    heading, `dated_bracket`: no sentence runs on past it); 1: it breaks off at a full line (a column break);
    2: it breaks off short (a title or subhead); 3: it closes with a photo credit, which finishes
    a caption as a full stop does but never a body; 4: it finishes with a signature (`。（王桦）`),
    is a trailer (`（X参与采写）`) or a letter's signature line, which closes an article's text, or
    the text under it tells another story (`text_ends`, `reader.page.cohesion`)."""
    f = unit.features
    if "signed_end" in f or "trailer" in f or "signature" in f or "text_ends" in f:
        return 4
    if "ends_stop" in f or "dated_bracket" in f:
        return 0
    if "credit_end" in f or "credit" in f:
        return 3
    if "new_story" in f:
        return 2  # a title between two stories: not a sentence running on past a column's end
    if "bracket_label" in f and len(unit.lines) == 1 and not unit.text.rstrip().endswith("】"):
        return 1  # a labelled line (`【要点】…`) opens a run of text: the text goes on under it
    return 1 if unit.lines[-1].width >= unit.column - 4 else 2


def break_before(units: list[Unit], i: int) -> int:
    """`end_kind` of the unit before unit `i`, where a line broken off at a full column goes on into
    unit `i` only if that can open with the rest of a sentence: a box's opening (`核心阅读`,
    `编者按：…`) never does, so the full line over it breaks off as a title does. `TEXT_GOES_ON` where
    the text above goes on into unit `i`, whose words are that story's (`meeting`), or where unit
    `i` is a bracketed note under a finished text (`（X整理）`, not a photo's credit), which closes
    that text and opens no story: no item opens there. `BOX_UNDER_TEXT` where unit `i` opens a box
    (`编者按：…`) under a finished text: a box heads a story's text, so the text above goes on into
    it only at a cost (as into a title: on the truths of all sets, 1,618 such boxes open their
    story's text, 7 sit inside one under its text); so does a form's first field (`field_label`,
    `reader.page.bodytext`: 66 open their story's text, none sits inside one)."""
    if "goes_on" in units[i - 1].features or "text_under_photo" in units[i].features:
        return TEXT_GOES_ON  # (`reader.page.meeting`; or a sentence going on under a photo, `inset`)
    if "text_past_photo" in units[i - 1].features:
        return PHOTO_IN_TEXT
    mid = end_kind(units[i - 1])
    if mid == 0 and "trailer" in units[i].features and "credit_end" not in units[i].features:
        # (on the truths of all sets, ~2,100 such notes close a text, 2 open one)
        return TEXT_GOES_ON
    if (
        mid == 1
        and "column_tag" in units[i - 1].features
        and units[i].lines[0].blank
        and len(units[i].lines) > 1
    ):
        # a line closed by a column's name in brackets (`…？（X观察）`) with a blank line under it
        # ends there even as wide as the column: on the truths of all sets, 2,840 such lines are
        # titles and 247 a paragraph's end, 1 runs on into the next unit (without the blank: 13 of 634)
        return 2
    f = units[i].features
    if ("box_opening" in f or "field_label" in f) and mid in (0, 1):
        return 2 if mid else BOX_UNDER_TEXT
    return mid
