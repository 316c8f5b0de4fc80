"""The list of the bookmarks screen: one bookmark per `ENTRY_HEIGHT` lines, drawn only where visible.

Like the article list, a `CursorList` (reader.app.widgets.cursor_list) rather than a widget per bookmark,
so ten thousand bookmarks cost a list of entries. Each entry shows the headline and source, the quote, and the
note, tags and time (a long note cut before the tags and time, not they after it), every line cut by cell
width (`reader.app.wrap.truncate`), never by character count.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.message import Message
from textual.strip import Strip

from reader.app.shelf import Entry
from reader.app.widgets.cursor_list import LIST_MOTION_BINDINGS, CursorList
from reader.app.wrap import display_text, truncate
from reader.bookmarks.export import date_text, page_no_text

ENTRY_HEIGHT = 4
"""Lines per bookmark: headline, quote, note and tags, then a blank line."""

STATUS_LABELS = {"orphan": "[原文已不见 orphaned] ", "closed": "[页面未打开 page not open] "}

INDENT = "   "

NOTE_AT_LEAST = 8
"""Cells a note keeps however long its tags (on a narrow list the tags and the time are cut after it)."""


def source_of(entry: Entry) -> str:
    """Paper, date and page of a bookmark, as far as known: where the library says its page is printed
    now (`Entry.cited`)."""
    bookmark = entry.cited
    page_no = page_no_text(bookmark.page_no)
    parts = (bookmark.paper, date_text(bookmark.date), page_no and f"第{page_no}版")
    return " ".join(p for p in parts if p)


def one_line(text: str) -> str:
    """Whitespace (paragraph breaks too) squeezed to single spaces."""
    return " ".join(text.split())


class BookmarkList(CursorList):
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

    item_height = ENTRY_HEIGHT
    cursor_lines = ENTRY_HEIGHT - 1

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
        super().__init__(ambiguous_wide=ambiguous_wide, id=id, classes=classes)
        self.empty_text = empty_text
        self._entries: list[Entry] = []

    # -- contents ---------------------------------------------------------------------------------

    @property
    def entries(self) -> Sequence[Entry]:
        """The bookmarks shown (read-only)."""
        return self._entries

    @property
    def cursor(self) -> int:
        """Index of the entry under the cursor (0 when the list is empty)."""
        return self._cursor or 0

    @property
    def current(self) -> Entry | None:
        """The entry under the cursor, if any."""
        return self._entries[self.cursor] if self._entries else None

    def set_entries(self, entries: Sequence[Entry], keep: str | None = None, empty_text: str = "") -> None:
        """Replace the contents; the cursor stays on bookmark `keep` when it is still listed, else the top."""
        self._entries = list(entries)
        self.empty_text = empty_text or self.empty_text
        ids = [e.bookmark.id for e in self._entries]
        self._cursor = (ids.index(keep) if keep in ids else 0) if ids else None
        self.contents_changed()

    def move_cursor(self, index: int) -> None:
        """Put the cursor on entry `index` (clamped) and scroll it into view."""
        if not self._entries:
            return
        self.set_cursor(min(max(index, 0), len(self._entries) - 1))
        self.scroll_cursor_visible()

    # -- the base list's hooks --------------------------------------------------------------------

    @property
    def item_count(self) -> int:
        return len(self._entries)

    def item_clicked(self, item: int, chain: int) -> None:
        if chain >= 2:
            self.post_message(self.Chosen(self._entries[item]))

    def render_empty_line(self, y: int, width: int) -> Strip:
        if y == 0 and self.empty_text:
            style = self.base_style + self._style("empty")
            text = truncate(" " + display_text(self.empty_text, self.ambiguous_wide), width, self._ellipsis)
            return Strip([Segment(text, style)]).extend_cell_length(width, self.base_style)
        return Strip.blank(width, self.base_style)

    def render_item_line(self, item: int, line: int, width: int, is_cursor: bool) -> Strip:
        return self._render_line(self._entries[item], line, width, is_cursor)

    # -- rendering --------------------------------------------------------------------------------

    def _style(self, name: str, over: str | None = None) -> Style:
        return self._part(f"bookmark-list--{name}", over and f"bookmark-list--{over}")

    def _render_line(self, entry: Entry, line: int, width: int, is_cursor: bool) -> Strip:
        base = self.base_style
        cursor = None
        if is_cursor:
            cursor = "cursor" if self.has_focus else "cursor-blurred"
            base = base + self._style(cursor)
        if line >= ENTRY_HEIGHT - 1:
            return Strip.blank(width, self.base_style)
        bookmark = entry.bookmark
        wide = self.ambiguous_wide
        parts: list[tuple[str, Style]] = []
        if line == 0:
            parts.append((" ", base))
            if entry.status in STATUS_LABELS:
                parts.append((STATUS_LABELS[entry.status], base + self._style(entry.status, cursor)))
            parts.append(
                (
                    display_text(one_line(bookmark.headline) or "[无题]", wide),
                    base + self._style("headline", cursor),
                )
            )
            source = source_of(entry)
            if source:
                parts.append(("  " + display_text(source, wide), base + self._style("source", cursor)))
        elif line == 1:
            quote = display_text(f"「{one_line(bookmark.quote)}」", wide)
            parts.append((INDENT + quote, base + self._style("quote", cursor)))
        else:
            parts.append((INDENT, base))
            tags = (
                display_text(" ".join(f"#{tag}" for tag in bookmark.tags), wide) + "  "
                if bookmark.tags
                else ""
            )
            when = _when(bookmark.created_at)
            if bookmark.note:
                # the note gives way to the tags and the time after it (a long note hid them both): cut to
                # the room they leave, but never under NOTE_AT_LEAST cells
                room = width - cell_len(INDENT) - cell_len(tags) - cell_len(when) - 2
                note = truncate(
                    display_text(one_line(bookmark.note), wide), max(room, NOTE_AT_LEAST), self._ellipsis
                )
                parts.append((note + "  ", base + self._style("note", cursor)))
            if tags:
                parts.append((tags, base + self._style("tags", cursor)))
            # the time whole or not at all: cut, "2026-1…" said nothing (a long note at 80 columns)
            if cell_len(when) <= width - sum(cell_len(text) for text, _ in parts):
                parts.append((when, base + self._style("time", cursor)))
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
