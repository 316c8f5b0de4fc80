"""The committed title blocks that `benchmarks/title_stacks.py` reads back are 2026 articles' titles."""

from __future__ import annotations

import json

from benchmarks.title_stacks import BLOCKS, block_stacks


def test_the_title_blocks_are_2026_titles_and_give_stacks() -> None:
    """Every block comes from a 2026 file (2025 is held out for the independent check), has a headline,
    and holds title lines only; the kickers outnumber the subtitles, as on real pages."""
    blocks = [json.loads(line) for line in BLOCKS.read_text(encoding="utf-8").splitlines()]
    assert blocks and all(b["path"].startswith("2026/") and b["headline"] for b in blocks)
    assert all(set(b) == {"path", "kicker", "headline", "subtitle"} for b in blocks)
    found = block_stacks()
    kickers = sum(1 for kicker, _, _ in found if kicker)
    assert kickers > 2 * (len(found) - kickers) > 0
