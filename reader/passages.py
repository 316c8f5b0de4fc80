"""Sentences and paragraphs of an article's text, as offsets: what the passage cursor steps through.

Headless (no Textual, no Rich): offsets index into `Article.text`, the body with paragraphs joined by
"\\n", the same offsets bookmarks and search hits use.

A sentence ends after 。！？；… (or ASCII ! ? ;), together with any further end marks and the closing
quotes and brackets that follow them: `“好。”他说。` is `“好。”` and `他说。`. A sentence never runs
across a paragraph break; a paragraph without an end mark is one sentence. Leading and trailing
whitespace is left out of every span, and blank stretches make no sentence.

Inside a sentence, `break_points` and `marks` say where a paragraph may be broken and where it most
likely is (the `I` dialog and the corrector ask them).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

END_MARKS = "。！？；…!?;"
"""Characters that end a sentence."""

CLOSERS = "”’」』）)》〉】〗〕\"'"
"""Closing quotes and brackets that stay with the end mark before them."""

_SENTENCE = re.compile(
    rf"[^\n{re.escape(END_MARKS)}]*(?:[{re.escape(END_MARKS)}][{re.escape(END_MARKS + CLOSERS)}]*|$)", re.M
)


class Sentence(NamedTuple):
    """`text[start:end]`, in paragraph number `paragraph` (counting the article's paragraphs from 0)."""

    start: int
    end: int
    paragraph: int


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`start, end` moved inwards past the whitespace at either end of `text[start:end]`."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[Sentence]:
    """Every sentence of `text` in order (see the module docstring for where sentences end)."""
    found: list[Sentence] = []
    base = 0
    for paragraph, line in enumerate(text.split("\n")):
        for match in _SENTENCE.finditer(line):
            start, end = trimmed(line, match.start(), match.end())
            if start < end:
                found.append(Sentence(base + start, base + end, paragraph))
        base += len(line) + 1
    return found


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank paragraphs of `text` as (start, end), whitespace at either end left out."""
    spans = []
    base = 0
    for line in text.split("\n"):
        start, end = trimmed(line, 0, len(line))
        if start < end:
            spans.append((base + start, base + end))
        base += len(line) + 1
    return spans


def sentence_at(found: Sequence[Sentence], offset: int) -> int:
    """Index of the sentence holding `offset`, else of the first one after it (the last if none is)."""
    if not found:
        raise ValueError("no sentences")
    index = bisect.bisect_right([s.end for s in found], offset)
    return min(index, len(found) - 1)


def sentences_between(found: Sequence[Sentence], start: int, end: int) -> tuple[int, int]:
    """Indexes of the first and last sentences overlapping `start:end` (an empty span: the one at start)."""
    first = sentence_at(found, start)
    last = first
    while last + 1 < len(found) and found[last + 1].start < end:
        last += 1
    return first, last


def next_paragraph(found: Sequence[Sentence], index: int) -> int:
    """The first sentence of the paragraph after sentence `index`'s (or `index` in the last paragraph)."""
    paragraph = found[index].paragraph
    for n in range(index + 1, len(found)):
        if found[n].paragraph != paragraph:
            return n
    return index


def previous_paragraph(found: Sequence[Sentence], index: int) -> int:
    """The first sentence of this paragraph, or of the paragraph before when already there."""
    paragraph = found[index].paragraph
    first = index
    while first > 0 and found[first - 1].paragraph == paragraph:
        first -= 1
    if first < index or first == 0:
        return first
    before = found[first - 1].paragraph
    while first > 0 and found[first - 1].paragraph == before:
        first -= 1
    return first


BREAK_AFTER = CLOSERS + END_MARKS + "，、：,:"
"""Characters a paragraph break inside a sentence is likely to follow."""
BREAK_BEFORE = "“‘「『（(《〈【〖〔"
"""Characters a paragraph break inside a sentence is likely to come before."""


def break_points(text: str, start: int, end: int) -> list[int]:
    """The characters of `text` (a paragraph) inside its sentence `start:end` where it can be broken:
    each leaves text on both sides of the break."""
    stripped = text.strip()
    if not stripped:
        return []
    first = text.index(stripped[0])  # the first and last characters that are not space
    last = text.rindex(stripped[-1])
    return list(range(max(start, first) + 1, min(end, last) + 1))


def marks(text: str, points: list[int]) -> list[int]:
    """The `points` at a mark: after a closing quote, bracket or clause mark, or before an opening one."""
    return [at for at in points if text[at - 1] in BREAK_AFTER or text[at] in BREAK_BEFORE]
