"""The reading pane: one article laid out as a newspaper sets it, wrapped with reader.app.wrap.

A `ScrollView` with `render_line` (as toolong does): the article is broken into lines once per width (again
on resize; reading_layout.py does the laying out), and only visible lines are turned into strips, through an
LRU cache. The first `FIRST_PART` characters are laid out at once, the rest a part at a time between the
event loop's other work (`_finish_layout`): an article of 3 million characters held the screen ~3 s. A
scroll to a place not laid out yet (`G`, a hit, a bookmark, the reading position) waits for it.

Highlights are layers of `Highlight(start, end, style)` spans with offsets into `article.text` (the body,
paragraphs joined by newlines: the offsets bookmarks and search hits use), or with `field` set, into
the article's kicker, headline or subtitle (search hits in the titles). A style is a component class
(`reading--keyword`, `reading--search` … so a theme restyles it from TCSS) or a Rich style string (user rules
from the config file). Layers are painted in `LAYERS` order, later over earlier; other widgets add their own
with `set_highlights("search", …)`.
"""

from __future__ import annotations

import asyncio
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import ClassVar, Literal

from rich.errors import StyleSyntaxError
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.app.widgets.painted import PaintedLayers
from reader.app.widgets.reading_layout import (
    LAYERS,
    PHOTO_LABEL,
    Block,
    Highlight,
    Line,
    Resume,
    build_blocks,
    display_offset,
    lay_out_part,
    message_block,
    source_offset,
)
from reader.app.widgets.scrolling import set_scroll_size
from reader.app.widgets.styling import ComponentStyles
from reader.model import Article

__all__ = ["LAYERS", "PHOTO_LABEL", "Highlight", "ReadingPane"]

FIRST_PART = 20_000
"""Characters laid out when an article is shown (~20 ms; screens of it), before its first frame."""

NEXT_PART = 2_000
"""Characters laid out at a time after that, between keys and frames (~2 ms each: a key passes a few
queues, each waiting for a part)."""

ScrollKind = Literal["line", "top", "centre", "place", "end"]


def _line_key(line: Line) -> tuple[int, int]:
    return line.block, line.start


class ReadingPane(ScrollView, can_focus=True):
    """Shows one article; scrolls by line and page; paints highlight layers."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading--kicker",
        "reading--headline",
        "reading--subtitle",
        "reading--byline",
        "reading--body",
        "reading--photo",
        "reading--photo-label",
        "reading--message",
        "reading--keyword",
        "reading--person",
        "reading--place",
        "reading--org",
        "reading--bookmark",
        "reading--search",
        "reading--search-current",
        "reading--passage",
    }

    # Keys (j/k, space/b, g/G) are bound by the screen, which calls the actions below.

    class Scrolled(Message):
        """The pane scrolled (the screen remembers the reading position)."""

        def __init__(self, pane: ReadingPane) -> None:
            self.pane = pane
            super().__init__()

    def __init__(
        self,
        *,
        measure: int = 80,
        paragraph_gap: int = 0,
        ambiguous_wide: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._component = ComponentStyles(self)
        self.measure = measure
        self.paragraph_gap = paragraph_gap
        self.ambiguous_wide = ambiguous_wide
        self.article: Article | None = None
        self._message = ""
        self._blocks: list[Block] = []
        self._lines: list[Line] = []
        self._layout_width = -1
        self._layers: dict[str, list[Highlight]] = {}
        self._block_spans: list[list[tuple[int, int, str]]] = []
        self._painted = PaintedLayers()
        self._spans_lines: list[Line] | None = None  # the lines last painted in full
        self._styles: dict[str, Style | None] = {}
        self._cache: LRUCache[int, Strip] = LRUCache(512)
        self._pending_scroll: tuple[ScrollKind, int, int] | None = None
        self._resume: Resume | None = None  # where the layout goes on; None: laid out in full
        self._layout_round = 0

    # -- public API -------------------------------------------------------------------------------

    def show_article(self, article: Article | None, scroll: int = 0, anchor: int = -1) -> None:
        """Show `article` at line `scroll` (or body offset `anchor` at the top); clears all highlights."""
        self.article = article
        self._message = ""
        self._layers.clear()
        self._blocks = (
            build_blocks(article, wide=self.ambiguous_wide, paragraph_gap=self.paragraph_gap)
            if article is not None
            else []
        )
        self._layout_width = -1
        self._relayout(keep_position=False)
        self._pending_scroll = ("top", anchor, 0) if anchor >= 0 else ("line", scroll, 0)
        self._apply_pending_scroll()

    def show_message(self, message: str) -> None:
        """Show a line of text instead of an article (loading, nothing to read)."""
        self.article = None
        self._message = message
        self._layers.clear()
        self._blocks = [message_block(message, wide=self.ambiguous_wide)]
        self._layout_width = -1
        self._pending_scroll = None
        self._relayout(keep_position=False)
        self._jump(0)

    def set_highlights(self, layer: str, highlights: Iterable[Highlight]) -> None:
        """Replace the spans of one highlight layer (offsets into `article.text`)."""
        self._layers[layer] = sorted(h for h in highlights if h.end > h.start)
        self._compute_block_spans(repaint_changed=True, layer=layer)

    def clear_highlights(self, layer: str | None = None) -> None:
        """Remove one layer, or all of them."""
        if layer is None:
            self._layers.clear()
        else:
            self._layers.pop(layer, None)
        self._compute_block_spans(repaint_changed=True, layer=layer)

    def highlights(self, layer: str) -> list[Highlight]:
        """The spans of one layer."""
        return list(self._layers.get(layer, []))

    @property
    def line_count(self) -> int:
        """Number of laid-out lines."""
        return len(self._lines)

    @property
    def laid_out(self) -> bool:
        """Is the whole article laid out? (A long one is laid out a part at a time.)"""
        return self._resume is None

    def line_text(self, index: int) -> str:
        """The text of laid-out line `index`, as shown (prefix included)."""
        line = self._lines[index]
        return line.prefix + self._blocks[line.block].text[line.start : line.end].rstrip(" \t")

    def line_for_offset(self, offset: int) -> int | None:
        """The line showing body offset `offset` of `article.text`, if laid out."""
        for number, block in enumerate(self._blocks):
            if block.base < 0 or not block.base <= offset <= block.base + block.source_length:
                continue
            shown = display_offset(block, offset - block.base)
            index = bisect_right(self._lines, (number, shown), key=_line_key) - 1
            if index < 0:
                continue
            line = self._lines[index]
            if line.block == number and (
                line.start <= shown < line.end or (shown == line.end and line.end == len(block.text))
            ):
                return index
        return None

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        """Scroll so that body offset `offset` is in view (at the top with `top`, else centred); a place
        not laid out yet is scrolled to once it is."""
        self._pending_scroll = ("top" if top else "centre", offset, 0)
        self._apply_pending_scroll()

    def selection_span(self) -> tuple[int, int] | None:
        """The mouse selection in this pane as body offsets `(start, end)` of `article.text`, if any."""
        selection = self.text_selection
        return None if selection is None else self._selection_to_span(selection)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected body text (what ctrl+c copies): the article's own text, not the wrapped lines."""
        span = self._selection_to_span(selection)
        if span is None or self.article is None:
            return None
        return self.article.text[span[0] : span[1]], "\n"

    def _selection_to_span(self, selection: Selection) -> tuple[int, int] | None:
        # Textual's selection is (line, character) pairs from the `offset` meta that render_line puts on
        # every strip: the laid-out line index and the character index in the line as drawn.
        if self.article is None or not self._lines:
            return None
        start, end = selection
        first = 0 if start is None else self._body_offset(start.y, start.x, forward=True)
        last = len(self.article.text) if end is None else self._body_offset(end.y, end.x, forward=False)
        if first is None or last is None or first >= last:
            return None
        return first, last

    def _body_offset(self, y: int, x: int, *, forward: bool) -> int | None:
        """Body offset at character `x` of laid-out line `y`; off the body, the nearest body offset."""
        y = min(max(y, 0), len(self._lines) - 1)
        line = self._lines[y]
        block = self._blocks[line.block]
        if block.base >= 0:
            shown = line.start + min(max(x - len(line.prefix), 0), line.end - line.start)
            return block.base + source_offset(block, shown)
        step = 1 if forward else -1
        while 0 <= y < len(self._lines):
            block = self._blocks[self._lines[y].block]
            if block.base >= 0:
                return block.base if forward else block.base + block.source_length
            y += step
        return None

    def top_offset(self) -> int:
        """Body offset shown on the top line, or -1 when the top line is not body text.

        With the article id, this is the reading position that survives a change of terminal width.
        """
        top = int(self.scroll_y)
        if not 0 <= top < len(self._lines):
            return -1
        line = self._lines[top]
        block = self._blocks[line.block]
        return block.base + source_offset(block, line.start) if block.base >= 0 else -1

    # -- layout -----------------------------------------------------------------------------------

    def _relayout(self, keep_position: bool = True) -> None:
        self._layout_round += 1
        width = self.scrollable_content_region.width
        if width <= 0:
            self._lines, self._resume = [], None
            set_scroll_size(self, Size(0, 0))
            return
        if width == self._layout_width:
            return
        anchor = self._top_anchor() if keep_position else None
        self._layout_width = width
        self._lines, self._resume = lay_out_part(self._blocks, width, self.measure, (0, 0), FIRST_PART)
        self._compute_block_spans()
        set_scroll_size(self, Size(width, len(self._lines)))  # no layout of the whole screen
        if anchor is not None:
            self._pending_scroll = ("place", *anchor)
            self._apply_pending_scroll()
        if self._resume is not None:
            self.run_worker(
                self._finish_layout(self._layout_round),
                group="layout",
                exclusive=True,
                description="lay out the article",
            )

    async def _finish_layout(self, round_: int) -> None:
        """Lay out the rest of the article a part at a time, the event loop running between parts."""
        while self._resume is not None and round_ == self._layout_round:
            await asyncio.sleep(0)
            if round_ != self._layout_round or self._resume is None:
                return
            before = len(self._lines)
            lines, self._resume = lay_out_part(
                self._blocks, self._layout_width, self.measure, self._resume, NEXT_PART
            )
            self._lines.extend(lines)  # the same list: the painted spans stay those of these lines
            set_scroll_size(self, Size(self._layout_width, len(self._lines)))
            if self.scroll_offset.y + self.size.height > before:
                self.refresh()
            self._apply_pending_scroll()

    def _top_anchor(self) -> tuple[int, int] | None:
        top = int(self.scroll_y)
        if not self._lines or top <= 0 or top >= len(self._lines):
            return None
        line = self._lines[top]
        return line.block, line.start

    def _line_at(self, block: int, start: int) -> int | None:
        """The line of block `block` that holds its display offset `start`, if laid out."""
        index = bisect_right(self._lines, (block, start), key=_line_key) - 1
        if index < 0:
            return None
        line = self._lines[index]
        return index if line.block == block and start < max(line.end, line.start + 1) else None

    def _apply_pending_scroll(self) -> None:
        """Scroll where `_pending_scroll` asks, unless that place is not laid out yet."""
        if self._pending_scroll is None or not self._lines:
            return
        kind, value, start = self._pending_scroll
        height = self.scrollable_content_region.height
        waiting = self._resume is not None
        y: int | None
        if kind == "line":
            y = value if not waiting or value + height <= len(self._lines) else None
        elif kind == "end":
            y = None if waiting else len(self._lines)
        elif kind == "place":
            y = self._line_at(value, start)
        else:
            y = self.line_for_offset(value)
            if y is not None and kind == "centre":
                y = max(0, y - height // 2)
        if y is None and waiting:
            return
        self._pending_scroll = None
        if y is not None:
            self._jump(y)

    def _compute_block_spans(self, repaint_changed: bool = False, layer: str | None = None) -> None:
        """Paint the highlight layers onto the blocks (`layer` again, the others as before); with
        `repaint_changed` only the lines of blocks whose highlights changed are drawn again (the lines
        are those the last paint was for)."""
        previous, spans = self._block_spans, self._painted.paint(self._blocks, self._layers, layer)
        self._block_spans = spans
        if repaint_changed and self._spans_lines is self._lines and len(previous) == len(spans):
            # A search keystroke changes the hits in a few paragraphs: drawing every line again cost
            # ~5 ms of the UI thread per keystroke (search_ui_bench.py); only those paragraphs' are.
            changed = {n for n, (old, new) in enumerate(zip(previous, spans, strict=True)) if old != new}
            self._repaint_blocks(changed)
            return
        self._spans_lines = self._lines
        self._cache.clear()
        self.refresh()

    def _repaint_blocks(self, blocks: set[int]) -> None:
        top = self.scroll_offset.y
        width, height = self.size
        ranges = [
            (
                bisect_left(self._lines, (b, 0), key=_line_key),
                bisect_left(self._lines, (b + 1, 0), key=_line_key),
            )
            for b in blocks
        ]
        cached = list(self._cache.keys())  # noqa: SIM118 (an LRUCache cannot be iterated)
        for number in [n for n in cached if any(lo <= n < hi for lo, hi in ranges)]:
            self._cache.discard(number)
        for lo, hi in ranges:
            for number in range(max(lo, top), min(hi, top + height)):
                self.refresh(Region(0, number - top, width, 1))

    # -- actions ----------------------------------------------------------------------------------

    def _jump(self, y: float) -> None:
        # force: right after new content is set, the scroll bars (and so "may scroll") are not updated yet
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def _move(self, y: float) -> None:
        """A scroll the reader asked for: it replaces any scroll still waiting for the layout."""
        self._pending_scroll = None
        self._jump(y)

    def action_line_down(self) -> None:
        """Scroll down one line."""
        self._move(self.scroll_y + 1)

    def action_line_up(self) -> None:
        """Scroll up one line."""
        self._move(self.scroll_y - 1)

    def action_page_down(self) -> None:
        """Scroll down a screenful, keeping one line of context."""
        self._move(self.scroll_y + max(self.scrollable_content_region.height - 1, 1))

    def action_page_up(self) -> None:
        """Scroll up a screenful, keeping one line of context."""
        self._move(self.scroll_y - max(self.scrollable_content_region.height - 1, 1))

    def action_top(self) -> None:
        """Scroll to the top of the article."""
        self._move(0)

    def action_bottom(self) -> None:
        """Scroll to the end of the article (once it is laid out: the end laid out so far till then)."""
        self._move(self.max_scroll_y)
        if self._resume is not None:
            self._pending_scroll = ("end", 0, 0)

    # -- events and rendering ---------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self._apply_pending_scroll()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    def notify_style_update(self) -> None:
        self._component.clear()
        self._styles.clear()
        self._cache.clear()
        super().notify_style_update()

    def painted_style(self, name: str) -> Style | None:
        """The Rich style a highlight named `name` (component class or Rich style string) is painted in."""
        return self._style(name)

    def _style(self, name: str) -> Style | None:
        if name not in self._styles:
            if name in self.COMPONENT_CLASSES:
                self._styles[name] = self._component(name)
            else:
                try:
                    self._styles[name] = Style.parse(name)
                except StyleSyntaxError:
                    self._styles[name] = None
        return self._styles[name]

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, self.rich_style)
        selection = self.text_selection
        selected = selection.get_span(index) if selection is not None else None
        if selected is not None:  # not cached: selections change with every mouse move
            return self._render(index, width, selected).apply_offsets(0, index)
        strip = self._cache.get(index)
        if strip is None or strip.cell_length != width:
            strip = self._render(index, width)
            self._cache[index] = strip
        return strip.apply_offsets(0, index)

    def _render(self, index: int, width: int, selected: tuple[int, int] | None = None) -> Strip:
        line = self._lines[index]
        block = self._blocks[line.block]
        base = self.rich_style
        block_style = base + (self._style(block.component) or Style())
        body = block.text[line.start : line.end].rstrip(" \t")
        text = Text(line.prefix, style=base, end="")
        if block.first_indent and line.prefix.endswith(block.first_indent):
            text = Text(line.prefix[: -len(block.first_indent)], style=base, end="")
            text.append(block.first_indent, block_style)
        offset = len(text.plain)
        text.append(body, block_style)
        line_end = line.start + len(body)
        for start, end, style_name in self._painted.within(line.block, line.start, line_end):
            if end <= line.start or start >= line_end:
                continue
            style = self._style(style_name)
            if style is not None:
                text.stylize(
                    style,
                    offset + max(start, line.start) - line.start,
                    offset + min(end, line_end) - line.start,
                )
        if selected is not None:
            start, end = selected
            text.stylize(
                self.screen.get_component_rich_style("screen--selection"),
                max(start, offset),
                len(text.plain) if end < 0 else end,
            )
        segments = list(text.render(self.app.console))
        return Strip(segments).extend_cell_length(width, base).crop(0, width)
