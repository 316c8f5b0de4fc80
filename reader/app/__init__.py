"""The Textual reader app. `run_app` is what `duba` and `duba PATH...` call."""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn


def run_app(paths: Sequence[Path]) -> NoReturn:
    """Open `paths` (pages or folders; none means the library, else the bundled corpus) in the reader and
    run until quit; then end the process (`end_process`) with the exit status: 0 after a normal quit,
    non-zero when the app ended with an error. It does not return."""
    import asyncio

    from reader import paths as folders
    from reader.app.app import DubaApp  # Textual costs ~0.2 s to import: only pay it when reading
    from reader.app.driver import keyboard_driver
    from reader.library import Library

    # plain `duba`: the user's library (reader.archive), or the bundled page while it is empty
    library = Library(list(paths)) if paths else Library.for_plain_start(folders.bundled_corpus())
    if library.catalogued:
        from reader.archive.scan import prepare_workers

        prepare_workers()  # (before Textual takes stderr: the rescan's worker processes need it)
    app = DubaApp(library=library)
    app.driver_class = keyboard_driver(app.driver_class)  # survives keyboard input that is not UTF-8
    # What `app.run()` does (`asyncio.run`: ctrl+c or SIGINT cancels the app, which closes), but the
    # runner is never closed: closing it waits for every worker thread, one still fitting key terms or
    # segmenting a page included (`end_process`). (A bare loop's run_until_complete left SIGINT to
    # raise KeyboardInterrupt inside the app, which then hung.)
    asyncio.Runner().run(app.run_async())
    say_exit_notes(app.exit_notes)
    end_process(app.return_code or 0)


def say_exit_notes(notes: Sequence[str]) -> None:
    """Say on stderr, once the reader has given the terminal back, what quitting could not do (the
    reading place not saved in a read-only data folder): there is no screen left to say it on."""
    for note in notes:
        print(f"duba: warning: {note}", file=sys.stderr)


def end_process(code: int) -> NoReturn:
    """End the process as an ordinary exit does, without freeing the heap object by object, and without
    waiting for threads that only compute.

    After a library of 4,000 pages, freeing the articles, the index and the tree took Python 3–4 s after
    the reader had closed: the terminal waited that long for its prompt. Everything an exit does that
    matters is done first: the work that must not be cut short is waited for (`fsutil.keep_alive`: a
    file being replaced, a correction being stored, the index build's helper process being stopped),
    the exit handlers run and the output is flushed. The other threads are not joined (what the
    interpreter's `threading._shutdown` would do): a worker still fitting key terms, loading the word
    dictionary or segmenting a 7 MB page kept the terminal 1–5 s after `q` on a loaded machine, to
    compute what nobody would see.
    """
    from reader.fsutil import wait_kept_alive

    try:
        wait_kept_alive()
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except OSError:  # (the terminal went away while the output was flushed: nothing left to tell)
        sys.exit(code)
    os._exit(code)


__all__ = ["end_process", "run_app", "say_exit_notes"]
