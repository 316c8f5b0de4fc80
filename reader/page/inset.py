"""A photo set into a column of text: the extractor reads its caption where the photo stands, inside
the story around it, between two of its paragraphs or between two lines of one sentence.

A page lays a photo into a column of a story's text wherever the column has room, and the column's
lines flow on under it: in the extracted text the caption (closed by its credit) then stands between
a line that breaks off mid-sentence at the column's edge and the line that finishes the sentence.
Read in page order, the line over the photo looks like a title (it ends no sentence) and the text
under it like a new story's opening. The sentence running on past the photo tells them apart: the
line over it fills its column and ends on no sentence's end, and the line under it goes on with
the same words (a word of the language runs across the two, `…召开座` / `谈会…`) or opens on a
mark no sentence opens with (`，`, `”`). Such a line is text (`text_past_photo`), the photo opens
no story, and the article reads the sentence whole, its photo's captions after it
(`read_past_photos`, called by `reader.page.segment`).

Between two paragraphs of a page printed with no blank lines, a caption set flush in a column of
indented paragraphs ran on in the paragraph above it: `set_photos_apart` cuts it out as a block of
its own as the page is cut into blocks (`reader.page.pageblocks`).
"""

from __future__ import annotations

from reader.page.blocks import Line, Unit, column_width, cut_out
from reader.page.credits import ends_on_credit
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


_CAPTION_LINES = 4  # lines, at most, of a caption set into a column under a finished paragraph


def set_photos_apart(blocks: list[list[Line]]) -> list[list[Line]]:
    """The blocks, with each caption set into a column of text with no blank line around it cut out
    as a block of its own, where the block's paragraphs open with an indent: right under a
    paragraph's last line (finished, short of the column) or another caption's credit, at most four
    lines set flush that close on a photo's credit (`…。  王五摄`, or the credit on a line of its
    own), over a paragraph's indented opening or another caption. Left in the block, the caption ran
    on in the paragraph above it. (Where no indent marks a paragraph, nothing marks a caption's lines
    apart from a paragraph's: a run of captions closing a block stays as it is.)"""
    out: list[list[Line]] = []
    for block in blocks:
        # (paragraphs marked by no indent: a caption's lines mark nothing apart)
        if len(block) < 3 or sum(1 for line in block if line.indent) < 2:
            out.append(block)
            continue
        if not any(ends_on_credit(line.text) for line in block[1:]):
            out.append(block)
            continue
        col = column_width([line.width for line in block])
        spans: list[tuple[int, int]] = []
        k = 1
        while k < len(block):
            end = _caption_end(block, k, col)
            if end is None:
                k += 1
            else:
                spans.append((k, end))
                k = end
        out.extend(cut_out(block, spans))
    return out


def _caption_end(block: list[Line], k: int, col: int) -> int | None:
    """Where the caption opening at `block[k]` ends (`set_photos_apart`), or None; `col`: the block's
    column."""
    above = block[k - 1]
    ended = (above.end and above.width < col - 2) or ends_on_credit(above.text)
    if not ended or block[k].indent:
        return None  # (a caption opens under a paragraph's short last line, or under another's credit)
    for end in range(k, min(k + _CAPTION_LINES, len(block))):
        line = block[end]
        credit = ends_on_credit(line.text)
        if end > k and line.indent and not credit:
            return None
        if line.end and not credit and not (end + 1 < len(block) and ends_on_credit(block[end + 1].text)):
            return None  # (a caption's sentences end at its credit, or over its credit's own line)
        if credit:
            after = block[end + 1] if end + 1 < len(block) else None
            # (under it, a paragraph opens with its indent, or another caption does)
            if after is not None and (after.indent or _caption_end(block, end + 1, col)):
                return end + 1
            return None
    return None
