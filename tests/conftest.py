"""Shared fixtures: `temp_dirs` gives a test its own data, cache and config folders; `running_app` starts
the reader in them.

Modules that start the app or analysis use `temp_dirs` with `pytestmark = pytest.mark.usefixtures(
"temp_dirs")` (or request it by name), so nothing reads or writes the user's folders. `page_path` is a
copy of the bundled page a test may correct, bookmark or move."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

# Python's cyclic collector, tuned for this test process (not for the app): the Pilot tests allocate
# fast (each app start builds thousands of strips, styles and cache entries) over a heap of some 300,000
# long-lived objects (Textual's and Rich's caches, jieba's model). With the default thresholds
# (700, 10, 10) a full collection ran about every other Pilot test and the collector took a fifth of the
# CPU time (11.6 of 53 s in test_app, test_app_search and test_app_themes, one process); with these,
# 2.2 s. The price is memory: cycles left by finished apps wait longer for a full collection (a worker
# of `-n 2` peaks near 0.9 GB instead of 0.5).
gc.set_threshold(10_000, 10, 10)

# The user's cache folder is no test's: where a test names none of its own (`temp_dirs`), the session's
# stands in, so that what segmenting keeps there (the word-pair table, `reader.page.lexicon`) is not
# written to the user's. Commands a test starts inherit it (and find the table built).
if "DUBA_CACHE_DIR" not in os.environ:
    os.environ["DUBA_CACHE_DIR"] = tempfile.mkdtemp(prefix="duba-tests-cache-")
    atexit.register(shutil.rmtree, os.environ["DUBA_CACHE_DIR"], ignore_errors=True)


@pytest.fixture
def temp_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point DUBA_DATA_DIR, DUBA_CACHE_DIR and DUBA_CONFIG_DIR at fresh folders; no DUBA_DB; and no
    tmux, X or Wayland to copy to (a copy in the reader goes there too: reader.app.clipboard), so that
    a test run in a terminal session never writes the user's clipboard."""
    for name in ("DATA", "CACHE", "CONFIG"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(f"DUBA_{name}_DIR", str(folder))
    monkeypatch.delenv("DUBA_DB", raising=False)
    for name in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def running_app(temp_dirs: Path) -> Any:
    """`async with running_app(size, paths=…) as (app, pilot)`: the reader, settled (tests.apptest)."""
    from tests.apptest import running  # imports Textual: only for the tests that start the app

    return running


@pytest.fixture
def page_path(tmp_path: Path) -> Path:
    """A copy of the bundled page (tests/data/000_*.txt) in a folder of its own: `tmp/pages/NAME`."""
    page = next((Path(__file__).parent / "data").glob("000_*.txt"))
    target = tmp_path / "pages" / page.name
    target.parent.mkdir()
    shutil.copy(page, target)
    return target
