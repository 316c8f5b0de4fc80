"""Run the `duba` command in the test's own process: `reader.cli.main(argv)` with the environment given,
stdout and stderr captured as UTF-8 bytes and decoded as a pipe would be, `SystemExit` (argparse's
usage errors, --help, --version) turned into the exit status.

A new Python for every command costs ~0.3 s of CPU (the imports, jieba's dictionary); the tests about
what duba prints and returns run here instead. What only a real process shows (bytes on a pipe, no
terminal on stdin) keeps a `subprocess` test of its own.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from unittest import mock


@dataclass
class Ran:
    """What a command did, named as `subprocess.CompletedProcess` names it."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def _pipe() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def _read(pipe: io.TextIOWrapper) -> str:
    data = pipe.buffer.getvalue()  # type: ignore[attr-defined]
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as text=True reads a pipe


def duba(*args: str, env: Mapping[str, str] | None = None) -> Ran:
    """`duba ARGS`; `env`, when given, is the whole environment (as `subprocess.run(env=…)` takes it)."""
    from reader.cli import main

    out, err = _pipe(), _pipe()
    environ = dict(os.environ if env is None else env)
    # On a pipe the terminal size is its fallback, 80x24, not the size of the terminal pytest runs in.
    environ.setdefault("COLUMNS", "80")
    environ.setdefault("LINES", "24")
    patched = mock.patch.dict(os.environ, environ, clear=True)
    with patched, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as stop:
            if isinstance(stop.code, str):
                print(stop.code, file=err)
            code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
    return Ran(["duba", *args], code, _read(out), _read(err))


def duba_bytes(env: Mapping[str, str], *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """`duba ARGS` in a new Python under `env`, its output as the bytes a pipe gets (what a terminal
    or file of another encoding, or a name that is not UTF-8, makes of it)."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=dict(env),
        timeout=120,
    )
