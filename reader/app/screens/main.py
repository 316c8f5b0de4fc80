"""The main screen: sidebar of articles (with a search box above it) and the reading pane.

The screen owns both sides: widgets post messages (`ArticleList.Highlighted`, `ReadingPane.Scrolled`) and
the screen decides what to open, what to highlight and when to remember the reading position. Slow work
(opening the corpus, fitting key terms, tagging names) runs in thread workers after the first paint.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.signal import Signal
from textual.timer import Timer
from textual.widgets import Input, Label, ProgressBar

from reader.analysis import Analyzer, Entity, find_terms
from reader.app.commands import ArticleCommands, ReaderCommands
from reader.app.corrector import Corrector
from reader.app.screens.archiving import ARCHIVE_BINDINGS, Archiving
from reader.app.screens.bookmark_dialog import BookmarkDialog
from reader.app.screens.bookmarking import PASSAGE_BINDINGS, Bookmarking
from reader.app.screens.bookmarks import BookmarksScreen
from reader.app.screens.searching import SEARCH_BINDINGS, SEARCH_KEY_IDS, Searching
from reader.app.screens.title_dialog import TitleDialog
from reader.app.widgets.article_list import ArticleList, rows_for_pages
from reader.app.widgets.footer import KeyFooter
from reader.app.widgets.key_terms import KeyTerms
from reader.app.widgets.reading_pane import Highlight, ReadingPane
from reader.model import Article
from reader.state import Position

if TYPE_CHECKING:
    from reader.config import Config
    from reader.corpus import Corpus
    from reader.library import Library
    from reader.state import State

SAVE_DELAY = 0.5
"""Seconds of stillness before the reading position is written."""

MAX_ERROR_NOTES = 5
"""Unreadable files named one notification each; beyond this, one notification sums up the rest."""


class MainScreen(Searching, Bookmarking, Archiving, Screen[None]):
    """Sidebar + reading pane + footer; narrow terminals (< 80 columns) collapse the sidebar."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (80, "-wide")]

    # Bound here rather than on the pane so that the footer lists them in this order: the footer shows the
    # focused widget's keys first, and narrow footers should keep n/p, the sidebar, help and quit.
    # When the sidebar has the focus its own j/k, space/b, g/G (same ids) move the cursor instead.
    # Where the footer shows one entry for a pair ("j/k Scroll"), the help screen lists every key.
    BINDINGS: ClassVar[list[BindingType]] = [
        *SEARCH_BINDINGS,  # n/N step through search hits while searching (reader.app.screens.searching)
        Binding("n,right_square_bracket", "next_article", "Next", id="next_article"),
        Binding("p,left_square_bracket", "previous_article", "Prev", id="previous_article"),
        Binding("tab", "switch_focus", "Focus", id="switch_focus"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?", id="help"),
        Binding("q", "app.quit", "Quit", id="quit"),
        Binding("ctrl+b", "toggle_sidebar", "List", id="toggle_sidebar"),
        Binding("e", "toggle_entities", "Names", id="toggle_entities"),
        Binding("j,down", "line_down", "Scroll", key_display="j/k", id="down"),
        Binding("k,up", "line_up", "Scroll up", show=False, id="up"),
        Binding("space,pagedown", "page_down", "Page", key_display="space/b", id="page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("g,home", "top", "Top/end", key_display="g/G", id="top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="bottom"),
        Binding("slash", "search", "Search", id="search"),
        Binding("escape", "close_search", "Close search", id="close_search", show=False),
        *PASSAGE_BINDINGS,  # passage cursor and bookmarks (reader.app.screens.bookmarking)
        *ARCHIVE_BINDINGS,  # dates, issues, pages, concordance, trends (reader.app.screens.archiving)
        *Corrector.KEYS,  # join, split, retitle, undo: they call the corrector (reader.app.corrector)
    ]

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ArticleCommands, ReaderCommands}

    def __init__(self, library: Library, config: Config, state: State) -> None:
        super().__init__()
        self.library = library
        self.config = config
        self.state = state
        self.current: int | None = None
        self.analyzer: Analyzer | None = None
        self.show_entities = False
        self._entity_cache: dict[str, list[Entity]] = {}
        self._save_timer: Timer | None = None
        self._last_progress = 0.0
        self._loaded = False
        wide = config.ambiguous_wide
        self.sidebar = ArticleList(ambiguous_wide=wide, id="articles")
        """The list of articles."""
        self.key_terms = KeyTerms(ambiguous_wide=wide, id="keyterms")
        """The key-terms header."""
        self.pane = ReadingPane(
            measure=config.measure, paragraph_gap=config.paragraph_gap, ambiguous_wide=wide, id="pane"
        )
        """The reading pane."""
        self.corrector = Corrector(library, self.pane, self.passage, ambiguous_wide=wide)
        """Corrections to the segmentation of the page being read."""
        self.article_opened_signal: Signal[int] = Signal(self, "article-opened")
        """Published with the article index after an article is shown (search and bookmarks re-highlight)."""

    # -- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="sidebar"):
                yield Input(id="search", placeholder="搜索 search")
                yield Label("Opening...", id="loading")
                yield ProgressBar(id="progress", show_eta=False)
                yield self.sidebar
            with Vertical(id="reader"):
                yield self.key_terms
                yield self.pane
        yield self.corrector
        # the keys that fit, most useful first, ^p always (reader.app.widgets.footer)
        yield KeyFooter()

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
        self.pane.show_message("正在打开  Opening...")
        self.key_terms.show([], pending=True)
        self.pane.focus()
        self.screen_layout_refresh_signal.subscribe(self, self._keep_focus_visible)
        # Start the slow work only once the first frame is on screen.
        self.call_after_refresh(self.load_corpus)

    # -- loading ----------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_corpus(self) -> None:
        """Open the paths given on the command line (a thread: decoding and segmenting can take a while)."""
        corpus = self.library.load(self._report_progress)
        self.app.call_from_thread(self._corpus_loaded, corpus)

    def _report_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self._last_progress > 0.1:
            self._last_progress = now
            self.app.call_from_thread(self._show_progress, done, total)

    def _show_progress(self, done: int, total: int) -> None:
        self.query_one("#progress", ProgressBar).update(total=total, progress=done)
        self.query_one("#loading", Label).update(f"Opening {done}/{total}")

    def _corpus_loaded(self, corpus: Corpus) -> None:
        library = self.library
        library.set_pages(corpus.pages, corpus.errors)
        self._loaded = True
        self.add_class("-loaded")
        self.sidebar.set_rows(rows_for_pages(library.pages, self.config.ambiguous_wide))
        self._notify_errors(corpus.errors)
        for notice in library.notices[:MAX_ERROR_NOTES]:
            self.notify(notice, title="Library", timeout=10)
        for notice in corpus.empty_pages[:MAX_ERROR_NOTES]:
            self.notify(notice, title="Empty page", severity="warning", timeout=10)
        if not library.articles:
            self.pane.show_message("没有文章  No articles found")
            self.key_terms.show([])
            return
        position = self.state.position()
        index = library.index_of(position.article_id) if position else None
        if position is not None and index is not None:
            self.open_article(index, scroll=position.scroll, anchor=position.anchor)
        else:
            self.open_article(0)
        self.analyse_corpus()

    def _notify_errors(self, errors: list[str]) -> None:
        for error in errors[:MAX_ERROR_NOTES]:
            self.notify(error, title="Skipped a file", severity="warning", timeout=10)
        if len(errors) > MAX_ERROR_NOTES:
            rest = len(errors) - MAX_ERROR_NOTES
            self.notify(f"...and {rest} more unreadable files", title="Skipped files", severity="warning")

    @work(thread=True, exclusive=True, group="analysis")
    def analyse_corpus(self) -> None:
        """Fit key-term IDF over the open corpus (jieba loads here, never before the first frame)."""
        analyzer = Analyzer().fit(self.library.pages)
        self.app.call_from_thread(self._analysis_ready, analyzer)

    def _analysis_ready(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        if self.current is not None:
            article = self.library.articles[self.current]
            self._apply_keywords(article)
            if not self.show_entities:
                # Names next: loading jieba's tagger takes about a second, so it is done now, in the
                # background, rather than when `e` is first pressed.
                self.tag_entities(self.current, article)

    # -- opening articles -------------------------------------------------------------------------

    def open_article(self, index: int, scroll: int = 0, anchor: int = -1) -> None:
        """Show article `index` (of the app's list) at line `scroll` or body offset `anchor`."""
        articles = self.library.articles
        if not 0 <= index < len(articles):
            return
        self.current = index
        article = articles[index]
        self.pane.show_article(article, scroll=scroll, anchor=anchor)
        self.sidebar.select_article(index)
        self._apply_keywords(article)
        self._apply_rules(article)
        if self.show_entities:
            self._apply_entities(article)
        self.article_opened_signal.publish(index)
        self._schedule_save()

    @property
    def current_article(self) -> Article | None:
        """The article being read."""
        return None if self.current is None else self.library.articles[self.current]

    def _position_text(self) -> str:
        total = len(self.library)
        return f"{self.current + 1}/{total}" if self.current is not None else ""

    def _apply_keywords(self, article: Article) -> None:
        limit = self.config.keywords
        if self.analyzer is None or limit <= 0:
            self.key_terms.show(
                [],
                pending=limit > 0,
                position=self._position_text(),
                entities=self.show_entities,
                entities_pending=self.show_entities and article.id not in self._entity_cache,
            )
            return
        terms = self.analyzer.keywords(article, limit)
        spans = find_terms(article.text, terms)
        self.pane.set_highlights("keywords", [Highlight(s.start, s.end, "reading--keyword") for s in spans])
        self.key_terms.show(
            terms,
            position=self._position_text(),
            entities=self.show_entities,
            entities_pending=self.show_entities and article.id not in self._entity_cache,
        )

    def _apply_rules(self, article: Article) -> None:
        rules = self.config.highlights
        if not rules:
            return
        text = article.text
        self.pane.set_highlights(
            "rules", [Highlight(start, end, rule.style) for rule in rules for start, end in rule.spans(text)]
        )

    def _apply_entities(self, article: Article) -> None:
        found = self._entity_cache.get(article.id)
        if found is None:
            self.tag_entities(self.current or 0, article)
        else:
            self.pane.set_highlights(
                "entities", [Highlight(e.start, e.end, f"reading--{e.kind}") for e in found]
            )

    @work(thread=True, exclusive=True, group="entities")
    def tag_entities(self, index: int, article: Article) -> None:
        """Find people, places and organisations in one article (jieba.posseg: ~1 s the first time)."""
        from reader.analysis import entities

        found = entities(article.text)
        self.app.call_from_thread(self._entities_ready, index, article, found)

    def _entities_ready(self, index: int, article: Article, found: list[Entity]) -> None:
        if len(self._entity_cache) > 256:
            self._entity_cache.clear()
        self._entity_cache[article.id] = found
        if self.show_entities and index == self.current:
            self._apply_entities(article)
            self._apply_keywords(article)  # the legend's "tagging…" goes

    # -- remembering the position -----------------------------------------------------------------

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_position)

    def save_position(self) -> None:
        """Write the reading position now."""
        article = self.current_article
        if article is None:
            return
        pane = self.pane
        self.state.save_position(Position(article.id, int(pane.scroll_y), article.page, pane.top_offset()))

    def on_unmount(self) -> None:
        # quitting unmounts the screens before the app closes the state: the last position is written here
        if self._save_timer is not None:
            self._save_timer.stop()
        self.save_position()

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

    def action_line_down(self) -> None:
        """Scroll the reading pane down a line."""
        self.pane.action_line_down()

    def action_line_up(self) -> None:
        """Scroll the reading pane up a line."""
        self.pane.action_line_up()

    def action_page_down(self) -> None:
        """Scroll the reading pane down a page."""
        self.pane.action_page_down()

    def action_page_up(self) -> None:
        """Scroll the reading pane up a page."""
        self.pane.action_page_up()

    def action_top(self) -> None:
        """Scroll the reading pane to the top."""
        self.pane.action_top()

    def action_bottom(self) -> None:
        """Scroll the reading pane to the end."""
        self.pane.action_bottom()

    def action_next_article(self) -> None:
        """Open the next article."""
        if self.current is not None:
            self.open_article(min(self.current + 1, len(self.library) - 1))

    def action_previous_article(self) -> None:
        """Open the previous article."""
        if self.current is not None:
            self.open_article(max(self.current - 1, 0))

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
        self.show_entities = not self.show_entities
        article = self.current_article
        if article is None:
            return
        if self.show_entities:
            self._apply_entities(article)
        else:
            self.pane.clear_highlights("entities")
        self._apply_keywords(article)

    def _keep_focus_visible(self, screen: Screen[None] | None = None) -> None:
        """After a layout change (breakpoint classes follow the size), keep the focus on something shown."""
        focused = self.focused
        hidden = not self.sidebar_shown and focused in (self.sidebar, self.query_one("#search"))
        if focused is None or hidden:
            self.pane.focus()

    # -- help and the command palette -------------------------------------------------------------

    # -- corrections ------------------------------------------------------------------------------

    def action_correct(self, what: str) -> None:
        """Join, split, retitle or undo on the article being read (`Corrector.run`)."""
        self.corrector.run(what, self.current)

    @on(Corrector.Corrected)
    def _corrected(self, event: Corrector.Corrected) -> None:
        """A page has new articles: number them again, list them, and keep the reader where it was."""
        library = self.library
        library.set_pages(library.pages, library.errors)
        number = next(n for n, page in enumerate(library.pages) if page is event.page)
        index = library.page_of.index(number) + event.article
        if self.search_active:
            self._clear_search()  # the results name articles by their old numbers
        self.sidebar.set_rows(rows_for_pages(library.pages, self.config.ambiguous_wide))
        self._index_started = False  # the index takes the changed page in when the article opens
        self.open_article(index, anchor=event.anchor)
        self.notify(event.notice, title=event.title, timeout=8)

    def key_sections(self, app_bindings: list[BindingType]) -> list[tuple[str, list[BindingType]]]:
        """The keys of this screen, its list and the screens it opens (search last, above its syntax)."""
        by_id = {b.id: b for b in self.BINDINGS if isinstance(b, Binding) and b.id}
        search: list[BindingType] = [by_id[name] for name in SEARCH_KEY_IDS if name in by_id]
        return [
            ("Reading", [b for b in self.BINDINGS if b not in search and b not in Corrector.KEYS]),
            ("List of articles (when focused)", list(ArticleList.BINDINGS)),
            ("Bookmarks list (B)", list(BookmarksScreen.BINDINGS)),
            ("Bookmark dialog", list(BookmarkDialog.BINDINGS)),
            ("Corrections", list(Corrector.KEYS)),
            ("Title dialog (t)", list(TitleDialog.BINDINGS)),
            ("App", app_bindings),
            ("Search", search),
        ]

    def commands(self) -> Iterable[SystemCommand]:
        """This screen's actions, by name, for the command palette (`ReaderCommands`)."""
        yield SystemCommand("Next article", "Open the next article (n)", self.action_next_article)
        yield SystemCommand("Previous article", "Open the previous article (p)", self.action_previous_article)
        yield SystemCommand(
            "Toggle sidebar", "Hide or show the list of articles (ctrl+b)", self.action_toggle_sidebar
        )
        yield SystemCommand(
            "Toggle names", "Highlight people, places and organisations (e)", self.action_toggle_entities
        )
        yield from self.bookmark_commands()
        yield from self.archive_commands()
        yield from self.corrector.commands(self.current)
        yield SystemCommand("Help", "Show every key (? or F1)", self.app.action_help)  # type: ignore[attr-defined]
