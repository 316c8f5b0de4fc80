"""The sidebar: the search box above the list of articles, and the progress of opening and indexing.

The sidebar shows the progress of the index build and a line while a query waits for it, and says when
search is unavailable or a search failed; ctrl+o sorts the results by date or relevance (from the box or
the list); the box's
other messages go on up: the screen puts the results in the list and marks the hits in the pane in one
handler (one hop fewer before the frame that shows them), and decides what enter, escape and up/down
in the box do (moving the list's cursor opens the article, which is the screen's to do:
`ArticleList.Highlighted` must reach it, and a message created here would stop here, its sender's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar

from reader.app.widgets.article_list import ArticleList
from reader.app.widgets.rows import Row
from reader.app.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from reader.library import Library


class ProgressLine(ProgressBar):
    """Textual's progress bar without its ETA's clock: that ticks every second from the bar's mount on,
    shown or not, through the reader's whole life; duba shows no ETA."""

    def on_mount(self, event: events.Mount) -> None:
        """Drawn as Textual's bar is, with no timer: Textual's `on_mount`, which starts it, is not run (nor
        Widget's own mount handler, which only shows scrollbars a bar does not have; textual 8.2, pinned
        <9: a Textual upgrade must check this again, tests/test_app.py's idle test)."""
        event.prevent_default()
        self.update()


class Sidebar(Vertical):
    """Search box, progress line and bar, list of articles."""

    # here, so that it works from the box and from the list of results alike (ctrl: letters are typed)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "toggle_order", "Sort", id="sort_results"),
    ]

    def __init__(self, library: Library, *, ambiguous_wide: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.search_box = SearchBox(library, ambiguous_wide=ambiguous_wide, id="search")
        """The search box."""
        self.articles = ArticleList(ambiguous_wide=ambiguous_wide, id="articles")
        """The list of articles (or of search results)."""

    def compose(self) -> ComposeResult:
        yield Label("Opening...", id="loading")
        yield self.articles

    async def mount_rest(self) -> None:
        """The search box (hidden until `/`) and the progress bar, after the first frame (see MainScreen)."""
        loading = self.query_one("#loading", Label)
        await self.mount(self.search_box, before=loading)
        await self.mount(ProgressLine(id="progress", show_eta=False), after=loading)

    def show_progress(self, what: str, done: float, total: int) -> None:
        """Say how far opening or indexing has come ("Opening 3/8"; the bar also moves while one large
        page is segmented: `done` 2.4)."""
        for bar in self.query("#progress").results(ProgressBar):
            bar.update(total=total, progress=done)
        label = self.query_one("#loading", Label)
        count = f"{int(done)}/{total}"
        # The label is cut at the sidebar's edge: at 80 columns "索引 Indexing 13335/13545" would read
        # "索引 Indexing 13335/135", a wrong total. The words give way first, the count never.
        room = self.content_size.width - label.styles.gutter.width
        words = what.split()
        while words and room > 0 and cell_len(" ".join([*words, count])) > room:
            words.pop()
        label.update(" ".join([*words, count]))

    def action_toggle_order(self) -> None:
        """Sort the search results by date instead of relevance, or back (the heading says which)."""
        self.search_box.toggle_order()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The sort key (and its place in the footer) only in the search box or on its results."""
        if action == "toggle_order":
            return self.search_box.has_focus or self.articles.showing_results
        return True

    @on(SearchBox.IndexProgress)
    def _index_progress(self, event: SearchBox.IndexProgress) -> None:
        self.add_class("-indexing")
        self.show_progress("索引 Indexing", event.done, event.total)

    @on(SearchBox.IndexReady)
    @on(SearchBox.IndexFailed)
    def _index_done(self, event: SearchBox.IndexReady | SearchBox.IndexFailed) -> None:
        self.remove_class("-indexing")
        if isinstance(event, SearchBox.IndexFailed):
            self.notify(f"Search is unavailable: {event.error}", title="Search", severity="error", timeout=15)

    @on(SearchBox.Failed)
    def _search_failed(self, event: SearchBox.Failed) -> None:
        self.notify(f"Search failed: {event.error}", title="Search", severity="error")

    @on(SearchBox.Waiting)
    def _waiting(self) -> None:
        if self.library.loaded:
            self.articles.show_results([Row("索引中  Indexing...", -1, "page")])
