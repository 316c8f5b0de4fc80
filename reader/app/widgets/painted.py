"""The highlight layers painted on the reading pane's blocks: kept per layer, found by line.

An article of 3 million characters on one line is one block with ~280,000 key-term spans. Painting
every layer again whenever one of them changed (a search hit, the passage cursor) cost ~0.4 s of the UI
thread each time, and drawing a line by trying every span of its block ~19 ms a line; so each layer is
painted when it changes only, and a block's spans are looked up by bisection (`_Lookup`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from itertools import chain

from reader.app.widgets.reading_layout import Block, Highlight, Spans, layer_rank, paint_spans

Span = tuple[int, int, str]

FEW = 64
"""Spans of a block tried one by one when drawing a line; more are looked up."""

LONG = 256
"""Display characters: a run of spans holding a longer one is tried one by one (a bookmark, a passage)."""


class PaintedLayers:
    """Each layer's spans per block, for the blocks last given, and all of them in painting order."""

    def __init__(self) -> None:
        self._blocks: Sequence[Block] = ()
        self._layers: dict[str, Spans] = {}
        self._lookups: dict[int, _Lookup] = {}
        self.spans: Spans = []
        """Per block, every layer's spans, in `LAYERS` order (a later span is painted over earlier)."""

    def paint(
        self, blocks: Sequence[Block], layers: Mapping[str, Sequence[Highlight]], changed: str | None = None
    ) -> Spans:
        """The spans of `layers` on `blocks`: layer `changed` painted again, and any not painted yet on
        these blocks; the others as painted before."""
        if blocks is not self._blocks:
            self._blocks, self._layers = blocks, {}
        if changed is not None:
            self._layers.pop(changed, None)
        for name in [name for name in self._layers if name not in layers]:
            del self._layers[name]
        for name, highlights in layers.items():
            if name not in self._layers:
                self._layers[name] = paint_spans(blocks, {name: highlights})
        order = sorted(self._layers, key=layer_rank)
        self.spans = [
            list(chain.from_iterable(self._layers[name][n] for name in order)) for n in range(len(blocks))
        ]
        self._lookups.clear()
        return self.spans

    def within(self, block: int, start: int, end: int) -> Sequence[Span]:
        """The spans of block `block` that may overlap its display offsets `[start, end)`, in painting
        order (some of them may not: the caller tests each)."""
        if block >= len(self.spans):
            return ()
        spans = self.spans[block]
        if len(spans) <= FEW:
            return spans
        lookup = self._lookups.get(block)
        if lookup is None:
            lookup = self._lookups[block] = _Lookup(spans)
        return lookup.within(start, end)


class _Lookup:
    """One block's spans found by display offset. They come in runs (a layer's) ordered by start; in a
    run whose spans are short, those that may overlap a range are found by bisecting the starts."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.runs: list[tuple[int, list[int], int]] = []  # (first index, starts, longest span)
        first = 0
        for n in range(1, len(spans) + 1):
            if n == len(spans) or spans[n][0] < spans[n - 1][0]:
                run = spans[first:n]
                self.runs.append((first, [s for s, _, _ in run], max(e - s for s, e, _ in run)))
                first = n

    def within(self, start: int, end: int) -> list[Span]:
        found: list[Span] = []
        for first, starts, longest in self.runs:
            if longest > LONG and len(starts) > FEW:
                found.extend(self.spans[first : first + len(starts)])
                continue
            lo = bisect_left(starts, start - longest)
            hi = bisect_left(starts, end)
            found.extend(self.spans[first + lo : first + hi])
        return found
