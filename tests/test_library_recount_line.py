"""`duba library update` after a segmenter upgrade counts the articles of the pages an older
segmenter counted, and says so on a progress line of its own, labelled, with its own rate: it was
drawn as more "cataloguing N/M pages", its rate timed from the scan's start."""

from __future__ import annotations

import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("temp_dirs")


def _in_terminal(*argv: str) -> str:
    """What `duba ARGV` draws on a terminal's stderr (stdout is read apart)."""
    leader, follower = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "reader", *argv], stdout=subprocess.PIPE, stderr=follower, check=True
    )
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # (the terminal closed: all read)
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert done.returncode == 0
    return drawn.decode("utf-8", "replace")


def test_update_after_an_upgrade_shows_the_recount_on_its_own_labelled_line(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in (1, 2, 3):
        (folder / f"0{n}.txt").write_text(f"　　第{n}版的文章，经济发展稳中有进。\n", encoding="utf-8")
    assert subprocess.run([sys.executable, "-m", "reader", "library", "add", str(folder)]).returncode == 0
    library = Path(os.environ["DUBA_DATA_DIR"]) / "library.sqlite3"
    with sqlite3.connect(library) as db:  # as an older segmenter counted them
        db.execute("UPDATE pages SET counted = 0")
    drawn = _in_terminal("library", "update")
    lines = drawn.replace("\x1b[K", "").split("\r")
    assert any(line.startswith("cataloguing 3/3 pages (") for line in lines)  # the scan
    assert any(line.startswith("recounting articles (new segmenter) 3/3 pages (") for line in lines)
