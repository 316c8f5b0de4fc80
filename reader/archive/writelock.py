"""The write lock of the library's catalogue: one duba at a time adds to it, removes from it or rescans it.

Two `duba library add` at once each read every page and both said they had added them; the reader's own
rescans take the same lock (`reader.library`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.fsutil import LockFile


class LibraryBusy(RuntimeError):
    """Another duba is writing the library (its `write_lock` is held); the message says which."""


@contextlib.contextmanager
def write_lock(path: Path, doing: str, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the write lock of the catalogue at `path` (a `.lock` file beside it, `LockFile`) while the
    block adds, removes or rescans. Held by another duba: `waiting(who)` is told who ("duba library add
    (pid 12)") and the lock is waited for; without `waiting`, `LibraryBusy` is raised. `doing` says who
    this is. The lock file is removed when the block ends (on Windows, where an open file cannot be
    removed, it is left empty). Where no lock can be had (no file locking, a read-only folder, a lock
    file that cannot be checked) the block runs unlocked: writing the catalogue itself fails there if
    it must, and says so."""
    lock = LockFile(path.with_name(path.name + ".lock"))

    def busy(who: str) -> None:
        who = who or "another duba"
        if waiting is None:
            raise LibraryBusy(f"{who} is updating the library")
        waiting(who)

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(on_busy=busy, note=f"{doing} (pid {os.getpid()})")
    try:
        yield
    finally:
        lock.release()
