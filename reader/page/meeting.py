"""Two stories' texts that meet with no heading between them: where does the first one end?

A page may print one story's headline over its body and the next one's after its body. Where the
second follows the first, the two texts meet with nothing between them but a paragraph's break, and
the labelling, which sees a headline over the first text and one under the second, must end the
first story somewhere in the run of text between. Where the page prints a blank line between
paragraphs, runs of paragraphs are one unit (`bodyruns.merge_body`), and the only break the labelling
can choose may be one inside either story.

Two stories share few words, and two parts of one story many (`reader.page.cohesion`). So where the
texts on either side of the labelling's break share more pairs of ideographs than two stories do
(`NEW` or more), and the texts on either side of another paragraph's break in the run share as few
as two stories do (under `NEW`, with `LEAST` characters a side), the first story ends at that break
instead (`meeting_breaks`): the page is cut into units again with a unit opening there, its text
above marked `text_ends`, and labelled again. (The break the labelling chose may share fewer than
one story's parts do: its text above reads back over the story's first lines into the story before
it, as where a column break, not a heading, stands a few lines into a story printed straight under
another's text. Asking the labelling's break for `SAME_PLAIN` or more, as at first, left 7 such
stories of the valid pages of all sets unparted, with their blank lines, without any, or with blank
lines at column breaks only (blind sets 6, layout10 1): each is its own article now, two pages more
break their paragraphs right, and no page of any set reads worse.)
A dateline under the labelling's break opens a story, and a signature or trailer over it closes
one, whatever the words: such breaks stand. On the truths of all ten page sets (tuning and
validation pages), of the 271 breaks the labelling put between a story headed before its body and
one headed after it, 191 stood where a story opens, and the rule moves none of them; it moves 6 of
the other 80, each page's articles better for it (layout10 3, layout7 1, layout5 1, layout3 1).
(Read past a dateline, a 1998 story made of two dispatches, each with its dateline, kept the
break at its second dateline and gained another, with no headline.) Only such breaks are read, so
a page without one costs nothing more.

Where no break of the run parts two stories, the labelling's break may part none either: the text
above goes on under it (`goes_on`), its words the same story's (`SAME`), or the text under it is a
trailer alone (`（摘编自…）` closes a text and opens none). The heading the labelling printed after
that text is then the next story's, printed over its body. Such breaks are joined (`bodytext.mark_goes_on`:
the text above is marked `goes_on`, and no story opens under it, `unitends.TEXT_GOES_ON`), each
break of the run down to one whose texts part, and the page labelled again. On the truths of all
ten sets, of the breaks the labelling put there with no dateline under them and no box
(`编者按：…`) opening the text, 26 whose texts shared `SAME` or more stood inside one story
(layout10 2, layout9 4, layout8 2, layout7 1, layout6 2, layout5 6, layout4 2, layout3 4,
layout2 1, modern 2) and 1 where a story opens. Where the whole text under the break is the story
above's and the heading closing it shares more words with that text than with the text under it
(`_names_above`), the heading is that story's, printed after its body, and the heading over the
text is another's (a photo's title, a box's line): the break is left to the labelling (8 of such
14 on the truths).

A story prints one headline. Where the text under an item's headline closes with a one-line title
naming that text (`leans_up`, no finished sentence), read as its last line of text, as a subhead, or
as a kicker or headline over the next story's own heading, that title heads a story printed after
its text, which opens where the run under the first headline parts two stories' words
(`_closing_heading_breaks`): the page is cut there and the title marked `heads_after` (weighed as a
headline, `reader.page.weights`) for the labelling again. On the truths of all non-blind sets, such
titles over a run that parts: 4, each another story's heading printed after its text, the run parting
at that story's opening (layout6, layout7, modern2 read as text, layout10 over the next heading);
where no break parts, 19 were the item's own text or subhead and 16 headings (left alone).

A story's parts share their words across a subhead. Where the labelling reads a one-line title inside
the text of an item headed before its body as a subhead (short of the column, no finished sentence,
no box's title, no line in the text's flow, no note in brackets), and the item's text right above and
right under it part two stories' words (under `NEW`, `LEAST` characters a side: read over the whole
run of text, past the few lines `reader.page.cohesion` compares, as where the text above closes with
a list and no full stop), the line is the headline of another story printed over its text
(`_parted_subheads`): it is marked `heads_below` (weighed as a headline) for the labelling again. On
the truths of all non-blind sets, such lines: 15, each the headline of the story under it (layout2 2,
layout3 2, layout5 2, layout7 1, layout8 5, layout10 1, layout13 1, layout14 1), none a subhead;
with a share under 0.03, 20 headings (19 of the story under it) and 7 subheads: the cut stays at
`NEW`. (In items headed after their body, 3 such lines, each something else: a byline, a heading
of the text above, another story's.) A title as wide as the column, or read as text, says less by its
shape, so its words are asked too: where such a line (set apart by blank lines, `_set_apart_title`)
has its words in the text right under it and not in the text right above it (`lean.leans_to`), and the
two texts part (under `NEW`, `LEAST` characters a side), it is the headline of the story under it
(`_titles_naming` with placement "b", marked `heads_below` too). On the first labelling of all non-blind sets,
such lines beyond `_parted_subheads`' own: 4, each the headline of the story under it (layout5 1,
layout8 2, layout15 1), no line of text; without the words, 4 headings and 4 lines of text; with the
words and a share from `NEW` to `NEW_FULL`, 6 more headings and 3 lines of text.

The same holds where headings stand after their bodies. Where the labelling reads a one-line title
inside the text of an item headed after its body as text or a subhead (set apart by blank lines, no
finished sentence, no box's title, no line in the text's flow, no note in brackets but a column's
name), its words come back in the item's text right above it and not in the text right under it
(`lean.leans_to`), and those two texts share few words (under `NEW_FULL`, `LEAST` characters a side),
the line is the heading of the story above, printed after its body, and closes it
(`_titles_naming` with placement "a"): it is marked `heads_after` for the labelling again. On the first
labelling of all non-blind sets, such lines: 7, each the heading of the text above (layout2 1, layout3 2,
layout5 1, layout8 2, layout10 1), no line of text. The parting alone (no word of the title asked)
holds 8 headings and 12 other lines; with a share from `NEW_FULL` to 0.05, 5 more headings and 2
lines of text: the cut stays at `NEW_FULL`. (Such a title is read as text where the text under it
opens with a full line, as a paragraph's first line does, or with a piece too short for the three
lines `reader.page.cohesion` reads.)
"""

from __future__ import annotations

from reader.page.blocks import Line, Unit
from reader.page.bodytext import (
    IDEOGRAPHS,
    SPAN,
    ideograph_pairs,
    ideograph_run,
    pairs_in,
    pairs_shared,
    run_pairs,
)
from reader.page.byline_place import dated_and_signed
from reader.page.cohesion import FEWEST, LEAST, NEW, NEW_FULL, SAME
from reader.page.grammar import State
from reader.page.lean import LEAN, SHARED, leans_to
from reader.page.unitends import end_kind
from reader.page.weights import TITLE_ROLES


def meeting_breaks(
    units: list[Unit], states: list[State], items: list[list[int]]
) -> tuple[list[Line], list[tuple[Line, str]]]:
    """Where the labelling breaks between an item headed before its body and the next one, headed
    after its body, whose texts meet (see the module notes): the first lines of paragraphs where
    a story should open instead, and the first lines of the next item where no story opens at all,
    the text above going on (`goes_on`); both empty on most pages."""
    found: list[Line] = []
    joined: list[tuple[Line, str]] = []
    for above, below in zip(items, items[1:], strict=False):
        last, first = above[-1], below[0]
        if (
            states[last].role != "body"
            or states[first].role != "body"
            or states[last].placement != "b"
            or states[first].placement != "a"
            # a dateline opens the text under the break, a signature or trailer closes the one above
            or "dateline" in units[first].features
            or end_kind(units[last]) == 4
            or not any(states[i].role == "headline" for i in above)
            or not any(states[i].role == "headline" for i in below)
        ):
            continue
        told = next(k for k, i in enumerate(above) if states[i].role == "body")
        two = any(states[i].role == "byline" for i in above[told:])  # (two stories read as one item)
        start = len(above) - 1
        while start and states[above[start - 1]].role == "body":
            start -= 1
        end = 0
        while end + 1 < len(below) and states[below[end + 1]].role == "body":
            end += 1
        run = above[start:] + below[: end + 1]
        line = _parting_line(units, run, len(above) - start)
        if line is None:
            title = next(units[i].first for i in below if states[i].role == "headline")
            line = _lead_line(units, run, len(above) - start, title)
        if line is not None:
            found.append(line)
        elif not two:
            # (where the labelling is kept from breaking there, it breaks at the next unit: each
            # break of the run whose texts go on is joined, down to one that parts two stories)
            k = cut = len(above) - start
            head = "".join(units[i].text for i in above[:told] if states[i].role in TITLE_ROLES)
            while k < len(run) and _goes_on(units, run, k, head):
                k += 1
            if k == len(run) and _names_above(units, states, below):
                continue  # the heading under the text names it: the story's, printed after its body
            joined.extend((units[i].lines[0], "goes_on") for i in run[cut:k])
    closing = _closing_heading_breaks(units, states, items)
    found.extend(line for line, _ in closing)
    joined.extend((title, "heads_after") for _, title in closing)
    below = {*_parted_subheads(units, states, items), *_titles_naming(units, states, items, "b", 1, NEW)}
    joined.extend((units[i].lines[0], "heads_below") for i in sorted(below))
    after = _titles_naming(units, states, items, "a", -1, NEW_FULL)
    joined.extend((units[i].lines[0], "heads_after") for i in after)
    for title, glued, run in dated_and_signed(units, states, items):
        if title is not None:
            joined.append((title, "heads_after"))
            if glued:
                found.append(title)
        elif (line := _parting_line(units, run)) is not None:
            found.append(line)
    return found, joined


def _closing_heading_breaks(
    units: list[Unit], states: list[State], items: list[list[int]]
) -> list[tuple[Line, Line]]:
    """Items headed before their body whose text closes with a one-line title naming the text over it
    (`leans_up`, no finished sentence), which the labelling read as text or a subhead (nothing but a
    byline under it in the item) or as the first title over the next item's heading: a story prints
    one headline, so that title is the heading of a story printed after its text, and that story's
    text opens where the run of text under the first headline parts two stories' words (under
    `NEW`, `LEAST` characters a side). For each such item whose run parts, the first line of the
    paragraph there and the title's line (see the module notes)."""
    found: list[tuple[Line, Line]] = []
    for n, item in enumerate(items):
        if states[item[0]].placement != "b":
            continue
        last = len(item) - 1
        while last > 0 and states[item[last]].role == "byline":
            last -= 1
        if states[item[last]].role in ("body", "subhead") and states[item[last - 1]].role == "body":
            title = item[last]
        elif last == len(item) - 1 and states[item[last]].role == "body" and n + 1 < len(items):
            # (… or as the kicker or headline over the next story's heading)
            title, after = items[n + 1][0], items[n + 1][1:2]
            if (
                states[title].role not in ("kicker", "headline")
                or not after
                or states[after[0]].role not in ("kicker", "headline", "subtitle")
            ):
                continue
            last += 1
        else:
            continue
        closing = units[title]
        if len(closing.lines) != 1 or "leans_up" not in closing.features or "ends_stop" in closing.features:
            continue
        heads = [k for k in range(last) if states[item[k]].role == "headline"]
        if not heads:
            continue
        run = [i for i in item[heads[0] + 1 : last] if states[i].role == "body"]
        line = _parting_line(units, run)
        if line is not None:
            found.append((line, closing.lines[0]))
    return found


# marks of a line that is text or no story's heading: a finished sentence, a line as wide as its column, a
# box's title, a quoted work's attribution, a line in the flow of the text, a `——` lead, a question, a
# photo's caption or credit, a dateline, a trailer
_NOT_HEADING = frozenset(
    {
        "ends_stop",
        "full_line",
        "box",
        "box_title",
        "box_inside",
        "attribution",
        "in_flow",
        "dash_lead",
        "dash_tail",
        "question",
        "credit",
        "caption_start",
        "dateline",
        "trailer",
    }
)


_NOT_CLOSING = _NOT_HEADING - {"full_line"}  # (a heading printed after its text may be as wide as the column)


def _parted_subheads(units: list[Unit], states: list[State], items: list[list[int]]) -> list[int]:
    """Units read as a subhead inside the text of an item headed before its body, one line short of
    the column that finishes no sentence (no box's title, no line in the text's flow, no note in
    brackets), where the item's text right above and right under it part two stories' words (under
    `NEW`, `LEAST` characters a side): a story's parts share their words across a subhead, so the
    line is the headline of another story, printed over its text (see the module notes)."""
    found: list[int] = []
    for item in items:
        if states[item[0]].placement != "b":
            continue
        for k in range(1, len(item) - 1):
            unit = units[item[k]]
            if (
                states[item[k]].role != "subhead"
                or len(unit.lines) != 1
                or not unit.features.keys().isdisjoint(_NOT_HEADING)
                or len(unit.text) < 3
                or unit.text.endswith(("）", ")", "：", ":"))
            ):
                continue
            start, end = k, k + 1
            while start and states[item[start - 1]].role == "body":
                start -= 1
            while end < len(item) and states[item[end]].role == "body":
                end += 1
            up = "".join([line.text for i in item[start:k] for line in units[i].lines])[-SPAN:]
            down = "".join([line.text for i in item[k + 1 : end] for line in units[i].lines])[:SPAN]
            if (
                min(len(up), len(down)) >= LEAST
                and pairs_shared(ideograph_pairs(up), ideograph_pairs(down)) < NEW
            ):
                found.append(item[k])
    return found


def _text_run(units: list[Unit], states: list[State], item: list[int], k: int, step: int) -> str:
    """Up to `SPAN` characters of the item's run of body text next to its unit `k`: the run's last
    ones right above it (`step` -1) or its first ones right under it (1)."""
    parts: list[str] = []
    got = 0
    k += step
    while 0 <= k < len(item) and got < SPAN and states[item[k]].role == "body":
        lines = units[item[k]].lines
        for line in lines if step > 0 else reversed(lines):
            parts.append(line.text)
            got += len(line.text)
            if got >= SPAN:
                break
        k += step
    if step > 0:
        return "".join(parts)[:SPAN]
    return "".join(reversed(parts))[-SPAN:]


def _set_apart_title(units: list[Unit], states: list[State], item: list[int], k: int) -> bool:
    """Is the item's unit `k` a title-shaped line read as text or a subhead between two runs of the
    item's text: one line set apart by blank lines (a blank line over it and under it) that finishes
    no sentence (no box's title, no line in the text's flow, no note in brackets but a column's name)?"""
    unit = units[item[k]]
    return (
        len(unit.lines) == 1
        and unit.lines[0].blank
        and units[item[k + 1]].lines[0].blank
        and states[item[k]].role in ("body", "subhead")
        and unit.features.keys().isdisjoint(_NOT_CLOSING)
        and len(unit.text) >= 3
        and not unit.text.endswith(("：", ":"))
        and (not unit.text.endswith(("）", ")")) or "column_tag" in unit.features)
        and states[item[k - 1]].role == "body"
        and states[item[k + 1]].role == "body"
    )


def _words(title: str) -> set[str]:
    """The pairs of ideographs in a row of a title, as `ideograph_pairs` reads them, as strings."""
    run = "".join(IDEOGRAPHS.findall(title))
    return {run[k : k + 2] for k in range(len(run) - 1)}


def _named(words: set[str], text: str) -> int:
    """How many of a title's pairs (`_words`) the text holds: `len(ideograph_pairs(title) &
    ideograph_pairs(text))`, found by searching the text's ideographs for each, which costs a tenth
    as much as the text's pairs (a title has few)."""
    run = "".join(IDEOGRAPHS.findall(text))
    return sum(word in run for word in words)


def _titles_naming(
    units: list[Unit], states: list[State], items: list[list[int]], placement: str, step: int, parting: float
) -> list[int]:
    """Units read as text or a subhead inside the text of an item whose heading stands on its
    `placement` side ("a" after its body, "b" before), title-shaped (`_set_apart_title`), whose words
    come back in the item's text right next to it on the `step` side (-1 above, 1 under) and not in the
    text on the other (`lean.leans_to`), where those two texts share few words (under `parting`, `LEAST`
    characters a side): with "a" and -1 (`parting` `NEW_FULL`), the heading of the story above printed
    after its body, closing it; with "b" and 1 (`NEW`), the headline of the story under it (see the
    module notes)."""
    found: list[int] = []
    for item in items:
        if states[item[0]].placement != placement:
            continue
        for k in range(1, len(item) - 1):
            if not _set_apart_title(units, states, item, k):
                continue
            near = _text_run(units, states, item, k, step)
            if len(near) < LEAST:
                continue
            words = _words(units[item[k]].text)
            named = _named(words, near)
            if named < SHARED:
                continue  # (`leans_to` asks as many: the near text first, most lines share none)
            far = _text_run(units, states, item, k, -step)
            if len(far) < LEAST or not leans_to(named, _named(words, far), LEAN):
                continue
            if pairs_shared(ideograph_pairs(near), ideograph_pairs(far)) < parting:
                found.append(item[k])
    return found


def _names_above(units: list[Unit], states: list[State], item: list[int]) -> bool:
    """Does the heading printed after the text of `item` (its kicker and headline lines) share
    more words with the text over it than with the text printed under it?"""
    heading = [i for i in item if states[i].role in ("kicker", "headline")]
    if not heading:
        return False
    words = set().union(*(run_pairs(units[i].text) for i in heading))  # (looked up in the texts: `pairs_in`)
    texts = [units[i] for i in item[: item.index(heading[0])] if states[i].role == "body"]
    up = "".join([line.text for unit in texts for line in unit.lines])[-SPAN:]
    # the text under it: body text of the next few units (a byline or photo over it left out)
    below = [
        units[i] for i in range(heading[-1] + 1, min(heading[-1] + 6, len(units))) if states[i].role == "body"
    ]
    down = "".join([line.text for unit in below for line in unit.lines])[:SPAN]
    return pairs_in(words, ideograph_run(up)) > pairs_in(words, ideograph_run(down))


def _goes_on(units: list[Unit], run: list[int], cut: int, head: str = "") -> bool:
    """Does the text above the labelling's break before `run[cut]` go on under it: the text under
    it is a trailer alone (`（摘编自…）` closes a text, it opens none), or the texts either side
    share as many words as two parts of one story (`SAME`, `FEWEST` characters a side; a text above
    too short to tell is read with its heading, `head`, which names it)? A box opening a story's
    body (`编者按：…`) stands where a story opens, whatever its words."""
    first = units[run[cut]].features
    if "box_opening" in first:
        return False
    if "trailer" in first:
        return cut == len(run) - 1
    up = "".join([line.text for i in run[:cut] for line in units[i].lines])[-SPAN:]
    up = up if len(up) >= FEWEST else head + up
    down = "".join([line.text for i in run[cut:] for line in units[i].lines])[:SPAN]
    return (
        min(len(up), len(down)) >= FEWEST and pairs_shared(ideograph_pairs(up), ideograph_pairs(down)) >= SAME
    )


LEAD_HOLDS = 0.6  # of a headline's pairs of ideographs, the first paragraph of its story's text holds
LEAD_ABOVE = 0.2  # … and the text above that story's opening, at most


def _lead_line(units: list[Unit], run: list[int], cut: int, title: str) -> Line | None:
    """In the run of body units `run`, under a headline-first story and over `title`, the headline of a
    story printed after its text: the first line of the paragraph that opens that story, where none
    other in the run parts the two texts' words (`_parting_line`). A news story's first paragraph tells
    its headline again (`首条跨海高速磁浮试验线全线贯通` / `8日，我国首条跨海高速磁浮试验线在…完成全线
    贯通`): it holds `LEAD_HOLDS` of the title's pairs of ideographs or more (the first such paragraph
    holding most), the text over it `LEAD_ABOVE` at most, and the two texts share fewer words than one
    story's parts do (under `SAME`: a commentary may quote its title in its text); where the
    labelling's break opens such a paragraph already, or the paragraph stands over that break, or the
    text between the break and it shares more words with the lead's story than with the one above (a
    feature opens on a scene and tells its headline after), None."""
    wanted = run_pairs(title)
    if len(wanted) < 4 or "box" in units[run[cut]].features:
        return None  # (a box opening at the labelling's break, `编者按：…`, heads the story there)
    lines, starts, brk = _paragraphs(units, run, cut)
    least = LEAD_HOLDS * len(wanted)
    most, at = 0, -1
    for n, m in zip(starts, [*starts[1:], len(lines)], strict=True):
        holds = pairs_in(wanted, ideograph_run("".join(x.text for x in lines[n : min(m, n + 6)])))
        if holds >= least and n == brk:
            return None
        if holds >= least and holds > most:
            most, at = holds, n
    if at <= brk:
        return None  # (a story's lead is under its opening: the text over the break is another's)
    text = [x.text for x in lines]
    between, below = ideograph_pairs("".join(text[brk:at])), ideograph_pairs("".join(text[at:])[:SPAN])
    if pairs_shared(between, ideograph_pairs("".join(text[:brk])[-SPAN:])) <= pairs_shared(between, below):
        return None  # (what stands between tells the lead's story: its opening, a scene or a quote)
    above = "".join(text[:at])[-SPAN:]
    if pairs_in(wanted, ideograph_run(above)) > LEAD_ABOVE * len(wanted) or (
        pairs_shared(ideograph_pairs(above), below) >= SAME  # (one story's words)
    ):
        return None
    return lines[at]


def _paragraphs(
    units: list[Unit], run: list[int], cut: int | None = None
) -> tuple[list[Line], list[int], int]:
    """The lines of the run of body units `run`, the indices of those where a paragraph may open (each
    unit's first line, one under a blank, one under a paragraph's last line, finished short of the
    column), and the index of `run[cut]`'s first line (0 where `cut` is None)."""
    lines: list[Line] = []
    starts: list[int] = []
    at = 0
    for k, i in enumerate(run):
        if k == cut:
            at = len(lines)
        short = units[i].column - 2
        for n, line in enumerate(units[i].lines):
            if n == 0 or line.blank or (lines[-1].end and lines[-1].width < short):
                starts.append(len(lines))
            lines.append(line)
    return lines, starts, at


def _parting_line(units: list[Unit], run: list[int], cut: int | None = None) -> Line | None:
    """In the run of body units `run`: the first line of the paragraph whose break parts two stories'
    texts most (under `NEW`, `LEAST` characters a side), else None; where the labelling broke the run
    before `run[cut]`, only if the texts either side of that break share more words than two
    stories do (`NEW` or more)."""
    # (the run's first line opens no paragraph of its own here: no text stands over it, `share`)
    lines, starts, at = _paragraphs(units, run, cut)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.text))
    text = "".join([line.text for line in lines])

    def share(k: int, least: int) -> float | None:
        off = offsets[k]
        if min(off, len(text) - off) < least:
            return None
        return pairs_shared(
            ideograph_pairs(text[max(0, off - SPAN) : off]), ideograph_pairs(text[off : off + SPAN])
        )

    if cut is not None:
        here = share(at, FEWEST)
        if here is None or here < NEW:
            return None
    else:
        at = -1
    best, where = NEW, -1
    for k in starts:
        if k != at and (found := share(k, LEAST)) is not None and found < best:
            best, where = found, k
    return lines[where] if where >= 0 else None
