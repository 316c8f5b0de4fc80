"""Shared fixtures: `temp_dirs` gives a test its own data, cache and config folders; `running_app` starts
the reader in them.

Modules that start the app or analysis use `temp_dirs` with `pytestmark = pytest.mark.usefixtures(
"temp_dirs")` (or request it by name), so nothing reads or writes the user's folders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def temp_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point DUBA_DATA_DIR, DUBA_CACHE_DIR and DUBA_CONFIG_DIR at fresh folders; no DUBA_DB."""
    for name in ("DATA", "CACHE", "CONFIG"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(f"DUBA_{name}_DIR", str(folder))
    monkeypatch.delenv("DUBA_DB", raising=False)
    return tmp_path


@pytest.fixture
def running_app(temp_dirs: Path) -> Any:
    """`async with running_app(size, paths=…) as (app, pilot)`: the reader, settled (tests.apptest)."""
    from tests.apptest import running  # imports Textual: only for the tests that start the app

    return running
