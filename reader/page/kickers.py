"""Kickers wrapped over lines: where a kicker ends and the headline it is set over begins.

A kicker (the line over a headline that sets its scene) too long for its line runs on over a second,
and extraction gives its lines either in one block with its headline or as one-line units of their
own. Two marks end a kicker whatever way its lines fell: a `——` closing a line hands over to the
headline under it (a kicker may end on the dash, a headline never does), and a column's tag closes a
headline, which stands whole on its line, so the lines over it in its block are what it is set under.
These tests read a title block or a run of one-line units; `reader.page.titlejoin` parts or joins the
lines they find.
"""

from __future__ import annotations

from reader.page.blocks import Unit, headingish, is_balanced, landmark_kind, titleish
from reader.page.lexicon import word_crosses
from reader.page.textclean import letters
from reader.page.titlewrap import tagged_whole
from reader.page.wordbreak import PAUSES

# the lines of a unit each test reads (`reader.page.titlejoin` asks a unit only where its lines are so
# many): a title block a kicker closed by `——` is parted from (`dash_closes`: two to `DASH_MOST`), a
# kicker run on over its tagged headline (`kicker_over_tagged`: two to `TAGGED_MOST`), a kicker wrapped
# over `WRAPPED_KICKER` lines to its dash (`kicker_to_dash`)
# (a title block runs to six lines where a kicker and a tagged headline both wrap in a narrow column:
# two and three lines in a column of twelve; at six the sets' pages read as at four)
DASH_MOST, TAGGED_MOST, WRAPPED_KICKER = 6, 3, 2


def dash_closes(unit: Unit) -> int:
    """Where the title under a kicker closed by `——` starts among a short title block's lines
    (`冬季滑雪游走热，` / `景区管理方提醒——` / `警惕“低价包团”陷阱`), or -1. A kicker may end on a
    dash that hands over to its headline; a headline never does (in the 2026 texts 15 of 54
    kickers and none of 200 headlines end on `——`), so a title block's line closed by one ends
    the kicker, and its next line opens the headline, however the lines fell in the block."""
    lines = unit.lines
    if not 2 <= len(lines) <= DASH_MOST or not lines[0].blank or any(line.end for line in lines):
        return -1
    if landmark_kind(lines[0].text) is not None:
        return -1  # (a dateline run into a kicker's line: `本报X电  （记者Y）` / `…——`)
    for j in range(len(lines) - 1):
        if lines[j].text.endswith("——") and len(lines[j].text) > 2:
            upper = "".join(line.text for line in lines[: j + 1])
            lower = "".join(line.text for line in lines[j + 1 :])
            if (
                is_balanced(upper)
                and headingish(upper)
                and is_balanced(lower)
                and titleish(lower)
                and landmark_kind(lines[j + 1].text) is None
            ):
                return j + 1
            return -1
    return -1


def kicker_over_tagged(unit: Unit, top: bool) -> bool:
    """Is `unit`, two or three lines under a blank line (or the page's top, `top`), a kicker that ran
    on over one or two lines (`某县为菜农开通十条助农班车线` / `路`, `某县开通助农班车线路、` /
    `接送菜农两万人次`) over its headline, a line that its column's tag closes with a headline's worth
    of words before the tag (`titlewrap.tagged_whole`: `搭上班车进城卖菜（乡间小记）`)? A column's tag
    closes a headline, which stands whole on its own line; the lines over it in its block, no
    sentence ended in them, are what the headline is set under. The block reads as running text
    where the kicker's first line breaks after a pause or at the column's edge. On the pages of all
    sets but the blind ones, such blocks held a kicker over its tagged headline 6 times (layouts 6,
    7, 9, 10, 11; 4 of them read as one headline or text before) and one headline never; once a
    note to the text above (`（摘编自…` / `…》）`), which opens with a bracket."""
    lines = unit.lines
    if not 2 <= len(lines) <= TAGGED_MOST or unit.byline is not None or not (top or lines[0].blank):
        return False
    last = lines[-1].text
    if not (tagged_whole(last) and headingish(last) and is_balanced(last)) or lines[-1].indent:
        return False
    upper = "".join(line.text for line in lines[:-1])
    if any(line.end or line.indent for line in lines[:-1]) or upper[0] in "（(【[":
        return False
    return (
        headingish(upper)
        and is_balanced(upper)
        and landmark_kind(upper) is None
        and landmark_kind(last) is None
    )


def kicker_wrapped_over_tagged(units: list[Unit], k: int) -> bool:
    """Are the one-line units `units[k]` and `units[k + 1]`, set tight under a blank line (or the
    page's top), one kicker wrapped over two lines where its line was full (`某县为菜农开通十条助农班` /
    `车线路`: a word across the break, a pause or a word or two left over) over its headline, a line
    set tight under them that its column's tag closes with a headline's worth of words before the
    tag (`titlewrap.tagged_whole`)? The tagged line is a whole headline; what is set over it is what
    it is set under (`kicker_over_tagged`, the same lines in one block). On the pages of all sets
    but the blind ones, two lines so broken over such a headline were one kicker 25 times (six
    programs; 5 read as a kicker and a headline, or a headline, before) and nothing else."""
    if k + 2 >= len(units) or any(len(units[k + j].lines) != 1 for j in range(3)):
        return False
    a, b, head = units[k].lines[0], units[k + 1].lines[0], units[k + 2].lines[0]
    if not (a.blank or k == 0) or b.blank or head.blank or a.indent or head.indent:
        return False
    if a.end or b.end or head.end or a.text[-1] in "—－-" or b.text[0] in "—－-":
        return False
    if tagged_whole(b.text) or not (tagged_whole(head.text) and headingish(head.text)):
        return False
    if not is_balanced(head.text):
        return False
    whole = a.text + b.text
    if not (is_balanced(whole) and headingish(whole)):
        return False
    if any(landmark_kind(text) is not None for text in (a.text, b.text, head.text)):
        return False
    return a.text[-1] in PAUSES or b.text[0] in PAUSES or letters(b.text) <= 3 or word_crosses(a.text, b.text)


def kicker_to_dash(unit: Unit, below: Unit) -> bool:
    """Is `unit`, two lines after a blank closed by `——`, a kicker wrapped over two lines
    (`把稳就业、稳物价、保民生、` / `防风险作为工作重点——`) over its headline, `below`, a title
    line? A kicker may end on a dash that hands over to its headline; a headline never does."""
    if len(unit.lines) != WRAPPED_KICKER or len(below.lines) != 1:
        return False
    a, b = unit.lines
    if not a.blank or a.indent or a.end or b.end or below.lines[0].end:
        return False
    if not b.text.endswith("——") or a.text[-1] in "—－-" or len(b.text) < 3:
        return False
    whole = a.text + b.text
    return (
        is_balanced(whole)
        and headingish(whole)
        and titleish(below.lines[0].text)
        and landmark_kind(a.text) is None
        and landmark_kind(below.lines[0].text) is None
    )


def kicker_wrapped_to_dash(units: list[Unit], k: int) -> bool:
    """Are the one-line units `units[k]` and `units[k + 1]`, set tight under a blank line (or the
    page's top), the lower closed by `——`, with a title line set tight under them, one kicker
    wrapped over two lines handing over to its headline (`某省把稳就业、稳物价作为工作` /
    `重点——` / `某省出台就业新政`)? A kicker may end on a dash that hands over to its headline; a
    headline never does, and a text's sentence broken at `——` goes on in its next line, no title
    line. Where the upper line fills its column, the pair would otherwise read as an in-body
    subhead wrapped at the column's edge (`column_wrap`). On the truths of all sets but the blind
    ones, two such lines with a title line right under them were one kicker 41 times (nine
    programs; 9 of them read otherwise before) and never anything else; with a text's line under
    them (no title line), text 67 times. An upper line set wider than the column is no text's line
    either: a speaker's post and name wrap so, at the kicker's own width (Mar 1–7's tuning half:
    +.006 headline; no other helper set changed, one page of our own layout13 lost .001)."""
    if k + 2 >= len(units) or len(units[k].lines) != 1 or len(units[k + 1].lines) != 1:
        return False
    a, b, under = units[k].lines[0], units[k + 1].lines[0], units[k + 2]
    if not (a.blank or k == 0) or b.blank or under.lines[0].blank or a.indent or a.end or b.end:
        return False
    if not b.text.endswith("——") or len(b.text) < 3 or a.text[-1] in "—－-" or b.text[0] in "—－-":
        return False
    whole = a.text + b.text
    if not (is_balanced(whole) and headingish(whole)) or landmark_kind(a.text) is not None:
        return False
    head = under.lines[0]
    if head.end or head.indent or not headingish(head.text) or landmark_kind(head.text) is not None:
        return False
    # broken where its line was full: inside a word, before a pause mark, or a word or two short
    return (
        b.text[0] in PAUSES
        or letters(b.text) <= 3
        or a.width > units[k].column + 2  # (set wider than the column: no text's line, a kicker's)
        or word_crosses(a.text, b.text)
    )
