"""Command palette provider (ctrl+p): jump to any article by its headline."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.wrap import display_text

if TYPE_CHECKING:
    from reader.app.app import DubaApp

MAX_DISCOVERY = 50
"""Articles offered before anything is typed (the rest of the page being read)."""


class ArticleCommands(Provider):
    """Every open article, matched against what is typed; choosing one opens it."""

    @property
    def duba(self) -> DubaApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def _help(self, index: int) -> str:
        article = self.duba.articles[index]
        return article.page

    async def search(self, query: str) -> Hits:
        """Articles whose title fuzzily matches `query`."""
        matcher = self.matcher(query)
        wanted = set(query.replace(" ", "").casefold())
        wide = self.duba.config.ambiguous_wide
        for index, article in enumerate(self.duba.articles):
            title = display_text(article.title, wide)
            if not wanted <= set(title.casefold()):
                continue  # cheap filter: every typed character must occur in the title
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.duba.open_article, index),
                    help=self._help(index),
                )

    async def discover(self) -> Hits:
        """The articles of the page being read."""
        app = self.duba
        current = app.current_index
        if current is None or not app.articles:
            return
        page = app.articles[current].page
        shown = 0
        for index, article in enumerate(app.articles):
            if article.page != page:
                continue
            title = display_text(article.title, app.config.ambiguous_wide)
            yield DiscoveryHit(title, partial(app.open_article, index), help=self._help(index))
            shown += 1
            if shown >= MAX_DISCOVERY:
                break
