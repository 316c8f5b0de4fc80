"""The compact header above the reading pane: the article's key terms and where it is in the corpus.

While a search is active it also shows where the search stands in the article ("hit 3/12").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from reader.app.widgets.styling import ComponentStyles
from reader.app.wrap import display_text, ellipsis, truncate

LABEL = "关键词"
TAGGING = "标注中…"
"""Shown before the legend while people, places and organisations are still being found."""
ENTITY_LEGEND = (("人名", "key-terms--person"), ("地名", "key-terms--place"), ("机构", "key-terms--org"))


class KeyTerms(Widget):
    """One line: `关键词 term term …` on the left, `n/N` on the right; a legend when entities are shown."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-terms--label",
        "key-terms--term",
        "key-terms--position",
        "key-terms--pending",
        "key-terms--person",
        "key-terms--place",
        "key-terms--org",
        "key-terms--search",
    }

    def __init__(self, *, ambiguous_wide: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self._part = ComponentStyles(self)
        self.ambiguous_wide = ambiguous_wide
        self._terms: list[str] = []
        self._pending = False
        self._position = ""
        self._entities = False
        self._entities_pending = False
        self._search = ""

    def show(
        self,
        terms: Sequence[str],
        *,
        pending: bool = False,
        position: str = "",
        entities: bool = False,
        entities_pending: bool = False,
    ) -> None:
        """Set the terms (or `pending` while they are computed), the position text, the legend of names
        (with `entities_pending` while the names are still being found: "标注中…")."""
        self._terms = [display_text(t, self.ambiguous_wide) for t in terms]
        self._pending = pending
        self._position = position
        self._entities = entities
        self._entities_pending = entities_pending
        self.refresh()

    def show_search(self, status: str) -> None:
        """Set the search status shown on the right ("hit 3/12", "12 hits"; "" for none)."""
        if status != self._search:
            self._search = status
            self.refresh()

    @property
    def search_status(self) -> str:
        """The search status shown."""
        return self._search

    @property
    def terms(self) -> list[str]:
        """The terms shown."""
        return list(self._terms)

    def notify_style_update(self) -> None:
        self._part.clear()
        super().notify_style_update()

    def render(self) -> Text:
        width = self.size.width
        style = self._part
        right = Text()
        if self._search:
            right.append(" " + self._search, style("key-terms--search"))
        if self._entities:
            if self._entities_pending:
                right.append(" " + display_text(TAGGING, self.ambiguous_wide), style("key-terms--pending"))
            for label, component in ENTITY_LEGEND:
                right.append(" ")
                right.append(label, style(component))
        if self._position:
            right.append(" " + self._position, style("key-terms--position"))
        room = max(width - right.cell_len - 1, 0)
        left = Text(no_wrap=True, overflow="crop", end="")
        left.append(LABEL, style("key-terms--label"))
        if self._pending:
            left.append(" ...", style("key-terms--pending"))
        for term in self._terms:
            if cell_len(left.plain) + 2 + cell_len(term) > room:
                break
            left.append("  ")
            left.append(term, style("key-terms--term"))
        if left.cell_len > room:
            left = Text(truncate(left.plain, room, ellipsis(self.ambiguous_wide)), no_wrap=True, end="")
        gap = max(width - left.cell_len - right.cell_len, 0)
        if left.cell_len + right.cell_len > width:
            return left
        return Text.assemble(left, " " * gap, right, no_wrap=True, end="")
