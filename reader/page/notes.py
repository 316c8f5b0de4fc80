"""An editor's note printed as an item of its own: `编者按` heading a short text signed `——编  者`.

A paper often opens a page, or a set of stories on it, with an editor's note: its title `编者按`, a few
lines, and the editors' signature. Where the note sits under a story's heading it opens that story's
text (a box, `measure`'s `box_opening`), and the labelling reads it so. But where it stands between
stories, with no heading of its own above it, the note is an item of its own, titled `编者按`: the
digital edition prints it as one, and the labelling, reading it as a box that must open some story's
text, ran the stories under it together.

`mark_notes` marks such a note where its layout says so, and only there:

- printed title first: `编者按` alone on its line at the page's top or under a finished text (a
  sentence's end, a credit, a note in brackets), then at most `NOTE_MOST` characters of text closed by
  the editors' signature, with what opens a heading under the signature (a title line, a byline, a
  photo's caption or credit), or nothing: the page ends. A text under the signature is the story the
  note opens (its headline printed after it), so the note stays that story's box;
- printed title last: `编者按` alone right under the editors' signature, as a headline printed after
  its text is.

The title is marked `note_title` (a headline, no box's title; `note_under` too where printed last: it
heads no text under it); the signature `note_end` (the note's last paragraph, which closes its text:
no story's text goes on past it), and what stands under that `under_note`: a heading there
heads no text above it.
"""

from __future__ import annotations

from reader.page.blocks import PICTURE_MARKS, Unit, headingish
from reader.page.textclean import DASHES, MARKERS
from reader.page.unitends import end_kind

_NOTE = "编者按"  # an editor's note's title (`blocks.BOX_OPENINGS`)
_EDITORS = "编者"  # … and its signature, after a dash (`——编  者`)
# characters of text, at most, an editor's note holds (over a story's parts, `parts`, the notes on the
# truths: 171 to 350, photo captions included); a story's own text signed at its end runs longer
NOTE_MOST = 600
_NOTE_UNITS = 8  # … and units (a note broken over columns)


def mark_notes(units: list[Unit]) -> None:
    """Mark each editor's note standing as an item of its own: its title `note_title`, its signature
    `note_end` (and `text_ends`, where the title is printed first: what follows opens afresh)."""
    for i, unit in enumerate(units):
        if "box_opening" not in unit.features or not _note_title(unit):
            continue
        if i and _signed(units[i - 1]):
            unit.features["note_title"] = 1
            unit.features["note_under"] = 1  # printed after the note it heads (`labels`)
            units[i - 1].features["note_end"] = 1
            continue
        if i and end_kind(units[i - 1]) not in (0, 3, 4):
            continue  # under a heading or a text broken off: the note opens that story's text
        end = _signature_under(units, i)
        if end is None or not _heading_opens(units, end + 1):
            continue
        unit.features["note_title"] = 1
        units[end].features["note_end"] = 1
        units[end].features["text_ends"] = 1
        if end + 1 < len(units):
            units[end + 1].features["under_note"] = 1  # (a heading here heads no text above, `labels`)


def _note_title(unit: Unit) -> bool:
    """Is the unit the title of an editor's note alone on its line (`编者按`, `■编者按：`)?"""
    return len(unit.lines) == 1 and "".join(unit.first.split()).strip(MARKERS + "：:") == _NOTE


def _signed(unit: Unit) -> bool:
    """Is the unit the editors' signature alone (`——编  者`)?"""
    return len(unit.lines) == 1 and "".join(unit.first.split()).lstrip(DASHES) == _EDITORS


def _signature_under(units: list[Unit], i: int) -> int | None:
    """The index of the editors' signature closing the short text under the note's title `i`, if any:
    within `_NOTE_UNITS` units and `NOTE_MOST` characters, with no byline or heading's column tag
    between (a story's, which the note would then open)."""
    size = 0
    for k in range(i + 1, min(len(units), i + 2 + _NOTE_UNITS)):
        unit = units[k]
        if _signed(unit):
            return k if k > i + 1 else None
        size += len(unit.text)
        if size > NOTE_MOST or unit.byline is not None or "column_tag" in unit.features:
            return None
    return None


def _heading_opens(units: list[Unit], k: int) -> bool:
    """Does what stands at unit `k` open a heading, or a photo, not a text: the page's end, a title
    (a line or two, no sentence nor clause left open: `headingish`), a byline, a photo's caption or
    credit? A text's first line ending on a colon (`记者看到：`) opens no heading."""
    if k >= len(units):
        return True
    unit = units[k]
    f = unit.features
    if unit.byline is not None or f.keys() & PICTURE_MARKS or "column_tag" in f:
        return True
    last = unit.lines[-1]
    return len(unit.lines) <= 2 and "ends_stop" not in f and not last.indent and headingish(last.text)
