"""Pausing Python's cyclic garbage collector while a large, long-lived structure is built.

Loading a library snapshot or a search index makes millions of objects that live as long as the app.
While they are made, every full collection walks all of them made so far, holding the interpreter lock:
a quarter to half a second each at 10,000 pages, during which the reader cannot draw. Nothing in them is
garbage yet, so the collector is paused for the load (`paused`), and the app freezes what was built
(`gc.freeze`) once it is installed. Pauses nest and may overlap across threads: the collector runs again
when the last one ends.

A pause in a worker of the reader says `freeze=True`: what was made meanwhile is frozen as the collector
comes back on. Left until the UI thread installed it, everything made during the pause was young: the
first collections after it walked it all (a 0.13 s and a 0.24 s one as five years of a daily, 14,608
pages, opened), the reader not drawing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_freeze = False


@contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """Run the block with the cyclic collector off (it was on: it is on again after the last pause);
    with `freeze`, what exists when the last pause ends is frozen first (see the module docstring)."""
    global _depth, _was_enabled, _freeze
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            _freeze = _freeze or freeze
            if _depth == 0:
                if _freeze:
                    gc.freeze()
                _freeze = False
                if _was_enabled:
                    gc.enable()
