"""The reading pane's painted layers: a line of a block with thousands of spans is drawn with the spans a
line of a block with a few is (the lookup that spares trying each, in a huge article, misses none)."""

from __future__ import annotations

import random

from reader.app.widgets.painted import PaintedLayers
from reader.app.widgets.reading_layout import Block, Highlight


def test_the_spans_found_for_a_line_are_every_span_over_it_in_painting_order() -> None:
    rng = random.Random(7)
    text = "某" * 20_000
    blocks = [Block(text, "reading--body", 0, len(text), None, field="text")]
    layers: dict[str, list[Highlight]] = {}
    for layer, count, longest in (("keywords", 3000, 6), ("bookmarks", 3, 5000), ("search", 200, 4)):
        spans = []
        for _ in range(count):
            start = rng.randrange(len(text))
            spans.append(Highlight(start, min(start + rng.randint(1, longest), len(text)), f"s-{layer}"))
        layers[layer] = sorted(spans)
    painted = PaintedLayers()
    everything = painted.paint(blocks, layers)[0]
    assert len(everything) == 3203
    for _ in range(300):
        start = rng.randrange(len(text))
        end = start + rng.randint(1, 40)
        wanted = [s for s in everything if s[1] > start and s[0] < end]
        assert [s for s in painted.within(0, start, end) if s[1] > start and s[0] < end] == wanted
    # a layer changed alone: the others stay painted, the order too
    layers["search"] = []
    after = painted.paint(blocks, layers, "search")[0]
    assert after == [s for s in everything if s[2] != "s-search"]
