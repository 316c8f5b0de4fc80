"""A virtualised list with a cursor: the plumbing the sidebar's list and the bookmarks list share.

A `ListView` builds one widget per row (300 rows took ~0.9 s to first frame), and even `OptionList` measures
every option's height up front. A `CursorList` is a `ScrollView` whose `render_line` draws only the visible
lines: its items are whatever the subclass keeps in a list, each `item_height` lines tall, so tens of
thousands of them cost a list. The base owns the cursor (which items it may land on, moving it by line,
screenful and to either end, keeping it in view, the mouse), the cache of drawn lines and what clears it
(focus, size, theme); a subclass says how many items there are, which the cursor can land on and how one
line of an item is drawn, and what happens when the cursor moves or an item is clicked.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.app.widgets.scrolling import set_scroll_size
from reader.app.widgets.styling import ComponentStyles
from reader.app.wrap import ellipsis

LIST_MOTION_BINDINGS: list[BindingType] = [
    Binding("j,down", "cursor_down", "Next in list", show=False, id="down"),
    Binding("k,up", "cursor_up", "Previous in list", show=False, id="up"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="page_down"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="page_up"),
    Binding("g,home", "first", "First", show=False, id="top"),
    Binding("G,end", "last", "Last", show=False, id="bottom"),
]
"""Cursor keys shared by the lists (articles, bookmarks); the same ids rebind both."""


class CursorList(ScrollView, can_focus=True):
    """Items of `item_height` lines, drawn only where visible, with a cursor on one of them (or none)."""

    BINDINGS: ClassVar[list[BindingType]] = LIST_MOTION_BINDINGS

    item_height: ClassVar[int] = 1
    """Lines per item."""
    cursor_lines: ClassVar[int] = 1
    """Lines of an item that the cursor paints and keeps in view (the rest is spacing)."""

    def __init__(
        self, *, ambiguous_wide: bool = False, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.ambiguous_wide = ambiguous_wide
        self._part = ComponentStyles(self)
        self._ellipsis = ellipsis(ambiguous_wide)
        self._cursor: int | None = None
        self._cache: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(1024)
        self._base: Style | None = None

    @property
    def base_style(self) -> Style:
        """The widget's own Rich style, under every line (kept with the drawn lines: `rich_style` walks
        the ancestors each time, a third of drawing a line)."""
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def clear_drawn(self) -> None:
        """Forget the drawn lines (and the base style): the contents, size, focus or styles changed."""
        self._cache.clear()
        self._base = None

    # -- what a subclass provides -----------------------------------------------------------------

    @property
    def item_count(self) -> int:
        """How many items there are."""
        raise NotImplementedError

    def can_select(self, item: int) -> bool:
        """Can the cursor land on `item`? (Every item, unless the subclass says otherwise.)"""
        return True

    def render_item_line(self, item: int, line: int, width: int, is_cursor: bool) -> Strip:
        """Line `line` of `item`, `width` cells wide (`is_cursor`: painted as the cursor)."""
        raise NotImplementedError

    def render_empty_line(self, y: int, width: int) -> Strip:
        """Line `y` of the list while it has no items (blank unless the subclass says something)."""
        return Strip.blank(width, self.base_style)

    def cursor_span(self, item: int) -> tuple[int, int]:
        """First and last line to keep in view when the cursor is on `item`."""
        top = item * self.item_height
        return top, top + self.cursor_lines - 1

    def cursor_moved(self, item: int) -> None:
        """The user moved the cursor to `item` (keys or mouse): a subclass posts its message here."""

    def item_clicked(self, item: int, chain: int) -> None:
        """`item` was clicked (`chain`: 2 for a double click); the cursor is on it already if it can be."""

    # -- contents ---------------------------------------------------------------------------------

    def contents_changed(self) -> None:
        """Call after the items changed: forget drawn lines, size the scroll area, keep the cursor in view."""
        self.clear_drawn()
        self._set_height(self.item_count * self.item_height)
        self.scroll_cursor_visible()
        self.refresh()

    def _set_height(self, height: int) -> None:
        """Make the scroll area `height` lines tall, without a layout of the whole screen."""
        set_scroll_size(self, Size(self.size.width, height))

    # -- cursor -----------------------------------------------------------------------------------

    def step(self, start: int, direction: int) -> int | None:
        """The first item the cursor can land on from `start` (excluded) in `direction`, or None."""
        item = start + direction
        count = self.item_count
        while 0 <= item < count:
            if self.can_select(item):
                return item
            item += direction
        return None

    def set_cursor(self, item: int | None, announce: bool = True) -> None:
        """Put the cursor on `item`, repaint both lines and scroll it into view; `announce`: tell the
        subclass (`cursor_moved`), as for a move by the user."""
        if item is None or item == self._cursor:
            return
        previous, self._cursor = self._cursor, item
        if previous is not None:
            self.refresh_item(previous)
        self.refresh_item(item)
        self.scroll_cursor_visible()
        if announce:
            self.cursor_moved(item)

    def refresh_item(self, item: int) -> None:
        """Repaint one item if it is on screen."""
        y = item * self.item_height - self.scroll_offset.y
        if -self.item_height < y < self.size.height:
            self.refresh(Region(0, y, self.size.width, self.item_height))

    def scroll_cursor_visible(self) -> None:
        """Scroll the cursor's item into view (nothing before the list is mounted)."""
        if self._cursor is None or not self.is_mounted:
            return
        top, bottom = self.cursor_span(self._cursor)
        self.scroll_to_region(Region(0, top, 1, bottom - top + 1), animate=False, force=True, immediate=True)

    @property
    def page_items(self) -> int:
        """Items in a screenful, less one (what page up/down moves by)."""
        return max(self.scrollable_content_region.height // self.item_height - 1, 1)

    def action_cursor_down(self) -> None:
        """Move to the next item."""
        if self._cursor is None:
            self.action_first()
        else:
            self.set_cursor(self.step(self._cursor, 1))

    def action_cursor_up(self) -> None:
        """Move to the previous item."""
        if self._cursor is None:
            self.action_first()
        else:
            self.set_cursor(self.step(self._cursor, -1))

    def action_first(self) -> None:
        """Move to the first item."""
        self.set_cursor(self.step(-1, 1))

    def action_last(self) -> None:
        """Move to the last item."""
        self.set_cursor(self.step(self.item_count, -1))

    def _page(self, direction: int) -> None:
        if self._cursor is None:
            self.action_first()
            return
        count = self.item_count
        target = min(max(self._cursor + direction * self.page_items, 0), count - 1)
        item = target if self.can_select(target) else self.step(target, direction)
        if item is None:
            item = self.step(target, -direction)
        self.set_cursor(item)

    def action_page_down(self) -> None:
        """Move down a screenful."""
        self._page(1)

    def action_page_up(self) -> None:
        """Move up a screenful."""
        self._page(-1)

    async def on_click(self, event: events.Click) -> None:
        item = (event.y + self.scroll_offset.y) // self.item_height
        if 0 <= item < self.item_count:
            if self.can_select(item):
                self.set_cursor(item)
            self.item_clicked(item, event.chain)

    # -- rendering --------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._part.clear()
        self.clear_drawn()
        super().notify_style_update()

    def on_resize(self, event: events.Resize) -> None:
        self.clear_drawn()
        set_scroll_size(self, Size(event.size.width, self.item_count * self.item_height))
        # a shorter list (the terminal shrank) keeps its top: the cursor's item could fall below its foot
        self.scroll_cursor_visible()

    def on_focus(self, event: events.Focus) -> None:
        self.clear_drawn()
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self.clear_drawn()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        number = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        count = self.item_count
        if not count:
            return self.render_empty_line(number, width)
        item, line = divmod(number, self.item_height)
        if not 0 <= item < count:
            return Strip.blank(width, self.base_style)
        is_cursor = item == self._cursor and line < self.cursor_lines
        key = (number, width, is_cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self.render_item_line(item, line, width, is_cursor)
            self._cache[key] = strip
        return strip
