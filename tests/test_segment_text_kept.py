"""No text of a page is lost by segmentation: every ideograph, digit and Latin letter of the lines the
segmenter does not set aside as page furniture is in some article's kicker, headline, subtitle, byline,
paragraphs or contributors (`benchmarks/text_loss.py` counts the same over all page sets)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from reader.corpus import read_page_noted
from reader.page.segment import explain
from tests.pagegen import SCHOOL_MEALS
from tests.test_segment_names_kept import DATED, TEXT

BUNDLED = next((Path(__file__).parent / "data").glob("000_*.txt"))
_KEPT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]")
_HELPED = Counter("参与采写")  # (a contributors' trailer keeps only its names)

MADE_UP = {
    "names over a reporter's line": ["高原小水电并网发电", "", "林  涛", "", "本报记者  方园园", "", *TEXT],
    "names under a dated text": ["高原小水电并网发电", "", *DATED, "林  涛"],
    "names between a title after its text and a reporter's line": [
        *SCHOOL_MEALS,
        "",
        "小食堂的大账本（快评）",
        "",
        "林  涛",
        "",
        "本报记者  方园园",
        "",
        *TEXT,
        "",
        "高原小水电并网发电",
    ],
}


def _chars(text: str) -> Counter:
    return Counter(_KEPT.findall(unicodedata.normalize("NFKC", text)))


def _lost(text: str) -> Counter:
    """What of the page's lines outside its furniture no article holds."""
    rows, result = explain(text)
    page = _chars("\n".join(row.text for row in rows))
    kept = Counter()
    for a in result.articles:
        for part in [a.kicker, a.headline, a.subtitle, a.byline, *a.paragraphs, *a.contributors]:
            kept += _chars(part or "")
    helped = sum(bool(a.contributors) for a in result.articles)
    return page - kept - Counter({ch: n * helped for ch, n in _HELPED.items()})


def test_the_bundled_page_loses_no_text() -> None:
    assert _lost(read_page_noted(BUNDLED)[0]) == Counter()


@pytest.mark.parametrize("name", MADE_UP)
def test_a_made_up_page_loses_no_text(name: str) -> None:
    assert _lost("\n".join(MADE_UP[name]) + "\n") == Counter()
