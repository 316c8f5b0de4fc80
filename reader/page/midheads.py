"""A story's headline printed between two of its finished paragraphs.

A headline set across the columns of its story can come out of a PDF's text between two of the
story's paragraphs, where a column ended on a finished sentence (`…第八个春节。` / headline / blank /
`　　产量高，…`). `reader.page.midtitle` puts back a headline that breaks a sentence; this one stands
where a subhead or the next story's headline could, so only the page's first labelling tells it: the
story above opens as a story does (its byline or dateline) but was read with no title of its own,
and the heading is its story's: read as a subhead in that story's text, it names a column (`（纵横）`,
which no subhead does); or, read as a bare headline (no kicker, no subtitle) of the text under it,
it heads no story of its own there (no byline or dateline under it), and cohesion found the texts
around it one story's (`same_story`), or it names a column and cohesion found no new story there.
Not a tagged subhead that is one of several in the story or has a byline under it in the item (a
signed piece of its own), nor a heading whose column's name the next item's heading repeats (the
parts of one story, each a subhead). `heads_inside` finds such headings and `put_heads_back`
moves each to the head of the story it sits in, for the segmenter to label the page again. (On
the helper sets, headlines: July (1) +.008 tuning, +.023 held out; July 15–21 held out +.007;
Feb 22–28 +.009 tuning, +.003 held out; nothing else changed. A heading with a kicker or
subtitle, or one untagged and taken on its shape alone, also took apart stories that were right.)
"""

from __future__ import annotations

from dataclasses import replace

from reader.page.blocks import COLUMN_TAG, Line, Unit, dateline_head
from reader.page.grammar import State
from reader.page.midtitle import moved_title

# a heading found: what to take away (its block, or its line printed tight in a block), the title
# lines to set, and the line to set them over
Found = tuple[list[Line] | Line, list[Line], Line]


def heads_inside(
    blocks: list[list[Line]], units: list[Unit], states: list[State], items: list[list[int]]
) -> list[Found]:
    """The headings printed inside their own stories' text, each with the first line of the story's
    opening (its byline or dateline) to go over. `units`, `states` and `items` are the page's first
    labelling, of `blocks`."""
    found: list[Found] = []
    for k in range(len(items)):
        above = items[k]
        roles = [states[i].role for i in above]
        if "headline" in roles or "kicker" in roles or "body" not in roles:
            continue
        opening = above[0]
        if roles[0] != "byline" and not (roles[0] == "body" and dateline_head(units[opening].lines[0].text)):
            continue
        # (read as a subhead in the story's text: no subhead names a column; but not one of a set of
        # tagged subheads, nor over a byline in the item: the heading of another writer's piece)
        tagged = [
            i
            for i, r in zip(above, roles, strict=True)
            if r == "subhead" and "column_tag" in units[i].features
        ]
        if tagged:
            signed = any(r == "byline" for i, r in zip(above, roles, strict=True) if i > tagged[0])
            if len(tagged) == 1 and not signed:
                found += _where(blocks, units[tagged[0]], units[opening].lines[0])
            continue
        if k + 1 == len(items):
            continue
        item = items[k + 1]
        head = item[0]
        if states[head].role != "headline" or any(states[i].role in ("kicker", "subtitle") for i in item):
            continue
        features = units[head].features
        if "same_story" not in features and ("column_tag" not in features or "new_story" in features):
            continue
        rest = [i for i in item if states[i].role != "headline"]
        if (
            not rest
            or any(states[i].role == "byline" for i in rest)
            or dateline_head(units[rest[0]].lines[0].text)
        ):
            continue  # (a story of its own opens under it)
        tag = COLUMN_TAG.search(units[head].lines[-1].text)
        after = items[k + 2][0] if k + 2 < len(items) else -1
        if tag is not None and after >= 0 and units[after].lines[-1].text.endswith(tag.group()):
            continue  # (one of a set of parts under one column's name, `某某（热词）`, each a subhead)
        found += _where(blocks, units[head], units[opening].lines[0])
    return found


def _where(blocks: list[list[Line]], head: Unit, over: Line) -> list[Found]:
    """Where the heading unit `head` stands among `blocks`: a block of its own, or its one line printed
    tight at a block's end (none where it is neither, as a heading wrapped onto the text under it)."""
    text = "".join(line.text for line in head.lines)
    block = next((b for b in blocks if "".join(line.text for line in b) == text), None)
    if block is not None:
        return [(block, block, over)]
    if len(head.lines) == 1:
        line = head.lines[0]
        if any(x is line for b in blocks for x in b):
            return [(line, [replace(line, blank=True)], over)]
    return []


def put_heads_back(blocks: list[list[Line]], found: list[Found]) -> list[list[Line]]:
    """`blocks` with each heading found moved over its story's opening, set apart as a block of its
    own (a line printed tight is taken out of its block first)."""
    for moved, title, over in found:
        if isinstance(moved, Line):
            blocks = [kept for b in blocks if (kept := [x for x in b if x is not moved])]
            moved = []  # (nothing left to take away: the title goes in as a block of its own)
        blocks = moved_title(blocks, moved, title, over)
    return blocks
