"""Live search on the main screen: the box above the sidebar, results in the list, hits in the pane.

`Searching` is mixed into `MainScreen`, which lists `SEARCH_BINDINGS` first among its bindings: while a
search is active n/N step through hits, and since they come before `next_article` in the key's bindings,
n means "next article" again once the search ends (`check_action` turns the hit keys off).

- The index (`reader.search.index.SearchIndex`) is loaded from its cache, or built, in a thread worker once
  the corpus has opened; a build that takes a while shows its progress under the search box, and the reader
  stays usable meanwhile. `prepare()` then builds the pinyin tables, so the first Latin-letter query does
  not pay for them.
- Each change of the box starts a search in an exclusive thread worker, which also builds the result rows
  (headline, then a snippet line, hits marked); they replace the sidebar's contents with one `set_rows`
  call, never new widgets. Results for anything but the box's current text are dropped.
- The pane highlights every hit of the query in the article being read (layer "search"); n/N (enter and
  shift+enter in the box) step through them, the current one in `reading--search-current`, scrolled into
  view, with "hit 3/12" in the key-terms header. An article opened during a search opens at its first hit.
- Enter opens the first result; escape in the box goes back to where `/` was pressed (article, scroll,
  focus, full list); escape elsewhere ends the search and stays on the article.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from textual import work
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Input, Label, ProgressBar
from textual.worker import get_current_worker

from reader.app.widgets.article_list import Row, list_title, row_for_article, selectable
from reader.app.widgets.reading_pane import Highlight
from reader.model import Article, Page
from reader.wrap import to_display

if TYPE_CHECKING:
    from reader.app.screens.main import MainScreen
    from reader.search.index import Hit, SearchIndex

SEARCH_LAYER = "search"
HIT_STYLE = "reading--search"
CURRENT_STYLE = "reading--search-current"

RESULT_LIMIT = 100
"""Results listed in the sidebar (the index finds the best ones without scoring every match)."""

PROGRESS_DELAY = 0.3
"""Seconds before the index build shows progress: a cached index or a small corpus shows none."""

REVEAL_TRIES = 5
"""Frames to wait for the pane to lay out an article before scrolling to a hit."""

SEARCH_BINDINGS: list[BindingType] = [
    Binding("n", "next_hit", "Hit", key_display="n/N", id="next_hit"),
    Binding("N,shift+enter", "previous_hit", "Previous hit", show=False, id="previous_hit"),
]
"""Keys of this feature, first in `MainScreen.BINDINGS` (see the module docstring)."""

SEARCH_KEY_IDS = ("search", "close_search", "next_hit", "previous_hit")
"""The search keys (with / and escape, bound by `MainScreen`), as the help screen lists them."""

_SIDEBAR_CLASSES = ("-show-sidebar", "-hide-sidebar")


class _Cancelled(Exception):
    """Raised from the build's progress callback to stop a build nobody waits for (the app is closing)."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was when `/` was pressed: what escape in the box returns to."""

    article: int | None
    scroll: int
    focus: Widget | None
    sidebar_classes: frozenset[str]


def hit_status(count: int, current: int | None) -> str:
    """What the key-terms header says about the hits in the article: "hit 3/12", "12 hits", "0 hits"."""
    if current is not None and count:
        return f"hit {current + 1}/{count}"
    return f"{count} hit" if count == 1 else f"{count} hits"


def marks_in(
    index: SearchIndex, texts: Sequence[str], query: str, ambiguous_wide: bool = False
) -> list[tuple[tuple[int, int], ...]]:
    """For each of `texts`, the spans of the hits of `query` in it, as offsets into the text as displayed.

    One `index.spans` call for all of them: a pinyin query looks its words up once, not once per text.
    """
    joined = "\n".join(texts)  # no term matches across a newline
    found = index.spans(Article(id="", paragraphs=[joined]), query)
    marks: list[tuple[tuple[int, int], ...]] = []
    start = 0
    i = 0
    for text in texts:
        end = start + len(text)
        while i < len(found) and found[i][1] <= start:
            i += 1
        spans = []
        j = i
        while j < len(found) and found[j][0] < end:
            spans.append((max(found[j][0], start) - start, min(found[j][1], end) - start))
            j += 1
        offsets = to_display(text, ambiguous_wide)[1]
        if offsets is not None:
            spans = [(offsets[a], offsets[b]) for a, b in spans]
        marks.append(tuple(spans))
        start = end + 1
    return marks


def result_rows(
    index: SearchIndex,
    hits: Sequence[Hit],
    query: str,
    articles: Sequence[Article],
    article_index: Mapping[str, int],
    *,
    limit: int = RESULT_LIMIT,
    ambiguous_wide: bool = False,
) -> list[Row]:
    """Sidebar rows for search results: a count, then per hit its headline row and a snippet row.

    Hits are marked in both. Runs in the search worker (no widget is touched).
    """
    listed = [(hit, article_index[hit.article_id]) for hit in hits if hit.article_id in article_index]
    texts: list[str] = []
    for hit, number in listed:
        texts.append(list_title(articles[number]))  # as `row_for_article` shows it
        texts.append(hit.snippet)
    marks = marks_in(index, texts, query, ambiguous_wide)
    rows: list[Row] = []
    for n, (hit, number) in enumerate(listed):
        rows.append(row_for_article(articles[number], number, ambiguous_wide)._replace(marks=marks[2 * n]))
        if hit.snippet:
            shown = to_display(hit.snippet, ambiguous_wide)[0]
            rows.append(Row(shown, number, "snippet", marks[2 * n + 1]))
    found = len(listed)
    if not found:
        heading = "无结果  No match"
    elif len(hits) >= limit:
        heading = f"前 {found} 篇  Top {found} results"
    else:
        heading = f"{found} 篇  {found} result" + ("" if found == 1 else "s")
    return [Row(heading, -1, "page"), *rows]


class Searching:
    """Mixin for `MainScreen`: the search index, the search box's results and the hits in the pane."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.search_index: SearchIndex | None = None
        """The index of the open corpus (None until its worker has loaded or built it)."""
        self.search_query = ""
        """The query whose results are shown ("" when no search is active)."""
        self.search_spans: list[tuple[int, int]] = []
        """The hits of the query in the article being read (offsets into `article.text`)."""
        self.search_hit: int | None = None
        """The current hit (index into `search_spans`), if one was stepped to."""
        self._index_started = False
        self._full_rows: list[Row] | None = None
        self._entered: str | None = None
        self._enter_pending = False
        self._place: Place | None = None

    @property
    def _main(self) -> MainScreen:
        return cast("MainScreen", self)

    @property
    def search_box(self) -> Input:
        """The search box above the sidebar."""
        return self._main.query_one("#search", Input)

    @property
    def search_active(self) -> bool:
        """Are results of a query shown (so that n/N step through hits)?"""
        return bool(self.search_query)

    # -- the index --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        # MainScreen.on_mount runs too: Textual calls the handler of every class in the MRO.
        main = self._main
        main.article_opened_signal.subscribe(main, self._search_article_opened, immediate=True)

    def on_unmount(self) -> None:
        gc.unfreeze()  # what `action_search` froze can be collected again (tests run many apps)

    def _search_article_opened(self, index: int) -> None:
        main = self._main
        if not self._index_started and main.library.articles:
            self._index_started = True  # the corpus is open: its first article was just shown
            self.open_search_index(list(main.library.pages))
        if self.search_query:
            self._mark_hits(first=True)

    @work(thread=True, exclusive=True, group="search-index")
    def open_search_index(self, pages: list[Page]) -> None:
        """Load the index of `pages` from the cache, or build it (a thread: a year of pages takes seconds)."""
        from reader.search.index import SearchIndex  # ~50 ms, plus rjieba's dictionary if it has to build

        app = self._main.app
        worker = get_current_worker()
        started = time.monotonic()
        shown = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal shown
            if worker.is_cancelled:
                raise _Cancelled
            now = time.monotonic()
            if now - started >= PROGRESS_DELAY and (done >= total or now - shown >= 0.1):
                shown = now
                app.call_from_thread(self._show_index_progress, done, total)

        try:
            index = SearchIndex.load_or_build(pages, progress=progress)
            index.prepare()
        except _Cancelled:
            return
        except Exception as error:  # a damaged cache or tokenizer must not take the reader down
            if not worker.is_cancelled:
                app.call_from_thread(self._index_failed, error)
            return
        if not worker.is_cancelled:
            app.call_from_thread(self._index_ready, index)

    def _show_index_progress(self, done: int, total: int) -> None:
        main = self._main
        main.add_class("-indexing")
        main.query_one("#progress", ProgressBar).update(total=total, progress=done)
        main.query_one("#loading", Label).update(f"索引 Indexing {done}/{total}")

    def _index_failed(self, error: Exception) -> None:
        self._main.remove_class("-indexing")
        self._main.notify(f"Search is unavailable: {error}", title="Search", severity="error", timeout=15)

    def _index_ready(self, index: SearchIndex) -> None:
        self.search_index = index
        self._main.remove_class("-indexing")
        gc.freeze()  # see `action_search`
        value = self.search_box.value
        if value.strip():
            self.run_search(value)

    # -- typing -----------------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        value = event.value
        if not value.strip():
            self._end_results()
        elif self.search_index is not None:
            self.run_search(value)
        elif self._main.has_class("-loaded"):
            self._show_rows([Row("索引中  Indexing...", -1, "page")])

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        """Search for `query` and build the sidebar rows (a thread: the UI never waits for a search)."""
        main = self._main
        app = main.app
        library = main.library
        index = self.search_index
        if index is None:
            return
        worker = get_current_worker()
        try:
            hits = index.search(query, RESULT_LIMIT)
            rows = result_rows(
                index,
                hits,
                query,
                library.articles,
                library.article_index,
                ambiguous_wide=main.config.ambiguous_wide,
            )
        except Exception as error:  # the index handles any text; should it not, say so and keep reading
            if not worker.is_cancelled:
                app.call_from_thread(main.notify, f"Search failed: {error}", title="Search", severity="error")
            return
        if not worker.is_cancelled:  # a newer keystroke has its own worker
            app.call_from_thread(self._show_results, query, rows)

    def _show_results(self, query: str, rows: list[Row]) -> None:
        if query != self.search_box.value:
            return  # typed on (or the search was closed) meanwhile
        self._show_rows(rows)
        was_active = self.search_active
        self.search_query = query
        self._mark_hits(first=False)
        if not was_active:
            self._hit_keys_changed()
        if self._enter_pending:
            self._enter_pending = False
            self._go_to_first_result()

    def _show_rows(self, rows: list[Row]) -> None:
        sidebar = self._main.sidebar
        if self._full_rows is None:
            self._full_rows = list(sidebar.rows)
        sidebar.set_rows(rows)

    def _end_results(self) -> None:
        """Back to the full list, no highlights, no hit keys."""
        main = self._main
        if self._full_rows is not None:
            rows, self._full_rows = self._full_rows, None
            main.sidebar.set_rows(rows)
            if main.current is not None:
                main.sidebar.select_article(main.current)
        was_active = self.search_active
        self.search_query = ""
        self.search_spans = []
        self.search_hit = None
        self._entered = None
        self._enter_pending = False
        main.pane.clear_highlights(SEARCH_LAYER)
        main.key_terms.show_search("")
        if was_active:
            self._hit_keys_changed()

    def _hit_keys_changed(self) -> None:
        # The footer rebuilds all its keys when bindings change (~100 ms, long enough to delay the results
        # of the next keystroke). While the box has the focus n/N are typed, not bound, so the footer does
        # not list them, and moving the focus refreshes it anyway.
        if not self.search_box.has_focus:
            self._main.refresh_bindings()

    # -- hits in the pane -------------------------------------------------------------------------

    def _mark_hits(self, first: bool) -> None:
        """Find the query's hits in the article being read and paint them (`first`: go to the first)."""
        main = self._main
        article = main.pane.article
        index = self.search_index
        spans: list[tuple[int, int]] = []
        if article is not None and index is not None and self.search_query:
            spans = index.spans(article, self.search_query)
        self.search_spans = spans
        self.search_hit = 0 if first and spans else None
        self._paint_hits()
        if self.search_hit is not None:
            self._reveal_hit()

    def _paint_hits(self) -> None:
        main = self._main
        current = self.search_hit
        highlights = [
            Highlight(start, end, CURRENT_STYLE if number == current else HIT_STYLE)
            for number, (start, end) in enumerate(self.search_spans)
        ]
        if highlights != main.pane.highlights(SEARCH_LAYER):  # a repaint of the pane costs ~3 ms
            main.pane.set_highlights(SEARCH_LAYER, highlights)
        status = hit_status(len(self.search_spans), current) if self.search_query else ""
        main.key_terms.show_search(status)

    def _reveal_hit(self, tries: int = REVEAL_TRIES) -> None:
        """Scroll the current hit into view (centred) unless it is on screen already."""
        if self.search_hit is None or self.search_hit >= len(self.search_spans):
            return
        pane = self._main.pane
        start = self.search_spans[self.search_hit][0]
        line = pane.line_for_offset(start)
        if line is None:  # not laid out yet (the pane was hidden): after the next frame
            if tries > 0:
                self._main.call_after_refresh(self._reveal_hit, tries - 1)
            return
        top = int(pane.scroll_y)
        if not top <= line < top + pane.scrollable_content_region.height:
            pane.scroll_to_offset(start)

    def _step_hit(self, direction: int) -> None:
        count = len(self.search_spans)
        if not count:
            self._main.app.bell()
            return
        if self.search_hit is None:
            self.search_hit = 0 if direction > 0 else count - 1
        else:
            self.search_hit = (self.search_hit + direction) % count
        self._paint_hits()
        self._reveal_hit()

    def action_next_hit(self) -> None:
        """Go to the next hit of the search in the article (after the last, the first)."""
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        """Go to the previous hit of the search in the article."""
        self._step_hit(-1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The hit keys work (and show in the footer) only while a search is active."""
        if action == "next_hit":  # the one the footer shows: not while typing (see `_hit_keys_changed`)
            return self.search_active and not self.search_box.has_focus
        if action == "previous_hit":  # shift+enter in the box, too
            return self.search_active
        parent: Any = super()  # the next class in MainScreen's MRO (Textual's DOMNode in the end)
        return parent.check_action(action, parameters)  # type: ignore[no-any-return]

    # -- the box: /, enter, escape ----------------------------------------------------------------

    def action_search(self) -> None:
        """Focus the search box above the sidebar, remembering where reading was for escape."""
        main = self._main
        box = self.search_box
        # The corpus, the index and the analyser's tables live as long as the app. Left to the collector,
        # each full collection walks all their objects (~110 ms at 3,000 articles, measured): a stall every
        # few dozen keystrokes. Frozen, a full collection only walks what was made since (freezing is O(1)).
        gc.freeze()
        if not box.has_focus:
            self._place = Place(
                main.current,
                int(main.pane.scroll_y),
                main.focused,
                frozenset(name for name in _SIDEBAR_CLASSES if main.has_class(name)),
            )
        if main.narrow:
            main.add_class("-show-sidebar")
        else:
            main.remove_class("-hide-sidebar")
        main.add_class("-searching")
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        value = event.value
        main = self._main
        if not value.strip():
            main.pane.focus()
        elif value != self.search_query:
            self._enter_pending = True  # its results are on the way
        elif value == self._entered and self._current_is_result():
            self._step_hit(1)  # back in the box with the same query: enter steps through hits
        else:
            self._go_to_first_result()

    def _current_is_result(self) -> bool:
        current = self._main.current
        return any(row.article == current and selectable(row) for row in self._main.sidebar.rows)

    def _go_to_first_result(self) -> None:
        main = self._main
        first = next((row.article for row in main.sidebar.rows if selectable(row)), None)
        if first is None:
            main.app.bell()
            return
        self._entered = self.search_query
        if main.narrow:
            main.remove_class("-show-sidebar")
        main.open_article(first)  # article_opened_signal: its first hit becomes current
        main.pane.focus()

    def action_close_search(self) -> None:
        """Escape: in the box, go back to where `/` was pressed; elsewhere, end the search here."""
        box = self.search_box
        if box.has_focus:
            self._cancel_search()
        elif self.search_active or box.value:
            self._clear_search()
            self._place = None

    def _clear_search(self) -> None:
        box = self.search_box
        if box.value:
            box.value = ""  # its Changed message comes later and finds nothing left to do
        self._end_results()
        self._main.remove_class("-searching")

    def _cancel_search(self) -> None:
        main = self._main
        place, self._place = self._place, None
        self._clear_search()
        if place is None:
            main.pane.focus()
            return
        for name in _SIDEBAR_CLASSES:
            main.set_class(name in place.sidebar_classes, name)
        if place.article is not None and (
            place.article != main.current or int(main.pane.scroll_y) != place.scroll
        ):
            main.open_article(place.article, scroll=place.scroll)
        target = place.focus
        if target is None or target is self.search_box or not target.is_attached:
            target = main.pane
        target.focus()

    def on_descendant_blur(self) -> None:
        main = self._main
        box = self.search_box
        if main.has_class("-searching") and not box.has_focus and not box.value:
            main.remove_class("-searching")
