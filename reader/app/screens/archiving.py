"""Moving through an archive on the main screen: dates, issues, pages, the concordance and trends.

`Archiving` is mixed into `MainScreen` (which lists `ARCHIVE_BINDINGS` among its own bindings):

- `D` asks for a date (`2025-01-02`, `20250102`, `1月2日`, `2025年1月2日`) and opens the first page on or
  after it, of the paper being read when it has one that late;
- `<`/`>` open the previous/next issue of the same paper, `,`/`.` the previous/next page (on into
  the next issue); the grouping is `reader.archive.navigate.Issues`;
- `K` opens the concordance of the search box's query, `T` a trend chart of its terms (both need the
  search index, which opens in a worker after the first article).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, Protocol, cast

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

# The concordance, the trend chart and the issue grouping (with the search query parser they use) cost
# ~40 ms to import: they load when first used, not before the reader's first frame.
if TYPE_CHECKING:
    from reader.app.widgets.search_box import SearchBox
    from reader.archive.navigate import Issues
    from reader.library import Library


class ArchiveHost(Protocol):
    """What the archive keys use of the screen they are mixed into (the main screen)."""

    library: Library
    current: int | None
    search_box: SearchBox

    @property
    def app(self) -> App[object]: ...

    def notify(self, message: str, *, timeout: float | None = None) -> None: ...

    def open_article(self, index: int, scroll: int = 0, anchor: int = -1) -> None: ...


ARCHIVE_BINDINGS: list[BindingType] = [
    Binding("D", "goto_date", "Date", show=False, id="goto_date"),
    Binding("greater_than_sign", "next_issue", "Next issue", show=False, id="next_issue"),
    Binding("less_than_sign", "previous_issue", "Previous issue", show=False, id="previous_issue"),
    Binding("full_stop", "next_page", "Next page", show=False, id="next_page"),
    Binding("comma", "previous_page", "Previous page", show=False, id="previous_page"),
    Binding("K", "concordance", "Concordance", show=False, id="concordance"),
    Binding("T", "trend", "Trend", show=False, id="trend"),
]


class DateDialog(ModalScreen[str | None]):
    """Asks for a date; dismissed with the text typed, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel_date")]
    DEFAULT_CSS = """
    DateDialog { align: center middle; }
    DateDialog > Vertical {
        width: 50; height: auto; border: round $accent; padding: 0 1; background: $panel;
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("跳到日期  Go to date (2025-01-02, 20250102, 1月2日)")
            yield Input(placeholder="日期 date", id="date")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Archiving:
    """Mixin for `MainScreen`: dates, issues and pages to move through; concordance and trends."""

    _issues_cache: tuple[int, Issues] | None = None

    def _archive_screen(self) -> ArchiveHost:
        return cast("ArchiveHost", self)

    def _issues(self) -> Issues:
        pages = self._archive_screen().library.pages
        if self._issues_cache is None or self._issues_cache[0] != id(pages):
            from reader.archive.navigate import Issues

            self._issues_cache = (id(pages), Issues.of([p.meta for p in pages]))
        return self._issues_cache[1]

    def _current_page(self) -> int | None:
        main = self._archive_screen()
        if main.current is None or not main.library.page_of:
            return None
        return main.library.page_of[main.current]

    def _open_page(self, page: int | None, what: str) -> None:
        main = self._archive_screen()
        if page is None:
            main.notify(f"没有{what}  No {what} that way", timeout=3)
            return
        index = bisect_left(main.library.page_of, page)  # articles are numbered in page order
        if index < len(main.library.page_of) and main.library.page_of[index] == page:
            main.open_article(index)
        else:
            main.notify("那一版没有文章  That page has no articles", timeout=3)

    def _step(self, issue: bool, step: int) -> None:
        current = self._current_page()
        if current is None:
            return
        issues = self._issues()
        target = issues.step_issue(current, step) if issue else issues.step_page(current, step)
        self._open_page(target, "期 issue" if issue else "版 page")

    def action_next_issue(self) -> None:
        self._step(True, 1)

    def action_previous_issue(self) -> None:
        self._step(True, -1)

    def action_next_page(self) -> None:
        self._step(False, 1)

    def action_previous_page(self) -> None:
        self._step(False, -1)

    def action_goto_date(self) -> None:
        main = self._archive_screen()

        def chosen(text: str | None) -> None:
            if not text:
                return
            current = self._current_page()
            meta = main.library.pages[current].meta if current is not None else None
            year = int(meta.date[:4]) if meta and meta.date[:4].isdigit() else None
            paper = meta.paper if meta and meta.paper else None
            target = self._issues().goto_date(text, paper=paper, default_year=year)
            if target is None:
                problem = "不是日期，或没有那么晚的一期  not a date, or no issue that late"
                main.notify(f"{text}: {problem}", timeout=4)
                return
            self._open_page(target, "期 issue")

        main.app.push_screen(DateDialog(), chosen)

    def _query(self) -> str:
        return self._archive_screen().search_box.value.strip()

    def action_concordance(self) -> None:
        main = self._archive_screen()
        query = self._query()
        if not query:
            main.notify("先在搜索框 (/) 输入词语  Type a word in the search box (/) first", timeout=4)
            return
        if main.search_box.index is None:
            main.notify("索引还在建立  The search index is still being built", timeout=3)
            return

        def chosen(hit: tuple[str, int] | None) -> None:
            if hit is None:
                return
            index = main.library.index_of(hit[0])
            if index is not None:
                main.open_article(index, anchor=hit[1])

        from reader.app.screens.kwic import KwicScreen

        main.app.push_screen(KwicScreen(main.search_box.index, query), chosen)

    def action_trend(self) -> None:
        main = self._archive_screen()
        if main.search_box.index is None:
            main.notify("索引还在建立  The search index is still being built", timeout=3)
            return
        terms = [t for t in self._query().split() if ":" not in t and "：" not in t and not t.startswith("-")]
        from reader.app.screens.trend import TrendScreen

        main.app.push_screen(TrendScreen(main.search_box.index, terms))

    def archive_commands(self) -> Iterable[SystemCommand]:
        """Palette entries for this feature."""
        yield SystemCommand("Go to date", "Open the first page of a date (D)", self.action_goto_date)
        yield SystemCommand("Next issue", "The same paper's next issue (>)", self.action_next_issue)
        yield SystemCommand("Previous issue", "The paper's previous issue (<)", self.action_previous_issue)
        yield SystemCommand("Concordance", "Every hit of the search query (K)", self.action_concordance)
        yield SystemCommand("Trend", "Frequency of the search terms over time (T)", self.action_trend)
