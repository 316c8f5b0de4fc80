"""Lexical cohesion across title lines: do the texts above and below them tell the same story?

Two stories set one after the other share few words; the two halves of one story around an in-body
subhead share names, places and terms. For each gap of up to three single lines (no byline with a
role or `——` subtitle among them, which mark a boundary already) between a finished body text and
the next, the pairs of ideographs in a row (a cheap stand-in for words) of up to `_SPAN` characters
of text on either side are compared; the text is read on through a column break (a paragraph's
last words alone, a full line broken off mid-sentence; where those last words stand alone right
over the title lines, or end a paragraph cut into units of a line each that read on into one
another, the text above ends with them and the gap starts under them). Where they
share few (under `NEW` of the smaller side's pairs, with `_LEAST` characters a side, or
`_LEAST_LONE` where the gap is one title line shorter than the column), the gap's title lines
are marked `new_story`: a boundary, where a title line is a headline, kicker or photo title
rather than a subhead. The more text is read, the less a share owes to chance: with the full
`_SPAN` read on both sides of a lone title line well short of the column (set apart, not closed
by `——`), a share under `NEW_FULL` will do (on the gaps of seven page sets, tuning and
validation pages, such titles with a share of 0.02 to 0.03 headed another story 19 times and
were a subhead 6 times, 3 of them in the flow of the text or closed by `——`). Where they share
many (`SAME`, even with only `_FEWEST` characters a side), the lines are marked `same_story`: a
subhead inside one story, unless a dateline, trailer or signature marks a boundary there anyway.
A gap that holds nothing of a story's own heading (`_plain`: no title line naming a column, no
writer's name, the text under it set in the column of the text above) is read so from `SAME_PLAIN`:
on the gaps of all ten page sets (tuning and validation pages) such plain gaps with a share of
0.05 to 0.06 stood inside one story 312 times (on all nine layout programs) and between two stories 6.
Common news words (今天, 会见) make sharing a little say little, but on the gaps of 800 tuning pages
of two layout programs (1998 and 2026 texts) a share of 0.07 or more stood between two parts of
one story about 800 times and between two stories 25 times; on the gaps the segmenter compares
on the tuning pages of four layout programs (210), shares from 0.06 to 0.07 stood between two
parts of one story 9 times and never between two stories (0.05 to 0.06: 6 and 1). A bare name in
the gap does not keep the texts from being compared: it may be a tag word over a subhead (`循环`).
Single ideographs were tried first: they are cheaper, but stories on one local page share too many
of them (three layout programs: articles F1 0.925 / 0.979 / 0.894 with single ideographs, 0.924 /
0.981 / 0.899 with pairs).

Where the gap holds title lines, each is read against the two texts for the side it names
(`reader.page.lean`).

On a page whose paragraphs run on, with no blank line between them, a blank line between two
finished texts and no title line at all is a column break or the end of a story; where the texts
share no words (under `NEW`, `_LEAST` characters a side) the text above is marked `text_ends`: a
story may end there as at a signature, and the next one open with its body (its headline printed
after it).

A photo's caption says what it shows, and an article printed with photos tells of the same people
and places: a caption printed straight under a text whose words it shares (`TIE` pairs, over twice
those it shares with what follows) is that story's (`mark_caption_ties`). On the caption runs of
seven layout programs under a text of three lines or more, such sharing marked the article above's
captions 36 times and another item's 3 times. The converse does not hold: most laid-out pages pair
an article with photos of other stories, so a caption sharing nothing with the text above says
nothing of where it belongs; and words shared with the text below, past a heading, marked an
article's captions about 7 times in 8 but moved nearly as many pages' captions the wrong way as
the right.
"""

from __future__ import annotations

import re

from reader.page.blocks import NUMBERED_CAPTION, PICTURE_MARKS, Unit
from reader.page.credits import split_credit
from reader.page.lean import mark_lean, mark_split
from reader.page.photos import (
    CAPTION_RUN,
    CLOSING,
    mark_credited_photos,
    opens_heading,
    own_captions_ahead,
    photo_spans,
)

_SPAN = 300  # characters of body text read on each side
_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff]+")
NEW = 0.02  # shared pairs over the smaller side's pairs, under which two stories meet
SAME = 0.06  # … and over which the text goes on with one story
SAME_PLAIN = 0.05  # … where the gap looks like no story's heading (`_plain`)
_LEAST = 150  # characters of text wanted on each side for a verdict of two stories
_LEAST_LONE = 100  # … where the gap holds one title line only
_FEWEST = 40  # … and for a verdict of one
_SKIP = 3  # at most this many single lines between the two texts
_STACK = 5  # … and for reading which story its titles name (`reader.page.lean`)
# with the full `_SPAN` characters (less a few) read on both sides, a share says more: under this
# one two stories meet
NEW_FULL = 0.03
_FULL = _SPAN - 20


def _pairs(text: str) -> set[int]:
    """Every pair of ideographs in a row, as one number: the two characters' UTF-16 code units read
    together (all of them lie in the Basic Multilingual Plane, one code unit each). Read straight off
    the encoded text, pairs from even and from odd offsets, this is several times cheaper than a set
    of two-character strings or tuples, and a page compares up to a few thousand of them."""
    data = "".join(_IDEOGRAPHS.findall(text)).encode("utf-16-le")  # (a third faster than sub)
    view = memoryview(data)
    pairs = set(view[: len(data) // 4 * 4].cast("I"))
    pairs.update(view[2 : 2 + (len(data) - 2) // 4 * 4].cast("I"))
    return pairs


def _shared(a: set[int], b: set[int]) -> float:
    """The share of the smaller text's pairs (`_pairs`) that the other text has too."""
    return len(a & b) / (min(len(a), len(b)) or 1)


def _is_body(unit: Unit) -> bool:
    """Body text: two lines or more, or a paragraph's first line (indented, or broken off at a
    column's end), but no caption or box."""
    f = unit.features
    return (
        (len(unit.lines) >= 2 or "indented" in f or "next_full" in f)
        and "caption_start" not in f
        and "credit_end" not in f
        and "box" not in f
    )


def _goes_on(unit: Unit) -> bool:
    """Body text, or a line that finishes a sentence (a paragraph's last line cut off by a column
    break, `…救灾物资。`): no title ends with a full stop, so the text reads on through it."""
    f = unit.features
    return _is_body(unit) or (
        "ends_stop" in f and "caption_start" not in f and "credit_end" not in f and "box" not in f
    )


def _runs_on(pair: list[Unit]) -> bool:
    """Does the first unit's last line fill the column without finishing its sentence, and the
    second go on without opening a paragraph (a column break in the middle of a sentence)?"""
    unit, later = pair
    last = unit.lines[-1]
    return (
        not last.end
        and unit.column - 2 <= last.width <= unit.column + 2  # (a caption is set wider)
        and not unit.features.keys() & PICTURE_MARKS
        and not later.lines[0].indent
        and "dateline" not in later.features
    )


def _text(units: list[Unit], k: int, step: int) -> str:
    """Up to `_SPAN` characters of the body text from units[k] outwards in direction `step`."""
    parts: list[str] = []
    got = 0
    while 0 <= k < len(units) and got < _SPAN:
        # a text broken off at a column's end goes on in the next unit, whatever that looks like
        if not (
            _goes_on(units[k]) or (parts and _runs_on(units[k - 1 : k + 1] if step > 0 else units[k : k + 2]))
        ):
            break
        lines = units[k].lines
        for line in lines if step > 0 else reversed(lines):
            parts.append(line.text)
            got += len(line.text)
            if got >= _SPAN:
                break
        k += step
    return "".join(parts)


def _side(units: list[Unit], k: int, step: int, texts: dict[int, str]) -> str:
    """The last (`step` -1) or first (1) `_SPAN` characters of the body text read from units[k]
    outwards, as `_text` reads it but a unit at a time (`texts` keeps each unit's text)."""
    parts: list[str] = []
    got = 0
    while 0 <= k < len(units) and got < _SPAN:
        if not (
            _goes_on(units[k]) or (parts and _runs_on(units[k - 1 : k + 1] if step > 0 else units[k : k + 2]))
        ):
            break
        text = texts.get(k)
        if text is None:
            text = texts[k] = "".join(line.text for line in units[k].lines)
        parts.append(text)
        got += len(text)
        k += step
    if step > 0:
        return "".join(parts)[:_SPAN]
    return "".join(reversed(parts))[-_SPAN:]


def _tail(unit: Unit) -> bool:
    """A line that finishes the sentence running into it: a paragraph's last words, not a title."""
    f = unit.features
    return "ends_stop" in f and "question" not in f and _goes_on(unit)


def _candidate(unit: Unit) -> bool:
    f = unit.features
    return not (
        "credit" in f or "caption_start" in f or "long_text" in f or "dateline" in f or "trailer" in f
    )


def _marks_boundary(unit: Unit) -> bool:
    """A byline naming a role (`本报记者 X`) or a `——` subtitle: a boundary whatever the words. A bare
    name of two or three characters may be a signature, but also a tag word over a subhead (`循环`)."""
    return (unit.byline is not None and "byline_role" in unit.features) or "dash_lead" in unit.features


def _plain(gap: list[Unit], candidates: list[Unit]) -> bool:
    """A gap with nothing of a story's own heading in it: no title line naming a column (`…（X）`),
    no writer's name, and the text under it set in the column of the text above."""
    return not any(
        unit.byline is not None or "column_tag" in unit.features for unit in candidates
    ) and not any("column_changes" in unit.features for unit in gap)


def _closed(above: Unit, gap: list[Unit], below: Unit) -> bool:
    """Does a story end above the gap or start below it, by the marks that close and open one?"""
    return (
        "signed_end" in above.features
        or "dateline" in below.features
        or any("trailer" in u.features for u in gap)
    )


def _short_title(unit: Unit) -> bool:
    """A line well short of the column (no text line broken off at a column's end) that leads into
    nothing below it (no `——` at its end), set apart from the text as a heading is (not `in_flow`)."""
    f = unit.features
    return unit.lines[0].width <= unit.column - 4 and "dash_tail" not in f and "in_flow" not in f


def _lines_run_on(units: list[Unit], i: int, j: int) -> int:
    """Where the text of body unit `i` ends, when single full lines under it (a paragraph's lines cut
    into units of a line each) read on, each into the next, down to one that finishes its sentence
    before unit `j`: that last line's index (else `i`)."""
    k = i + 1
    while k < j - 1 and "full_line" in units[k].features and _runs_on(units[k : k + 2]):
        k += 1
    return k if k > i + 1 and _tail(units[k]) else i


def mark_cohesion(units: list[Unit], run_on: bool = False) -> None:
    """Mark single title-like lines between the bodies of two different stories `new_story`, and
    those between two parts of one story `same_story`; on a page whose paragraphs run on
    (`run_on`), a text over a blank line under which another story's text goes on `text_ends`."""
    n = len(units)
    texts: dict[int, str] = {}
    i = 0
    while i < n:
        if not _is_body(units[i]):
            i += 1
            continue
        j = i + 1
        while j < n and len(units[j].lines) == 1 and not _is_body(units[j]):
            j += 1
        if j > i + 1 and "ends_stop" not in units[i].features and _tail(units[i + 1]):
            i += 1  # the text's last words, broken off by a column break: the text ends there
        elif j > i + 2:
            i = _lines_run_on(units, i, j)
        gap = units[i + 1 : j]
        # on a page whose paragraphs run on, a blank line between two finished texts with no title
        # line in it is a column break or a story's end: where the texts share no words, a story
        # ends there (one whose headline stands after its body follows one headed before it), as a
        # signature would mark it. (On pages with a blank line after every paragraph it tells
        # nothing, and reading the texts at every paragraph costs a sixth of the page's time.)
        if (
            run_on
            and j < n
            and all(_goes_on(u) for u in gap)
            and "ends_stop" in units[j - 1].features
            and units[j].lines[0].blank
            and _is_body(units[j])
        ):
            before, after = _side(units, j - 1, -1, texts), _side(units, j, 1, texts)
            if min(len(before), len(after)) >= _LEAST and _shared(_pairs(before), _pairs(after)) < NEW:
                units[j - 1].features["text_ends"] = 1
        if (
            gap
            and len(gap) <= _SKIP
            and "ends_stop" in units[i].features  # the text above finishes its sentence
            and j < n
            and _is_body(units[j])
            and any(_candidate(u) for u in gap)
        ):
            candidates = [u for u in gap if _candidate(u)]
            titles = [u for u in candidates if u.byline is None]
            # a byline with a role or a `——` subtitle in the gap marks the boundary already
            marked = any(_marks_boundary(u) for u in gap)
            if marked and not titles:
                i = j
                continue  # (nothing to read the texts for)
            before, after = _text(units, i, -1), _text(units, j, 1)
            pairs: tuple[set[int], set[int]] | None = None  # of the two texts, found once when asked
            if titles:
                pairs = _pairs(before), _pairs(after)
                owns = [_pairs(unit.first) for unit in titles]
                if len(titles) >= 2:
                    mark_split(titles, owns, *pairs)  # a title's few words tell on any text
                mark_lean(titles, owns, *pairs, _pairs)
            if marked:
                i = j
                continue
            shorter = min(len(before), len(after))
            shared = _shared(*(pairs or (_pairs(before), _pairs(after)))) if shorter >= _FEWEST else 0.0
            # short texts share few pairs whatever they tell; around a lone line shorter than the
            # column (a title, not a text's line broken off at a column's end) fewer will do
            lone = len(candidates) == 1 and "full_line" not in candidates[0].features
            # sharing many pairs is rare between stories, even short ones; but a dateline opens a
            # story and a trailer or signature closes one, whatever the words (and datelines
            # share their 月日电)
            same = SAME_PLAIN if _plain(gap, candidates) else SAME
            if shared >= same and not _closed(units[i], gap, units[j]):
                for unit in candidates:
                    unit.features["same_story"] = 1
            elif shared < (
                NEW_FULL if lone and shorter >= _FULL and _short_title(candidates[0]) else NEW
            ) and shorter >= (_LEAST_LONE if lone else _LEAST):
                for unit in candidates:
                    unit.features["new_story"] = 1
                # the only title line between two stories is the later one's headline (or the
                # earlier one's, where headlines stand after their bodies), not a subhead
                if len(candidates) == 1:
                    candidates[0].features["lone_title"] = 1
        elif _SKIP < len(gap) <= _STACK and "ends_stop" in units[i].features and j < n and _is_body(units[j]):
            # a whole heading (kicker, headline, subtitle, byline) is too long a gap to weigh the
            # texts' sharing, but its titles' words still name their story
            titles = [u for u in gap if _candidate(u) and u.byline is None]
            if titles:
                before, after = _pairs(_text(units, i, -1)), _pairs(_text(units, j, 1))
                mark_lean(titles, [_pairs(unit.first) for unit in titles], before, after, _pairs)
        i = j
    mark_caption_ties(units, texts)
    mark_credited_photos(units)  # (names tie captions to a story as its words do)


TIE = 4  # pairs of ideographs a caption shares with the text above it (over twice those below) to be its


def mark_caption_ties(units: list[Unit], texts: dict[int, str] | None = None) -> None:
    """Captions printed straight under a text (of three lines or more) whose words are that text's:
    a caption tells what its photo shows, and the story it is printed with tells of the same people
    and places, where a photo standing alone, or the next story's, tells of something else. Where a
    caption (its credit left out) shares `TIE` pairs of ideographs or more with the text above it,
    and over twice as many as with the text below, every unit of the caption is marked
    `tells_above`: the story above's. Captions printed straight over a title line are read the same
    way against the story under it (`_mark_tells_below`), and a title line printed under a run's
    credit against the caption over it (`_mark_title_under`)."""
    texts = {} if texts is None else texts
    n = len(units)
    told = 0  # where the last run read against the story under it ended
    i = 0
    while i < n:
        f = units[i].features
        if f.keys().isdisjoint(CAPTION_RUN):
            i += 1
            continue
        j = i + 1
        while j < n and not CAPTION_RUN.isdisjoint(units[j].features):
            j += 1
        # (a news photo sent with its own dateline tells a story of its own)
        dated = "dateline" in f or "dated_credit" in f
        if i >= told:
            told = j
            if not dated and j < n and opens_heading(units[j]) and not own_captions_ahead(units, j):
                _mark_tells_below(units, i, j, texts)
            if j < n and not CLOSING.isdisjoint(units[j - 1].features) and opens_heading(units[j]):
                _mark_title_under(units, i, j, texts)
        if f.keys().isdisjoint(PICTURE_MARKS) or "credit" in f or not i or len(units[i - 1].lines) < 3:
            i += 1
            continue
        if dated:
            i = j
            continue
        # the run's photos, each closed by its credit; those sharing no word with the text above
        # at the run's end are left to the grammar (the next photo may be another story's)
        above = _word_pairs(_side(units, i - 1, -1, texts))
        own: set[str] = set()
        end = i
        start = i
        for k in range(i, j):
            if "credit" not in units[k].features:
                pairs = _caption_pairs(units[k])
                if pairs & above:
                    own |= pairs
                    end = k + 1
            if not CLOSING.isdisjoint(units[k].features) and end > start:
                end = k + 1
                start = k + 1
        up = len(own & above)
        if up >= TIE and up > 2 * len(own & _word_pairs(_following(units, j))):
            for unit in units[i:end]:
                unit.features["tells_above"] = 1
        i = j


def _mark_tells_below(units: list[Unit], i: int, j: int, texts: dict[int, str]) -> None:
    """In a run of captions `units[i:j]` printed straight over a title line, the first photo (its
    captions down to the credit closing them) whose words are those of the story under the title
    (`TIE_BELOW` pairs or more, `TOLD` of its own pairs or more, and over twice those it shares
    with the text above the run) is that story's, printed above its heading, and so is the rest of the run:
    its first unit is marked `tells_below`. A photo standing alone tells of something else. (An
    article prints its photos in one place: under a heading over captions of their own, the run is
    not read.)"""
    # the story's text under its title lines and byline (a photo's own title, printed under its
    # caption, shares the caption's words: it is not read)
    m = j
    while m < len(units) and m - j < _HEADING_LINES and len(units[m].lines) == 1:
        m += 1
    below = _word_pairs(_side(units, m, 1, texts))
    if not below and m < len(units) and "box" in units[m].features:
        # (a box opening the story under its heading, `编者按：…`, is its text too)
        below = _word_pairs("".join(line.text for line in units[m].lines)[:_SPAN])
    above = _word_pairs(_side(units, i - 1, -1, texts)) if i else set()
    for start, end in photo_spans(units, i, j):
        own: set[str] = set()
        for unit in units[start:end]:
            if "credit" not in unit.features:
                own |= _caption_pairs(unit)
        down = len(own & below)
        if down >= TIE_BELOW and down >= TOLD * len(own) and down > 2 * len(own & above):
            units[start].features["tells_below"] = 1
            return


def _mark_title_under(units: list[Unit], i: int, j: int, texts: dict[int, str]) -> None:
    """A title line printed straight under the credit closing a run of captions `units[i:j]`, whose
    words are those of the photo above it (`TITLE_TIE` pairs or more of its last caption's, over
    twice those it shares with the text above the run or with the text under its own heading), is
    that photo's title, printed under it: a story's heading tells of its own text, and a heading
    closing the story above or opening the next shares that story's words. It is marked
    `names_photo`, and the photo's captions `titled_caption`. A title leading into the line under it
    (`…——`) is a kicker, over its headline; one naming a column (`…（X）`) heads a story.

    A photo's title is a short phrase (`雪夜归舟`); set apart, with a title stack set apart under it,
    it is read so whatever its words: the heading under it is the next story's, and a kicker over a
    headline is a clause of its own (`某地推出新举措`), longer than `PHOTO_TITLE` characters. A
    numbered series of photos (`图①`) is an article's, and a title over its own subtitle (`——访…`)
    heads a story."""
    title = units[j]
    if "dash_tail" in title.features or "column_tag" in title.features:
        return
    start = photo_spans(units, i, j)[-1][0]
    if _short_photo_title(units, j) and not NUMBERED_CAPTION.match(units[start].first):
        _names_photo(units, start, j)
        return
    words = _word_pairs(title.first)
    if len(words) < TITLE_TIE:
        return
    own: set[str] = set()
    for unit in units[start:j]:
        if "credit" not in unit.features:
            own |= _caption_pairs(unit)
    up = len(words & own)
    if up < TITLE_TIE:
        return
    m = j + 1
    while m < len(units) and m - j < _HEADING_LINES and len(units[m].lines) == 1:
        m += 1
    below = _word_pairs(_side(units, m, 1, texts)) if m < len(units) else set()
    above = _word_pairs(_side(units, i - 1, -1, texts)) if i else set()
    if not above and i and "box" in units[i - 1].features:
        # (a box closing the text above, `编者按：…`, is that story's text too)
        boxed = "".join(line.text for line in units[i - 1].lines)
        above = _word_pairs(boxed[:_SPAN] + "\n" + boxed[-_SPAN:])
    if 2 * max(len(words & below), len(words & above)) >= up:
        return
    _names_photo(units, start, j)


def _names_photo(units: list[Unit], start: int, j: int) -> None:
    """Mark units[j] the title of the photo whose captions are units[start:j]."""
    units[j].features["names_photo"] = 1
    for unit in units[start:j]:
        if "credit" not in unit.features:
            unit.features["titled_caption"] = 1


def _short_photo_title(units: list[Unit], j: int) -> bool:
    """Is units[j] a short title of ideographs alone, set apart, with a title stack set apart under
    it?"""
    title = units[j]
    text = title.first.replace(" ", "")
    if "box_title" in title.features:
        return False  # (a box's title over its text opens the story under it)
    if not MIN_PHOTO_TITLE <= len(text) <= PHOTO_TITLE or not title.lines[0].blank:
        return False
    below = units[j + 1] if j + 1 < len(units) else None
    if below is None or not opens_heading(below) or not below.lines[0].blank:
        return False
    if not below.features.keys().isdisjoint(_OWN_UNDER) or not CAPTION_RUN.isdisjoint(below.features):
        return False  # (its own subtitle, `——访某某`, or a box opening its text, or the next photo's caption)
    return _IDEOGRAPHS.fullmatch(text) is not None


TITLE_TIE = 4  # pairs of ideographs a title line under a photo shares with its caption to be its title
# characters of a photo's short title, read as one with a heading under it (a two-character line is a
# section's tag or a place)
MIN_PHOTO_TITLE, PHOTO_TITLE = 4, 7
_OWN_UNDER = frozenset({"dash_lead", "box_title"})  # what a story's heading has right under it
# a long caption shares a few common pairs (发展, 市民) with any story: its share must be a part of it
TOLD = 0.15
TIE_BELOW = 3  # (with that share asked, a short caption's three pairs will do)
_HEADING_LINES = 5  # single lines (titles, a byline) looked past for the text under a heading


def _caption_pairs(unit: Unit) -> set[str]:
    """The pairs of ideographs of a caption unit's text, its credit left out."""
    return _word_pairs(split_credit(" ".join(line.text for line in unit.lines))[0])


def _word_pairs(text: str) -> set[str]:
    """Every pair of ideographs in a row inside one run of them (no pair made across a figure or a
    stop: `1月19日` gives no `月日`)."""
    return {run[k : k + 2] for run in _IDEOGRAPHS.findall(text) for k in range(len(run) - 1)}


def _following(units: list[Unit], k: int) -> str:
    """Up to `_SPAN` characters of what is printed from units[k] down, titles and all, captions left
    out."""
    parts: list[str] = []
    got = 0
    while k < len(units) and got < _SPAN:
        if units[k].features.keys().isdisjoint(CAPTION_RUN):
            text = "".join(line.text for line in units[k].lines)
            parts.append(text)
            got += len(text)
        k += 1
    return "".join(parts)[:_SPAN]
