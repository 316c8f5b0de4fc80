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
