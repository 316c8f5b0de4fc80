"""The sidebar: every article, grouped by paper, date and page, as a virtualised list.

A `CursorList` (reader.app.widgets.cursor_list) of one-line rows, drawn only where visible: 30,000 articles
cost a list of tuples, and replacing the contents (search results) is one call. The rows of the library
come from its `PageTree` (reader.app.widgets.page_tree): group rows (paper, date, page) that open and close
with →/← (l/h) or enter, show their count, and follow the article being read (`select_article`).

Search results use two more things: `Row.marks` (spans of the label drawn as `article-list--match`) and
rows of kind "snippet", a line of context under a result that the cursor skips; a snippet is cut by cell
width around its first mark, so the hit stays in view however narrow the sidebar is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip

from reader.app.widgets.cursor_list import LIST_MOTION_BINDINGS, CursorList
from reader.app.widgets.page_tree import PageTree
from reader.app.widgets.row_fit import fill, fit_marked, fitting_aside, group_aside, in_column
from reader.app.widgets.rows import Row, selectable
from reader.app.wrap import truncate

if TYPE_CHECKING:
    from reader.model import Page

PHOTO_TAG = "图"
UNCERTAIN_TAG = "?"
"""Marks a row whose boundary or title the segmenter is unsure of (one cell, where a space stands)."""
CORRECTED_TAG = "✎"
"""Before an article the reader corrected (as `duba segment --explain` marks it); never beside `?`: a
corrected article is the reader's own reading, not the segmenter's guess."""
OPEN_MARK = "▾"
CLOSED_MARK = "▸"
"""A group's row: open or closed (both one cell wide, also where ambiguous characters are wide)."""


def without_tag(row: Row) -> Row:
    """A photo row whose caption opens with the photo tag, its label after the tag (its marks moved)."""
    cut = len(PHOTO_TAG)
    marks = tuple((max(start - cut, 0), end - cut) for start, end in row.marks if end > cut)
    return row._replace(label=row.label[cut:], marks=marks)


class ArticleList(CursorList):
    """A one-line-per-row list of page headings and articles with a cursor that only lands on articles."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--page",
        "article-list--group",
        "article-list--aside",
        "article-list--article",
        "article-list--photo",
        "article-list--photo-tag",
        "article-list--uncertain",
        "article-list--corrected",
        "article-list--cursor",
        "article-list--cursor-blurred",
        "article-list--snippet",
        "article-list--match",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_MOTION_BINDINGS,
        Binding("enter", "choose", "Read", show=False, id="choose"),
        Binding("l,right", "open_group", "Open/close", key_display="←/→", id="open_group"),
        Binding("h,left", "close_group", "Close group", show=False, id="close_group"),
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
        """Where each article's row is, for rows not from the tree (search results)."""
        self._all_rows: list[Row] | None = None
        self._tree: PageTree | None = None
        self._picked = False
        """The user moved the cursor among the results shown."""

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
        """The article under the cursor, if any (None on a group's row)."""
        if self._cursor is None:
            return None
        article = self._rows[self._cursor].article
        return article if article >= 0 else None

    @property
    def tree(self) -> PageTree | None:
        """The tree of pages shown (None for plain rows)."""
        return self._tree

    def show_pages(self, pages: Sequence[Page], tree: PageTree | None = None) -> None:
        """Show `pages` as the paper → date → page tree (groups stay open or closed as they were); `tree`,
        where the caller built it already (off the UI thread), is theirs."""
        if tree is not None and len(tree.pages) == len(pages) and tree.ambiguous_wide == self.ambiguous_wide:
            self._tree = tree.carry(self._tree)
        else:
            self._tree = PageTree(pages, self.ambiguous_wide, previous=self._tree)
        self._all_rows = None
        self._show(self._tree.rows())
        self.refresh_bindings()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the contents with plain rows (no tree); the cursor stays on the same article when it is
        still listed."""
        self._tree = None
        self._all_rows = None
        self._show(rows)

    def _show(self, rows: Sequence[Row], keep_cursor: bool = True) -> None:
        keep = self.current_article if keep_cursor else None
        self._index(rows)
        self._cursor = self._article_row(keep) if keep is not None else None
        if self._cursor is None and not self._from_tree:
            self._cursor = next((n for n, row in enumerate(self._rows) if selectable(row)), None)
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self.contents_changed()

    @property
    def _from_tree(self) -> bool:
        return self._tree is not None and self._all_rows is None

    def _index(self, rows: Sequence[Row]) -> None:
        self._rows = list(rows)
        # the tree counts where a row is (30,000 rows made a map of them cost ~7 ms a change)
        self._row_of_article = (
            {} if self._from_tree else {row.article: n for n, row in enumerate(self._rows) if selectable(row)}
        )

    def _article_row(self, article: int) -> int | None:
        if self._tree is not None and self._from_tree:
            return self._tree.row_of_article(article)
        return self._row_of_article.get(article)

    def _node_row(self, number: int) -> int | None:
        if self._tree is None or not self._from_tree:
            return None
        return self._tree.row_of_node(self._tree.nodes[number])

    def show_results(self, rows: Sequence[Row], new_query: bool = True) -> None:
        """Show search results instead of every article (`show_all` brings the full list back). The
        cursor goes to the first result (what enter opens); only a result the user moved it to among
        the same query's results keeps it (they are sorted again, the index grew)."""
        if self._all_rows is None:
            self._all_rows = self._rows
            self._picked = False
        if new_query:
            self._picked = False
        self._show(rows, keep_cursor=self._picked)

    def show_all(self) -> bool:
        """Back to the full list after `show_results`; False when it was shown already."""
        if self._all_rows is None:
            return False
        rows, self._all_rows = self._all_rows, None
        self._show(self._tree.rows() if self._tree is not None else rows)
        return True

    @property
    def showing_results(self) -> bool:
        """Are search results shown instead of the full list?"""
        return self._all_rows is not None

    def listed_articles(self) -> set[int]:
        """The articles the cursor can land on."""
        if self._from_tree:
            return {row.article for row in self._rows if row.article >= 0}
        return set(self._row_of_article)

    def results_listed(self) -> int:
        """How many results the list shows (0 when it shows every article)."""
        return len(self._row_of_article) if self.showing_results else 0

    def result_after(self, article: int | None, direction: int) -> int | None:
        """While results are shown: the result after (`direction` 1) or before (-1) `article` in the list,
        or, when `article` is not among them, the one under the cursor; None past either end."""
        if not self.showing_results:
            return None
        results = [row.article for row in self._rows if selectable(row) and row.article >= 0]
        if article in self._row_of_article:
            at = results.index(article) + direction
        else:
            cursor = self.current_article
            at = results.index(cursor) if cursor in results else 0 if direction > 0 else len(results) - 1
        return results[at] if 0 <= at < len(results) else None

    def select_article(self, article: int) -> None:
        """Put the cursor on `article` (no message is sent: the caller already knows). The tree follows:
        the groups holding it open, those opened for the article read before close."""
        tree = self._tree
        if tree is not None and not self.showing_results and tree.reveal(article):
            self._rebuild(article=article)
        row = self._article_row(article)
        if row is not None:
            self.set_cursor(row, announce=False)

    # -- the tree ---------------------------------------------------------------------------------

    def _rebuild(self, article: int | None = None, node: int | None = None) -> None:
        """Rows again from the tree (a group opened or closed); the cursor goes to `article` or group
        `node`, else stays on its row's article or group, at the same height on screen."""
        assert self._tree is not None
        screen_y: int | None = None
        if self._cursor is not None:
            row = self._rows[self._cursor]
            if 0 <= self._cursor - self.scroll_offset.y < self.size.height:
                screen_y = self._cursor - self.scroll_offset.y
            if article is None and node is None:
                if row.kind == "group":
                    node = row.node
                else:
                    article = row.article
        self._index(self._tree.rows())
        target = None
        if node is not None:
            target = self._node_row(node)
        elif article is not None:
            target = self._article_row(article)
            if target is None:  # hidden in a closed group: its row instead
                leaf = self._tree.leaf_of(article)
                while leaf is not None and leaf is not self._tree.heading and target is None:
                    target = self._node_row(leaf.number)
                    leaf = leaf.parent
        if target is None and self._rows:
            target = self.step(-1, 1)
        self._cursor = target
        if target is not None and screen_y is not None and self.is_mounted:
            # the rows above changed: keep the cursor's row where it was on screen
            self._set_height(len(self._rows))
            self.scroll_to(y=max(target - screen_y, 0), animate=False, immediate=True, force=True)
        self.contents_changed()

    def _group_at_cursor(self) -> Row | None:
        if self._cursor is None or self._tree is None:
            return None
        row = self._rows[self._cursor]
        return row if row.kind == "group" else None

    def toggle_group(self, node: int, open: bool) -> None:
        """Open or close group `node` (by hand: it stays so while reading elsewhere)."""
        if self._tree is not None and self._tree.set_open(node, open):
            self._rebuild(node=node)

    def action_open_group(self) -> None:
        """On a closed group: open it; on an open one: down to its first row."""
        row = self._group_at_cursor()
        if row is None:
            return
        if not row.open:
            self.toggle_group(row.node, True)
        else:
            self.action_cursor_down()

    def action_close_group(self) -> None:
        """On an open group: close it; else up to the group the row is in."""
        if self._cursor is None or self._tree is None or self.showing_results:
            return
        row = self._rows[self._cursor]
        if row.kind == "group" and row.open:
            self.toggle_group(row.node, False)
            return
        parent = self._tree.parent_of(row)
        if parent is not None:
            self.set_cursor(self._node_row(parent.number))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The group keys only where there are groups (not on a single page, not on search results)."""
        if action in ("open_group", "close_group"):
            return self._tree is not None and self._tree.has_groups and not self.showing_results
        return True

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
        # and a search result's snippet lines under it (its context, the copies it stands for)
        while bottom + 1 < len(self._rows) and self._rows[bottom + 1].kind == "snippet":
            bottom += 1
        return top, bottom

    def cursor_moved(self, item: int) -> None:
        if self.showing_results:
            self._picked = True  # the user's choice among the results: kept when they are sorted again
        article = self._rows[item].article
        if article >= 0:
            self.post_message(self.Highlighted(article))

    def action_choose(self) -> None:
        """Open the article under the cursor in the reader; on a group, open or close it."""
        group = self._group_at_cursor()
        if group is not None:
            self.toggle_group(group.node, not group.open)
        elif self.current_article is not None:
            self.post_message(self.Chosen(self.current_article))

    def item_clicked(self, item: int, chain: int) -> None:
        row = item
        if self._rows[row].kind == "group":
            self.toggle_group(self._rows[row].node, not self._rows[row].open)
            return
        if self._rows[row].kind == "snippet":
            row = self._row_of_article.get(self._rows[row].article, -1)
        if 0 <= row < len(self._rows) and selectable(self._rows[row]):
            self.set_cursor(row)
            self.post_message(self.Chosen(self._rows[row].article))

    # -- rendering --------------------------------------------------------------------------------

    def render_item_line(self, item: int, line: int, width: int, is_cursor: bool) -> Strip:
        return self._render_row(self._rows[item], width, is_cursor)

    def _render_row(self, row: Row, width: int, is_cursor: bool) -> Strip:
        base = self.base_style
        if row.kind == "snippet":
            style = base + self._part("article-list--snippet")
            aside = f" {row.aside}" if row.aside and cell_len(row.aside) * 3 <= width else ""
            room = max(width - 2 - cell_len(aside), 0)
            segments = [Segment("  ", style), *self._marked(row, room, style, around=True)]
            if aside:
                gap = room + 2 - sum(segment.cell_length for segment in segments)
                segments += [
                    Segment(" " * gap, style),
                    Segment(aside, style + self._part("article-list--aside")),
                ]
            return fill(segments, width, style)
        heading = row.kind in ("page", "group")
        if heading:
            component = "article-list--page" if row.kind == "page" else "article-list--group"
        else:
            component = "article-list--photo" if row.kind == "photo" else "article-list--article"
        style = base + self._part(component)
        cursor = self._cursor_class(is_cursor)
        if cursor:
            style += self._part(cursor)
        room = width - row.depth
        segments = [Segment(" " * row.depth, style)] if row.depth else []
        if row.kind == "group":
            mark = " " if row.empty else OPEN_MARK if row.open else CLOSED_MARK
            segments.append(Segment(mark + " ", style))
            room -= 2
        elif not heading:
            if row.corrected:
                segments.append(Segment(CORRECTED_TAG, style + self._part("article-list--corrected", cursor)))
            elif row.uncertain:
                segments.append(Segment(UNCERTAIN_TAG, style + self._part("article-list--uncertain", cursor)))
            else:
                segments.append(Segment(" ", style))
            room -= 1
            if row.kind == "photo":
                tag_style: Style = style + self._part("article-list--photo-tag", cursor)
                # a caption that opens with 图 (图①：, 图为): that 图 is the tag, not 图 图
                if row.label.startswith(PHOTO_TAG):
                    segments.append(Segment(PHOTO_TAG, tag_style))
                    room -= cell_len(PHOTO_TAG)
                    row = without_tag(row)
                else:
                    segments += [Segment(PHOTO_TAG, tag_style), Segment(" ", style)]
                    room -= cell_len(PHOTO_TAG) + 1
        if row.kind == "group":
            aside = group_aside(row.aside, cell_len(row.label), room)
        else:
            aside = in_column(fitting_aside(row.aside, room), row.aside_cells, room)
        if row.shorter:
            row, aside = _longest_fitting(row, aside, room)
        room = max(room - cell_len(aside), 0)
        if row.marks:
            label = self._marked(row, room, style)
        else:
            label = [Segment(truncate(row.label, room, self._ellipsis), style)]
        segments += label
        if aside:
            gap = room - sum(segment.cell_length for segment in label)
            # muted, except on the cursor row (muted on the cursor's colour is too faint in some themes)
            aside_style = style if cursor else style + self._part("article-list--aside")
            segments += [Segment(" " * gap, style), Segment(aside, aside_style)]
        return fill(segments, width, style)

    def _cursor_class(self, is_cursor: bool) -> str | None:
        if not is_cursor:
            return None
        return "article-list--cursor" if self.has_focus else "article-list--cursor-blurred"

    def _marked(self, row: Row, width: int, style: Style, around: bool = False) -> list[Segment]:
        match = style + self._part("article-list--match")
        pieces = fit_marked(row.label, row.marks, width, self._ellipsis, around)
        return [Segment(text, match if marked else style) for text, marked in pieces]


def _longest_fitting(row: Row, aside: str, room: int) -> tuple[Row, str]:
    """`row` with its longest form (`Row.shorter`) that fits `room` cells beside `aside`, else the
    longest that fits without the aside (the aside dropped), else the shortest (to be cut)."""
    forms = (row.label, *row.shorter)
    for spare in (aside, ""):
        for form in forms:
            if cell_len(form) <= room - cell_len(spare):
                return row._replace(label=form), spare
    return row._replace(label=forms[-1]), ""
