"""The reader sent SIGTERM (`kill PID`, a shutdown) quits as `q` does: terminal given back, place saved."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from reader.state import State
from tests.apptest import RunningApp, main_screen, press, run, settle

pytestmark = [
    pytest.mark.usefixtures("temp_dirs"),
    pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM handlers on Windows"),
]


@run
async def test_sigterm_quits_the_reader_as_q_does_and_keeps_the_place(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """Python's default for SIGTERM ended the process at once: the terminal stayed in the alternate
    screen, cursor hidden, mouse reporting on, and the place read was not saved."""
    received: list[int] = []
    before = signal.signal(signal.SIGTERM, lambda number, _frame: received.append(number))
    try:
        async with running_app((120, 40)) as (app, pilot):
            await press(pilot, "n", "n")
            where, scope = main_screen(app).view.position(), app.library.scope
            os.kill(os.getpid(), signal.SIGTERM)
            await settle(pilot)
            assert received == [], "the signal reached Python's handler, not the reader's"
            assert not app.is_running
        assert app.return_code == 128 + signal.SIGTERM
        assert where is not None and State().position(scope) == where
    finally:
        signal.signal(signal.SIGTERM, before)
