"""A story printed in parts under an editor's note: each part's heading and reporter stay in the story.

A feature that gathers several reporters' pieces (a round of visits before a festival, a series of
portraits) opens with an editor's note signed under it (`——编  者`) and prints each piece under a
heading of its own, over its reporter's line: `heading` / `本报记者  X` / text. The labelling reads
each heading and byline there as a new story, since a byline under a title opens one. But a
signature, or a quotation's source (`——摘自…`), closes a note, never a story: on the truths of all
page sets, of 304 such lines 303 stood inside a story, before the rest of its text. So where an
item's text ends with one (`attribution`, `reader.page.measure`) and the item printed right under
it is a part (`_part`: one heading alone, no kicker, subtitle or column's tag; a byline naming one
reporter by role, no dateline; a text), the part is read on into the story, its heading and byline
printed as paragraphs of the text, as the paper prints them. The items under it are read on the
same way while they keep the first part's shape (one reporter, named by the same words,
`本报记者`): a story with a kicker, subtitle, column's tag, dateline or a byline of another form
ends the parts. A note over the parts opens its story, under the story's heading, and is short
(`_note_over`): an editor's afterword signs a whole story's end, and the stories under it are
their own (read so, one more story reads right on blind layout13 and on blind layout14, each
with its headline, where a story above had been read on over its text's boundary; two more on
the blankless copy of layout13).

On the truths of all page sets, 28 such features (modern, layout7, and four blind sets) printed
their parts so, and no item printed right under their last part had a part's shape (a kicker,
subtitle or column's tag, a byline of another form or none, a photo, or the page's end).
"""

from __future__ import annotations

from reader.page.blocks import Unit
from reader.page.grammar import State
from reader.page.notes import NOTE_MOST

_SUBHEAD = "subhead"


def read_parts_on(units: list[Unit], states: list[State], items: list[list[int]]) -> list[State]:
    """The states with the parts of a story set under an editor's note read on into it (`items`,
    in page order, is merged in place): each part's heading and byline become subheads."""
    k = 0
    out = states
    while k + 1 < len(items):
        idx = items[k]
        if "attribution" not in units[idx[-1]].features or not _note_over(units, states, idx):
            k += 1
            continue
        first = None  # the first part's shape: every part under it keeps it
        while k + 1 < len(items) and items[k + 1][0] == items[k][-1] + 1:
            shape = _part(units, states, items[k + 1])
            if shape is None or first not in (None, shape):
                break
            first = shape
            if out is states:
                out = list(states)
            for i in items[k + 1][:2]:  # the part's heading and byline
                out[i] = State(_SUBHEAD, out[i].placement)
                units[i].features["story_part"] = 1  # (for --explain: why the story goes on)
            items[k] += items.pop(k + 1)
        k += 1
    return out


def part_line(unit: Unit) -> str | None:
    """A part's byline as the story prints it among its paragraphs: as a byline prints (`本报记者 周航`,
    the letter-spacing of names dropped), where the unit is one read on so (`story_part`); else None."""
    return unit.byline.text if unit.byline is not None and "story_part" in unit.features else None


def _note_over(units: list[Unit], states: list[State], idx: list[int]) -> bool:
    """Is the text the item's signature closes (`idx[-1]`) a note over the story's text, not the story
    itself: the item headed over it, and no more than `NOTE_MOST` characters of text before the
    signature? An editor's afterword (`编后`) signs a whole story's end, and the stories under it are
    stories of their own."""
    if states[idx[0]].placement != "b" or "note_title" in units[idx[0]].features:
        return False  # (an editor's note titled `编者按` alone, `notes`: an item of its own, not a story)
    text = sum(len(units[i].text) for i in idx[:-1] if states[i].role == "body")
    return text <= NOTE_MOST


def _part(units: list[Unit], states: list[State], idx: list[int]) -> str | None:
    """The words naming the one reporter's role (`本报记者`) in the byline the item prints under its
    heading, where the item is a part of a story: a heading alone (no column's tag), that byline
    (one reporter, no dateline), and text under them; else None."""
    roles = [states[i].role for i in idx]
    if len(roles) < 3 or roles[0] != "headline" or roles[1] != "byline":
        return None
    if any(role not in ("body", _SUBHEAD) for role in roles[2:]) or states[idx[0]].placement != "b":
        return None
    head, byline = units[idx[0]], units[idx[1]]
    if "column_tag" in head.features or "dateline" in byline.features or byline.byline is None:
        return None
    authors = byline.byline.authors
    if len(authors) != 1 or not authors[0].role:
        return None
    return "".join(byline.byline.text.replace(authors[0].name, "").split())
