"""Quitting the reader ends the process at once: the heap of a big library is not freed object by object.

With a library of 4,000 pages (450 MB), `q` gave the terminal back after 3–4 s, all of it Python
freeing the articles, the index and the tree one object at a time after the reader had closed. The
process now ends as an ordinary exit would (threads joined, exit handlers run, output flushed) and then
leaves without that.
"""

from __future__ import annotations

import atexit
import io
import os
import sys
import threading
from pathlib import Path

import pytest

import reader.app
from reader.app.app import DubaApp
from tests.apptest import PAGE


class Ended(Exception):
    """Raised by the stand-in for os._exit."""


def test_the_reader_ends_the_process_once_closed(monkeypatch: pytest.MonkeyPatch, temp_dirs: Path) -> None:
    events: list[str] = []

    def run(self: DubaApp) -> None:
        print("after the reader", end="")  # left in the buffer: must reach the terminal
        self._return_code = 3
        events.append("ran")

    def exit_now(code: int) -> None:
        events.append(f"exit {code} with {out.getvalue()!r}")
        raise Ended

    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(_Sink(out), write_through=False))
    monkeypatch.setattr(DubaApp, "run", run)
    monkeypatch.setattr(os, "_exit", exit_now)
    # what the interpreter does on its way out, recorded instead of done to the test process
    monkeypatch.setattr(threading, "_shutdown", lambda: events.append("threads joined"))
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: events.append("exit handlers"))
    with pytest.raises(Ended):
        reader.app.run_app([PAGE])
    assert events == ["ran", "threads joined", "exit handlers", "exit 3 with 'after the reader'"]


class _Sink(io.RawIOBase):
    """A raw stream that hands what is written to a StringIO."""

    def __init__(self, target: io.StringIO) -> None:
        self.target = target

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.target.write(bytes(data).decode())
        return len(data)


def test_an_error_while_ending_is_reported_not_turned_into_a_quiet_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure in the exit's own work (an exit handler, a thread that will not stop) surfaces as the
    ordinary exit would show it; only a terminal gone away (an OSError on flushing) ends quietly."""

    def broken() -> None:
        raise RuntimeError("an exit handler failed")

    monkeypatch.setattr(threading, "_shutdown", lambda: None)
    monkeypatch.setattr(atexit, "_run_exitfuncs", broken)
    monkeypatch.setattr(os, "_exit", lambda code: (_ for _ in ()).throw(Ended(code)))
    with pytest.raises(RuntimeError, match="exit handler failed"):
        reader.app.end_process(0)

    def gone() -> None:
        raise BrokenPipeError

    monkeypatch.setattr(atexit, "_run_exitfuncs", gone)
    with pytest.raises(SystemExit) as stop:
        reader.app.end_process(3)
    assert stop.value.code == 3
