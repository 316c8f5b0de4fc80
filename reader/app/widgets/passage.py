"""The passage cursor of the reading pane: a sentence (or a run of sentences) to bookmark.

Not a widget: a small helper the main screen keeps beside the pane. It steps through the article's
sentences (`reader.passages`), grows a selection sentence by sentence, keeps the passage on screen and
paints it as the pane's `passage` highlight layer (component class `reading--passage`).

The cursor is hidden until a passage key is pressed. It starts (and restarts, once scrolled out of
view) at the first sentence on screen, so reading with j/k/space and then pressing a passage key
acts on what is being read rather than jumping back to where the cursor was left; during a search, at
the sentence of the current hit when that is on screen (`start_hint`): a search for a phrase, enter,
then `m` bookmarked the article's first sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reader.app.widgets.reading_pane import Highlight, ReadingPane
from reader.model import Article
from reader.passages import (
    Sentence,
    next_paragraph,
    previous_paragraph,
    sentence_at,
    sentences,
    sentences_between,
)

LAYER = "passage"
STYLE = "reading--passage"


class PassageCursor:
    """A range of sentences `anchor..cursor` (inclusive, either order) in the pane's article."""

    def __init__(self, pane: ReadingPane) -> None:
        self.pane = pane
        self._article: Article | None = None
        self._sentences: list[Sentence] = []
        self.cursor: int | None = None
        """Index of the sentence the cursor is on (None: hidden)."""
        self.anchor: int | None = None
        """Where a selection grown with `extend` started (None: no selection)."""
        self.start_hint: Callable[[], int | None] = lambda: None
        """An offset of the article's text a new cursor starts at when it is on screen (the current
        search hit; the screen sets it)."""

    # -- state ------------------------------------------------------------------------------------

    @property
    def sentences(self) -> list[Sentence]:
        """The sentences of the article shown in the pane (split once per article)."""
        article = self.pane.article
        if article is not self._article:
            self._article = article
            self._sentences = sentences(article.text) if article is not None else []
            self.cursor = self.anchor = None
        return self._sentences

    @property
    def active(self) -> bool:
        """Is the cursor shown?"""
        return self.cursor is not None and bool(self.sentences)

    @property
    def selecting(self) -> bool:
        """Has the selection been grown past one sentence?"""
        return self.active and self.anchor is not None and self.anchor != self.cursor

    def span(self) -> tuple[int, int] | None:
        """The passage as offsets of `article.text`: the selection, else the cursor's sentence."""
        found = self.sentences
        if self.cursor is None or not found:
            return None
        first, last = sorted((self.cursor, self.cursor if self.anchor is None else self.anchor))
        return found[first].start, found[last].end

    def current_or_visible(self) -> tuple[int, int] | None:
        """The cursor's passage; a hidden or scrolled-away cursor moves to the first sentence on screen."""
        if not self.active or not self._on_screen(self.cursor):
            self.reset()
            self.cursor = self._first_visible()
            self._show()
        return self.span()

    def reset(self) -> None:
        """Hide the cursor and forget the selection (a new article does this by itself)."""
        self.sentences  # noqa: B018 - re-reads the pane's article
        self.cursor = self.anchor = None
        self.pane.clear_highlights(LAYER)

    # -- moving -----------------------------------------------------------------------------------

    def move(self, sentences_by: int) -> None:
        """Move by whole sentences (negative: back); the selection collapses to the cursor."""
        if self._start():
            return
        assert self.cursor is not None
        self.anchor = None
        self.cursor = min(max(self.cursor + sentences_by, 0), len(self.sentences) - 1)
        self._show()

    def paragraph(self, direction: int) -> None:
        """To the first sentence of the next paragraph, or (back) of this or the previous one."""
        if self._start():
            return
        assert self.cursor is not None
        self.anchor = None
        step = next_paragraph if direction > 0 else previous_paragraph
        self.cursor = step(self.sentences, self.cursor)
        self._show()

    def extend(self, sentences_by: int = 1) -> None:
        """Grow the selection by `sentences_by` sentences at its moving end (negative: towards the start).

        With the cursor hidden or out of view, this first shows it on the first sentence on screen.
        """
        if self._start():
            return
        assert self.cursor is not None
        if self.anchor is None:
            self.anchor = self.cursor
        self.cursor = min(max(self.cursor + sentences_by, 0), len(self.sentences) - 1)
        self._show()

    def shrink(self) -> None:
        """One sentence fewer: the moving end steps back towards the anchor; one sentence stays selected.

        With the cursor hidden or out of view, this first shows it on the first sentence on screen.
        """
        if self._start():
            return
        assert self.cursor is not None
        if self.anchor is None or self.anchor == self.cursor:
            return
        self.cursor += 1 if self.anchor > self.cursor else -1
        self._show()

    def place(self, start: int, end: int) -> None:
        """Select the sentences covering `start:end` (a bookmark jumped to) and bring them into view."""
        found = self.sentences
        if not found:
            return
        first, last = sentences_between(found, start, end)
        self.anchor, self.cursor = (first, last) if first != last else (None, first)
        self._show(centre=True)

    # -- internals --------------------------------------------------------------------------------

    def _start(self) -> bool:
        """Show the cursor at the first sentence on screen if it was hidden or out of view."""
        if self.active and self._on_screen(self.cursor):
            return False
        self.current_or_visible()
        return True

    def _first_visible(self) -> int | None:
        found = self.sentences
        if not found:
            return None
        hint = self.start_hint()
        if hint is not None:
            index = sentence_at(found, hint)
            if self._on_screen(index):
                return index
        top = self.pane.top_offset()
        # top < 0: the headline or byline is at the top, so the first sentence on screen is the first
        index = 0 if top < 0 else bisect.bisect_left([s.start for s in found], top)
        index = min(index, len(found) - 1)
        if not self._on_screen(index):
            index = sentence_at(found, max(top, 0))
        return index

    def _lines(self, first: int, last: int) -> tuple[int, int] | None:
        found = self.sentences
        top = self.pane.line_for_offset(found[first].start)
        bottom = self.pane.line_for_offset(max(found[last].end - 1, found[last].start))
        if top is None or bottom is None:
            return None
        return top, bottom

    def _on_screen(self, index: int | None) -> bool:
        if index is None or not 0 <= index < len(self.sentences):
            return False
        lines = self._lines(index, index)
        if lines is None:
            return False
        top = int(self.pane.scroll_y)
        height = self.pane.scrollable_content_region.height
        return lines[1] >= top and lines[0] < top + height

    def _show(self, centre: bool = False) -> None:
        span = self.span()
        if span is None or self.cursor is None:
            self.pane.clear_highlights(LAYER)
            return
        self.pane.set_highlights(LAYER, [Highlight(span[0], span[1], STYLE)])
        # Keep the moving end in view; when the passage fits, all of it.
        lines = self._lines(self.cursor, self.cursor)
        whole = self._lines(*sorted((self.cursor, self.anchor if self.anchor is not None else self.cursor)))
        if lines is None or whole is None:
            return
        height = max(self.pane.scrollable_content_region.height, 1)
        if whole[1] - whole[0] < height:
            lines = whole
        top = int(self.pane.scroll_y)
        if centre:
            target = max(0, lines[0] - max((height - (lines[1] - lines[0] + 1)) // 2, 0))
        elif lines[0] < top:
            target = lines[0]
        elif lines[1] >= top + height:
            target = max(lines[1] - height + 1, 0) if lines[1] - lines[0] < height else lines[0]
        else:
            return
        self.pane.scroll_to(y=target, animate=False, immediate=True, force=True)
