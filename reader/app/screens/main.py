"""The main screen: the sidebar (search box above the list of articles) and the article view.

The screen holds the widgets and owns what ties them together: they post messages up (`ArticleList.
Highlighted`, `ReadingPane.Scrolled`, `SearchBox.Results` …) and the screen decides what to open, what
the list shows, what to highlight and when to remember the reading position. Each widget keeps its own
state and workers (slow work runs there after the first paint): the loader opens the library, the search
box owns the index and searches, the article view its key terms, the bookmarker, corrector and archivist
do what their keys ask.

The search (its keys, the box's messages, the hits, escape) is `reader.app.screens.main_search`'s
`SearchingScreen`, which this screen is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer

from reader.app.archivist import Archivist
from reader.app.bookmarker import Bookmarker
from reader.app.commands import ArticleCommands, ReaderCommands
from reader.app.corrector import Corrector
from reader.app.loader import Loader
from reader.app.screens.main_search import SearchingScreen
from reader.app.search_results import Place, SearchHits
from reader.app.stale import StaleCorrections
from reader.app.typeahead import route_burst_key
from reader.app.widgets.article_list import ArticleList
from reader.app.widgets.article_view import ArticleView
from reader.app.widgets.footer import KeyFooter
from reader.app.widgets.reading_pane import ReadingPane
from reader.app.widgets.search_box import SearchBox
from reader.app.widgets.sidebar import Sidebar
from reader.state import Position

if TYPE_CHECKING:
    from reader.app.config import Config
    from reader.library import Library
    from reader.state import State

FRAME = 1 / 60
"""Seconds after the first frame before the slow work starts: the first frame is out, and nothing the
user could see waits (Textual draws at most 60 frames a second)."""

SAVE_DELAY = 0.5
"""Seconds of stillness before the reading position is written."""

SEARCH_KEY_IDS = ("search", "close_search", "next_hit", "previous_hit", "next_result", "previous_result")
SEARCH_KEY_IDS += ("sort_results",)
"""The search keys, as the help screen lists them (the box's, the sidebar's and the screen's)."""

SCROLLS = ("line_down", "line_up", "page_down", "page_up", "top", "bottom")
"""The reading pane's scroll actions the screen's keys call (`action_scroll`)."""


class MainScreen(SearchingScreen):
    """Sidebar + article view + footer; narrow terminals (< 80 columns) collapse the sidebar."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (80, "-wide")]

    # Bound here rather than on the pane so that the footer lists them in this order: the footer shows the
    # focused widget's keys first, and narrow footers should keep n/p, the sidebar, help and quit.
    # When the sidebar has the focus its own j/k, space/b, g/G (same ids) move the cursor instead.
    # Where the footer shows one entry for a pair ("j/k Scroll"), the help screen lists every key.
    # n/N step through search hits while searching: listed before next_article, they take n first, and
    # `check_action` turns them off once the search ends, so n means "next article" again.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_hit", "Hit", key_display="n/N", id="next_hit"),
        Binding("N,shift+enter", "previous_hit", "Previous hit", show=False, id="previous_hit"),
        Binding("n,right_square_bracket", "next_article", "Next", id="next_article"),
        Binding("p,left_square_bracket", "previous_article", "Prev", id="previous_article"),
        Binding("tab", "switch_focus", "Focus", id="switch_focus"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?", id="help"),
        Binding("q", "app.quit", "Quit", id="quit"),
        Binding("ctrl+b", "toggle_sidebar", "List", id="toggle_sidebar"),
        Binding("e", "toggle_entities", "Names", id="toggle_entities"),
        Binding("j,down", "scroll('line_down')", "Scroll", key_display="j/k", id="down"),
        Binding("k,up", "scroll('line_up')", "Scroll up", show=False, id="up"),
        Binding("space,pagedown", "scroll('page_down')", "Page", key_display="space/b", id="page_down"),
        Binding("b,pageup", "scroll('page_up')", "Page up", show=False, id="page_up"),
        Binding("g,home", "scroll('top')", "Top/end", key_display="g/G", id="top"),
        Binding("G,end", "scroll('bottom')", "Bottom", show=False, id="bottom"),
        Binding("slash", "search", "Search", id="search"),
        Binding("escape", "close_search", "Close search", id="close_search", show=False),
        *Bookmarker.KEYS,  # passage cursor and bookmarks: they call the bookmarker (reader.app.bookmarker)
        *Corrector.KEYS,  # join, split, retitle, undo: they call the corrector (reader.app.corrector)
        *Archivist.KEYS,  # dates, issues, pages, concordance, trends: they call the archivist
    ]

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ArticleCommands, ReaderCommands}

    def __init__(self, library: Library, config: Config, state: State) -> None:
        super().__init__()
        # The breakpoint class the first resize would add, now: added then, it restyles every widget once
        # more before the first frame (~10 ms of its CPU time, measured with benchmarks/startup_bench.py).
        width = self.app.size.width
        self.add_class(*self._get_breakpoint_classes(width, self.HORIZONTAL_BREAKPOINTS), update=False)
        self.library = library
        self.config = config
        self.state = state
        self.current: int | None = None
        self._save_timer: Timer | None = None
        self._results_query: str | None = None
        """The query whose results the list shows (None when it shows every article)."""
        self._place: Place | None = None
        self._unsaved = False
        """The reading position could not be written, and the reader was told."""
        wide = config.ambiguous_wide
        self.panel = Sidebar(library, ambiguous_wide=wide, id="sidebar")
        """The search box, the progress line, the list."""
        self.search_box = self.panel.search_box
        self.sidebar = self.panel.articles
        """The list of articles (or of search results)."""
        self.view = ArticleView(library, config, id="reader")
        """The key-terms header and the reading pane."""
        self.pane = self.view.pane
        self.key_terms = self.view.key_terms
        self.hits = SearchHits(self.pane, self.key_terms)
        """The search query's hits in the article being read."""
        self.stale = StaleCorrections(library, state)
        """Stored corrections that no longer fit their pages: said, dropped or kept."""
        self.loader = Loader(library, self.panel, told=state.tell, stale=self.stale)
        """Opens the library's pages in a worker."""
        self.bookmarker = Bookmarker(library, self.pane, self.loader, ambiguous_wide=wide)
        """The passage cursor and the bookmarks."""
        self.bookmarker.passage.start_hint = self.hits.current_offset
        self.corrector = Corrector(library, self.pane, self.bookmarker.passage, ambiguous_wide=wide)
        """Corrections to the segmentation of the page being read."""
        self.archivist = Archivist(library, self.search_box)
        """Dates, issues and pages to move through; the concordance and trends."""

    # -- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield self.panel
            yield self.view

    @property
    def narrow(self) -> bool:
        """Is the terminal too narrow for the sidebar and the pane side by side?"""
        return self.has_class("-narrow")

    @property
    def sidebar_shown(self) -> bool:
        """Is the sidebar on screen?"""
        if self.narrow:
            return self.has_class("-show-sidebar")
        return not self.has_class("-hide-sidebar")

    def on_mount(self) -> None:
        self.view.show_message("正在打开  Opening...", pending=True)
        self.pane.focus()
        self.screen_layout_refresh_signal.subscribe(self, self._keep_focus_visible)
        # Start the slow work only once the first frame is on screen. What the first frame does not show
        # comes with the second: the footer (its fourteen keys were half the widgets of the screen), the
        # search box (hidden until /), the progress bar and the bookmarker. Every widget costs the first
        # frame its styling, layout and drawing: these took ~60 ms of CPU before it (startup_bench.py).
        self.call_after_refresh(self.set_timer, FRAME, self._after_first_frame)

    async def _after_first_frame(self) -> None:
        if not self.is_attached:
            return  # closed before its first frame (a test, a benchmark)
        await self.panel.mount_rest()
        await self.mount(self.bookmarker, self.corrector, self.archivist, self.stale, self.loader)
        self.loader.start(self.state.position(self.library.scope))
        self.state.opened(self.library.scope)
        # the keys that fit, most useful first, ^p always (reader.app.widgets.footer)
        await self.mount(KeyFooter())
        self.refresh_bindings()  # a footer mounted late lists the keys once they are announced again

    # -- loading ----------------------------------------------------------------------------------

    @on(Loader.Loaded)
    def _loaded(self, event: Loader.Loaded) -> None:
        """Pages were installed in the library: list them; open the remembered article, or the one being
        read where it is now."""
        library, pane, reading = self.library, self.pane, self.pane.article
        self.set_class(event.complete, "-loaded")  # not yet: the progress line stays while the rest opens
        if self.hits.active:
            self._clear_search()  # the results name articles by their old numbers
        self.sidebar.show_pages(library.pages, event.tree)
        if not library.articles:
            from reader.corpus import nothing_to_read  # (not at the top: the first frame waits for none)

            # why, file by file, where it stays (the notices that said so leave after ten seconds)
            why = nothing_to_read(library.pages, library.errors) if event.complete else ""
            self.view.show_message("没有文章  No articles found" + (f": {why}" if why else ""))
            if event.complete:
                self.search_box.no_articles()  # no index is built: a search says there is nothing to search
            return
        position = self.state.position(self.library.scope)
        if reading is not None:
            page = self.view.shown_page  # (of the pages as they were: `current` may name another now)
            sha, path = (page.sha, page.path) if page is not None else ("", "")
            scroll, anchor = int(pane.scroll_y), pane.top_offset()
            position = Position(reading.id, scroll, reading.page, anchor, sha, page_path=path)
        index = (
            library.index_on_page(position.article_id, position.page_sha, position.page_path)
            if position
            else None
        )
        if position is not None and index is not None:
            self.open_article(index, scroll=position.scroll, anchor=position.anchor)
        elif position is not None and (place := library.place_of(position)) is not None:
            self.open_article(place[0], anchor=place[1])  # the article has a new id (a new segmenter)
        else:
            self.open_article(0)
        if event.complete:
            self.view.analyse()
            self.search_box.open_index()

    # -- opening articles -------------------------------------------------------------------------

    def open_article(
        self, index: int, scroll: int = 0, anchor: int = -1, title_hit: tuple[str, int] | None = None
    ) -> None:
        """Show article `index` (of the library) at line `scroll` or body offset `anchor`; during a search,
        the hit at `anchor`, else at `title_hit` (a title's field and offset: a concordance line's), else
        the first, current."""
        if not 0 <= index < len(self.library):
            return
        self.current = index
        self.view.show(index, scroll=scroll, anchor=anchor)
        self.sidebar.select_article(index)
        article = self.pane.article
        self.search_box.reading = None if article is None else (article, self.library.meta(index))
        if self.hits.active:  # an article opened during a search opens at its first hit (or the anchor's)
            self.find_hits(self.hits.query, first=True, at=("text", anchor) if anchor >= 0 else title_hit)
        self.bookmarker.article_opened(index)
        self._schedule_save()

    # -- remembering the position -----------------------------------------------------------------

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_position)

    def save_position(self) -> str | None:
        """Write the reading position now; the first time it cannot be (a read-only data folder), say
        so: the place will not be kept. Returns why it was not written, else None."""
        position = self.view.position()
        problem = None if position is None else self.state.save_position(position, self.library.scope)
        if problem is not None and not self._unsaved:
            self._unsaved = True
            self.notify(
                f"Your reading place cannot be saved: {problem}. duba will not open here next time.",
                title="Reading place",
                severity="warning",
                timeout=10,
            )
        return problem

    def on_unmount(self) -> None:
        # quitting unmounts the screens before the app closes the state: the last position is written here
        if self._save_timer is not None:
            self._save_timer.stop()
        self._unsaved = True  # (no notice now: the screen is going)
        problem = self.save_position()
        if problem is not None:  # (no screen left to say it on: said on stderr once the reader is gone)
            self.app.exit_notes.append(f"the reading place was not saved: {problem}")

    @on(ReadingPane.Scrolled)
    def _pane_scrolled(self, event: ReadingPane.Scrolled) -> None:
        if self.current is not None:
            self._schedule_save()

    # -- sidebar ----------------------------------------------------------------------------------

    @on(ArticleList.Highlighted)
    def _list_moved(self, event: ArticleList.Highlighted) -> None:
        if event.article != self.current:
            self.open_article(event.article)

    @on(ArticleList.Chosen)
    def _list_chosen(self, event: ArticleList.Chosen) -> None:
        if event.article != self.current:
            self.open_article(event.article)
        if self.narrow:
            self.remove_class("-show-sidebar")
        self.pane.focus()

    # -- actions ----------------------------------------------------------------------------------

    def action_scroll(self, how: str) -> None:
        """Scroll the reading pane: line_down, line_up, page_down, page_up, top or bottom."""
        if how in SCROLLS:
            getattr(self.pane, f"action_{how}")()

    def action_next_article(self) -> None:
        """Open the next article; while the list shows search results, the next result."""
        self._step_article(1)

    def action_previous_article(self) -> None:
        """Open the previous article; while the list shows search results, the previous result."""
        self._step_article(-1)

    def _step_article(self, direction: int) -> None:
        if self.sidebar.showing_results:
            # the list is what the reader goes through: `]` opened the article printed after the result
            # read, which was not a result, while the list stayed on the result
            target = self.sidebar.result_after(self.current, direction)
            if target is None and direction < 0:
                self.notify("没有上一个结果  No previous result", timeout=3)
            elif target is None and self.more_results:  # the list stops at the best RESULT_LIMIT
                listed = self.sidebar.results_listed()
                self.notify(
                    f"列表只有前 {listed} 篇，K 列出每一处  The list holds the top {listed} results; K lists "
                    "every hit",
                    timeout=5,
                )
            elif target is None:
                self.notify("没有下一个结果  No next result", timeout=3)
            else:
                self.open_article(target)  # at its first hit
        elif self.current is not None:
            target = min(max(self.current + direction, 0), len(self.library) - 1)
            if target != self.current:
                self.open_article(target)
            elif direction > 0:  # (opened again, it was shown at its top: the reader's place lost)
                self.notify("没有下一篇  No next article", timeout=3)
            else:
                self.notify("没有上一篇  No previous article", timeout=3)

    def action_switch_focus(self) -> None:
        """Move the focus between the sidebar and the reading pane."""
        if self.focused is self.sidebar:
            if self.narrow:
                self.remove_class("-show-sidebar")
            self.pane.focus()
        else:
            if self.narrow:
                self.add_class("-show-sidebar")
            elif not self.sidebar_shown:
                self.remove_class("-hide-sidebar")
            self.sidebar.focus()

    def action_toggle_sidebar(self) -> None:
        """Hide or show the sidebar (in a narrow terminal it takes the whole width while shown)."""
        if self.narrow:
            self.toggle_class("-show-sidebar")
        else:
            self.toggle_class("-hide-sidebar")
        if self.sidebar_shown:
            self.sidebar.focus()
        else:
            self.pane.focus()

    def action_toggle_entities(self) -> None:
        """Show or hide the people / places / organisations layer."""
        self.view.toggle_entities()

    def _keep_focus_visible(self, screen: Screen[None] | None = None) -> None:
        """After a layout change (breakpoint classes follow the size), keep the focus on something shown,
        and in a narrow terminal show what has the focus: the search box being typed into takes the
        whole width, as `/` does there (moved to the pane, the letters typed on were commands), and the
        list gives way to the text when the focus is there (a search begun narrow and ended wide)."""
        focused = self.focused
        if self.narrow and focused is self.search_box and not self.sidebar_shown:
            self.add_class("-show-sidebar")
            return
        if self.narrow and self.sidebar_shown and focused is not None and self.view in focused.ancestors:
            self.remove_class("-show-sidebar")
            return
        hidden = not self.sidebar_shown and focused in (self.sidebar, self.search_box)
        if focused is None or hidden:
            self.pane.focus()

    async def on_key(self, event: events.Key) -> None:
        """Keys typed in one burst right after `/`, `m` or `B` go where those lead (reader.app.typeahead)."""
        await route_burst_key(self, self.search_box, event)

    # -- passages and bookmarks ------------------------------------------------------------------

    def action_bookmarker(self, what: str) -> None:
        """Bookmark, list, copy; move the passage cursor or change the selection (`Bookmarker.run`)."""
        self.bookmarker.run(what)

    @on(Bookmarker.OpenPassage)
    def _open_passage(self, event: Bookmarker.OpenPassage) -> None:
        if event.article != self.current:
            self.open_article(event.article)
        self.pane.focus()
        if event.field != "text":  # in a title line of the article now (t made it one): at the top
            self.pane.action_top()
            self.notify(
                f"The bookmarked passage is now this article's {event.field} (marked at its top).",
                title="Bookmarks",
            )
            return
        self.bookmarker.select(event.start, event.end)

    # -- corrections ------------------------------------------------------------------------------

    def action_correct(self, what: str) -> None:
        """Join, split, retitle or undo on the article being read (`Corrector.run`)."""
        self.corrector.run(what, self.current)

    @on(Corrector.Corrected)
    def _corrected(self, event: Corrector.Corrected) -> None:
        """A page has new articles: number them again, list them, and keep the reader where it was."""
        library = self.library
        if self.view.analyzer is not None and event.terms is not None:
            self.view.recount(*event.terms)  # key terms as after a restart
        index = library.renumber(event.page, event.article)
        if self.hits.active or self.search_box.value:
            self._clear_search()  # the results name articles by their old numbers
        self.sidebar.show_pages(library.pages)
        self.open_article(index, anchor=event.anchor)
        if event.cursor and event.anchor >= 0:  # (P, or the reader had the cursor: it stays at their place)
            self.bookmarker.select(event.anchor, event.anchor + 1)
        self.search_box.open_index()  # the index takes the changed page in
        self.notify(event.notice, title=event.title, timeout=8)
        self.corrector.shown()  # a correction asked for meanwhile acts on the article shown now

    # -- the archive ------------------------------------------------------------------------------

    def action_archive(self, what: str) -> None:
        """Go to a date, issue or page; open the concordance or a trend (`Archivist.run`)."""
        self.archivist.run(what, self.current)

    @on(Archivist.Open)
    def _archive_open(self, event: Archivist.Open) -> None:
        self.open_article(event.article, anchor=event.anchor, title_hit=event.title_hit)
        self.archivist.opened()

    # -- help and the command palette -------------------------------------------------------------

    def key_sections(self, app_bindings: list[BindingType]) -> list[tuple[str, list[BindingType]]]:
        """The keys of this screen, its list and the screens it opens (search last, above its syntax)."""
        mine = [b for b in self.BINDINGS if isinstance(b, Binding)]
        keys = mine + list(SearchBox.BINDINGS) + list(Sidebar.BINDINGS)
        search: list[BindingType] = [b for b in keys if b.id in SEARCH_KEY_IDS]
        return [
            ("Reading", [b for b in self.BINDINGS if b not in search and b not in Corrector.KEYS]),
            ("List of articles (when focused)", list(ArticleList.BINDINGS)),
            *Bookmarker.key_sections(),
            *Corrector.key_sections(),
            *Archivist.key_sections(),
            ("App", app_bindings),
            ("Search", search),
        ]
