"""What the tests of the two layout programs share: a few real lines of the January 1998 People's Daily
(tests/data), read as the programs read the whole download, and text compared without spaces."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.layout.stories import Texts, stories_1998
from benchmarks.people_daily_1998 import parse_tagged

SAMPLE = Path(__file__).parent / "data" / "layout_199801_sample.txt"


def sample_texts() -> Texts:
    """The stories, photos and names of the sample lines."""
    return stories_1998(parse_tagged(SAMPLE.read_text(encoding="utf-8")))


def squeeze(text: str) -> str:
    """`text` without whitespace: extraction spacing differs, the characters may not."""
    return re.sub(r"\s+", "", text)
