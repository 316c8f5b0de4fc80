"""The collector pause used while a library or index loads: it always ends, however pauses overlap."""

from __future__ import annotations

import gc
import threading

import pytest

from reader.gcpause import paused


def test_overlapping_pauses_in_two_threads_turn_the_collector_back_on_after_the_last() -> None:
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with paused():
        thread.start()
        assert inside.wait(5) and not gc.isenabled()
    assert not gc.isenabled()  # the other thread still loads
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_an_error_while_paused_still_turns_it_back_on() -> None:
    with pytest.raises(ValueError), paused(), paused():
        raise ValueError("a damaged snapshot")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_freezing_pause_made_is_walked_by_no_collection_after_it() -> None:
    # Opening five years of a daily (14,608 pages), the index and the pages were made with the collector
    # paused and frozen only once the UI thread installed them: meanwhile the first collections walked
    # all of them (0.13 s and 0.24 s), the reader not drawing. A freezing pause leaves nothing young.
    gc.collect()
    frozen = gc.get_freeze_count()
    try:
        with paused(freeze=True):
            made = [[n] for n in range(50_000)]
            assert gc.get_count()[0] >= 50_000  # (paused: all of it young, for the next collection)
        assert gc.isenabled()
        assert gc.get_count()[0] < 1000, gc.get_count()
        assert gc.get_freeze_count() - frozen >= len(made)
    finally:
        gc.unfreeze()


def test_a_freezing_pause_inside_a_plain_one_freezes_when_the_last_ends() -> None:
    gc.collect()
    try:
        with paused():
            with paused(freeze=True):
                made = [[n] for n in range(20_000)]
            assert not gc.isenabled()
        assert gc.isenabled() and gc.get_count()[0] < 1000 and len(made) == 20_000
    finally:
        gc.unfreeze()
