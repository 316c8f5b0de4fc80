"""The folded text of every document of an index, read from the segment files rather than held.

The index checks candidates against each document's folded text (`segment.fold_article`), cuts snippets
from it and hands it to the concordance and trends: as many characters again as the library's articles
hold, kept as Python strings for the index's life (~28 MB for 4,000 pages). A segment read from the cache
maps the text its documents had when it was written (`reader.search.cache`); `KeptTexts` hands out a
document's text from there, decoded when asked (~1 µs for an article), and holds as a string only the
text of a document that differs from what its article folds to now (an article no longer in the library,
a segment built in memory). So the index answers from exactly the text it held before.
"""

from __future__ import annotations

import contextlib
import mmap
from bisect import bisect_right
from codecs import utf_16_le_decode
from collections.abc import Callable, Iterator, Sequence
from sys import getsizeof

from reader.search.segment import Segment

RECENT = 2048
"""Texts decoded last, kept: typing on re-checks mostly the same candidates at every keystroke."""


class KeptTexts(Sequence[str]):
    """Documents' folded texts, by document number across `segments` (see the module docstring). Made
    empty; `add` each document's text as it folds now, in order; then `result`."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self._segments = list(segments)
        self._bases: list[int] = []
        total = 0
        for seg in self._segments:
            self._bases.append(total)
            total += seg.size
        self._len = total
        self._held: dict[int, str] = {}
        self._recent: dict[int, str] = {}
        self._added = 0
        self._at = (0, 0)  # (segment, document in it) of the next `add`

    def add(self, text: str) -> None:
        """The next document's folded text as its article gives it now: held unless its segment file
        keeps the same."""
        d = self._added
        if d >= self._len:
            raise ValueError(f"segments cover {self._len} documents, articles more")
        k, i = self._at
        while i >= self._segments[k].size:  # (a segment of no document)
            k, i = k + 1, 0
        seg = self._segments[k]
        if len(seg.text_ends) != seg.size or self._kept(seg, i) != text:
            self._held[d] = text
        self._added = d + 1
        self._at = (k, i + 1)
        if i + 1 == seg.size and len(seg.text_ends) == seg.size:
            _unmap_pages(seg.text)

    def result(self) -> KeptTexts:
        """The texts, every document added."""
        if self._added != self._len:
            raise ValueError(f"segments cover {self._len} documents, articles {self._added}")
        return self

    @staticmethod
    def _kept(seg: Segment, i: int) -> str:
        ends = seg.text_ends
        start = ends[i - 1] if i else 0
        return utf_16_le_decode(seg.text[2 * start : 2 * ends[i]])[0]

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, d: int) -> str:  # type: ignore[override]
        text = self._held.get(d)
        if text is None:
            text = self._recent.get(d)
        if text is not None:
            return text
        text = self.read(d)
        if len(self._recent) >= RECENT:
            # (the oldest; two search workers may both be here: the old one's thread runs on a moment)
            self._recent.pop(next(iter(self._recent), None), None)
        self._recent[d] = text
        return text

    def read(self, d: int) -> str:
        """Document `d`'s text, not kept among the recent ones (for a pass over many documents)."""
        held = self._held.get(d)
        if held is not None:
            return held
        if not 0 <= d < self._len:
            raise IndexError(d)
        k = bisect_right(self._bases, d) - 1
        return self._kept(self._segments[k], d - self._bases[k])

    def __iter__(self) -> Iterator[str]:
        # every text once, in order (the concordance, trends): decoded, not kept
        d = 0
        for seg in self._segments:
            for i in range(seg.size):
                held = self._held.get(d)
                yield held if held is not None else self._kept(seg, i)
                d += 1

    @property
    def held(self) -> int:
        """How many documents' texts are held as strings."""
        return len(self._held)

    def memory_bytes(self) -> int:
        """Bytes of the texts held and kept decoded (the mapped ones are counted with the segments'
        files)."""
        kept = [*self._held.values(), *self._recent.values()]
        return getsizeof(self._held) + getsizeof(self._recent) + sum(getsizeof(text) for text in kept)


class _Listed:
    """Texts held in a list, where no segment keeps its documents' text (`collect_texts`)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, text: str) -> None:
        self.texts.append(text)

    def result(self) -> list[str]:
        return self.texts


def collect_texts(segments: Sequence[Segment]) -> KeptTexts | _Listed:
    """Where an index puts its documents' folded texts as they are folded (`add`, then `result`): a
    list where no segment keeps its documents' text, else a `KeptTexts` over the segments."""
    if not any(len(seg.text_ends) for seg in segments):
        return _Listed()
    return KeptTexts(segments)


def reader(texts: Sequence[str]) -> Callable[[int], str]:
    """Document number → text, for a pass over many of `texts` (what is read once is not kept)."""
    return texts.read if isinstance(texts, KeptTexts) else texts.__getitem__


def _unmap_pages(text: bytes | memoryview) -> None:
    """Let the pages of `text` (a map of a segment file's end) go from this process's memory: checking
    every text at open read them all in, and a search reads back only those it needs (from the page
    cache, or the file). Nothing where the text is not mapped, or the system cannot."""
    owner = text.obj if isinstance(text, memoryview) else None
    if not isinstance(owner, mmap.mmap) or not hasattr(mmap, "MADV_DONTNEED"):
        return
    end = len(owner)
    start = end - text.nbytes
    start += -start % mmap.PAGESIZE
    if start < end:
        with contextlib.suppress(OSError, ValueError):
            owner.madvise(mmap.MADV_DONTNEED, start, end - start)
