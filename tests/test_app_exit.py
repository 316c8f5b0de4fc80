"""Quitting the reader ends the process at once: the heap of a big library is not freed object by object.

With a library of 4,000 pages (450 MB), `q` gave the terminal back after 3–4 s, all of it Python
freeing the articles, the index and the tree one object at a time after the reader had closed. The
process now ends as an ordinary exit would (threads joined, exit handlers run, output flushed) and then
leaves without that.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import sys
import threading
from pathlib import Path

import pytest

import reader.app
from reader import fsutil
from reader.app.app import DubaApp
from tests.apptest import PAGE


class Ended(Exception):
    """Raised by the stand-in for os._exit."""


def test_the_reader_ends_the_process_once_closed(monkeypatch: pytest.MonkeyPatch, temp_dirs: Path) -> None:
    events: list[str] = []

    async def run_async(self: DubaApp, **_: object) -> None:
        print("after the reader", end="")  # left in the buffer: must reach the terminal
        self._return_code = 3
        events.append("ran")

    def exit_now(code: int) -> None:
        events.append(f"exit {code} with {out.getvalue()!r}")
        raise Ended

    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(_Sink(out), write_through=False))
    monkeypatch.setattr(DubaApp, "run_async", run_async)
    monkeypatch.setattr(os, "_exit", exit_now)
    # what the interpreter does on its way out, recorded instead of done to the test process
    monkeypatch.setattr(fsutil, "wait_kept_alive", lambda: events.append("kept work done"))
    monkeypatch.setattr(threading, "_shutdown", lambda: events.append("threads joined"))
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: events.append("exit handlers"))
    with pytest.raises(Ended):
        reader.app.run_app([PAGE])
    assert events == ["ran", "kept work done", "exit handlers", "exit 3 with 'after the reader'"]


def test_quitting_waits_for_a_file_being_written_not_for_a_thread_that_computes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`q` while a worker loaded the word dictionary, fitted key terms or segmented a 7 MB page kept the
    terminal 1-5 s on a loaded machine: the exit joined every thread (what the interpreter does). Now
    only work that must not be cut short is waited for (a file being replaced, `fsutil.keep_alive`)."""
    at_exit: list[object] = []
    joined: list[str] = []
    release, writing, go = threading.Event(), threading.Event(), threading.Event()
    computing = threading.Thread(target=release.wait, name="key terms")  # not a daemon, as workers
    computing.start()
    written: list[str] = []

    def write() -> None:
        with fsutil.keep_alive():
            writing.set()
            go.wait()
            written.append("the reading position")

    def exit_now(code: int) -> None:
        at_exit.extend([computing.is_alive(), list(written)])
        raise Ended

    def end() -> None:
        with pytest.raises(Ended):
            reader.app.end_process(0)

    monkeypatch.setattr(threading, "_shutdown", lambda: joined.append("every thread"))
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: None)
    monkeypatch.setattr(os, "_exit", exit_now)
    writer = threading.Thread(target=write)
    writer.start()
    assert writing.wait(60)
    ending = threading.Thread(target=end)
    ending.start()
    go.set()
    ending.join(60)
    writer.join(60)
    release.set()
    computing.join(60)
    assert at_exit == [True, ["the reading position"]]
    assert joined == []


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


@pytest.mark.slow
def test_an_interrupt_signal_closes_the_reader(tmp_path: Path) -> None:
    """`kill -INT` (or ctrl+c where the terminal sends it) closes the reader as `q` does. Run on a loop
    of its own whose run_until_complete did not turn SIGINT into a cancellation, the reader hung."""
    import pty
    import select
    import signal
    import subprocess
    import time

    parent, child = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent), TERM="xterm-256color")
    for name in ("DUBA_DATA_DIR", "DUBA_CONFIG_DIR", "DUBA_CACHE_DIR", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name)
    reader_process = subprocess.Popen(
        [sys.executable, "-c", "from reader.cli import main; main()", str(PAGE)],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        start_new_session=True,
        # as from a shell: a test runner's worker may ignore SIGINT, and the child would inherit that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(child)
    seen = b""
    deadline = time.monotonic() + 120
    try:
        while "瞄准新赛道".encode() not in seen and time.monotonic() < deadline:  # the first frame
            if select.select([parent], [], [], 0.5)[0]:
                seen += os.read(parent, 65536)
        assert "瞄准新赛道".encode() in seen
        reader_process.send_signal(signal.SIGINT)
        ended = time.monotonic() + 60
        while reader_process.poll() is None and time.monotonic() < ended:
            if select.select([parent], [], [], 0.2)[0]:
                with contextlib.suppress(OSError):
                    os.read(parent, 65536)
        assert reader_process.poll() == 0
    finally:
        if reader_process.poll() is None:
            reader_process.kill()
        reader_process.wait()
        os.close(parent)
