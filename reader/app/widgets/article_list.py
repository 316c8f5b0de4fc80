"""The sidebar: every article, grouped under its page, as a virtualised list.

A `CursorList` (reader.app.widgets.cursor_list) of one-line rows, drawn only where visible: 30,000 articles
cost a list of tuples, and replacing the contents (search results) is one `set_rows` call.

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
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip

from reader.app.widgets.cursor_list import LIST_MOTION_BINDINGS, CursorList
from reader.app.wrap import display_text, truncate
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


class ArticleList(CursorList):
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
        super().__init__(ambiguous_wide=ambiguous_wide, id=id, classes=classes)
        self._rows: list[Row] = []
        self._row_of_article: dict[int, int] = {}
        self._all_rows: list[Row] | None = None

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
        if keep is not None and keep in self._row_of_article:
            self._cursor = self._row_of_article[keep]
        elif self._row_of_article:
            self._cursor = min(self._row_of_article.values())
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self.contents_changed()

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
        if row is not None:
            self.set_cursor(row, announce=False)

    # -- cursor -----------------------------------------------------------------------------------

    @property
    def item_count(self) -> int:
        return len(self._rows)

    def can_select(self, item: int) -> bool:
        return selectable(self._rows[item])

    def cursor_span(self, item: int) -> tuple[int, int]:
        top = bottom = item
        # keep the page heading in view when the cursor is on the first article of a page
        if top > 0 and self._rows[top - 1].article < 0:
            top -= 1
        # and a search result's snippet line under it
        if bottom + 1 < len(self._rows) and self._rows[bottom + 1].kind == "snippet":
            bottom += 1
        return top, bottom

    def cursor_moved(self, item: int) -> None:
        self.post_message(self.Highlighted(self._rows[item].article))

    def action_choose(self) -> None:
        """Open the article under the cursor in the reader."""
        if self.current_article is not None:
            self.post_message(self.Chosen(self.current_article))

    def item_clicked(self, item: int, chain: int) -> None:
        row = item
        if self._rows[row].kind == "snippet":
            row = self._row_of_article.get(self._rows[row].article, -1)
        if 0 <= row < len(self._rows) and selectable(self._rows[row]):
            self.set_cursor(row)
            self.post_message(self.Chosen(self._rows[row].article))

    # -- rendering --------------------------------------------------------------------------------

    def render_item_line(self, item: int, line: int, width: int, is_cursor: bool) -> Strip:
        return self._render_row(self._rows[item], width, is_cursor)

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
