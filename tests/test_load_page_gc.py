"""A page is segmented with Python's cyclic collector paused (`reader.gcpause`), whoever asks for it (the
reader opening a page, `duba segment`, a script calling `segment`): everything the segmenter makes lives
until it ends and holds no reference cycles, so the collector's passes over it are wasted time. The
collector is on again afterwards, and when the segmenter fails."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

import reader.page.segment
from reader.corpus import load_page
from reader.page.segment import explain, segment

DATA = Path(__file__).parent / "data"
PAGE = next(DATA.glob("000_*.txt"))


def _watch(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record whether the collector is on each time the segmenter cuts a page into units."""
    seen: list[bool] = []
    build_units = reader.page.segment.build_units

    def watched(blocks: list) -> list:
        seen.append(gc.isenabled())
        return build_units(blocks)

    monkeypatch.setattr(reader.page.segment, "build_units", watched)
    return seen


@pytest.mark.usefixtures("temp_dirs")
def test_opening_a_page_segments_it_with_the_collector_paused_and_it_runs_again_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / PAGE.name
    shutil.copy(PAGE, page)
    seen = _watch(monkeypatch)
    assert gc.isenabled()
    assert load_page(page, use_cache=False).articles
    assert seen == [False]
    assert gc.isenabled()


def test_segment_and_explain_pause_the_collector_and_turn_it_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _watch(monkeypatch)
    text = PAGE.read_text(encoding="utf-8")
    assert segment(text).articles
    assert explain(text)[0]
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_failing_segmenter_still_turns_the_collector_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(blocks: list) -> list:
        raise RuntimeError("a bug in the segmenter")

    monkeypatch.setattr(reader.page.segment, "build_units", failing)
    with pytest.raises(RuntimeError):
        segment(PAGE.read_text(encoding="utf-8"))
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        assert segment(PAGE.read_text(encoding="utf-8")).articles
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_segmenting_leaves_no_reference_cycles_behind() -> None:
    """What makes the pause free: nothing the segmenter made waits for the collector afterwards."""
    gc.collect()
    gc.disable()
    try:
        for path in sorted(DATA.glob("*.txt")):
            segment(path.read_text(encoding="utf-8"), path.name)
            explain(path.read_text(encoding="utf-8"), path.name)
        assert gc.collect() == 0
    finally:
        gc.enable()
