"""The main screen's search (`reader.app.screens.main.MainScreen` is this screen, with the rest).

`/` focuses the search box (and remembers where reading was, for escape); the box's results replace
the list's rows; the pane highlights every hit of the query in the article being read (`SearchHits`:
found with the results in the search's worker, or, for an article opened during a search, in this
screen's), n/N (enter and shift+enter in the box) step through them; an article opened during a search
opens at its first hit. Enter opens the highlighted result; escape in the box goes back to where `/` was
pressed (article, scroll, focus, full list); escape elsewhere ends the search and stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.message import Message
from textual.screen import Screen

from reader.app.cancel import Cancelled, post_or_stop, stop_if_cancelled
from reader.app.frames import draw_now
from reader.app.search_results import Place, SearchHits
from reader.app.typeahead import route_burst_key
from reader.app.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from reader.app.widgets.article_list import ArticleList
    from reader.app.widgets.article_view import ArticleView
    from reader.app.widgets.reading_pane import ReadingPane
    from reader.app.widgets.sidebar import Sidebar
    from reader.library import Library
    from reader.model import Article, PageMeta
    from reader.search.highlight import ArticleHits
    from reader.search.index import SearchIndex

SIDEBAR_CLASSES = ("-show-sidebar", "-hide-sidebar")
"""The classes that show or hide the sidebar (a search shows it; escape puts them back)."""


class SearchingScreen(Screen[None]):
    """The search half of the main screen: its keys' actions and the search box's messages. The widgets
    and the rest are `MainScreen`'s, which sets the attributes below."""

    @dataclass
    class HitsFound(Message):
        """The hits of `query` in `article` were found (posted by `_find_hits`, to show as asked)."""

        article: Article
        query: str
        found: ArticleHits
        first: bool
        at: tuple[str, int] | None

    library: Library
    search_box: SearchBox
    sidebar: ArticleList
    """The list of articles (or of search results)."""
    panel: Sidebar
    view: ArticleView
    pane: ReadingPane
    hits: SearchHits
    current: int | None
    _place: Place | None
    """Where reading was when `/` was pressed (escape in the box goes back there)."""
    _results_query: str | None
    """The query whose results the list shows (None when it shows every article)."""
    more_results = False
    """That query has more results than the list holds."""
    if TYPE_CHECKING:

        @property
        def narrow(self) -> bool: ...

        def open_article(self, index: int, scroll: int = 0, anchor: int = -1) -> None: ...

    def action_search(self) -> None:
        """Focus the search box above the sidebar, remembering where reading was for escape."""
        box = self.search_box
        if not box.has_focus:
            self._place = Place(
                self.current,
                int(self.pane.scroll_y),
                self.focused,
                frozenset(name for name in SIDEBAR_CLASSES if self.has_class(name)),
            )
        if self.narrow:
            self.add_class("-show-sidebar")
        else:
            self.remove_class("-hide-sidebar")
        self.add_class("-searching")
        self.set_focus(box)  # now, not after the keys already on their way (`reader.app.typeahead`)

    @on(SearchBox.Results)
    def _search_results(self, event: SearchBox.Results) -> None:
        # the list and the hits in one go, drawn in one frame; a new query's best result under the
        # cursor (it stayed on the article read, or on the last query's best, scrolled far down)
        new_query, self._results_query = event.query != self._results_query, event.query
        self.more_results = event.more
        self.sidebar.show_results(event.rows, new_query=new_query)
        was_active = self.hits.active
        if event.reading is not None and event.reading is self.pane.article:
            self.hits.show(event.query, event.hits, first=False)  # found by the search's worker
        else:  # (another article was opened since the search started)
            self.find_hits(event.query, first=False)
        if not was_active:
            self._hit_keys_changed()
        self.search_box.release_echo()  # the key typed, in the same frame
        draw_now(self, (self.panel, self.view))  # now, not at the next tick of the frame timer

    @on(SearchBox.Cleared)
    def _search_cleared(self, event: SearchBox.Cleared) -> None:
        self._end_results()

    def find_hits(self, query: str, *, first: bool, at: tuple[str, int] | None = None) -> None:
        """Find the hits of `query` in the article shown, in a worker, and show them (`SearchHits.show`
        for `first` and `at`); meanwhile it has none."""
        article, index = self.pane.article, self.search_box.index
        if article is None or index is None or self.current is None or not query:
            self.hits.show(query, None, first=first, at=at)
            return
        self.hits.wait(query)
        self._find_hits(index, article, query, self.library.meta(self.current), first, at)

    @work(thread=True, exclusive=True, group="hits", description="find the hits in the article")
    def _find_hits(
        self,
        index: SearchIndex,
        article: Article,
        query: str,
        meta: PageMeta,
        first: bool,
        at: tuple[str, int] | None,
    ) -> None:
        try:
            stop_if_cancelled()
            found = index.hits(article, query, meta)
            stop_if_cancelled()
            post_or_stop(self, self.HitsFound(article, query, found, first, at))
        except Cancelled:
            return  # another article or query was asked for, or the reader is closing

    @on(HitsFound)
    def _hits_found(self, event: HitsFound) -> None:
        hits = self.hits
        if event.article is self.pane.article and hits.waiting and event.query == hits.query:
            hits.show(event.query, event.found, first=event.first, at=event.at)

    def _end_results(self) -> None:
        """Back to the full list, no highlights, no hit keys."""
        self._results_query = None
        if self.sidebar.show_all() and self.current is not None:
            self.sidebar.select_article(self.current)
        was_active = self.hits.active
        self.hits.clear()
        if was_active:
            self._hit_keys_changed()

    def _hit_keys_changed(self) -> None:
        # The footer rebuilds all its keys when bindings change (~100 ms, long enough to delay the results
        # of the next keystroke). While the box has the focus n/N are typed, not bound, so the footer does
        # not list them, and moving the focus refreshes it anyway.
        if not self.search_box.has_focus:
            self.refresh_bindings()

    @on(SearchBox.Enter)
    def _search_entered(self, event: SearchBox.Enter) -> None:
        if not event.value.strip():
            self.pane.focus()
        elif event.again and self.sidebar.showing_results and self.current in self.sidebar.listed_articles():
            self._step_hit(1)  # back in the box with the same query: enter steps through hits
        else:
            self._open_result()

    @on(SearchBox.Move)
    def _search_move(self, event: SearchBox.Move) -> None:
        if event.direction > 0:
            self.sidebar.action_cursor_down()
        else:
            self.sidebar.action_cursor_up()

    def _open_result(self) -> None:
        """Open the result the list highlights (the first, until the cursor is moved)."""
        sidebar = self.sidebar
        target = sidebar.current_article if sidebar.showing_results else None
        if target is None:
            self.app.bell()
            return
        if self.narrow:
            self.remove_class("-show-sidebar")
        self.open_article(target)  # its first hit becomes current
        self.pane.focus()

    def _step_hit(self, direction: int) -> None:
        if not self.hits.step(direction):
            self.app.bell()

    def action_next_hit(self) -> None:
        """Go to the next hit of the search in the article (after the last, the first)."""
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        """Go to the previous hit of the search in the article."""
        self._step_hit(-1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The hit keys work (and show in the footer) only while a search is active."""
        if action == "next_hit":  # the one the footer shows: not while typing (see `_hit_keys_changed`)
            return self.hits.active and not self.search_box.has_focus
        if action == "previous_hit":  # shift+enter in the box, too
            return self.hits.active
        return super().check_action(action, parameters)

    @on(SearchBox.Cancel)
    def _search_cancelled(self, event: SearchBox.Cancel) -> None:
        place, self._place = self._place, None
        self._clear_search()
        # The focus moves now, not after the keys on their way (`_key_after_cancel`).
        if place is None:
            self.set_focus(self.pane)
            return
        for name in SIDEBAR_CLASSES:
            self.set_class(name in place.sidebar_classes, name)
        if place.article is not None and (
            place.article != self.current or int(self.pane.scroll_y) != place.scroll
        ):
            self.open_article(place.article, scroll=place.scroll)
        target = place.focus
        if target is None or target is self.search_box or not target.is_attached:
            target = self.pane
        self.set_focus(target)

    @on(SearchBox.KeyAfterCancel)
    async def _key_after_cancel(self, message: SearchBox.KeyAfterCancel) -> None:
        """A key typed right after escape in the box, in one burst: it acts where escape led (after
        `Cancel`), as if typed there; a key of the app's (q, ctrl+p) goes to the app as typed."""
        event = events.Key(message.key, message.character)
        event.set_sender(self.app)
        if not await route_burst_key(self, self.search_box, event):
            self.app.post_message(event)

    def action_close_search(self) -> None:
        """Escape outside the box: end the search here (in the box, escape goes back: `SearchBox.Cancel`)."""
        if self.hits.active or self.search_box.value:
            self._clear_search()
            self._place = None

    def _clear_search(self) -> None:
        box = self.search_box
        if box.value:
            box.ended = box.value.strip() or box.ended
            box.value = ""  # its Cleared message comes later and finds nothing left to do
        self._end_results()
        self.remove_class("-searching")

    def on_descendant_blur(self) -> None:
        box = self.search_box
        if self.has_class("-searching") and not box.has_focus and not box.value:
            self.remove_class("-searching")
