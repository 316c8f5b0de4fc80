"""Pausing Python's cyclic garbage collector while a large, long-lived structure is built.

Loading a library snapshot or a search index makes millions of objects that live as long as the app.
While they are made, every full collection walks all of them made so far, holding the interpreter lock:
a quarter to half a second each at 10,000 pages, during which the reader cannot draw. Nothing in them is
garbage yet, so the collector is paused for the load (`paused`), and the app freezes what was built
(`gc.freeze`) once it is installed. Pauses nest and may overlap across threads: the collector runs again
when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (it was on: it is on again after the last pause)."""
    global _depth, _was_enabled
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
            if _depth == 0 and _was_enabled:
                gc.enable()
