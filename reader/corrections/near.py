"""Finding a correction's text again when it is no longer there letter for letter.

An operation names its paragraph by the opening it had (`reader.corrections.ops.opening`: about 40
characters, paragraph ends as line breaks). Two ordinary changes break an exact match: the reader fixes
an OCR slip in the page file (one character), or a new segmenter version puts a paragraph break in or
takes one out inside those characters. Either way the operation was skipped, and the corrections after
it then acted on the wrong articles (a join of the article after a lost split joined the one before
it). Here an opening is found again where the text differs from it by at most `NEAR` edits (a
character put in, left out or changed; a paragraph break counts as a character), provided exactly one
place on the page comes that close: a second one makes it too doubtful, and the operation is skipped
with its warning as before.

What was found so is noted (`noting`): the reader is told once that a correction now acts on text that
reads a little differently (`reader.corpus`), so that they can check it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

NEAR = 2
"""Edits (a character put in, left out or changed) allowed between an opening and the text found."""

SHORTEST = 12
"""Openings shorter than this are found only letter for letter (two edits would be too many of them)."""


_FOUND: ContextVar[list[tuple[str, str]] | None] = ContextVar("near_found", default=None)


@contextmanager
def noting() -> Iterator[list[tuple[str, str]]]:
    """Within it, each opening `near_place` finds but for a slip is noted in the list it gives, as
    (the opening looked for, the text found there)."""
    found: list[tuple[str, str]] = []
    token = _FOUND.set(found)
    try:
        yield found
    finally:
        _FOUND.reset(token)


def distance(key: str, text: str, limit: int = NEAR) -> int:
    """The fewest edits that turn `key` into some opening of `text` (`limit` + 1 once it is more)."""
    previous = list(range(len(text) + 1))
    for a in key:
        current = [previous[0] + 1]
        for m, b in enumerate(text, 1):
            current.append(min(previous[m] + 1, current[m - 1] + 1, previous[m - 1] + (a != b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous)


def _text_at(paragraphs: Sequence[str], start: int, length: int) -> str:
    """The text from paragraph `start` on, paragraph ends as line breaks, cut to `length` characters."""
    out, end = "", start
    while end < len(paragraphs) and len(out) < length:
        out = f"{out}\n{paragraphs[end]}" if end > start else paragraphs[end]
        end += 1
    return out[:length]


def near_place(
    articles: Sequence[Sequence[str]], key: str, *, first_only: bool = False
) -> tuple[int, int] | None:
    """The (article, paragraph) of `articles` (each a list of paragraphs) where the text opens like
    `key` but for at most `NEAR` edits, when exactly one place comes that close (`first_only`: the
    articles' first paragraphs only); else None."""
    if len(key) < SHORTEST:
        return None
    wanted = Counter(key)
    best: list[tuple[int, int, str]] = []
    for i, j, text in _candidates(articles, len(key) + NEAR, first_only):
        # (a cheap bound first: every key character the text lacks costs an edit)
        if sum((wanted - Counter(text)).values()) > NEAR:
            continue
        if distance(key, text) <= NEAR:
            best.append((i, j, text))
    if len(best) != 1:
        return None  # none, or another place within reach too: too doubtful to act on
    i, j, text = best[0]
    if (found := _FOUND.get()) is not None:
        found.append((key, text[: len(key)]))
    return i, j


def _candidates(
    articles: Sequence[Sequence[str]], length: int, first_only: bool
) -> Iterator[tuple[int, int, str]]:
    for i, paragraphs in enumerate(articles):
        for j in range(1 if first_only else len(paragraphs)):
            if j < len(paragraphs):
                yield i, j, _text_at(paragraphs, j, length)
