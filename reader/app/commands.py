"""Command palette providers of the reading screen (ctrl+p), registered in its `COMMANDS`.

`ArticleCommands` jumps to any article by its headline; `ReaderCommands` offers the screen's own
actions by name. Both read the screen the palette was opened on (`Provider.screen`), which they know
only as a `Reader`: what they need of it, nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.app.widgets.rows import date_and_page
from reader.app.wrap import display_text

if TYPE_CHECKING:
    from reader.app.archivist import Archivist
    from reader.app.bookmarker import Bookmarker
    from reader.app.config import Config
    from reader.app.corrector import Corrector
    from reader.app.stale import StaleCorrections
    from reader.library import Library

MAX_DISCOVERY = 50
"""Articles offered before anything is typed (the rest of the page being read)."""


def _literal(text: str) -> str:
    """`text` as the palette's markup shows it: every bracket printed (Textual's own `escape` leaves
    `[N]` and `[Abc]`, which its markup still reads as tags; `[/]` in a headline would not parse)."""
    return text.replace("[", "\\[")


class Reader(Protocol):
    """What the providers use of the screen they are opened on."""

    library: Library
    config: Config
    current: int | None

    bookmarker: Bookmarker
    corrector: Corrector
    archivist: Archivist
    stale: StaleCorrections

    def open_article(self, index: int, scroll: int = 0, anchor: int = -1) -> None: ...

    def action_next_article(self) -> None: ...

    def action_previous_article(self) -> None: ...

    def action_toggle_sidebar(self) -> None: ...

    def action_toggle_entities(self) -> None: ...


def reader_commands(reader: Reader) -> Iterable[SystemCommand]:
    """The reading screen's actions, by name, as the palette offers them."""
    yield SystemCommand("Next article", "Open the next article (n)", reader.action_next_article)
    yield SystemCommand("Previous article", "Open the previous article (p)", reader.action_previous_article)
    yield SystemCommand(
        "Toggle sidebar", "Hide or show the list of articles (ctrl+b)", reader.action_toggle_sidebar
    )
    yield SystemCommand(
        "Toggle names", "Highlight people, places and organisations (e)", reader.action_toggle_entities
    )
    yield from reader.bookmarker.commands()
    yield from reader.corrector.commands(reader.current)
    yield from reader.stale.commands()
    yield from reader.archivist.commands(reader.current)


class ArticleCommands(Provider):
    """Every open article, matched against what is typed; choosing one opens it."""

    @property
    def reader(self) -> Reader:
        """The screen the palette was opened on."""
        return cast("Reader", self.screen)

    def _help(self, index: int) -> str:
        """Where the article was printed (paper, date, page), then its file: in an archive, a story
        printed in several issues had lines of one headline over file names alone."""
        library = self.reader.library
        meta = library.meta(index)
        where = " ".join(part for part in (meta.paper, date_and_page(meta)) if part)
        return f"{where}  {library.articles[index].page}" if where else library.articles[index].page

    async def search(self, query: str) -> Hits:
        """Articles whose title fuzzily matches `query`."""
        reader = self.reader
        matcher = self.matcher(query)
        wanted = set(query.replace(" ", "").casefold())
        wide = reader.app.config.ambiguous_wide
        for index, article in enumerate(reader.library.articles):
            title = display_text(article.short_title(), wide)
            if not wanted <= set(title.casefold()):
                continue  # cheap filter: every typed character must occur in the title
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(_literal(title)),
                    partial(reader.open_article, index),
                    help=_literal(self._help(index)),
                )

    async def discover(self) -> Hits:
        """The articles of the page being read (that page, not every page of its file name: an archive
        has a `01.txt` in each issue's folder)."""
        reader = self.reader
        library = reader.library
        articles = library.articles
        current = reader.current
        if current is None or not articles:
            return
        page = library.page_of[current]
        shown = 0
        for index, article in enumerate(articles):
            if library.page_of[index] != page:
                continue
            title = display_text(article.short_title(), reader.app.config.ambiguous_wide)
            yield DiscoveryHit(
                _literal(title), partial(reader.open_article, index), help=_literal(self._help(index))
            )
            shown += 1
            if shown >= MAX_DISCOVERY:
                break


class ReaderCommands(Provider):
    """The screen's actions by name (next article, bookmarks …), as the app's system commands are."""

    def _commands(self) -> Iterable[SystemCommand]:
        yield from reader_commands(cast("Reader", self.screen))

    async def discover(self) -> Hits:
        """Every action of the screen."""
        for command in self._commands():
            yield DiscoveryHit(command.title, command.callback, help=_literal(command.help))

    async def search(self, query: str) -> Hits:
        """Actions whose name fuzzily matches `query`."""
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(command.title), command.callback, help=_literal(command.help)
                )
