"""A photo set into a column of text: the extractor reads its caption where the photo stands, between
two lines of one sentence of the story around it.

A page lays a photo into a column of a story's text wherever the column has room, and the column's
lines flow on under it: in the extracted text the caption (closed by its credit) then stands between
a line that breaks off mid-sentence at the column's edge and the line that finishes the sentence.
Read in page order, the line over the photo looks like a title (it ends no sentence) and the text
under it like a new story's opening. The sentence running on past the photo tells them apart: the
line over it fills its column and ends on no sentence's end, and the line under it goes on with
the same words (a word of the language runs across the two, `…召开座` / `谈会…`) or opens on a
mark no sentence opens with (`，`, `”`). Such a line is text (`text_past_photo`), the photo opens
no story, and the article reads the sentence whole, its photo's captions after it
(`reader.page.segment`).
"""

from __future__ import annotations

from reader.page.blocks import Unit
from reader.page.lexicon import word_crosses
from reader.page.photos import CAPTION_RUN, CLOSING
from reader.page.textclean import CLOSERS, is_ideograph
from reader.page.wordbreak import PAUSES

_GOES_ON_MARKS = PAUSES + CLOSERS + "。！？"  # (no sentence opens with one)


def mark_text_past_photos(units: list[Unit]) -> None:
    """Mark a unit whose last line, as wide as its column, breaks off mid-sentence right over a run
    of captions closed by a credit, where the unit under that run goes on with the sentence:
    `text_past_photo` on the unit over the photo, `text_under_photo` on the one under it."""
    n = len(units)
    for i, unit in enumerate(units[: n - 2]):
        last = unit.lines[-1]
        if last.end or last.width < unit.column - 2 or not unit.features.keys().isdisjoint(CAPTION_RUN):
            continue
        j = i + 1
        while j < n and not units[j].features.keys().isdisjoint(CAPTION_RUN):
            j += 1
        if j == i + 1 or j == n or CLOSING.isdisjoint(units[j - 1].features):
            continue
        under = units[j]
        if under.lines[0].indent or "dateline" in under.features:
            continue  # (a paragraph of its own, or a story's opening)
        # (the unit over the run may be the head of its first caption, broken off at a column's end)
        if _goes_on(last.text, units[i + 1].first) or "caption_goes_on" in units[i + 1].features:
            continue
        if _goes_on(last.text, under.first):
            unit.features["text_past_photo"] = 1
            under.features["text_under_photo"] = 1


def _goes_on(upper: str, lower: str) -> bool:
    """Does line `lower` go on with the sentence line `upper` broke off (a word runs across the two, or
    `lower` opens on a mark no sentence opens with)?"""
    x, y = upper[-1], lower[0]
    return y in _GOES_ON_MARKS or (is_ideograph(x) and is_ideograph(y) and word_crosses(upper, lower))


def read_past_photos(units: list[Unit], idx: list[int], roles: list[str]) -> tuple[list[int], list[str]]:
    """An item's units `idx` and their `roles` in reading order: the captions and credits of a photo
    set into a sentence of the text (`text_past_photo`) moved after the text that finishes it, so
    that the sentence reads whole and the photo's captions follow it."""
    for k in range(len(idx) - 2):
        if roles[k] != "body" or "text_past_photo" not in units[idx[k]].features:
            continue
        j = k + 1
        while j < len(idx) and roles[j] in ("caption", "credit"):
            j += 1
        if k + 1 < j < len(idx) and roles[j] == "body" and "text_under_photo" in units[idx[j]].features:
            order = [*range(k + 1), j, *range(k + 1, j), *range(j + 1, len(idx))]
            idx, roles = [idx[n] for n in order], [roles[n] for n in order]
    return idx, roles
