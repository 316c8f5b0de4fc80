"""Lexical cohesion across title lines: do the texts above and below them tell the same story?

Two stories set one after the other share few words; the two halves of one story around an in-body
subhead share names, places and terms. For each gap of up to three single lines (no byline with a
role or `——` subtitle among them, which mark a boundary already) between a finished body text and
the next, the pairs of ideographs in a row (a cheap stand-in for words) of up to `SPAN` characters
of text on either side are compared; the text is read on through a column break (a paragraph's
last words alone, a full line broken off mid-sentence; where those last words stand alone right
over the title lines, or end a paragraph cut into units of a line each that read on into one
another, the text above ends with them and the gap starts under them). Where they
share few (under `NEW` of the smaller side's pairs, with `LEAST` characters a side, or
`_LEAST_LONE` where the gap is one title line shorter than the column), the gap's title lines
are marked `new_story`: a boundary, where a title line is a headline, kicker or photo title
rather than a subhead. The more text is read, the less a share owes to chance: with the full
`SPAN` read on both sides of a lone title line well short of the column (set apart, not closed
by `——`), a share under `NEW_FULL` will do (on the gaps of seven page sets, tuning and
validation pages, such titles with a share of 0.02 to 0.03 headed another story 19 times and
were a subhead 6 times, 3 of them in the flow of the text or closed by `——`). Where they share
many (`SAME`, even with only `FEWEST` characters a side), the lines are marked `same_story`: a
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
share no words (under `NEW`, `LEAST` characters a side) the text above is marked `text_ends`: a
story may end there as at a signature, and the next one open with its body (its headline printed
after it).

A stack of title lines between a text and a photo's caption is split the same way, the caption
read as the text under it (`_split_over_captions`). Then the captions are read against the stories
around them (`reader.page.captionties`). How a text is read across units and its words told:
`reader.page.bodytext`.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.page.blocks import COLUMN_TAG, TRAILER, Unit, text_of
from reader.page.bodytext import (
    SPAN,
    goes_on,
    ideograph_pairs,
    ideograph_run,
    is_body,
    pairs_in,
    pairs_shared,
    run_pairs,
    runs_on,
    side_from,
    text_from,
)
from reader.page.captionties import mark_caption_ties
from reader.page.lean import Shares, mark_lean, mark_split
from reader.page.photos import mark_credited_photos
from reader.page.textclean import ends_sentence
from reader.page.untied import mark_untied_captions

NEW = 0.02  # shared pairs over the smaller side's pairs, under which two stories meet
SAME = 0.06  # … and over which the text goes on with one story
SAME_PLAIN = 0.05  # … where the gap looks like no story's heading (`_plain`)
LEAST = 150  # characters of text wanted on each side for a verdict of two stories
_LEAST_LONE = 100  # … where the gap holds one title line only
FEWEST = 40  # … and for a verdict of one
_SKIP = 3  # at most this many single lines between the two texts
_STACK = 5  # … and for reading which story its titles name (`reader.page.lean`)
# with the full `SPAN` characters (less a few) read on both sides, a share says more: under this
# one two stories meet
NEW_FULL = 0.03
_FULL = SPAN - 20
# what sets a photo's caption apart from text (`measure`): a title over one is no part's title
_PICTURE = frozenset({"caption_start", "very_wide", "credit_end", "wide", "over_credit"})


def _tail(unit: Unit) -> bool:
    """A line that finishes the sentence running into it: a paragraph's last words, not a title."""
    f = unit.features
    return "ends_stop" in f and "question" not in f and goes_on(unit)


def _title_under(unit: Unit) -> bool:
    """A text that finishes its sentence on its next-to-last line, a title set tight under it: the
    text is finished (the title is its heading, printed after it), not cut off."""
    lines = unit.lines
    return len(lines) >= 2 and ends_sentence(lines[-2].text) and not ends_sentence(lines[-1].text)


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


def _signed(unit: Unit) -> bool:
    """Does a text end with a note in brackets of its own line (`（本报记者 X）`, `（作者为…）`) or a
    signature closing its last sentence? A story ends there, whatever its words."""
    return "signed_end" in unit.features or bool(TRAILER.match(unit.lines[-1].text.strip()))


def _mark_names_nothing(title: Unit, after: set[int]) -> None:
    """The one title line between two parts of one story (their texts share many words) whose own
    words (a column's tag, `（X）`, left out) come back nowhere in the text under it heads nothing
    there: a headline names its story's text, a part's title need not (`names_nothing`). On the gaps
    of all non-blind page sets' truths, such lone lines between texts marked `same_story` stood
    inside one story 1,383 times (16 programs), over another story's text never, and closed the
    story above twice (its headline printed after its body, named by the text above: both still
    read so); with their words under them, 858, 9 and 0. (Not where a caption stands under it: a
    photo's title names its caption's words or none; nor under a text closed by a signature or a
    note in brackets, `_signed`: two commentaries on one subject may meet there.)"""
    if title.lines[0].credits:
        return  # (editor credits right over it close the part above: `stacks.mark_apart`)
    text = COLUMN_TAG.sub("", title.first) if "column_tag" in title.features else title.first
    own = ideograph_pairs(text)
    if len(own) >= 2 and not own & after:
        title.features["names_nothing"] = 1


def _lines_run_on(units: list[Unit], i: int, j: int) -> int:
    """Where the text of body unit `i` ends, when single full lines under it (a paragraph's lines cut
    into units of a line each) read on, each into the next, down to one that finishes its sentence
    before unit `j`: that last line's index (else `i`)."""
    k = i + 1
    while k < j - 1 and "full_line" in units[k].features and runs_on(units[k : k + 2]):
        k += 1
    return k if k > i + 1 and _tail(units[k]) else i


def _lines_open(units: list[Unit], i: int, j: int) -> int:
    """Where the text over body unit `j` opens, when the single lines right over it are a paragraph's
    lines cut into units of a line each (under title lines set tight over them): full lines reading
    on, each into the next, down to one that finishes its sentence with a clause before it
    (`…零部` / `件，从下单到装船，要走几道关？`). The first such line's index (else `j`)."""
    last = j - 1
    if last <= i + 1 or "ends_stop" not in units[last].features or "，" not in units[last].first:
        return j
    k = last
    while k - 1 > i + 1 and "full_line" in units[k - 1].features and runs_on(units[k - 1 : k + 1]):
        k -= 1
    return k if k < last else j


def _lean(titles: list[Unit], shares_of: Callable[[str], Shares], split: bool) -> None:
    """Read a gap's titles against the texts on either side (`reader.page.lean`); `shares_of` counts
    the pairs a title's text shares with each."""
    shares = [shares_of(unit.first) for unit in titles]
    if split and len(titles) >= 2:
        mark_split(titles, shares)  # a title's few words tell on any text
    mark_lean(titles, shares, shares_of)


def _in_sets(above: set[int], below: set[int]) -> Callable[[str], Shares]:
    """The pairs a title shares with two texts whose pairs (`ideograph_pairs`) are made already."""

    def shares_of(text: str) -> Shares:
        own = ideograph_pairs(text)
        return len(own & above), len(own & below)

    return shares_of


def _looked_up(above: str, below: str) -> Callable[[str], Shares]:
    """The pairs a title shares with two texts, each of its few pairs looked up in them (`pairs_in`):
    where nothing else reads the texts' own pairs, making their sets costs more."""
    up, down = ideograph_run(above), ideograph_run(below)

    def shares_of(text: str) -> Shares:
        own = run_pairs(text)
        return pairs_in(own, up), pairs_in(own, down)

    return shares_of


def mark_cohesion(units: list[Unit], run_on: bool = False) -> None:
    """Mark single title-like lines between the bodies of two different stories `new_story`, and
    those between two parts of one story `same_story`; on a page whose paragraphs run on
    (`run_on`), a text over a blank line under which another story's text goes on `text_ends`."""
    n = len(units)
    texts: dict[int, str] = {}
    i = 0
    while i < n:
        if not is_body(units[i]):
            i += 1
            continue
        j = i + 1
        while j < n and len(units[j].lines) == 1 and not is_body(units[j]):
            j += 1
        if j > i + 1 and "ends_stop" not in units[i].features and _tail(units[i + 1]):
            i += 1  # the text's last words, broken off by a column break: the text ends there
        elif j > i + 2:
            i = _lines_run_on(units, i, j)
        k = _lines_open(units, i, j)
        gap = units[i + 1 : k]
        opening = "".join([text_of(line) for unit in units[k:j] for line in unit.lines]) if k < j else ""
        # on a page whose paragraphs run on, a blank line between two finished texts with no title
        # line in it is a column break or a story's end: where the texts share no words, a story
        # ends there (one whose headline stands after its body follows one headed before it), as a
        # signature would mark it. (On pages with a blank line after every paragraph it tells
        # nothing, and reading the texts at every paragraph costs a sixth of the page's time.)
        if (
            run_on
            and j < n
            and all(goes_on(u) for u in gap)
            and "ends_stop" in units[j - 1].features
            and units[j].lines[0].blank
            and is_body(units[j])
        ):
            before, after = side_from(units, j - 1, -1, texts), side_from(units, j, 1, texts)
            if (
                min(len(before), len(after)) >= LEAST
                and pairs_shared(ideograph_pairs(before), ideograph_pairs(after)) < NEW
            ):
                units[j - 1].features["text_ends"] = 1
        if (
            gap
            and len(gap) <= _SKIP
            and "ends_stop" in units[i].features  # the text above finishes its sentence
            and j < n
            and is_body(units[j])
            and any(_candidate(u) for u in gap)
        ):
            candidates = [u for u in gap if _candidate(u)]
            titles = [u for u in candidates if u.byline is None]
            # a byline with a role or a `——` subtitle in the gap marks the boundary already
            marked = any(_marks_boundary(u) for u in gap)
            if marked and not titles:
                i = j
                continue  # (nothing to read the texts for)
            before, after = text_from(units, i, -1), opening + text_from(units, j, 1)
            pairs: tuple[set[int], set[int]] | None = None  # of the two texts, found once when asked
            if titles and marked:
                _lean(titles, _looked_up(before, after), split=True)  # (the texts' sets not wanted)
            elif titles:
                pairs = ideograph_pairs(before), ideograph_pairs(after)
                _lean(titles, _in_sets(*pairs), split=True)
            if marked:
                i = j
                continue
            shorter = min(len(before), len(after))
            shared = (
                pairs_shared(*(pairs or (ideograph_pairs(before), ideograph_pairs(after))))
                if shorter >= FEWEST
                else 0.0
            )
            # short texts share few pairs whatever they tell; around a lone line shorter than the
            # column (a title, not a text's line broken off at a column's end) fewer will do
            lone = len(candidates) == 1 and "full_line" not in candidates[0].features
            # sharing many pairs is rare between stories, even short ones; but a dateline opens a
            # story and a trailer or signature closes one, whatever the words (and datelines
            # share their 月日电)
            same = SAME_PLAIN if _plain(gap, candidates) else SAME
            # (two headings each naming its own side, `lean_split`, part two stories whatever they share)
            split = any("lean_split" in unit.features for unit in titles)
            if shared >= same and not split and not _closed(units[i], gap, units[j]):
                for unit in candidates:
                    unit.features["same_story"] = 1
                if (
                    lone
                    and titles
                    and pairs
                    and not _PICTURE & units[j].features.keys()
                    and not _signed(units[i])
                ):
                    _mark_names_nothing(titles[0], pairs[1])
            elif shared < (
                NEW_FULL if lone and shorter >= _FULL and _short_title(candidates[0]) else NEW
            ) and shorter >= (_LEAST_LONE if lone else LEAST):
                for unit in candidates:
                    unit.features["new_story"] = 1
                # the only title line between two stories is the later one's headline (or the
                # earlier one's, where headlines stand after their bodies), not a subhead
                if len(candidates) == 1:
                    candidates[0].features["lone_title"] = 1
        elif (
            gap
            and len(gap) <= _STACK
            and (len(gap) > _SKIP if "ends_stop" in units[i].features else not _title_under(units[i]))
            and j < n
            and is_body(units[j])
        ):
            # a whole heading (kicker, headline, subtitle, byline) is too long a gap to weigh the
            # texts' sharing, but its titles' words still name their story; and so they do under a
            # text that does not finish its sentence (a list, a line cut at a column's end): where
            # the texts' sharing tells nothing, a title's own words still say which side it heads
            titles = [u for u in gap if _candidate(u) and u.byline is None]
            if titles:
                below = opening + text_from(units, j, 1)
                _lean(titles, _looked_up(text_from(units, i, -1), below), split=False)
        i = j
    _split_over_captions(units)
    mark_caption_ties(units, texts)
    mark_credited_photos(units)  # (names tie captions to a story as its words do)
    mark_untied_captions(units, texts)


def _split_over_captions(units: list[Unit]) -> None:
    """Title lines stacked between a finished text and a photo's caption: where the upper names the
    story above and the lower the photo under it (`lean.mark_split`, the caption read as the text
    under them), the upper is that story's headline, printed after its body, and the lower the
    photo's title, not a kicker over a headline. (On the non-blind sets, 3 such stacks more read
    right, on layouts 5 and 8, and none wrong.)"""
    n = len(units)
    i = 0
    while i < n:
        if not is_body(units[i]) or "ends_stop" not in units[i].features:
            i += 1
            continue
        j = i + 1
        while j < n and _stack_title(units[j]):
            j += 1
        if j - i > 2 and j < n and not _CAPTION_OPENS.isdisjoint(units[j].features):
            titles = units[i + 1 : j]
            caption = "".join(map(text_of, units[j].lines))
            shares_of = _looked_up(text_from(units, i, -1), caption)
            mark_split(titles, [shares_of(unit.first) for unit in titles])
        i = max(j, i + 1)


def _stack_title(unit: Unit) -> bool:
    """A title line that may stand in a stack: one line, no byline, no caption or text."""
    return len(unit.lines) == 1 and unit.byline is None and _candidate(unit) and not is_body(unit)


_CAPTION_OPENS = frozenset({"caption_start", "credit_end"})  # a photo's caption: numbered, or credited
