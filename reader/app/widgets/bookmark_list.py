"""The list of the bookmarks screen: one bookmark per `ENTRY_HEIGHT` lines, drawn only where visible.

Like the article list, a `ScrollView` with `render_line` rather than a widget per bookmark, so ten
thousand bookmarks cost a list of entries. Each entry shows the headline and source, the quote, and the
note and tags, every line cut by cell width (`reader.app.wrap.truncate`), never by character count.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.app.shelf import Entry
from reader.app.widgets.article_list import LIST_MOTION_BINDINGS
from reader.app.widgets.styling import ComponentStyles
from reader.app.wrap import display_text, ellipsis, truncate
from reader.bookmarks.export import date_text, page_no_text

ENTRY_HEIGHT = 4
"""Lines per bookmark: headline, quote, note and tags, then a blank line."""

STATUS_LABELS = {"orphan": "[原文已不见 orphaned] ", "closed": "[页面未打开 page not open] "}

INDENT = "   "


def source_of(entry: Entry) -> str:
    """Paper, date and page of a bookmark, as far as known."""
    bookmark = entry.bookmark
    page_no = page_no_text(bookmark.page_no)
    parts = (bookmark.paper, date_text(bookmark.date), page_no and f"第{page_no}版")
    return " ".join(p for p in parts if p)


def one_line(text: str) -> str:
    """Whitespace (paragraph breaks too) squeezed to single spaces."""
    return " ".join(text.split())


class BookmarkList(ScrollView, can_focus=True):
    """Bookmarks with a cursor; `Chosen` is posted on a double click (enter is the screen's key)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "bookmark-list--headline",
        "bookmark-list--source",
        "bookmark-list--quote",
        "bookmark-list--note",
        "bookmark-list--tags",
        "bookmark-list--time",
        "bookmark-list--orphan",
        "bookmark-list--closed",
        "bookmark-list--empty",
        "bookmark-list--cursor",
        "bookmark-list--cursor-blurred",
    }

    BINDINGS: ClassVar[list[BindingType]] = LIST_MOTION_BINDINGS

    class Chosen(Message):
        """A bookmark was double-clicked: jump to it."""

        def __init__(self, entry: Entry) -> None:
            self.entry = entry
            super().__init__()

    def __init__(
        self,
        *,
        ambiguous_wide: bool = False,
        empty_text: str = "",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._styles = ComponentStyles(self)
        self.ambiguous_wide = ambiguous_wide
        self.empty_text = empty_text
        self._ellipsis = ellipsis(ambiguous_wide)
        self._entries: list[Entry] = []
        self._cursor = 0
        self._cache: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(1024)

    # -- contents ---------------------------------------------------------------------------------

    @property
    def entries(self) -> Sequence[Entry]:
        """The bookmarks shown (read-only)."""
        return self._entries

    @property
    def cursor(self) -> int:
        """Index of the entry under the cursor (0 when the list is empty)."""
        return self._cursor

    @property
    def current(self) -> Entry | None:
        """The entry under the cursor, if any."""
        return self._entries[self._cursor] if self._entries else None

    def set_entries(self, entries: Sequence[Entry], keep: str | None = None, empty_text: str = "") -> None:
        """Replace the contents; the cursor stays on bookmark `keep` when it is still listed, else the top."""
        self._entries = list(entries)
        self.empty_text = empty_text or self.empty_text
        ids = [e.bookmark.id for e in self._entries]
        self._cursor = ids.index(keep) if keep in ids else 0
        self._cache.clear()
        self.virtual_size = Size(self.size.width, max(len(self._entries) * ENTRY_HEIGHT, 1))
        self._scroll_cursor_visible()
        self.refresh()

    # -- cursor -----------------------------------------------------------------------------------

    def move_cursor(self, index: int) -> None:
        """Put the cursor on entry `index` (clamped) and scroll it into view."""
        if not self._entries:
            return
        index = min(max(index, 0), len(self._entries) - 1)
        if index != self._cursor:
            self._cursor = index
            self._cache.clear()
            self.refresh()
        self._scroll_cursor_visible()

    def _scroll_cursor_visible(self) -> None:
        if not self.is_mounted or not self._entries:
            return
        region = Region(0, self._cursor * ENTRY_HEIGHT, 1, ENTRY_HEIGHT - 1)
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    @property
    def _page_entries(self) -> int:
        return max(self.scrollable_content_region.height // ENTRY_HEIGHT - 1, 1)

    def action_cursor_down(self) -> None:
        """Next bookmark."""
        self.move_cursor(self._cursor + 1)

    def action_cursor_up(self) -> None:
        """Previous bookmark."""
        self.move_cursor(self._cursor - 1)

    def action_page_down(self) -> None:
        """A screenful down."""
        self.move_cursor(self._cursor + self._page_entries)

    def action_page_up(self) -> None:
        """A screenful up."""
        self.move_cursor(self._cursor - self._page_entries)

    def action_first(self) -> None:
        """The newest bookmark."""
        self.move_cursor(0)

    def action_last(self) -> None:
        """The oldest bookmark."""
        self.move_cursor(len(self._entries) - 1)

    async def on_click(self, event: events.Click) -> None:
        index = (event.y + self.scroll_offset.y) // ENTRY_HEIGHT
        if 0 <= index < len(self._entries):
            self.move_cursor(index)
            if event.chain >= 2:
                self.post_message(self.Chosen(self._entries[index]))

    # -- rendering --------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._styles.clear()
        self._cache.clear()
        super().notify_style_update()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, max(len(self._entries) * ENTRY_HEIGHT, 1))

    def on_focus(self, event: events.Focus) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._cache.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if not self._entries:
            if row == 0 and self.empty_text:
                style = self.rich_style + self._part("empty")
                text = truncate(
                    " " + display_text(self.empty_text, self.ambiguous_wide), width, self._ellipsis
                )
                return Strip([Segment(text, style)]).extend_cell_length(width, self.rich_style)
            return Strip.blank(width, self.rich_style)
        index, line = divmod(row, ENTRY_HEIGHT)
        if not 0 <= index < len(self._entries):
            return Strip.blank(width, self.rich_style)
        is_cursor = index == self._cursor and line < ENTRY_HEIGHT - 1
        key = (row, width, is_cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_line(self._entries[index], line, width, is_cursor)
            self._cache[key] = strip
        return strip

    def _part(self, name: str, over: str | None = None) -> Style:
        return self._styles(f"bookmark-list--{name}", over and f"bookmark-list--{over}")

    def _render_line(self, entry: Entry, line: int, width: int, is_cursor: bool) -> Strip:
        base = self.rich_style
        cursor = None
        if is_cursor:
            cursor = "cursor" if self.has_focus else "cursor-blurred"
            base = base + self._part(cursor)
        if line >= ENTRY_HEIGHT - 1:
            return Strip.blank(width, self.rich_style)
        bookmark = entry.bookmark
        wide = self.ambiguous_wide
        parts: list[tuple[str, Style]] = []
        if line == 0:
            parts.append((" ", base))
            if entry.status in STATUS_LABELS:
                parts.append((STATUS_LABELS[entry.status], base + self._part(entry.status, cursor)))
            parts.append(
                (
                    display_text(one_line(bookmark.headline) or "[无题]", wide),
                    base + self._part("headline", cursor),
                )
            )
            source = source_of(entry)
            if source:
                parts.append(("  " + display_text(source, wide), base + self._part("source", cursor)))
        elif line == 1:
            quote = display_text(f"「{one_line(bookmark.quote)}」", wide)
            parts.append((INDENT + quote, base + self._part("quote", cursor)))
        else:
            parts.append((INDENT, base))
            if bookmark.note:
                parts.append(
                    (display_text(one_line(bookmark.note), wide) + "  ", base + self._part("note", cursor))
                )
            if bookmark.tags:
                tags = " ".join(f"#{tag}" for tag in bookmark.tags)
                parts.append((display_text(tags, wide) + "  ", base + self._part("tags", cursor)))
            parts.append((_when(bookmark.created_at), base + self._part("time", cursor)))
        segments = []
        room = width
        for text, style in parts:
            if room <= 0:
                break
            shown = truncate(text, room, self._ellipsis)
            segments.append(Segment(shown, style))
            room -= cell_len(shown)
            if shown != text:
                break
        return Strip(segments).extend_cell_length(width, base).crop(0, width)


def _when(created: datetime) -> str:
    """The bookmark's time in the local zone, to the minute."""
    if created.year <= 1:
        return ""
    return created.astimezone().strftime("%Y-%m-%d %H:%M")
