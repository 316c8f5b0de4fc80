"""Two stories' texts that meet with no heading between them: where does the first one end?

A page may print one story's headline over its body and the next one's after its body. Where the
second follows the first, the two texts meet with nothing between them but a paragraph's break, and
the labelling, which sees a headline over the first text and one under the second, must end the
first story somewhere in the run of text between. Where the page prints a blank line between
paragraphs, runs of paragraphs are one unit (`units._merge_body`), and the only break the labelling
can choose may be one inside either story.

Two stories share few words, and two parts of one story many (`reader.page.cohesion`). So where the
texts on either side of the labelling's break share as many pairs of ideographs as parts of one
story do (`SAME_PLAIN`, the share of a break with no heading in it), and the texts on either side
of another paragraph's break in the run share as few as two stories do (under `NEW`, with `_LEAST`
characters a side), the first story ends at that break instead (`meeting_breaks`): the page is cut
into units again with a unit opening there, its text above marked `text_ends`, and labelled again.
A dateline under the labelling's break opens a story, and a signature or trailer over it closes
one, whatever the words: such breaks stand. On the truths of all ten page sets (tuning and
validation pages), of the 271 breaks the labelling put between a story headed before its body and
one headed after it, 191 stood where a story opens, and the rule moves none of them; it moves 6 of
the other 80, each page's articles better for it (layout10 3, layout7 1, layout5 1, layout3 1).
(Read past a dateline, a 1998 story made of two dispatches, each with its dateline, kept the
break at its second dateline and gained another, with no headline.) Only such breaks are read, so
a page without one costs nothing more.
"""

from __future__ import annotations

from reader.page.blocks import Line, Unit
from reader.page.cohesion import _FEWEST, _LEAST, _SPAN, NEW, SAME_PLAIN, _pairs, _shared
from reader.page.grammar import State, end_kind


def meeting_breaks(units: list[Unit], states: list[State], items: list[list[int]]) -> list[Line]:
    """The first lines of paragraphs where a story should open instead of at the labelling's break
    between an item headed before its body and the next one, headed after its body, whose texts
    meet (see the module notes); empty on most pages."""
    found: list[Line] = []
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
        start = len(above) - 1
        while start and states[above[start - 1]].role == "body":
            start -= 1
        end = 0
        while end + 1 < len(below) and states[below[end + 1]].role == "body":
            end += 1
        line = _better_break(units, above[start:] + below[: end + 1], len(above) - start)
        if line is not None:
            found.append(line)
    return found


def _better_break(units: list[Unit], run: list[int], cut: int) -> Line | None:
    """In the run of body units `run`, broken by the labelling before `run[cut]`: the first line of
    the paragraph whose break parts two stories' texts, where the labelling's break parts one
    story's (else None)."""
    lines: list[Line] = []
    # indices into `lines` where a paragraph may open: a unit's first line, one under a blank, one
    # under a paragraph's last line (finished short of the column)
    starts: list[int] = []
    at = 0
    for k, i in enumerate(run):
        if k == cut:
            at = len(lines)
        short = units[i].column - 2
        for n, line in enumerate(units[i].lines):
            if lines and (n == 0 or line.blank or (lines[-1].end and lines[-1].width < short)):
                starts.append(len(lines))
            lines.append(line)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.text))
    text = "".join([line.text for line in lines])

    def share(k: int, least: int) -> float | None:
        off = offsets[k]
        if min(off, len(text) - off) < least:
            return None
        return _shared(_pairs(text[max(0, off - _SPAN) : off]), _pairs(text[off : off + _SPAN]))

    here = share(at, _FEWEST)
    if here is None or here < SAME_PLAIN:
        return None
    best, where = NEW, -1
    for k in starts:
        if k != at and (found := share(k, _LEAST)) is not None and found < best:
            best, where = found, k
    return lines[where] if where >= 0 else None
