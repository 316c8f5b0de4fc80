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

from bisect import bisect_right
from codecs import utf_16_le_decode
from collections.abc import Callable, Iterator, Sequence
from sys import getsizeof

from reader.search.segment import Segment

RECENT = 2048
"""Texts decoded last, kept: typing on re-checks mostly the same candidates at every keystroke."""


class KeptTexts(Sequence[str]):
    """Documents' folded texts, by document number across `segments` (see the module docstring)."""

    def __init__(self, segments: Sequence[Segment], texts: Sequence[str]) -> None:
        """`texts`: what each document folds to now, in document order (checked against the kept text;
        only those that differ, or have none kept, are held)."""
        self._segments = list(segments)
        self._bases: list[int] = []
        self._held: dict[int, str] = {}
        self._recent: dict[int, str] = {}
        d = 0
        for seg in self._segments:
            self._bases.append(d)
            kept = len(seg.text_ends) == seg.size
            for i in range(seg.size):
                if not kept or self._kept(seg, i) != texts[d]:
                    self._held[d] = texts[d]
                d += 1
        self._len = d
        if d != len(texts):
            raise ValueError(f"segments cover {d} documents, texts {len(texts)}")

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
            del self._recent[next(iter(self._recent))]  # (the oldest)
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


def folded_texts(segments: Sequence[Segment], texts: list[str]) -> Sequence[str]:
    """What an index reads its documents' folded text from: `texts` itself where no segment keeps its
    documents' text, else a `KeptTexts` over the segments."""
    if not any(len(seg.text_ends) for seg in segments):
        return texts
    return KeptTexts(segments, texts)


def reader(texts: Sequence[str]) -> Callable[[int], str]:
    """Document number → text, for a pass over many of `texts` (what is read once is not kept)."""
    return texts.read if isinstance(texts, KeptTexts) else texts.__getitem__
