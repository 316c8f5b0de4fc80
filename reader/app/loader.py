"""Opening the library in the reader: a thread worker reads and segments, messages bring the result.

`Loader` is a widget with nothing to draw that the main screen holds. `start` runs `Library.load` in a
thread worker (decoding and segmenting can take seconds), which posts `Progress` as pages open (shown
in the sidebar it is given) and then the pages. The loader installs them in the library (on the UI
thread), names the files that could not be opened and the library's notices, and posts `Loaded`: the
screen lists the articles and opens one. `add_page` opens one more page later (a bookmark's page).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widget import Widget

if TYPE_CHECKING:
    from reader.app.widgets.sidebar import Sidebar
    from reader.corpus import Corpus
    from reader.library import Library
    from reader.model import Page

MAX_ERROR_NOTES = 5
"""Unreadable files named one notification each; beyond this, one notification sums up the rest."""

PROGRESS_EVERY = 0.1
"""Seconds between two progress messages (the last one always comes)."""


class Loader(Widget):
    """Opens the library's pages in a worker (see the module docstring)."""

    DEFAULT_CSS = """
    Loader {
        display: none;
    }
    """

    @dataclass
    class Progress(Message):
        """`done` of `total` pages are open."""

        done: int
        total: int

    @dataclass
    class Opened(Message):
        """The worker read the library's pages (the loader installs them, then posts `Loaded`)."""

        corpus: Corpus

    @dataclass
    class Loaded(Message):
        """The library's pages are installed (all of them: its articles are numbered anew)."""

    def __init__(self, library: Library, sidebar: Sidebar) -> None:
        super().__init__()
        self.library = library
        self.sidebar = sidebar
        self._last_progress = 0.0

    @work(thread=True, exclusive=True, group="load")
    def start(self) -> None:
        """Open the library's pages (a thread: decoding and segmenting can take a while)."""
        self.post_message(self.Opened(self.library.load(self._report_progress)))

    def _report_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self._last_progress > PROGRESS_EVERY:
            self._last_progress = now
            self.post_message(self.Progress(done, total))

    @on(Progress)
    def _progress(self, event: Progress) -> None:
        self.sidebar.show_progress("Opening", event.done, event.total)

    def add_page(self, page: Page) -> None:
        """Open one more page (a bookmark's, found by the bookmarker); nothing when it is open already."""
        if self.library.add_page(page):
            self.post_message(self.Loaded())

    @on(Opened)
    def _opened(self, event: Opened) -> None:
        event.stop()
        corpus = event.corpus
        self.library.set_pages(corpus.pages, corpus.errors)
        errors = corpus.errors
        for error in errors[:MAX_ERROR_NOTES]:
            self.notify(error, title="Skipped a file", severity="warning", timeout=10)
        if len(errors) > MAX_ERROR_NOTES:
            rest = len(errors) - MAX_ERROR_NOTES
            self.notify(f"...and {rest} more unreadable files", title="Skipped files", severity="warning")
        for notice in self.library.notices[:MAX_ERROR_NOTES]:
            self.notify(notice, title="Library", timeout=10)
        for notice in corpus.empty_pages[:MAX_ERROR_NOTES]:
            self.notify(notice, title="Empty page", severity="warning", timeout=10)
        self.post_message(self.Loaded())
