"""The Textual reader app. `run_app` is what `duba` and `duba PATH...` call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def run_app(paths: Sequence[Path]) -> int:
    """Open `paths` (pages or folders; none means the library, else the bundled corpus) in the reader and
    run until quit.

    Returns the exit status: 0 after a normal quit, non-zero when the app ended with an error."""
    from reader import paths as folders
    from reader.app.app import DubaApp  # Textual costs ~0.2 s to import: only pay it when reading
    from reader.app.driver import keyboard_driver
    from reader.library import Library

    # plain `duba`: the user's library (reader.archive), or the bundled page while it is empty
    library = Library(list(paths)) if paths else Library.for_plain_start(folders.bundled_corpus())
    app = DubaApp(library=library)
    app.driver_class = keyboard_driver(app.driver_class)  # survives keyboard input that is not UTF-8
    app.run()
    return app.return_code or 0


__all__ = ["run_app"]
