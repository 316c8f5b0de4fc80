"""Where a byline unit goes: cues the labeller (`reader.page.labels`) reads around a line of names.

A story prints one byline, set with its heading or over its text. These cues tell, from the units
around a byline, which of the grammar's byline states it may take: a portrait's title named again by
its caption, names signing the finished text above them, a byline set under the headline that closes
the text above it (printed after its body), and a text whose own dateline names its reporters, which
prints no byline over it; after a first decoding, a byline under a heading in an item that already
opens with one, or with a dateline naming its reporters (`bylined_twice`).

A signature sits tight under the last line of the text it signs and a space parts it from what
follows; a byline opening a text stands apart from the story above and tight over its own text or
under its heading. On the laid-out pages of all programs, names alone set right under a finished
text with a blank line (or the page's end) under them signed the text above them 101 times (on
three programs) and never anything else; two unspaced characters so set were a section's word 3
times and a name never.
"""

from __future__ import annotations

from reader.page.blocks import TRAILER, Line, Unit
from reader.page.byline import Byline, split_dateline
from reader.page.glued import signed_right
from reader.page.grammar import BYLINE_STATES, STATES, UNDER_TITLE_STATE, State
from reader.page.lexicon import spans_word
from reader.page.names import HONORIFICS, PLACE_RANKS
from reader.page.unitends import end_kind
from reader.page.weights import ROLES


def names_next(unit: Unit, below: Unit) -> bool:
    """Does the unit under a line of names open with them (`王五` / `王五在田间查看墒情。`)?"""
    name = "".join(unit.text.split())
    # (the opening of the unit under it read only as far as the name goes: it is often a long body)
    lines = below.lines
    opening, k = lines[0].text.lstrip(), 1
    while len(opening) < len(name) and k < len(lines):
        opening = (opening + lines[k].text).lstrip()
        k += 1
    return opening.startswith(name)


def signs_above(units: list[Unit], i: int) -> bool:
    """Are the names alone of unit `i` set right under a finished text (a sentence's end or a
    closing note in brackets), over a byline or dateline naming reporters by role?"""
    unit, below = units[i], units[i + 1].features
    if not i or unit.lines[0].blank or "byline_names" not in unit.features:
        return False
    above = units[i - 1]
    return (above.lines[-1].end or "trailer" in above.features) and (
        "byline_role" in below or "dateline" in below
    )


def signs_finished(units: list[Unit], i: int) -> bool:
    """Are the names alone of unit `i` set right under a finished text (a sentence's end, a closing
    note or signature), with a blank line or the page's end under them, or set in from the column's
    left edge further than a paragraph's indent (a signature set right, whatever stands around it)?
    Then they sign that text, unless it opens under a byline or with a dateline naming its
    reporters (`_reported_above`): a story prints one byline, so the names open the next text.
    (Two-character names must be letter-spaced, `王  五`: an unspaced word of two is as often a
    section's word.)

    On the truths of all sets, names alone so set in, right under a text, signed that text 79 times
    and never opened the story below them."""
    unit = units[i]
    f = unit.features
    if not i or "byline_names" not in f or unit.byline is None:
        return False
    below = units[i + 1] if i + 1 < len(units) else None
    set_right = len(unit.lines) == 1 and signed_right(unit.lines[0])
    if unit.lines[0].blank and not set_right:
        return False
    if below is not None and ((not set_right and not below.lines[0].blank) or names_next(unit, below)):
        return False  # (a portrait's title, named again by the caption under it)
    if "name_spaced" not in f and any(len(a.name) < 3 for a in unit.byline.authors):
        return False
    return end_kind(units[i - 1]) in (0, 4) and not _reported_above(units, i)


def under_finished_heading(units: list[Unit], i: int, apart: bool = False, credited: bool = False) -> bool:
    """Whether unit `i` (a byline) is set, with no blank line (`apart`: or with one, and the heading's
    lines too), under a heading whose lines are set together right under a finished text (not a
    photo's caption; `credited`: or a photo's credit line, which closes the photo the text printed):
    that heading may close the text as its headline printed after it, and the byline then goes
    with it (`reader.page.grammar.UNDER_TITLE`)."""
    if i < 2 or (units[i].lines[0].blank and not apart):
        return False
    j = i - 2
    while (
        j > 0
        and i - j <= 3
        and (apart or not units[j + 1].lines[0].blank)
        and len(units[j].lines) <= 2
        and end_kind(units[j]) in (1, 2)
    ):
        j -= 1  # the heading's upper lines (a kicker over the headline)
    f = units[j].features
    if credited and ("credit" in f or "credit_end" in f):
        return True
    return end_kind(units[j]) in (0, 4) and "caption_start" not in f


# what an opening byline costs a reporter's line over another under the same role word, set apart
# (`reporters_apart`): enough to give it to the heading over it where the page prints its headings
# after their texts, not so much that a story set head first loses the upper line of its byline
REPORTERS_APART = 3.0


def reporters_apart(units: list[Unit], i: int) -> bool:
    """Is unit `i` a reporter's line (`本报记者 甲 乙`) with another under the same role word set
    apart under it (a blank line between)? A byline runs on over its lines tight, so the upper one is
    rarely the opening byline of the story below: it goes with the heading over it. (On the truths of the
    non-blind sets, two such lines were two stories' bylines 5 times, on four programs, and one
    story's never.)"""
    if i + 1 >= len(units) or not units[i + 1].lines[0].blank:
        return False
    upper, lower = units[i].byline, units[i + 1].byline
    if upper is None or lower is None or "byline_role" not in units[i + 1].features:
        return False
    roles = [a.role for a in upper.authors], [a.role for a in lower.authors]
    if not roles[0] or not roles[1]:
        return False  # (a byline naming no one, `本报评论员`, signs for the paper)
    return bool(roles[0][0]) and roles[0][0] != "摄影" and roles[0][0] == roles[1][0]


def dated_reporters(unit: Unit, names_alone: bool = False) -> bool:
    """Does the unit open with a dateline naming reporters in brackets (`本报X电（记者Y）`)? (Truths
    differ on the older `本报X讯记者Y报道：`: some print a reporter's byline over it as the text's
    own.) Under names alone with no role word (`names_alone`), the older form counts too: on the
    truths of the non-blind sets, names alone right over a dateline naming reporters were never
    the byline of the text it opens (the text above's 13 times, 3 of them over the older form)."""
    dated = _opening_dateline(unit)
    return dated is not None and bool(dated.authors) and (names_alone or dated.text.endswith(("）", ")")))


def _opening_dateline(unit: Unit) -> Byline | None:
    """The dateline opening the unit's first two lines, as a byline, or None."""
    lines = unit.lines
    dated = split_dateline(lines[0].text + (lines[1].text if len(lines) > 1 else ""))
    return dated[0] if dated is not None else None


_HEADINGS = (ROLES[1], ROLES[2])  # headline, subtitle
_TEXT_LINE = (ROLES[4], ROLES[5])  # body, subhead
_BODY = ROLES[4]


def bylined_twice(units: list[Unit], path: list[int], starts: list[bool]) -> list[int]:
    """Of a labelling (`path`, each unit's grammar state; `starts`, where items open): the units read
    as a byline under a headline printed after its text (`UNDER_TITLE_STATE`) whose item already
    opens with a byline over that text, or whose text opens with a dateline naming its reporters
    (`本报某地X月X日电（记者Y）`: a story so dated prints no byline besides; `reader.page.labels`
    decodes the page again without them)."""
    found = []
    for i, s in enumerate(path):
        if s == UNDER_TITLE_STATE:
            j = i
            while j and not starts[j]:
                j -= 1
            k = next((k for k in range(j, i) if path[k] in BYLINE_STATES), i)
            # (a byline under the heading that closes the item above may be that heading's)
            if k < i and not (k and STATES[path[k - 1]].role in _HEADINGS):
                found.append(i)
                continue
            text = next((k for k in range(j, i) if STATES[path[k]].role == _BODY), i)
            if (
                k == i
                and text < i
                and dated_reporters(units[text])
                and not _named_again(units[i], units[text])
            ):
                found.append(i)
    return found


def dated_and_signed(
    units: list[Unit], states: list[State], items: list[list[int]]
) -> list[tuple[Line | None, bool, list[int]]]:
    """Items whose text opens with a dateline naming its reporters (`本报某地X月X日电（记者Y）`) and
    later closes on another's signature: two stories read as one, for a story so dated prints no
    byline besides. For each, the first story's heading printed after its text, where a line of the
    text between them finishes no sentence under one that does (its first line, for
    `reader.page.meeting` to weigh as a headline, `heads_after`), or a title run on under the last
    line of a text there (True: the page is cut at it); else None and the run of text units between,
    where the two stories' words part."""
    found: list[tuple[Line | None, bool, list[int]]] = []
    for item in items:
        if not any(states[i].role == "byline" for i in item):
            continue  # (an item holding no byline holds no signature: most items, asked first)
        told = [k for k, i in enumerate(item) if states[i].role == "body"]
        if not told or not dated_reporters(units[item[told[0]]]):
            continue
        signed = next((k for k in range(told[0] + 1, len(item)) if states[item[k]].role == "byline"), None)
        if signed is None or _named_again(units[item[signed]], units[item[told[0]]]):
            continue
        title = next(
            (
                units[item[k]].lines[0]
                for k in range(told[0] + 1, signed)
                if states[item[k]].role in _TEXT_LINE
                and len(units[item[k]].lines) <= 2
                and end_kind(units[item[k]]) in (1, 2)
                and not any(mark in units[item[k]].text for mark in "。！？")
                and end_kind(units[item[k - 1]]) in (0, 4)
            ),
            None,
        )
        run = [i for i in item[told[0] : signed] if states[i].role == "body"]
        glued = None if title is not None else next(filter(None, (_glued_title(units[i]) for i in run)), None)
        found.append((title or glued, glued is not None, run))
    return found


def _glued_title(unit: Unit) -> Line | None:
    """The unit's last line where it is a title run on under the text's finished sentence, with no
    blank line between (`…出席活动。` / `某地新添一座书房`): short of the column, no mark in it."""
    lines = unit.lines
    last = lines[-1]
    if len(lines) < 2 or not lines[-2].end or last.end or last.width > unit.column - 2:
        return None
    return last if len(last.text) >= 4 and not any(mark in last.text for mark in "，。！？、；：") else None


def _named_again(byline: Unit, text: Unit) -> bool:
    """Does the byline name only reporters the text's dateline names? Then it is that story's byline
    printed twice (`本报记者  X` under a headline closing a text dated `…电（记者X）`), not the next's."""
    dated = _opening_dateline(text)
    names = {a.name for a in dated.authors} if dated is not None else set()
    return byline.byline is not None and all(a.name in names for a in byline.byline.authors)


_PEN_NAME = (2, 3)  # the letters of a signature's pen name
_TEXT_ENDS = frozenset({"ends_stop", "inner_stop"})  # a sentence ends in the unit: text, no title


def _heading_next(unit: Unit) -> bool:
    """Does the unit under a pen name open the next story: a blank line over it, a heading's few
    lines (no sentence in them), not text going on (where the line over it is a subhead's)?"""
    f = unit.features
    return unit.lines[0].blank and len(unit.lines) <= 3 and not f.keys() & _TEXT_ENDS


def _reported_above(units: list[Unit], i: int) -> bool:
    """Does the text over unit `i` open under a byline or with a dateline naming its reporters (its
    units read back to the nearest title line)? Then the story has its byline, and no one signs it."""
    j = i - 1
    while j >= 0:
        unit = units[j]
        if unit.byline is not None or "dateline" in unit.features:
            return True
        if not unit.features.keys() & _TEXT_ENDS and len(unit.lines) <= 3:
            return False  # (a title line: the story's heading, or a subhead)
        j -= 1
    return False


def mark_pen_names(units: list[Unit]) -> None:
    """Mark `pen_name` a word of two or three ideographs that no surname opens, standing alone under
    a finished text, over a blank line and the next story's heading (or the page's end), that the
    language's dictionary does not hold as a word (no place: `某某县`): a commentary signed with a
    pen name (`某某谈`, `禾川`), which signs the text above as a surnamed name would. A word the
    dictionary holds (`协同`, `融合`) is a section's or a column's name set there, no one's; a line
    over text going on is a subhead. (On the five page sets laid out by helpers from 2026 texts, 23
    of 550 signed names open with no common surname, 18 of them pen names.)"""
    for i in range(1, len(units)):
        unit = units[i]
        f = unit.features
        if "byline_names" not in f or "surnamed" in f or len(unit.lines) > 1:
            continue
        name = unit.lines[0].text
        if not (_PEN_NAME[0] <= len(name) <= _PEN_NAME[1] and all("\u4e00" <= ch <= "\u9fff" for ch in name)):
            continue
        if name[-1] in PLACE_RANKS or end_kind(units[i - 1]) not in (0, 4):
            continue  # (a place, `某某县`; or no finished text above)
        if i + 1 < len(units) and not _heading_next(units[i + 1]):
            continue
        if _reported_above(units, i):
            continue  # (a story prints one byline: the word is the next story's kicker)
        if not spans_word(name):
            f["pen_name"] = 1


def signs_at_end(units: list[Unit], i: int, name: str) -> bool:
    """Does unit `i`, a place and a name (`某省某市  张明`) under a finished text, sign that text as
    its byline, as a bare name there would? On the truths of all sets such lines were bylines 164
    times and text never. Not a letter's writer named by an honorific (`某市  刘先生`: the letter's
    last line 59 times), nor one with a note right under it (`（本报记者X整理）` goes on with the
    letter it closes)."""
    return not name.endswith(HONORIFICS) and (
        i + 1 >= len(units) or TRAILER.match(units[i + 1].lines[0].text) is None
    )
