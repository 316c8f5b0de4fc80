"""The segmenter against hand-checked truth, scored as the project's shared scorer scores it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.corpus import load_page
from tests.tools.score_pages import score

DATA = Path(__file__).parent / "data"
PAGES = sorted(p for p in DATA.glob("*.txt") if (DATA / f"{p.stem}.json").exists())


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_matches_truth(page: Path) -> None:
    truth = json.loads((DATA / f"{page.stem}.json").read_text(encoding="utf-8"))
    predicted = {"articles": [a.to_dict() for a in load_page(page, use_cache=False).articles]}
    result, _pairs = score(truth, predicted)
    assert result["articles_f1"] == 1.0
    assert result["headline"] == 1.0
    assert result["kicker"] == 1.0
    assert result["subtitle"] == 1.0
    assert result["authors"] == 1.0
    assert result["paragraphs_f1"] >= 0.98
    assert result["body"] >= 0.98


def test_article_ids_are_stable_and_content_derived() -> None:
    page = PAGES[0]
    first = [a.id for a in load_page(page, use_cache=False).articles]
    again = [a.id for a in load_page(page, use_cache=False).articles]
    assert first == again
    assert len(set(first)) == len(first)
