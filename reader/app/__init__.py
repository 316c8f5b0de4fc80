"""The Textual reader app. `run_app` is what `duba` and `duba PATH...` call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def run_app(paths: Sequence[Path]) -> None:
    """Open `paths` (pages or folders; none means the bundled corpus) in the reader and run until quit."""
    from reader.app.app import DubaApp  # Textual costs ~0.2 s to import: only pay it when reading

    DubaApp(list(paths)).run()


__all__ = ["run_app"]
