"""The reading pane: one article laid out as a newspaper sets it, wrapped with reader.app.wrap.

A `ScrollView` with `render_line` (as toolong does): the article is broken into lines once per width (again
on resize), and only visible lines are turned into strips, through an LRU cache.

Highlights are layers of `Highlight(start, end, style)` spans with offsets into `article.text` (the body,
paragraphs joined by newlines: the offsets bookmarks and search hits use), or with `field` set, into
the article's kicker, headline or subtitle (search hits in the titles). A style is a component class
(`reading--keyword`, `reading--search` … so a theme restyles it from TCSS) or a Rich style string (user rules
from the config file). Layers are painted in `LAYERS` order, later over earlier; other widgets add their own
with `set_highlights("search", …)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Literal, NamedTuple

from rich.cells import cell_len
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

from reader.app.widgets.scrolling import set_scroll_size
from reader.app.widgets.styling import ComponentStyles
from reader.app.wrap import PARAGRAPH_INDENT, break_lines, to_display
from reader.model import Article

LAYERS: tuple[str, ...] = ("keywords", "rules", "entities", "bookmarks", "search", "passage")
"""Highlight layers, painted in this order (a later layer's style wins where they overlap)."""

PHOTO_LABEL = "〔图片〕"


Align = Literal["left", "center"]


class Highlight(NamedTuple):
    """A span of `article.text[start:end]` to paint with `style` (component class or Rich style); with
    `field` "kicker", "headline" or "subtitle", a span of that title instead."""

    start: int
    end: int
    style: str
    field: str = "text"


class _Block(NamedTuple):
    """A run of text laid out as one unit: a headline, the byline, one paragraph."""

    text: str
    """What is shown (after the ambiguous-width substitution)."""
    component: str
    base: int
    """Offset of this block in `article.text`, or -1 for text outside the body."""
    source_length: int
    offsets: list[int] | None
    """Source offset → display offset within the block, when they differ."""
    first_indent: str = ""
    align: Align = "left"
    field: str = ""
    """The article's field shown ("text" for the body, "kicker", "headline", "subtitle"; "" for others)."""


class _Line(NamedTuple):
    block: int
    start: int
    end: int
    prefix: str


def collapse_spaces(text: str) -> tuple[str, list[int]]:
    """`" ".join(text.split())` (how a title is shown), and where each offset of `text` (its end too)
    lands in it: a span `(s, e)` of `text` shows as `(where[s], where[e])`."""
    shown: list[str] = []
    where: list[int] = []
    gap = False
    for char in text:
        if char.isspace():
            gap = bool(shown)
            where.append(len(shown))
            continue
        if gap:
            shown.append(" ")
            gap = False
        where.append(len(shown))
        shown.append(char)
    where.append(len(shown))
    return "".join(shown), where


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
        self._blocks: list[_Block] = []
        self._lines: list[_Line] = []
        self._layout_width = -1
        self._layers: dict[str, list[Highlight]] = {}
        self._block_spans: list[list[tuple[int, int, str]]] = []
        self._spans_lines: list[_Line] | None = None  # the lines last painted in full
        self._styles: dict[str, Style | None] = {}
        self._cache: LRUCache[int, Strip] = LRUCache(512)
        self._pending_scroll: tuple[str, int] | None = None

    # -- public API -------------------------------------------------------------------------------

    def show_article(self, article: Article | None, scroll: int = 0, anchor: int = -1) -> None:
        """Show `article` at line `scroll` (or body offset `anchor` at the top); clears all highlights."""
        self.article = article
        self._message = ""
        self._layers.clear()
        self._blocks = self._build_blocks(article) if article is not None else []
        self._layout_width = -1
        self._relayout(keep_position=False)
        self._pending_scroll = ("anchor", anchor) if anchor >= 0 else ("line", scroll)
        self._apply_pending_scroll()

    def show_message(self, message: str) -> None:
        """Show a line of text instead of an article (loading, nothing to read)."""
        self.article = None
        self._message = message
        self._layers.clear()
        shown = to_display(message, self.ambiguous_wide)[0]
        self._blocks = [_Block(shown, "reading--message", -1, len(message), None, "", "center")]
        self._layout_width = -1
        self._relayout(keep_position=False)
        self._jump(0)

    def set_highlights(self, layer: str, highlights: Iterable[Highlight]) -> None:
        """Replace the spans of one highlight layer (offsets into `article.text`)."""
        self._layers[layer] = sorted(h for h in highlights if h.end > h.start)
        self._compute_block_spans(repaint_changed=True)

    def clear_highlights(self, layer: str | None = None) -> None:
        """Remove one layer, or all of them."""
        if layer is None:
            self._layers.clear()
        else:
            self._layers.pop(layer, None)
        self._compute_block_spans(repaint_changed=True)

    def highlights(self, layer: str) -> list[Highlight]:
        """The spans of one layer."""
        return list(self._layers.get(layer, []))

    @property
    def line_count(self) -> int:
        """Number of laid-out lines."""
        return len(self._lines)

    def line_text(self, index: int) -> str:
        """The text of laid-out line `index`, as shown (prefix included)."""
        line = self._lines[index]
        return line.prefix + self._blocks[line.block].text[line.start : line.end].rstrip(" \t")

    def line_for_offset(self, offset: int) -> int | None:
        """The line showing body offset `offset` of `article.text`, if laid out."""
        for index, line in enumerate(self._lines):
            block = self._blocks[line.block]
            if block.base < 0 or not block.base <= offset <= block.base + block.source_length:
                continue
            shown = self._to_display(block, offset - block.base)
            if line.start <= shown < line.end or (shown == line.end and line.end == len(block.text)):
                return index
        return None

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        """Scroll so that body offset `offset` is in view (at the top with `top`, else centred)."""
        line = self.line_for_offset(offset)
        if line is None:
            return
        height = self.scrollable_content_region.height
        y = line if top else line - height // 2
        self._jump(max(0, y))

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
            return block.base + self._to_source(block, shown)
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
        return block.base + self._to_source(block, line.start) if block.base >= 0 else -1

    # -- layout -----------------------------------------------------------------------------------

    def _build_blocks(self, article: Article) -> list[_Block]:
        wide = self.ambiguous_wide
        blocks: list[_Block] = []

        def add(
            text: str | None, component: str, align: Align = "left", indent: str = "", field: str = ""
        ) -> None:
            if text:
                collapsed, where = collapse_spaces(text)
                shown, offsets = to_display(collapsed, wide)
                if offsets is not None:
                    where = [offsets[w] for w in where]
                blocks.append(_Block(shown, component, -1, len(text), where, indent, align, field))

        def blank() -> None:
            blocks.append(_Block("", "reading--body", -1, 0, None))

        photo = article.kind == "photo"
        if photo:
            label = PHOTO_LABEL + (" " + article.byline if article.byline else "")
            add(label, "reading--photo-label")
            if article.kicker or article.headline or article.subtitle:
                blank()
        add(article.kicker, "reading--kicker", "center", field="kicker")
        add(article.headline, "reading--headline", "center", field="headline")
        add(article.subtitle, "reading--subtitle", "center", field="subtitle")
        if not photo and article.byline:
            if blocks:
                blank()
            add(article.byline, "reading--byline", indent=PARAGRAPH_INDENT)
        if blocks:
            blank()
        base = 0
        component = "reading--photo" if photo else "reading--body"
        for number, paragraph in enumerate(article.paragraphs):
            if number and self.paragraph_gap:
                for _ in range(self.paragraph_gap):
                    blank()
            shown, offsets = to_display(paragraph, wide)
            blocks.append(
                _Block(shown, component, base, len(paragraph), offsets, PARAGRAPH_INDENT, field="text")
            )
            base += len(paragraph) + 1
        return blocks

    def _relayout(self, keep_position: bool = True) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            self._lines = []
            set_scroll_size(self, Size(0, 0))
            return
        if width == self._layout_width:
            return
        anchor = self._top_anchor() if keep_position else None
        self._layout_width = width
        measure = min(width, max(self.measure, 2))
        margin = " " * ((width - measure) // 2)
        lines: list[_Line] = []
        for index, block in enumerate(self._blocks):
            if not block.text:
                lines.append(_Line(index, 0, 0, margin))
                continue
            indent_width = cell_len(block.first_indent)
            first = measure - indent_width if indent_width < measure else 0
            spans = break_lines(block.text, measure, first if block.first_indent else None)
            for number, (start, end) in enumerate(spans):
                prefix = margin + (block.first_indent if number == 0 else "")
                if block.align == "center":
                    shown = cell_len(block.text[start:end].rstrip(" \t"))
                    prefix = margin + " " * max((measure - shown) // 2, 0)
                lines.append(_Line(index, start, end, prefix))
        self._lines = lines
        self._compute_block_spans()
        set_scroll_size(self, Size(width, len(lines)))  # no layout of the whole screen
        if anchor is not None:
            self._restore_anchor(anchor)

    def _top_anchor(self) -> tuple[int, int] | None:
        top = int(self.scroll_y)
        if not self._lines or top <= 0 or top >= len(self._lines):
            return None
        line = self._lines[top]
        return line.block, line.start

    def _restore_anchor(self, anchor: tuple[int, int]) -> None:
        block, start = anchor
        for index, line in enumerate(self._lines):
            if line.block == block and line.start <= start < max(line.end, line.start + 1):
                self._jump(index)
                return

    def _apply_pending_scroll(self) -> None:
        if self._pending_scroll is None or not self._lines:
            return
        kind, value = self._pending_scroll
        self._pending_scroll = None
        if kind == "anchor":
            self.scroll_to_offset(value, top=True)
        else:
            self._jump(value)

    @staticmethod
    def _to_display(block: _Block, source: int) -> int:
        if block.offsets is None:
            return source
        return block.offsets[min(max(source, 0), len(block.offsets) - 1)]

    @staticmethod
    def _to_source(block: _Block, shown: int) -> int:
        if block.offsets is None:
            return shown
        for source, position in enumerate(block.offsets):
            if position >= shown:
                return source
        return block.source_length

    def _compute_block_spans(self, repaint_changed: bool = False) -> None:
        """Paint the highlight layers onto the blocks; `repaint_changed`: only the lines of blocks whose
        highlights changed are drawn again (the lines are those the last paint was for)."""
        spans: list[list[tuple[int, int, str]]] = [[] for _ in self._blocks]
        for layer in sorted(
            self._layers, key=lambda name: (LAYERS.index(name) if name in LAYERS else 99, name)
        ):
            for highlight in self._layers[layer]:
                for index, block in enumerate(self._blocks):
                    if block.field != highlight.field:
                        continue
                    base = max(block.base, 0)  # a title's offsets are its own
                    start = max(highlight.start, base) - base
                    end = min(highlight.end, base + block.source_length) - base
                    if start < end:
                        spans[index].append(
                            (self._to_display(block, start), self._to_display(block, end), highlight.style)
                        )
        previous, self._block_spans = self._block_spans, spans
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
        for number, line in enumerate(self._lines):
            if line.block in blocks:
                self._cache.discard(number)
                if 0 <= number - top < height:
                    self.refresh(Region(0, number - top, width, 1))

    # -- actions ----------------------------------------------------------------------------------

    def _jump(self, y: float) -> None:
        # force: right after new content is set, the scroll bars (and so "may scroll") are not updated yet
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def action_line_down(self) -> None:
        """Scroll down one line."""
        self._jump(self.scroll_y + 1)

    def action_line_up(self) -> None:
        """Scroll up one line."""
        self._jump(self.scroll_y - 1)

    def action_page_down(self) -> None:
        """Scroll down a screenful, keeping one line of context."""
        self._jump(self.scroll_y + max(self.scrollable_content_region.height - 1, 1))

    def action_page_up(self) -> None:
        """Scroll up a screenful, keeping one line of context."""
        self._jump(self.scroll_y - max(self.scrollable_content_region.height - 1, 1))

    def action_top(self) -> None:
        """Scroll to the top of the article."""
        self._jump(0)

    def action_bottom(self) -> None:
        """Scroll to the end of the article."""
        self._jump(self.max_scroll_y)

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
        for start, end, style_name in self._block_spans[line.block] if self._block_spans else ():
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
