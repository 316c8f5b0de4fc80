"""The concordance screen: every occurrence of the search query, one a row, keywords in one column.

Rows come from `reader.search.kwic.concordance` in a thread worker, posted in batches, so the first
screenful shows while the rest of the archive is still being read; they go into the table
`ROWS_A_STEP` at a time, the reader answering keys in between (`_feed`). `s` cycles the order (date, left
context read outwards from the keyword, right context), enter opens the article at the hit, escape
goes back; its list moves with the keys every list of duba's has (j/k, space/b, g/G besides the arrows).
Opened again for the same query, it starts on the line it was left at, in the order it had (`Place`): a
reader going through the lines one article at a time pressed ↓ once per line read before, every time.
A line from a title (kicker, headline, subtitle) or a byline (search finds them there) shows that line
as its context, labelled (`标题：`, `署名：`). The screen is dismissed with a `Chosen` line (article id,
the field of the hit and its offset in that field's text, the paper, date and page of the copy the line
names), or None. The date and page columns are left out when no page open has a date or a page number
(a folder of loose files): a column of "—" took the context's cells. On a narrow terminal the paper, then
the page, then the date column give way to the context (`_fit_columns`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from reader.app.closing import ClosesInTurn
from reader.app.keys import key_of
from reader.app.widgets.footer import KeyFooter
from reader.model import PageMeta
from reader.search.kwic import (
    NO_DATE,
    SORT_KEYS,
    KwicLine,
    cells,
    concordance,
    fit_right,
    left_side,
    sort_lines,
)

if TYPE_CHECKING:
    from reader.search.index import SearchIndex

FIRST_BATCH = 60
"""Rows posted before the rest: more than a screenful."""
BATCH = 2000
KWIC_LIMIT = 10_000
"""Lines the screen holds at most (the earliest: they come in date order); the rest are counted only.
Each line is a row built on the UI thread (~0.07 ms): K on 的 over 4,000 pages (~500,000 lines) held the
reader for a minute and took it past 1 GB. `duba kwic` lists every line."""
ROWS_A_STEP = 250
"""Rows put into the table at a time, the event loop running between two steps. Textual measures every
cell of the rows added, at its next idle moment, all at once: a concordance of 10,000 lines (a word
printed in every article of a library of years) froze the reader for 1.4 s as it filled, 2.1 s when `s`
sorted it, keys unanswered."""
PAPER_CELLS = 8
"""The paper column's width: 人民日报 (longer names are cut)."""
MIN_SIDE = 8
"""Cells of context on each side of the keyword, at least (fewer: columns are left out)."""
SORT_NAMES = {"date": "按日期 by date", "left": "按左文 by left context", "right": "按右文 by right context"}


@dataclass(frozen=True)
class Place:
    """Where a concordance was left: its query, its order and the line opened."""

    query: str
    order: str
    row: int


class KwicTable(DataTable[str | Text]):
    """The concordance's lines: Textual's table, moved through with the keys of duba's lists too (the
    ids of `LIST_MOTION_BINDINGS`, so a keymap that rebinds those rebinds these). j and k did nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next line", show=False, id="down"),
        Binding("k,up", "cursor_up", "Previous line", show=False, id="up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("g,home", "scroll_top", "First line", show=False, id="top"),
        Binding("G,end", "scroll_bottom", "Last line", show=False, id="bottom"),
        Binding("enter", "select_cursor", "Open the article at the line's hit", show=False, id="open_line"),
    ]

    def action_scroll_bottom(self) -> None:
        """The last line; while a long concordance is still being put into the table, the last line
        once it is all in (unless the reader has moved meanwhile): it went to the last row put in yet."""
        super().action_scroll_bottom()
        if isinstance(self.screen, KwicScreen):
            self.screen.at_the_end_when_filled()


class KwicScreen(ClosesInTurn, Screen["KwicScreen.Chosen | None"]):
    """Keyword in context over the whole index for one query."""

    HELP_SECTION: ClassVar[str] = "Concordance (K)"
    """The help's section of this screen's keys: help opened here starts at it."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "cycle_sort", "Sort", id="kwic_sort"),
        Binding("escape,q", "back", "Back", id="close_kwic"),
    ]
    DEFAULT_CSS = """
    KwicScreen #kwic-title { height: 1; padding: 0 1; background: $panel; }
    KwicScreen DataTable { height: 1fr; }
    /* a tint under the text, which keeps the theme's foreground: a theme's own cursor colours can be
       unreadable together (gruvbox: cream on sage, 2.4:1) */
    KwicScreen DataTable:focus > .datatable--cursor { background: $primary 20%; color: $foreground; }
    """

    @dataclass(frozen=True)
    class Chosen:
        """The line opened: its article (by id, and the copy's page), and where its hit is in it."""

        article_id: str
        field: str
        """"text" (the body), or the title or byline the hit is in: "kicker", "headline", "subtitle",
        "byline"."""
        offset: int
        """The hit's offset in that field's text."""
        meta: PageMeta

    @dataclass
    class Batch(Message):
        """Lines read by the worker; `done` on the last batch of lines, `more` when there are more lines
        than the screen holds (`KWIC_LIMIT`: they are counted, then `Total` says how many)."""

        lines: list[KwicLine]
        done: bool
        more: bool = False

    @dataclass
    class Total(Message):
        """How many lines there are in all, more than the screen holds (`KWIC_LIMIT`)."""

        count: int

    def __init__(
        self,
        index: SearchIndex,
        query: str,
        context: int = 30,
        papers: bool = False,
        dates: bool = True,
        pages: bool = True,
        place: Place | None = None,
    ) -> None:
        """The concordance of `query`; `papers`, `dates`, `pages`: whether the pages open have more than
        one paper, any date, any page number (each column is shown only then); `place`: where it was left
        (its order and line, once every line is read, if it is `query`'s)."""
        super().__init__()
        self.place = place if place is not None and place.query == query else None
        self.index = index
        self.search_query = query
        self.context = context
        self.papers = papers
        """The library holds more than one paper: a column names each line's."""
        self.dates = dates
        self.pages = pages
        self.held = (papers, dates, pages)
        """The columns the library has something for (`_fit_columns` may leave some out)."""
        self.lines: list[KwicLine] = []
        self.loaded = False
        self.more = False
        """There are more lines than the screen holds (`KWIC_LIMIT`)."""
        self.total: int | None = None
        """How many lines there are in all, once counted (when there are `more`)."""
        self.order = "date"
        self._laid_out: tuple[bool, bool, bool, int] | None = None
        """The columns shown and the context's cells a side, as the rows were last laid out."""
        self._pending: list[KwicLine] = []
        """Lines whose rows are not in the table yet (`_feed` puts them there, a step at a time)."""
        self._feeding = False
        """A step of `_feed` is due."""
        self._when_filled: Callable[[], None] | None = None
        self._end_from: int | None = None
        """The row the cursor was on when the last line was asked for before every line was in."""
        """What waits for every row to be in the table (a cursor put back on its row)."""

    def compose(self) -> ComposeResult:
        self._fit_columns(self.app.size.width)
        yield Static(self._title(), id="kwic-title")
        table = KwicTable(cursor_type="row", zebra_stripes=True)
        self._add_columns(table)
        yield table
        yield KeyFooter()

    def _add_columns(self, table: DataTable[str | Text]) -> None:
        columns = [("日期", self.dates), ("报纸", self.papers), ("版", self.pages), ("上下文", True)]
        table.add_columns(*(name for name, shown in columns if shown))

    def on_resize(self) -> None:
        """Lay the lines out again for the new width (the columns shown, the context's cells): a
        concordance opened at 120 columns and read at 40 ran off the screen's edge."""
        self.papers, self.dates, self.pages = self.held
        self._fit_columns(self.size.width)
        if self._laid_out is None or self._laid_out == self._layout():
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        self._pending = []
        self._add_columns(table)
        self._add_rows(self.lines)
        self._then(lambda: table.move_cursor(row=row, animate=False))

    def _layout(self) -> tuple[bool, bool, bool, int]:
        return (self.papers, self.dates, self.pages, self._side())

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self._read()

    @work(thread=True, exclusive=True)
    def _read(self) -> None:
        worker = get_current_worker()
        batch: list[KwicLine] = []
        limit, held = FIRST_BATCH, 0
        lines = concordance(self.index, self.search_query, context=self.context)
        for line in lines:
            if worker.is_cancelled:  # the screen was closed
                return
            batch.append(line)
            held += 1
            if held >= KWIC_LIMIT:
                break
            if len(batch) >= limit:
                self.post_message(self.Batch(batch, False))
                batch, limit = [], BATCH
        more = held >= KWIC_LIMIT and next(lines, None) is not None
        self.post_message(self.Batch(batch, True, more))
        if not more:
            return
        count = held + 1
        for _line in lines:
            if worker.is_cancelled:
                return
            count += 1
        self.post_message(self.Total(count))

    @on(Total)
    def _counted(self, message: Total) -> None:
        self.total = message.count
        self.query_one("#kwic-title", Static).update(self._title())

    @on(Batch)
    def _add(self, message: Batch) -> None:
        self.lines.extend(message.lines)
        self.loaded = message.done
        self.more = message.more
        self._add_rows(message.lines)
        self.query_one("#kwic-title", Static).update(self._title())
        if self.loaded and self._end_from is not None:  # (G pressed while the lines were read)
            self._to_the_end()
            return
        place, table = self.place, self.query_one(DataTable)
        if self.loaded and place is not None and table.cursor_row == 0:  # not moved meanwhile
            if place.order != self.order and place.order in SORT_KEYS:
                self._sort(place.order)
            row = min(place.row, len(self.lines) - 1)
            self._then(lambda: table.cursor_row == 0 and table.move_cursor(row=row, animate=False))

    def _room(self, width: int) -> int:
        # date (10), paper and page (3) columns and cell padding (2 a column), the scrollbar, the keyword
        # and its two spaces: the rest is split around the keyword, so no row is cut by the screen's edge
        keyword = max((cells(term) for term in self.search_query.split() if ":" not in term), default=2)
        columns = (
            (12 if self.dates else 0) + (PAPER_CELLS + 2 if self.papers else 0) + (5 if self.pages else 0)
        )
        return (width - 7 - columns - keyword) // 2

    def _side(self) -> int:
        return max(MIN_SIDE, self._room(self.size.width))

    def _fit_columns(self, width: int) -> None:
        """Leave out the paper, then the page, then the date column while the context would have fewer
        than `MIN_SIDE` cells a side: at 40 columns the three took 27 cells, and every line was cut by
        the screen's edge inside its keyword (enter opens the line's article, which says where it is)."""
        for column in ("papers", "pages", "dates"):
            if self._room(width) >= MIN_SIDE:
                return
            setattr(self, column, False)

    def _then(self, action: Callable[[], object]) -> None:
        """Do `action` once every row is in the table (at once if it is)."""
        if self._pending:
            self._when_filled = action
        else:
            self._when_filled = None
            action()

    def at_the_end_when_filled(self) -> None:
        """Move to the last row once every line is read and in the table, if the cursor is where it is
        now then."""
        self._end_from = self.query_one(DataTable).cursor_row
        if self.loaded:
            self._to_the_end()

    def _to_the_end(self) -> None:
        table, row = self.query_one(DataTable), self._end_from
        self._end_from = None
        if row is not None:
            self._then(
                lambda: table.cursor_row == row and table.move_cursor(row=table.row_count - 1, animate=False)
            )

    def _add_rows(self, lines: list[KwicLine]) -> None:
        """Rows for `lines` after those in the table: the first step now (the first screenful shows
        with the batch that brought it), the rest by `_feed`."""
        self._pending.extend(lines)
        if not self._feeding:
            self._feed()

    def _feed(self) -> None:
        """Put the next `ROWS_A_STEP` pending lines into the table; the next step after the event loop
        has run (the table measured these rows, keys were answered)."""
        self._feeding = False
        step, self._pending = self._pending[:ROWS_A_STEP], self._pending[ROWS_A_STEP:]
        if step:
            self._put_rows(step)
        if self._pending:
            self._feeding = True
            self.set_timer(0.001, self._feed)  # (a pause: the table measures the step at its idle)
        elif self._when_filled is not None:
            action, self._when_filled = self._when_filled, None
            action()

    def _put_rows(self, lines: list[KwicLine]) -> None:
        table = self.query_one(DataTable)
        side = self._side()
        self._laid_out = self._layout()
        rows = []
        for line in lines:
            # no "dim": Textual blends dim text halfway into the background (2.4:1 on solarized-light),
            # and as the Text's base style it dimmed the keyword and the right context too
            text = Text(left_side(line, side))  # (a title's line labelled: 标题：)
            # a keyword found by pinyin (not the letters typed) is underlined, not reversed; the title
            # says so
            text.append(
                f" {line.keyword} ", style="bold reverse" if line.match != "pinyin" else "bold underline"
            )
            text.append(fit_right(line.right, side))
            row: list[str | Text] = [line.date or NO_DATE] if self.dates else []
            row += [fit_right(line.paper, PAPER_CELLS)] if self.papers else []
            row += [line.page_no] if self.pages else []
            rows.append((*row, text))
        table.add_rows(rows)

    def _title(self) -> str:
        count = f"{len(self.lines):,}" + ("" if self.loaded else "…")
        if self.more:  # the first KWIC_LIMIT lines, by date
            count = f"前 {len(self.lines):,} 处 · 共 " + (f"{self.total:,}" if self.total else f"{count}+")
        order = SORT_NAMES[self.order]
        sort, back = (key_of(self.app, self.BINDINGS, name) for name in ("kwic_sort", "close_kwic"))
        keys = f"{sort} 排序 · enter 打开 · {back} 返回"
        if self.loaded and not self.lines:
            return f"「{self.search_query}」 0 处 occurrences · {back} 返回"
        pinyin = sum(line.match == "pinyin" for line in self.lines)
        by_pinyin = f" · 下划线 {pinyin:,} 处 by pinyin" if pinyin else ""
        return f"「{self.search_query}」 {count} 处 occurrences{by_pinyin} · {order} · {keys}"

    def action_cycle_sort(self) -> None:
        if not self.loaded:
            self.notify("还在读取… still reading", timeout=2)
            return
        self._sort(SORT_KEYS[(SORT_KEYS.index(self.order) + 1) % len(SORT_KEYS)])
        self.query_one(DataTable).move_cursor(row=0)

    def _sort(self, order: str) -> None:
        self.order = order
        self.lines = sort_lines(self.lines, self.order)  # type: ignore[arg-type]
        table = self.query_one(DataTable)
        table.clear()
        self._pending = []
        self._add_rows(self.lines)
        self.query_one("#kwic-title", Static).update(self._title())

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        self.place = Place(self.search_query, self.order, event.cursor_row)
        line = self.lines[event.cursor_row]
        # the copy the line names: one story printed in two papers is one article id
        meta = PageMeta(line.paper, line.date, line.page_no)
        self.dismiss(self.Chosen(line.article_id, line.field, line.start, meta))

    def action_back(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self.place = Place(self.search_query, self.order, table.cursor_row)
        self.dismiss(None)
