"""Opening a page segments it with Python's cyclic collector paused (`reader.gcpause`): everything the
segmenter makes lives until it ends, so the collector's passes over it are wasted time on a big page
(`benchmarks/archive_bench.py --big-page 12`). The collector is on again afterwards, and when the
segmenter fails."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

import reader.corpus
from reader.corpus import load_page

pytestmark = pytest.mark.usefixtures("temp_dirs")

PAGE = next((Path(__file__).parent / "data").glob("000_*.txt"))


def test_the_page_is_segmented_with_the_collector_paused_and_it_runs_again_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / PAGE.name
    shutil.copy(PAGE, page)
    seen: list[bool] = []
    segment = reader.corpus.segment

    def watched(text: str, name: str = "") -> object:
        seen.append(gc.isenabled())
        return segment(text, name)

    monkeypatch.setattr(reader.corpus, "segment", watched)
    assert gc.isenabled()
    assert load_page(page, use_cache=False).articles
    assert seen == [False]
    assert gc.isenabled()

    def failing(text: str, name: str = "") -> object:
        raise RuntimeError("a bug in the segmenter")

    monkeypatch.setattr(reader.corpus, "segment", failing)
    with pytest.raises(RuntimeError):
        load_page(page, use_cache=False)
    assert gc.isenabled()
