"""Opening the library in the reader: a thread worker reads and segments, messages bring the result.

`Loader` is a widget with nothing to draw that the main screen holds. `start` runs `Library.load` in a
thread worker (decoding and segmenting can take seconds), which posts `Progress` as pages open (shown
in the sidebar it is given) and then the pages. The loader installs them in the library (on the UI
thread), names the files that could not be opened and the library's notices (a note about a page, no
problem, only the first time: `reader.state.State.tell`), and posts `Loaded`: the
screen lists the articles and opens one. `add_page` opens one more page later (a bookmark's page).

Plain `duba` on a library of 10,000 pages: the issue where reading stopped (else the first) is read
alone first (`Library.load_first`, a few pages from the segmentation cache) and shown while the
catalogue is checked and the rest opens from its snapshot (~2 s); then every page is listed and the
reader stays where it is. To the first article's text on screen this takes 1.2x the bundled page, where
opening everything first took 6x (benchmarks/archive_bench.py --warm-only).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from reader.app.cancel import Cancelled, post_or_stop, stop_if_cancelled
from reader.app.widgets.page_tree import PageTree
from reader.library import Numbering, number_pages

if TYPE_CHECKING:
    from reader.app.stale import StaleCorrections
    from reader.app.widgets.sidebar import Sidebar
    from reader.corpus import Corpus
    from reader.library import Library
    from reader.model import Page
    from reader.state import Position

MAX_ERROR_NOTES = 5
"""Unreadable files named one notification each; beyond this, one notification sums up the rest."""

PROGRESS_EVERY = 0.1
"""Seconds between two progress messages (the last one always comes)."""


def _prune_caches() -> None:
    from reader.cachedirs import prune

    prune()


class Loader(Widget):
    """Opens the library's pages in a worker (see the module docstring)."""

    DEFAULT_CSS = """
    Loader {
        display: none;
    }
    """

    @dataclass
    class Progress(Message):
        """`done` of `total` pages are open (a fraction while a large one is segmented), or with
        `checking` files of the library's folders checked for new, changed and moved pages."""

        done: float
        total: int
        checking: bool = False

    @dataclass
    class Opened(Message):
        """The worker read the library's pages, or with `complete` false its first issue (the loader
        installs them, then posts `Loaded`)."""

        corpus: Corpus
        complete: bool = True
        numbering: Numbering | None = None
        """The corpus's articles numbered, in the worker (`reader.library.number_pages`)."""
        tree: PageTree | None = None
        """The sidebar's tree of its pages, built in the worker."""

    @dataclass
    class Loaded(Message):
        """Pages were installed in the library (its articles are numbered anew): all of them, or with
        `complete` false the first issue while the rest opens."""

        complete: bool = True
        tree: PageTree | None = None
        """The sidebar's tree of the pages, where the worker built it (`ArticleList.show_pages`)."""

    def __init__(
        self,
        library: Library,
        sidebar: Sidebar,
        told: Callable[[Sequence[str], int], list[bool]] | None = None,
        stale: StaleCorrections | None = None,
    ) -> None:
        """`told` says which notes about pages (by their keys) the reader is told now and remembers the
        first so many as told (`reader.state.State.tell`): a note is news once, where it was shown.
        Without it every note is told. `stale` says the stored corrections that no longer fit."""
        super().__init__()
        self.stale = stale
        self.library = library
        self.sidebar = sidebar
        self.told = told
        self._last_progress = 0.0

    @work(thread=True, exclusive=True, group="load")
    def start(self, position: Position | None = None) -> None:
        """Open the library's pages (a thread: decoding and segmenting can take a while). A library of
        pages catalogued opens the issue of the page of `position` (or its first) alone first: shown at
        once, while the catalogue is checked and the rest opens."""
        try:
            first = (
                self.library.load_first(position.page_sha, position.page_path)
                if position is not None
                else self.library.load_first()
            )
            if first is not None:
                post_or_stop(self, self._opened_message(first, complete=False))
            corpus = self.library.load(self._report_progress, self._report_checking)
            post_or_stop(self, self._opened_message(corpus))
        except Cancelled:
            return  # the reader is closing: see reader.app.cancel
        except Exception as error:  # a catalogue damaged past the count of pages the start read
            if not self.library.catalogued or not self.library.instead_of_damaged(error):
                raise
            post_or_stop(self, self.Opened(self.library.load(self._report_progress, self._report_checking)))

    def _opened_message(self, corpus: Corpus, complete: bool = True) -> Opened:
        """What the worker hands over: the pages, their articles numbered and the sidebar's tree of them,
        made here (at 14,608 pages ~0.2 s that the UI thread spent before, not drawing)."""
        tree = PageTree(corpus.pages, self.sidebar.articles.ambiguous_wide)
        return self.Opened(corpus, complete, number_pages(corpus.pages), tree)

    def _report_progress(self, done: float, total: int, checking: bool = False) -> None:
        stop_if_cancelled()  # at the next page or chunk (or step of a large page)
        now = time.monotonic()
        if done == total or now - self._last_progress > PROGRESS_EVERY:
            self._last_progress = now
            post_or_stop(self, self.Progress(done, total, checking))

    def _report_checking(self, done: float, total: int) -> None:
        self._report_progress(done, total, checking=True)

    @on(Progress)
    def _progress(self, event: Progress) -> None:
        # (the rescan counts files, the opening pages: one label for both showed "Opening 58/58", the
        # bar full, then "Opening 2/54", the bar back at the start)
        self.sidebar.show_progress("Checking" if event.checking else "Opening", event.done, event.total)

    def add_page(self, page: Page) -> None:
        """Open one more page (a bookmark's, found by the bookmarker); nothing when it is open already."""
        if self.library.add_page(page):
            self.post_message(self.Loaded())

    @on(Opened)
    def _opened(self, event: Opened) -> None:
        event.stop()
        corpus = event.corpus
        self.library.set_pages(corpus.pages, corpus.errors, event.numbering)
        # The pages live as long as the library. Left to the collector, every full collection walks their
        # objects (10,000 pages: ~0.5 s each, one of them while the sidebar's tree is built); frozen, only
        # what is made later. The search box does the same for the index.
        gc.freeze()
        if not event.complete:
            self.post_message(self.Loaded(complete=False, tree=event.tree))
            return
        from reader.corpus import NO_PAGE_FILES  # (loaded by now: the worker used it)

        errors = corpus.errors
        for error in errors[:MAX_ERROR_NOTES]:
            title = "No pages" if error.endswith(NO_PAGE_FILES) else "Skipped a file"
            self.notify(error, title=title, severity="warning", timeout=10)
        if len(errors) > MAX_ERROR_NOTES:
            rest = len(errors) - MAX_ERROR_NOTES
            self.notify(f"...and {rest} more unreadable files", title="Skipped files", severity="warning")
        for notice in self.library.notices[:MAX_ERROR_NOTES]:
            self.notify(notice, title="Library", timeout=10)
        for notice in corpus.empty_pages[:MAX_ERROR_NOTES]:
            self.notify(notice, title="No article", severity="warning", timeout=10)
        warnings = corpus.page_warnings
        # (an edited page's corrections all fit; a correction found by a near match): said once
        notes = corpus.page_notes
        keys = [key for key, _ in notes]
        fresh = self.told(keys, MAX_ERROR_NOTES) if self.told is not None else [True] * len(notes)
        news = [line for (_, line), new in zip(notes, fresh, strict=True) if new]
        for notice in news[:MAX_ERROR_NOTES]:
            self.notify(notice, title="Corrections carried over", timeout=10)
        if len(news) > MAX_ERROR_NOTES:
            rest = len(news) - MAX_ERROR_NOTES
            self.notify(
                f"...and {rest} more (duba segment PAGE lists them)", title="Corrections carried over"
            )
        if self.stale is not None:
            self.stale.announce(corpus.stale)
        for notice in warnings[:MAX_ERROR_NOTES]:
            self.notify(notice, title="Page read with a problem", severity="warning", timeout=10)
        if len(warnings) > MAX_ERROR_NOTES:
            rest = len(warnings) - MAX_ERROR_NOTES
            self.notify(
                f"...and {rest} more (duba segment PAGE lists them)", title="Pages", severity="warning"
            )
        self.post_message(self.Loaded(tree=event.tree))
        # Caches of earlier duba versions (~120 MB per segmenter version at 10,000 pages). A daemon thread,
        # not a worker: Python does not wait for it at exit, and a prune cut short is finished next time.
        threading.Thread(target=_prune_caches, name="prune caches", daemon=True).start()
