"""`duba search` on a terminal fits each snippet line to its width.

A snippet is 64 characters, ~128 cells with its score: at 80 columns every result's second line wrapped
mid-phrase (kwic and --explain fit the terminal). Into a pipe the snippet is printed whole, for grep.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from reader.model import cell_width
from tests.clitest import duba

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def _on_a_terminal(*args: str, columns: int) -> str:
    """What `duba ARGS` prints to a terminal `columns` wide."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "24"}
    with subprocess.Popen(
        [sys.executable, "-m", "reader", *args], stdout=follower, stderr=subprocess.PIPE, env=env
    ) as child:
        os.close(follower)
        out = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # (the terminal closed with the child)
                break
            if not chunk:
                break
            out += chunk
        child.wait(timeout=120)
    os.close(leader)
    return out.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.usefixtures("temp_dirs")
def test_snippets_fit_an_80_column_terminal_and_stay_whole_in_a_pipe() -> None:
    shown = _on_a_terminal("search", "新能源", str(PAGE), columns=80)
    lines = [line for line in shown.splitlines() if line.strip()]
    assert any("新能源" in line for line in lines[1:]), shown
    assert max(cell_width(line) for line in lines) <= 80, shown
    assert any(line.endswith("…") for line in lines), shown

    piped = duba("search", "新能源", str(PAGE)).stdout.splitlines()
    assert max(cell_width(line) for line in piped) > 80


@pytest.mark.usefixtures("temp_dirs")
def test_on_a_narrow_terminal_the_snippet_is_cut_around_its_hit() -> None:
    # the hit stands some 40 cells into its snippet line: cut at its end alone, a 40-column screen
    # showed the words before the hit and not the hit
    shown = _on_a_terminal("search", "精密设备", str(PAGE), columns=40)
    lines = [line for line in shown.splitlines() if line.strip()]
    snippet = next(line for line in lines if line.startswith("    ") and "…" in line)
    assert "精密设备" in snippet, shown
    assert max(cell_width(line) for line in lines[1:]) <= 40, shown
