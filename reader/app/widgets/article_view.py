"""The reading side of the main screen: the key-terms header, the reading pane, a status line.

`ArticleView` shows one article of the library and owns what is painted on it from analysis: the key
terms (fitted over the library in a thread worker, where jieba loads, never before the first frame), the
user's highlight rules from the config file, and the people / places / organisations layer (tagged per
article in a worker, cached). The screen says which article to show; search hits, bookmarks and the
passage cursor add their own layers to `pane`.

The status line under the pane says where the article is from and how far into it the reader is
("聊城日报  2023-03-14  第3版 · 35%"); the screen shows it while the sidebar, which names the page, is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget

from reader.app.cancel import Cancelled, stop_if_cancelled
from reader.app.widgets.key_terms import KeyTerms
from reader.app.widgets.reading_pane import Highlight, ReadingPane
from reader.app.widgets.rows import page_heading
from reader.state import QUOTE, Position

if TYPE_CHECKING:
    from reader.analysis import Analyzer, Entity
    from reader.app.config import Config
    from reader.library import Library
    from reader.model import Article, Page

ENTITY_CACHE = 256
WARM_AT_MOST = 50_000
"""Characters of the article shown first that are tagged for names before `e` asks (to have jieba's
tagger loaded, and that article's names ready). A page extracted without its line ends is one article
of millions of characters: tagging it unasked took a core for minutes (3 MB: ~40 s; the tagger is
worse than linear in the text), so past this only the tagger is loaded."""
"""Articles whose names are kept tagged."""


def read_percent(top: int, height: int, lines: int) -> int:
    """How much of the text is above the bottom of the screen, in percent (as `less` counts)."""
    if lines <= 0:
        return 0
    return min(100, round(100 * min(top + height, lines) / lines))


class StatusLine(Widget):
    """One line: the article's paper, date and page (as known, else its file) and the position read."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = ""
        self.percent: int | None = None

    def show(self, source: str, percent: int | None) -> None:
        """Set what is shown; nothing is redrawn when it is unchanged."""
        if (source, percent) != (self.source, self.percent):
            self.source, self.percent = source, percent
            self.refresh()

    @property
    def text(self) -> str:
        """The line as shown (before cutting to the width)."""
        if self.percent is None:
            return self.source
        return f"{self.source} · {self.percent}%" if self.source else f"{self.percent}%"

    def render(self) -> str:
        return " " + self.text


class ArticleView(Vertical):
    """Key terms + reading pane for the article `current` of the library."""

    @dataclass
    class AnalyzerReady(Message):
        """The key-term model is fitted over the library (posted by the analysis worker)."""

        analyzer: Analyzer

    @dataclass
    class EntitiesFound(Message):
        """The names of one article were tagged (posted by the entities worker)."""

        index: int
        article: Article
        found: list[Entity]

    def __init__(self, library: Library, config: Config, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.config = config
        wide = config.ambiguous_wide
        self.key_terms = KeyTerms(ambiguous_wide=wide, id="keyterms")
        """The key-terms header."""
        self.pane = ReadingPane(
            measure=config.measure, paragraph_gap=config.paragraph_gap, ambiguous_wide=wide, id="pane"
        )
        """The reading pane."""
        self.status = StatusLine(id="status")
        """Where the article is from and how far it has been read."""
        self.current: int | None = None
        """The index of the article shown."""
        self.shown_page: Page | None = None
        """The page of the article shown, as it was opened (`current` numbers the articles of the library
        as they were then: the pages installed anew, it may name another)."""
        self.analyzer: Analyzer | None = None
        self.show_entities = False
        self._entity_cache: dict[str, list[Entity]] = {}

    def compose(self) -> ComposeResult:
        yield self.key_terms
        yield self.pane
        yield self.status

    def show_message(self, message: str, *, pending: bool = False) -> None:
        """A line instead of an article (opening, nothing to read); `pending`: key terms are on the way."""
        self.current = None
        self.shown_page = None
        self.pane.show_message(message)
        self.key_terms.show([], pending=pending)
        self.status.show("", None)

    def show(self, index: int, scroll: int = 0, anchor: int = -1) -> None:
        """Show article `index` at line `scroll` or body offset `anchor`, with its layers."""
        self.current = index
        self.shown_page = self.library.page(index)
        article = self.library.articles[index]
        self.pane.show_article(article, scroll=scroll, anchor=anchor)
        self._show_status()
        self._apply_keywords(article)
        self._apply_rules(article)
        if self.show_entities:
            self._apply_entities(article)

    @on(ReadingPane.Scrolled)
    def _show_status(self) -> None:  # the message goes on to the screen, which saves the position
        page = self.library.page(self.current) if self.current is not None else None
        if page is None:
            return
        pane = self.pane
        percent = read_percent(int(pane.scroll_y), pane.scrollable_content_region.height, pane.line_count)
        self.status.show(page_heading(page), percent)

    def position(self) -> Position | None:
        """Where the reader is: the article shown, its scroll, the body offset on its top line and its
        page's content hash (plain `duba` opens the issue holding that page first)."""
        article, pane = self.pane.article, self.pane
        page = self.library.page(self.current) if self.current is not None else None
        if article is None or page is None:
            return None
        anchor = pane.top_offset()
        quote = article.text[max(anchor, 0) :][:QUOTE]
        return Position(article.id, int(pane.scroll_y), article.page, anchor, page.sha, quote, page.path)

    def on_resize(self) -> None:
        self._show_status()

    def _position_text(self) -> str:
        return f"{self.current + 1}/{len(self.library)}" if self.current is not None else ""

    # -- key terms --------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        """Fit key-term IDF over the library (jieba loads here, never before the first frame)."""
        from reader.analysis import Analyzer  # jieba's tables: not needed for the first frame

        try:
            analyzer = Analyzer().fit(self.library.pages, lambda _done, _total: stop_if_cancelled())
        except Cancelled:
            return  # the reader is closing: see reader.app.cancel
        self.post_message(self.AnalyzerReady(analyzer))

    @on(AnalyzerReady)
    def _analysis_ready(self, event: AnalyzerReady) -> None:
        event.stop()
        self.analyzer = event.analyzer
        if self.current is not None:
            article = self.library.articles[self.current]
            self._apply_keywords(article)
            if not self.show_entities:
                # Names next: loading jieba's tagger takes about a second, so it is done now, in the
                # background, rather than when `e` is first pressed.
                if len(article.text) <= WARM_AT_MOST:
                    self.tag_entities(self.current, article)
                else:
                    self.load_tagger()

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
        from reader.analysis import find_terms

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

    # -- names ------------------------------------------------------------------------------------

    def toggle_entities(self) -> None:
        """Show or hide the people / places / organisations layer."""
        self.show_entities = not self.show_entities
        if self.current is None:
            return
        article = self.library.articles[self.current]
        if self.show_entities:
            self._apply_entities(article)
        else:
            self.pane.clear_highlights("entities")
        self._apply_keywords(article)

    def _apply_entities(self, article: Article) -> None:
        found = self._entity_cache.get(article.id)
        if found is None:
            self.tag_entities(self.current or 0, article)
        else:
            self.pane.set_highlights(
                "entities", [Highlight(e.start, e.end, f"reading--{e.kind}") for e in found]
            )

    @work(thread=True, exclusive=True, group="entities", description="tag names")
    def tag_entities(self, index: int, article: Article) -> None:
        """Find people, places and organisations in one article (jieba.posseg: ~1 s the first time)."""
        from reader.analysis import entities

        self.post_message(self.EntitiesFound(index, article, entities(article.text)))

    @work(thread=True, exclusive=True, group="entities", description="load the name tagger")
    def load_tagger(self) -> None:
        """Load jieba's tagger (~1 s) on a few words, for an article too long to tag unasked."""
        from reader.analysis import entities

        entities("北京")

    @on(EntitiesFound)
    def _entities_found(self, event: EntitiesFound) -> None:
        event.stop()
        if len(self._entity_cache) > ENTITY_CACHE:
            self._entity_cache.clear()
        self._entity_cache[event.article.id] = event.found
        if self.show_entities and event.index == self.current:
            self._apply_entities(event.article)
            self._apply_keywords(event.article)  # the legend's "tagging…" goes
