"""The reading side of the main screen: the key-terms header, the reading pane, a status line.

`ArticleView` shows one article of the library and owns what is painted on it from analysis: the key
terms (the model fitted over the library in a thread worker, where jieba loads, never before the first
frame; each article's terms found in a worker too, cached), the user's highlight rules from the config
file, and the people / places / organisations layer (tagged per article in a worker, cached). The screen
says which article to show; search hits, bookmarks and the passage cursor add their own layers to `pane`.

Key terms cut the article's whole text with jieba: ~20 ms for 30,000 characters, ~0.15 s for 300,000,
seconds for a page extracted without its line ends (benchmarks/keyterms_bench.py). On the UI thread that
froze the screen whenever such an article was shown, so the header says "关键词 ..." until the worker's
answer comes; only the last article asked for is worked on (the worker is exclusive, and stops between
pieces of the text once cancelled), and an answer for an article no longer shown is not painted.

The status line under the pane says where the article is from and how far into it the reader is
("聊城日报  2023-03-14  第3版 · 35%"); the screen shows it while the sidebar, which names the page, is hidden.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget

from reader.app.cancel import Cancelled, post_or_stop, stop_if_cancelled
from reader.app.widgets.key_terms import KeyTerms
from reader.app.widgets.reading_pane import Highlight, ReadingPane
from reader.app.widgets.rows import page_heading
from reader.state import QUOTE, Position

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reader.analysis import Analyzer, Entity
    from reader.app.config import Config
    from reader.library import Library
    from reader.model import Article, Page

ENTITY_CACHE = 256
"""Articles whose names are kept tagged."""
KEY_TERM_CACHE = 256
"""Articles whose key terms (and where they are in the text) are kept."""
WARM_AT_MOST = 50_000
"""Characters of the article shown first that are tagged for names before `e` asks (to have jieba's
tagger loaded, and that article's names ready). A page extracted without its line ends is one article
of millions of characters: tagging it unasked took a core for minutes (3 MB: ~40 s; the tagger is
worse than linear in the text), so past this only the tagger is loaded."""


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
    class KeyTermsFound(Message):
        """The key terms of one article were found (posted by the key-terms worker)."""

        article_id: str
        model: int
        """The `ArticleView.key_term_model` they were counted with (a later one counts otherwise)."""
        terms: list[str]
        highlights: list[Highlight]

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
        self.key_term_model = 0
        """Counts up each time the key-term model is fitted or its counts change: the key terms found with
        the one before are forgotten then."""
        self.show_entities = False
        self._entity_cache: dict[str, list[Entity]] = {}
        self._key_terms_cache: OrderedDict[str, tuple[list[str], list[Highlight]]] = OrderedDict()
        """Key terms and their highlights by article id, the last shown last."""
        self._key_terms_asked: str | None = None
        """The article whose key terms the worker was last asked for, until they come."""

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
        self._forget_key_terms()
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

    def recount(self, before: Sequence[set[str]], after: Sequence[set[str]]) -> None:
        """Count a corrected page's articles `after` instead of those `before` (`Analyzer.replace`); key
        terms found before are worked out again as they are asked for."""
        if self.analyzer is not None:
            self.analyzer.replace(before, after)
            self._forget_key_terms()

    def _forget_key_terms(self) -> None:
        self.key_term_model += 1
        self._key_terms_cache.clear()
        self._key_terms_asked = None

    def _apply_keywords(self, article: Article) -> None:
        """Paint the article's key terms and list them in the header, from the cache; else ask the worker
        and say they are on the way."""
        limit = self.config.keywords
        if self.analyzer is not None and limit > 0:
            found = self._key_terms_cache.get(article.id)
            if found is not None:
                self._key_terms_cache.move_to_end(article.id)
                self.pane.set_highlights("keywords", found[1])
            elif self._key_terms_asked != article.id:
                self._key_terms_asked = article.id
                self.find_key_terms(self.analyzer, article, limit, self.key_term_model)
        self._show_header(article)

    def _show_header(self, article: Article) -> None:
        """The header of `article`: its key terms (or that they are on the way), its position, the legend."""
        found = self._key_terms_cache.get(article.id)
        self.key_terms.show(
            found[0] if found is not None else [],
            pending=self.config.keywords > 0 and found is None,
            position=self._position_text(),
            entities=self.show_entities,
            entities_pending=self.show_entities and article.id not in self._entity_cache,
        )

    @work(thread=True, exclusive=True, group="key-terms", description="find key terms")
    def find_key_terms(self, analyzer: Analyzer, article: Article, limit: int, model: int) -> None:
        """Find the article's key terms and where they are in its text (jieba on the whole article)."""
        from reader.analysis import find_terms

        try:
            terms = analyzer.keywords(article, limit, stop_if_cancelled)
            stop_if_cancelled()
            spans = find_terms(article.text, terms)
            highlights = [Highlight(s.start, s.end, "reading--keyword") for s in spans]
            stop_if_cancelled()
            post_or_stop(self, self.KeyTermsFound(article.id, model, terms, highlights))
        except Cancelled:
            return  # another article was asked for, or the reader is closing

    @on(KeyTermsFound)
    def _key_terms_found(self, event: KeyTermsFound) -> None:
        event.stop()
        if event.model != self.key_term_model:
            return  # counted with a model since fitted again or corrected
        if self._key_terms_asked == event.article_id:
            self._key_terms_asked = None
        self._key_terms_cache[event.article_id] = (event.terms, event.highlights)
        self._key_terms_cache.move_to_end(event.article_id)
        while len(self._key_terms_cache) > KEY_TERM_CACHE:
            self._key_terms_cache.popitem(last=False)
        article = self.pane.article
        if self.current is None or article is None or article.id != event.article_id:
            return  # another article is shown now: kept for when that one is shown again
        self.pane.set_highlights("keywords", event.highlights)
        self._show_header(article)

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
        self._show_header(article)

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
            self._show_header(event.article)  # the legend's "tagging…" goes
