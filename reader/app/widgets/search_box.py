"""The search box above the sidebar: it owns the search index, the query and the search worker.

The box does not touch the list or the pane. It posts dataclass messages up to the screen that holds it,
which decides what the list shows and what the pane highlights:

- the index (`reader.search.index.SearchIndex`) is loaded from its cache, or built, in a thread worker once
  `open_index` is given the pages; a build that takes a while posts `IndexProgress`, then `IndexReady` (or
  `IndexFailed`: the reader stays usable). `prepare()` builds the pinyin tables there too, so the first
  Latin-letter query does not pay for them.
- a library that opened with no article has nothing to index (`no_articles`), and an index that failed
  to open is not on its way either: each change of the text then posts `Results` whose one row says so
  (`unavailable`), where it would wait for the index forever.
- each change of the text starts a search in an exclusive thread worker, which also builds the result rows
  (headline with the date and page, then a snippet line, hits marked), finds the hits in the article
  being read (`reading`, which the screen sets) and posts `Results`; results for anything but the box's
  current text are dropped. An emptied box posts `Cleared`. The results are
  sorted by relevance or by date (`order`; `toggle_order` flips it and searches again).
- while a search runs, the box's own repaint waits for its results (at most `ECHO_HOLD`): the screen
  draws the key typed with them (`release_echo`), in one frame.
- enter posts `Enter`, escape `Cancel`; up and down post `Move` (the screen moves the list's cursor, as
  the bookmark filter box does). The keys typed after escape in one burst (a loaded machine, a slow
  link) reach the box before the screen has moved the focus away: the box posts each as
  `KeyAfterCancel`, after `Cancel`, for the screen to send where escape led (`/` typed right after
  escape opened the box again, and the characters after it are typed into it).
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Self

from textual import events, on, work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input
from textual.worker import get_current_worker

from reader.app.cancel import Cancelled
from reader.app.search_results import RESULT_LIMIT, result_rows, with_total
from reader.app.widgets.rows import Row
from reader.app.widgets.text_input import TextInput
from reader.fsutil import keep_alive

if TYPE_CHECKING:
    from textual.geometry import Region
    from textual.timer import Timer

    from reader.library import Library
    from reader.model import Article, Page, PageMeta
    from reader.search.highlight import ArticleHits
    from reader.search.index import SearchIndex

PROGRESS_DELAY = 0.3
"""Seconds before the index build shows progress: a cached index or a small corpus shows none."""

ECHO_HOLD = 0.03
"""Seconds a key typed waits at most to be drawn in the same frame as its results."""

NOTHING_TO_SEARCH = (
    "没有文章可搜索  Nothing to search: no article is open",
    "没有文章可搜索  Nothing to search",
    "没有文章可搜索",
)
"""What the list says for a query, and the box's `unavailable`, when the library holds no article."""

SEARCH_UNAVAILABLE = ("搜索不可用  Search is unavailable", "搜索不可用")
"""The same, when the index could not be opened."""


class SearchBox(TextInput):
    """An `Input` that searches the library as you type (see the module docstring for its messages)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Back", show=False, id="close_search"),
        Binding("down", "move(1)", "Next result", show=False, id="next_result"),
        Binding("up", "move(-1)", "Previous result", show=False, id="previous_result"),
    ]

    @dataclass
    class IndexProgress(Message):
        """The index build has done `done` of `total` pages (posted only for a slow build)."""

        done: int
        total: int

    @dataclass
    class IndexReady(Message):
        """The index is loaded or built: searches run from now on."""

        index: SearchIndex

    @dataclass
    class IndexFailed(Message):
        """The index could not be opened (search is unavailable; reading is not affected)."""

        error: Exception

    @dataclass
    class Results(Message):
        """The rows for `query`, the box's current text (a count heading, then results best first)."""

        query: str
        rows: list[Row]
        more: bool = False
        """The query has more results than the list holds (`RESULT_LIMIT`)."""
        reading: Article | None = None
        """The article being read when the search started (`SearchBox.reading`)."""
        hits: ArticleHits | None = None
        """The hits of `query` in `reading` (`SearchIndex.hits`)."""

    @dataclass
    class Waiting(Message):
        """Text was typed before the index is ready: its results come once it is."""

    @dataclass
    class Cleared(Message):
        """The box was emptied: no search any more."""

    @dataclass
    class Failed(Message):
        """A search raised (the index handles any text; should it not, the screen says so)."""

        error: Exception

    @dataclass
    class Enter(Message):
        """Enter was pressed with `value` in the box, and its results are shown.

        `again`: enter was pressed before for this same text (the screen steps through hits then).
        """

        value: str
        again: bool = False

    @dataclass
    class Cancel(Message):
        """Escape was pressed in the box."""

    @dataclass
    class KeyAfterCancel(Message):
        """A key typed after escape that reached the box before the focus left it: the screen's."""

        key: str
        character: str | None

    @dataclass
    class Move(Message):
        """Up (-1) or down (1) was pressed in the box: move through the results."""

        direction: int

    _leaving = False
    """Escape was pressed and the box still has the focus: the keys it gets now are the screen's."""

    _echo_timer: Timer | None = None
    """Set while a repaint may wait for the results (`refresh` runs before `__init__` is done)."""
    _echo_held = False

    def __init__(self, library: Library, *, ambiguous_wide: bool = False, id: str | None = None) -> None:
        super().__init__(id=id, placeholder="搜索 search")
        self.library = library
        self.ambiguous_wide = ambiguous_wide
        self.index: SearchIndex | None = None
        """The index of the open library (None until its worker has loaded or built it)."""
        self.reading: tuple[Article, PageMeta | None] | None = None
        """The article being read and the metadata of the page it is read from (the screen sets it): a
        search finds its hits there too, so that the list and the pane show them in one frame."""
        self.shown = ""
        """The text whose results were posted last ("" after the box was emptied)."""
        self.ended = ""
        """The query of the search last ended (escape, or a correction, which empties the box): the
        concordance (K) and the trend (T) take it while the box is empty."""
        self._entered: str | None = None
        self._enter_pending = False
        self._typing = False
        self.order = "relevance"
        """What the results are sorted by: "relevance" or "date" (`toggle_order`)."""
        self.unavailable: tuple[str, ...] = ()
        """Why there is no index and none is on its way (`NOTHING_TO_SEARCH`, `SEARCH_UNAVAILABLE`),
        longest form first; () while it is opened or ready."""

    # -- drawing ----------------------------------------------------------------------------------

    def _watch_value(self, value: str) -> None:
        # Input gives itself the text's width as its virtual size on every change, and that assignment
        # asks for a layout of the whole screen, then a full repaint (~2 ms, ~30 ms on a loaded machine:
        # search_ui_bench). The box's size never follows its text (one line, the sidebar's width) and
        # its scrolling reads the virtual size directly, so a repaint is all a keystroke needs.
        if self.index is not None and value.strip():
            self._hold_echo()  # a search starts: the text is drawn with its results
        self._typing = True
        try:
            super()._watch_value(value)
        finally:
            self._typing = False

    def refresh(
        self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False
    ) -> Self:
        """Refresh as `Widget.refresh` does, but without a layout while the text changes (`_watch_value`),
        and a repaint waits while the text's results are on their way (`ECHO_HOLD`)."""
        layout = layout and not self._typing
        if self._echo_timer is not None and not layout and not recompose:
            self._echo_held = True
            return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def _hold_echo(self) -> None:
        # The frame that shows a key is followed, a few milliseconds later, by the one that shows its
        # results: two frames of the whole sidebar where one does (~1 ms of the UI thread each, taken
        # from the search running meanwhile: search_ui_bench.py).
        if self._echo_timer is None:
            self._echo_timer = self.set_timer(ECHO_HOLD, self.release_echo, name="echo")

    def release_echo(self) -> None:
        """Draw what the box held back: the screen calls this as it shows the results, in their frame
        (else it is drawn `ECHO_HOLD` after the key)."""
        if self._echo_timer is not None:
            self._echo_timer.stop()
            self._echo_timer = None
        if self._echo_held:
            self._echo_held = False
            self.refresh()

    def on_focus(self) -> None:
        # The library, the index and the analyser's tables live as long as the app. Left to the collector,
        # each full collection walks all their objects (~110 ms at 3,000 articles, measured): a stall every
        # few dozen keystrokes. Frozen, a full collection only walks what was made since (freezing is O(1)).
        gc.freeze()

    def on_blur(self) -> None:
        self._leaving = False
        self.release_echo()

    async def _on_key(self, event: events.Key) -> None:
        # Textual calls TextInput's `_on_key` after this one unless the key is prevented here.
        if self._leaving:
            event.stop()
            event.prevent_default()
            self.post_message(self.KeyAfterCancel(event.key, event.character))

    # -- the index --------------------------------------------------------------------------------

    def open_index(self) -> None:
        """Load or build the index of the library's pages (the library is open)."""
        self.unavailable = ()
        self._open_index(list(self.library.pages))

    def no_articles(self) -> None:
        """The library opened with no article: there is no index to wait for, and a query says so."""
        self.workers.cancel_group(self, "search-index")
        self.index = None
        self.unavailable = NOTHING_TO_SEARCH
        if self.value.strip():
            self._say_unavailable(self.value)

    def _say_unavailable(self, query: str) -> None:
        forms = self.unavailable
        self.release_echo()
        self.post_message(self.Results(query, [Row(forms[0], -1, "page", shorter=forms[1:])]))

    # A description, or Textual makes one from repr() of the pages on the UI thread (1.1 s at 10,000 pages).
    @work(thread=True, exclusive=True, group="search-index", description="open the index")
    def _open_index(self, pages: list[Page]) -> None:
        from reader.gcpause import paused
        from reader.search.index import SearchIndex  # ~50 ms, plus rjieba's dictionary if it has to build

        worker = get_current_worker()
        started = time.monotonic()
        shown = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal shown
            if worker.is_cancelled:  # the build may call this from threads of its own
                raise Cancelled  # nobody waits for this build: see reader.app.cancel
            now = time.monotonic()
            if now - started >= PROGRESS_DELAY and (done >= total or now - shown >= 0.1):
                shown = now
                self.post_message(self.IndexProgress(done, total))

        try:
            with paused(freeze=True):  # the index lives as long as the app: see reader.gcpause
                with keep_alive():  # quitting waits for its helper process to be stopped, its cache written
                    index = SearchIndex.load_or_build(pages, progress=progress)
                index.prepare()
        except Cancelled:
            return
        except Exception as error:  # a damaged cache or tokenizer must not take the reader down
            if not worker.is_cancelled:
                self.post_message(self.IndexFailed(error))
            return
        if not worker.is_cancelled:
            self.post_message(self.IndexReady(index))

    @on(IndexReady)
    def _index_ready(self, event: IndexReady) -> None:
        self.index = event.index  # then the screen hears of it too
        gc.freeze()  # see `on_focus`
        if self.value.strip():
            self.run_search(self.value)

    @on(IndexFailed)
    def _index_failed(self) -> None:
        self.unavailable = SEARCH_UNAVAILABLE  # then the sidebar says why
        if self.value.strip():
            self._say_unavailable(self.value)

    @on(Results)
    def _drop_stale(self, event: Results) -> None:
        if event.query != self.value:
            event.stop()  # typed on (or the search was closed) meanwhile: never shown
            return
        self.shown = event.query
        if self._enter_pending:  # enter was pressed before these results came: it counts now
            self._enter_pending = False
            self.post_message(self.Enter(event.query))

    @on(Failed)
    def _failed(self) -> None:
        self.release_echo()  # then the sidebar says so

    # -- searching --------------------------------------------------------------------------------

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        if event.input is not self:
            return
        event.stop()
        value = event.value
        if not value.strip():
            self.release_echo()
            self.workers.cancel_group(self, "search")
            self.shown = ""
            self._entered = None
            self._enter_pending = False
            self.post_message(self.Cleared())
        elif self.index is not None:
            self.run_search(value)
        elif self.unavailable:
            self._say_unavailable(value)
        else:
            self.post_message(self.Waiting())

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        """Search for `query` and build the sidebar rows (a thread: the UI never waits for a search)."""
        index = self.index
        if index is None:
            return
        worker = get_current_worker()
        library = self.library
        reading = self.reading
        try:
            order = self.order
            # Keys typed in a burst each start a search; one already replaced skips what is left of it.
            if worker.is_cancelled:
                return
            hits = index.search(query, RESULT_LIMIT + 1, order=order)  # one more: are there more?
            if worker.is_cancelled:
                return
            rows = result_rows(
                index,
                hits,
                query,
                library.articles,
                library.article_index,
                limit=RESULT_LIMIT,
                ambiguous_wide=self.ambiguous_wide,
                # where each result was printed, unless the library is one page (it would be the same)
                meta=library.meta if len(library.pages) > 1 else None,
                papers=len({page.meta.paper for page in library.pages}) > 1,
                order=order,
                printed=library.index_printed,
            )
            if reading is None or worker.is_cancelled:
                found = None
            else:  # the article read's own hits: folding a long article takes a while (search_results.py)
                found = index.hits(reading[0], query, reading[1])
        except Exception as error:
            if not worker.is_cancelled:
                self.post_message(self.Failed(error))
            return
        if worker.is_cancelled:  # a newer keystroke has its own worker
            return
        more = len(hits) > RESULT_LIMIT
        article = None if reading is None else reading[0]
        self.post_message(self.Results(query, rows, more=more, reading=article, hits=found))
        if more:  # then how many there are in all: "100 of 1,234" (every match checked, after the list)
            try:
                total = index.count(query, stop=lambda: worker.is_cancelled)
            except Exception:  # (the list is shown; its heading just says "top")
                return
            if total is not None and not worker.is_cancelled:
                results = self.Results(query, with_total(rows, total), True, article, found)
                self.post_message(results)

    def toggle_order(self) -> None:
        """Sort the results by date instead of relevance, or back; the search runs again."""
        self.order = "date" if self.order == "relevance" else "relevance"
        if self.index is not None and self.value.strip():
            self.run_search(self.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input is not self:
            return
        event.stop()
        value = event.value
        if value.strip() and value != self.shown:
            self._enter_pending = True  # its results are on the way
            return
        self.post_message(self.Enter(value, again=value == self._entered))
        self._entered = value

    def action_cancel(self) -> None:
        """Escape: the screen goes back to where the search started."""
        self._leaving = True
        self.post_message(self.Cancel())

    def action_move(self, direction: int) -> None:
        """Up/down: the screen moves through the results."""
        self.post_message(self.Move(direction))
