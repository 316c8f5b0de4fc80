"""The sidebar: every article, grouped under its page, as a virtualised list.

A `ListView` builds one widget per row (300 rows took ~0.9 s to first frame), and even `OptionList` measures
every option's height up front. Each row here is exactly one line, so this is a `ScrollView` whose
`render_line` draws only the visible rows: 30,000 articles cost a list of tuples, and replacing the contents
(search results, bookmarks) is one `set_rows` call.

Search results use two more things: `Row.marks` (spans of the label drawn as `article-list--match`) and
rows of kind "snippet", a line of context under a result that the cursor skips; a snippet is cut by cell
width around its first mark, so the hit stays in view however narrow the sidebar is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Literal, NamedTuple

from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.app.widgets.styling import ComponentStyles
from reader.app.wrap import display_text, ellipsis, truncate
from reader.model import Article, Page

RowKind = Literal["page", "article", "photo", "snippet"]

PHOTO_TAG = "图"
UNCERTAIN_TAG = "?"
"""Marks a row whose boundary or title the segmenter is unsure of (one cell, where a space stands)."""


class Row(NamedTuple):
    """One line of the list: a page heading (`article == -1`) or an article (its index in the app's list).

    A "snippet" row is a line of context under an article's row (same `article`); the cursor skips it.
    """

    label: str
    article: int
    kind: RowKind
    marks: tuple[tuple[int, int], ...] = ()
    """Sorted spans of `label` to emphasise (search hits)."""
    uncertain: bool = False
    """The segmenter is unsure of this article's boundary or title: a dim `?` in the row's first cell."""


def selectable(row: Row) -> bool:
    """Can the cursor land on `row`? (Articles, not headings or snippets.)"""
    return row.article >= 0 and row.kind != "snippet"


Piece = tuple[str, bool]
"""A run of text and whether it is marked."""


def fit_marked(
    label: str, marks: Sequence[tuple[int, int]], width: int, ellipsis: str = "…", around: bool = False
) -> list[Piece]:
    """`label` cut to `width` cells (by cell width), as runs of marked and unmarked text.

    With `around`, a label too wide is cut at the start as well, so that its first mark shows with about a
    quarter of the width of context before it; cuts are marked with `ellipsis`.
    """
    if width <= 0:
        return []
    mark_width = cell_len(ellipsis)
    start = 0
    if around and marks and cell_len(label) > width:
        first = min(marks[0][0], len(label))
        lead = max(width // 4, mark_width + 1)
        start = first
        used = 0
        while start > 0 and used + get_character_cell_size(label[start - 1]) <= lead - mark_width:
            start -= 1
            used += get_character_cell_size(label[start])
        # near the end of the label: use the room that would otherwise be left blank
        while start > 0 and cell_len(label[start - 1 :]) + mark_width <= width:
            start -= 1
        if start == 1 and label[0] == ellipsis:
            start = 0
    head = ellipsis if start > 0 else ""
    room = width - cell_len(head)
    shown = label[start:]
    tail = ""
    if cell_len(shown) > room:
        tail = ellipsis
        room -= mark_width
        used = 0
        for n, char in enumerate(shown):
            used += get_character_cell_size(char)
            if used > room:
                shown = shown[:n]
                break
    if room < 0:
        return []
    flags = bytearray(len(shown))
    for mark_start, mark_end in marks:
        for i in range(max(mark_start - start, 0), min(mark_end - start, len(shown))):
            flags[i] = 1
    pieces: list[Piece] = [(head, False)] if head else []
    run_start = 0
    for i in range(1, len(shown) + 1):
        if i == len(shown) or flags[i] != flags[run_start]:
            pieces.append((shown[run_start:i], bool(flags[run_start])))
            run_start = i
    if tail:
        pieces.append((tail, False))
    return pieces


def page_heading(page: Page) -> str:
    """How a page is named in the list: paper, date, page number and section where known, else its file."""
    meta = page.meta
    parts = [meta.paper, meta.date]
    if meta.page_no:
        parts.append(f"第{meta.page_no}版" if meta.page_no.isdigit() else meta.page_no)
    parts.append(meta.section)
    known = [p for p in parts if p]
    if not meta.paper:
        known.insert(0, page.name.rsplit(".", 1)[0])
    return "  ".join(known)


def rows_for_pages(pages: Sequence[Page], ambiguous_wide: bool = False) -> list[Row]:
    """Rows for every article of `pages`, under a heading per page; articles are numbered across pages."""
    rows: list[Row] = []
    index = 0
    for page in pages:
        rows.append(Row(display_text(page_heading(page), ambiguous_wide), -1, "page"))
        for article in page.articles:
            rows.append(row_for_article(article, index, ambiguous_wide))
            index += 1
    return rows


LIST_TITLE_CELLS = 120
"""Cells of an article's row label before the list cuts it to its width (a full-width sidebar)."""


def list_title(article: Article) -> str:
    """An article's label in the list: its short title (a photo: its caption's first sentence)."""
    return article.short_title(LIST_TITLE_CELLS)


def row_for_article(article: Article, index: int, ambiguous_wide: bool = False) -> Row:
    """The row for one article (`index` is its position in the app's article list)."""
    label = list_title(article)
    kind: RowKind = "photo" if article.kind == "photo" else "article"
    # an article the reader has corrected is the reader's own answer: no longer marked unsure
    uncertain = article.uncertain and not article.corrected
    return Row(display_text(label, ambiguous_wide), index, kind, uncertain=uncertain)


LIST_MOTION_BINDINGS: list[BindingType] = [
    Binding("j,down", "cursor_down", "Next in list", show=False, id="down"),
    Binding("k,up", "cursor_up", "Previous in list", show=False, id="up"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="page_down"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="page_up"),
    Binding("g,home", "first", "First", show=False, id="top"),
    Binding("G,end", "last", "Last", show=False, id="bottom"),
]
"""Cursor keys shared by the lists (articles, bookmarks); the same ids rebind both."""


class ArticleList(ScrollView, can_focus=True):
    """A one-line-per-row list of page headings and articles with a cursor that only lands on articles."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--page",
        "article-list--article",
        "article-list--photo",
        "article-list--photo-tag",
        "article-list--uncertain",
        "article-list--cursor",
        "article-list--cursor-blurred",
        "article-list--snippet",
        "article-list--match",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_MOTION_BINDINGS,
        Binding("enter", "choose", "Read", show=False, id="choose"),
    ]

    class Highlighted(Message):
        """The cursor moved to an article (by key or mouse)."""

        def __init__(self, article: int) -> None:
            self.article = article
            super().__init__()

    class Chosen(Message):
        """An article was chosen (enter or click): the reader should take the focus."""

        def __init__(self, article: int) -> None:
            self.article = article
            super().__init__()

    def __init__(
        self, *, ambiguous_wide: bool = False, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._part = ComponentStyles(self)
        self._ellipsis = ellipsis(ambiguous_wide)
        self._rows: list[Row] = []
        self._row_of_article: dict[int, int] = {}
        self._cursor: int | None = None
        self._all_rows: list[Row] | None = None
        self._cache: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(1024)

    # -- contents ---------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[Row]:
        """The rows shown (read-only)."""
        return self._rows

    @property
    def cursor_row(self) -> int | None:
        """Index of the row under the cursor."""
        return self._cursor

    @property
    def current_article(self) -> int | None:
        """The article under the cursor, if any."""
        return None if self._cursor is None else self._rows[self._cursor].article

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the contents; the cursor stays on the same article when it is still listed."""
        keep = self.current_article
        self._rows = list(rows)
        self._row_of_article = {row.article: n for n, row in enumerate(self._rows) if selectable(row)}
        self._cursor = None
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self._rows))
        if keep is not None and keep in self._row_of_article:
            self._cursor = self._row_of_article[keep]
        elif self._row_of_article:
            self._cursor = min(self._row_of_article.values())
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self._scroll_cursor_visible()
        self.refresh()

    def show_results(self, rows: Sequence[Row]) -> None:
        """Show search results instead of every article (`show_all` brings the full list back)."""
        if self._all_rows is None:
            self._all_rows = self._rows
        self.set_rows(rows)

    def show_all(self) -> bool:
        """Back to the full list after `show_results`; False when it was shown already."""
        if self._all_rows is None:
            return False
        rows, self._all_rows = self._all_rows, None
        self.set_rows(rows)
        return True

    @property
    def showing_results(self) -> bool:
        """Are search results shown instead of the full list?"""
        return self._all_rows is not None

    def listed_articles(self) -> set[int]:
        """The articles the cursor can land on."""
        return set(self._row_of_article)

    def select_article(self, article: int) -> None:
        """Put the cursor on `article` (no message is sent: the caller already knows)."""
        row = self._row_of_article.get(article)
        if row is not None and row != self._cursor:
            self._move_cursor(row, announce=False)

    # -- cursor -----------------------------------------------------------------------------------

    def _step(self, start: int, direction: int) -> int | None:
        row = start + direction
        while 0 <= row < len(self._rows):
            if selectable(self._rows[row]):
                return row
            row += direction
        return None

    def _move_cursor(self, row: int | None, announce: bool = True) -> None:
        if row is None or row == self._cursor:
            return
        previous, self._cursor = self._cursor, row
        self._cache.clear()
        if previous is not None:
            self.refresh_line(previous)
        self.refresh_line(row)
        self._scroll_cursor_visible()
        if announce:
            self.post_message(self.Highlighted(self._rows[row].article))

    def refresh_line(self, row: int) -> None:
        """Repaint one row if it is on screen."""
        y = row - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _scroll_cursor_visible(self) -> None:
        if self._cursor is None or not self.is_mounted:
            return
        top = bottom = self._cursor
        # keep the page heading in view when the cursor is on the first article of a page
        if top > 0 and self._rows[top - 1].article < 0:
            top -= 1
        # and a search result's snippet line under it
        if bottom + 1 < len(self._rows) and self._rows[bottom + 1].kind == "snippet":
            bottom += 1
        self.scroll_to_region(Region(0, top, 1, bottom - top + 1), animate=False, force=True, immediate=True)

    def action_cursor_down(self) -> None:
        """Move to the next article."""
        if self._cursor is None:
            self.action_first()
        else:
            self._move_cursor(self._step(self._cursor, 1))

    def action_cursor_up(self) -> None:
        """Move to the previous article."""
        if self._cursor is None:
            self.action_first()
        else:
            self._move_cursor(self._step(self._cursor, -1))

    def action_first(self) -> None:
        """Move to the first article."""
        self._move_cursor(self._step(-1, 1))

    def action_last(self) -> None:
        """Move to the last article."""
        self._move_cursor(self._step(len(self._rows), -1))

    def _page(self, direction: int) -> None:
        if self._cursor is None:
            self.action_first()
            return
        height = max(self.scrollable_content_region.height - 1, 1)
        target = min(max(self._cursor + direction * height, 0), len(self._rows) - 1)
        row = target if selectable(self._rows[target]) else self._step(target, direction)
        if row is None:
            row = self._step(target, -direction)
        self._move_cursor(row)

    def action_page_down(self) -> None:
        """Move down a screenful."""
        self._page(1)

    def action_page_up(self) -> None:
        """Move up a screenful."""
        self._page(-1)

    def action_choose(self) -> None:
        """Open the article under the cursor in the reader."""
        if self.current_article is not None:
            self.post_message(self.Chosen(self.current_article))

    async def on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self._rows) and self._rows[row].kind == "snippet":
            row = self._row_of_article.get(self._rows[row].article, -1)
        if 0 <= row < len(self._rows) and selectable(self._rows[row]):
            self._move_cursor(row)
            self.post_message(self.Chosen(self._rows[row].article))

    # -- rendering --------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._part.clear()
        self._cache.clear()
        super().notify_style_update()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, len(self._rows))

    def on_focus(self, event: events.Focus) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._cache.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        row_index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if not 0 <= row_index < len(self._rows):
            return Strip.blank(width, self.rich_style)
        is_cursor = row_index == self._cursor
        key = (row_index, width, is_cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(self._rows[row_index], width, is_cursor)
            self._cache[key] = strip
        return strip

    def _render_row(self, row: Row, width: int, is_cursor: bool) -> Strip:
        base = self.rich_style
        if row.kind == "page":
            style = base + self._part("article-list--page")
            segments = [Segment(truncate(row.label, width, self._ellipsis), style)]
        elif row.kind == "snippet":
            style = base + self._part("article-list--snippet")
            segments = [Segment("  ", style)]
            segments += self._marked(row, max(width - 2, 0), style, around=True)
        else:
            component = "article-list--photo" if row.kind == "photo" else "article-list--article"
            style = base + self._part(component)
            cursor = None
            if is_cursor:
                cursor = "article-list--cursor" if self.has_focus else "article-list--cursor-blurred"
                style += self._part(cursor)
            if row.uncertain:
                segments = [Segment(UNCERTAIN_TAG, style + self._part("article-list--uncertain", cursor))]
            else:
                segments = [Segment(" ", style)]
            room = width - 1
            if row.kind == "photo":
                tag_style: Style = style + self._part("article-list--photo-tag", cursor)
                segments.append(Segment(PHOTO_TAG, tag_style))
                segments.append(Segment(" ", style))
                room -= 3
            if row.marks:
                segments += self._marked(row, max(room, 0), style)
            else:
                segments.append(Segment(truncate(row.label, max(room, 0), self._ellipsis), style))
            return Strip(segments).extend_cell_length(width, style).crop(0, width)
        return Strip(segments).extend_cell_length(width, style).crop(0, width)

    def _marked(self, row: Row, width: int, style: Style, around: bool = False) -> list[Segment]:
        match = style + self._part("article-list--match")
        pieces = fit_marked(row.label, row.marks, width, self._ellipsis, around)
        return [Segment(text, match if marked else style) for text, marked in pieces]
