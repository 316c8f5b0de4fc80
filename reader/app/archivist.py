"""Moving through an archive on the main screen: dates, issues, pages, the concordance and trends.

`Archivist` is a widget with nothing to draw that the main screen holds. The screen binds its keys
(`KEYS`), whose action `archive(what)` calls `run` with the article being read:

- `D` asks for a date (`2025-01-02`, `20250102`, `1月2日`, `2025年1月2日`, `DateDialog`) and opens the
  first page on or after it, of the paper being read when it has one that late, else of another paper;
- `<`/`>` open the previous/next issue of the same paper, `,`/`.` the previous/next page (on into
  the next issue); the grouping is `reader.archive.navigate.Issues`, made once per set of pages;
- `K` opens the concordance of the search box's query, `T` a trend chart of its terms (both need the
  search index, which opens in a worker after the first article). While the box is empty they take the
  query of the search last ended (`SearchBox.ended`): escape, or a correction, empties the box, and a
  reader who searched, read a result and closed the search was told to type the word again.

It reads the library and the search box it is given, and asks the screen to show an article by posting
`Open`; what cannot be done is said in a notification.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

# The concordance, the trend chart and the issue grouping (with the search query parser they use) cost
# ~40 ms to import: they load when first used, not before the reader's first frame.
if TYPE_CHECKING:
    from reader.app.screens.kwic import Place
    from reader.app.widgets.search_box import SearchBox
    from reader.archive.navigate import Issues
    from reader.library import Library
    from reader.search.index import SearchIndex


class Archivist(Widget):
    """Dates, issues and pages to move through; the concordance and trends (see the module docstring)."""

    DEFAULT_CSS = """
    Archivist {
        display: none;
    }
    """

    KEYS: ClassVar[list[BindingType]] = [
        Binding("D", "archive('goto_date')", "Date", show=False, id="goto_date"),
        Binding("greater_than_sign", "archive('next_issue')", "Next issue", show=False, id="next_issue"),
        Binding(
            "less_than_sign", "archive('previous_issue')", "Previous issue", show=False, id="previous_issue"
        ),
        Binding("full_stop", "archive('next_page')", "Next page", show=False, id="next_page"),
        Binding("comma", "archive('previous_page')", "Previous page", show=False, id="previous_page"),
        Binding("K", "archive('concordance')", "Concordance", show=False, id="concordance"),
        Binding("T", "archive('trend')", "Trend", show=False, id="trend"),
    ]
    """The keys of this feature, bound by the screen; its action `archive(what)` calls `run`."""

    @classmethod
    def key_sections(cls) -> list[tuple[str, list[BindingType]]]:
        """The keys of the screens this feature opens (its own are the screen's), as help lists them."""
        from reader.app.screens.date_dialog import DateDialog
        from reader.app.screens.kwic import KwicScreen, KwicTable
        from reader.app.screens.trend import TrendScreen

        return [
            ("Date dialog (D)", list(DateDialog.BINDINGS)),
            (KwicScreen.HELP_SECTION, [*KwicScreen.BINDINGS, *KwicTable.BINDINGS]),
            (TrendScreen.HELP_SECTION, list(TrendScreen.BINDINGS)),
        ]

    OPERATIONS = (
        "goto_date",
        "next_issue",
        "previous_issue",
        "next_page",
        "previous_page",
        "concordance",
        "trend",
    )

    @dataclass
    class Open(Message):
        """Show article `article` of the library (at body offset `anchor`, -1 for its top; a search's hit
        in a title, `title_hit` (field, offset), current)."""

        article: int
        anchor: int = -1
        title_hit: tuple[str, int] | None = None

    def __init__(self, library: Library, search_box: SearchBox) -> None:
        super().__init__()
        self.library = library
        self.search_box = search_box
        """Where the concordance and the trend take their query and their index from."""
        self._issues_cache: tuple[int, Issues] | None = None
        self._asked: tuple[int | None, int] | None = None
        """(the article shown, the article asked for): the last `Open` posted, from where."""
        self._shown: int | None = None
        """The article shown when the key being done was pressed."""
        self._kwic_place: Place | None = None
        """Where the concordance was left (K on the same query opens it there)."""

    def opened(self) -> None:
        """The screen shows what the last `Open` asked for (keys go on from the article shown again)."""
        self._asked = None

    def run(self, what: str, current: int | None) -> None:
        """Do one of `OPERATIONS`, from article `current` of the library (the one being read)."""
        self._shown = current
        if self._asked is not None and self._asked[0] == current:
            # The screen shows what it showed when the last Open was posted: that Open is still on its
            # way, behind this key of the same burst (`...` typed fast moved one page). Go on from it.
            current = self._asked[1]
        if what in ("next_issue", "previous_issue", "next_page", "previous_page"):
            self._step(what.endswith("issue"), 1 if what.startswith("next") else -1, current)
        elif what == "goto_date":
            self._goto_date(current)
        elif what == "concordance":
            self._concordance()
        elif what == "trend":
            self._trend()

    # -- dates, issues, pages ---------------------------------------------------------------------

    def _issues(self) -> Issues:
        pages = self.library.pages
        if self._issues_cache is None or self._issues_cache[0] != id(pages):
            from reader.archive.navigate import Issues

            self._issues_cache = (id(pages), Issues.of([p.meta for p in pages]))
        return self._issues_cache[1]

    def _page_of(self, current: int | None) -> int | None:
        if current is None or not 0 <= current < len(self.library.page_of):
            return None
        return self.library.page_of[current]

    def _open_page(self, page: int | None, missing: str = "") -> None:
        """Open the first article of `page`; None: say `missing` (what there is none of)."""
        if page is None:
            self.notify(missing, timeout=3)
            return
        page_of = self.library.page_of
        index = bisect_left(page_of, page)  # articles are numbered in page order
        if index < len(page_of) and page_of[index] == page:
            self._asked = (self._shown, index)
            self.post_message(self.Open(index))
        else:
            self.notify("那一版没有文章  That page has no articles", timeout=3)

    def _step(self, issue: bool, step: int, current: int | None) -> None:
        page = self._page_of(current)
        if page is None:
            self._say_nothing_open()
            return
        issues = self._issues()
        target = issues.step_issue(page, step) if issue else issues.step_page(page, step)
        zh = ("下" if step > 0 else "上") + ("一期" if issue else "一版")
        en = ("next" if step > 0 else "previous") + (" issue" if issue else " page")
        self._open_page(target, f"没有{zh}  No {en}")

    def _say_nothing_open(self) -> None:
        if self.library.loaded and not self.library.articles:  # (else still opening: wait quietly)
            self.notify("没有文章  No article is open: no issue or page to go to", timeout=3)

    def _goto_date(self, current: int | None) -> None:
        from reader.app.screens.date_dialog import DateDialog
        from reader.archive.navigate import covers
        from reader.pagemeta import date_range

        if self.library.loaded and not self.library.articles:
            self._say_nothing_open()  # (not a dialog whose every date has no page)
            return
        page = self._page_of(current)
        meta = self.library.pages[page].meta if page is not None else None
        year = int(meta.date[:4]) if meta and meta.date[:4].isdigit() else None
        paper = meta.paper if meta and meta.paper else None

        def chosen(day: str | None) -> None:
            if not day:
                return
            issues = self._issues()
            first, last = date_range(day) or (day, day)  # (a month or year typed: its first issue)
            target = issues.goto_date(first, paper=paper)
            if target is None:  # (the dialog took only dates)
                dated = [i for i in issues.issues if i.date]
                if dated:
                    last = max(i.date for i in dated)
                    problem = f"没有那么晚的一期，最后一期是 {last}  No issue that late: the last is {last}"
                else:
                    problem = "没有带日期的版面  No page has a date"
                self.notify(f"{day}: {problem}", timeout=6)
                return
            self._open_page(target)
            # a day the paper has no issue of: say where it went instead (it went on silently, months on)
            issue = issues.issues[issues.issue_of[target]]
            zh, en = (f"《{paper}》", paper) if paper else ("这份报纸", "This paper")
            within = covers(issue.date, first) or (issue.date and first <= issue.date <= last)
            if not within and issue.paper != (paper or ""):
                # (past the last issue of the paper being read: another paper's next one)
                other = f"《{issue.paper}》" if issue.paper else "无报名的版面 "
                other_en = issue.paper or "pages with no paper's name,"
                self.notify(
                    f"{zh}在 {day} 以后没有一期，这是下一期：{other}{issue.date}  "
                    f"{en} has no issue on or after {day}: this is the next one, {other_en} {issue.date}",
                    timeout=8,
                )
            elif not within:
                self.notify(
                    f"{zh}没有 {day} 的一期，这是下一期 {issue.date}  "
                    f"{en} has no issue on {day}: this is the next one, {issue.date}",
                    timeout=8,
                )
            elif issue.paper != (paper or ""):
                other = f"《{issue.paper}》的" if issue.paper else "无报名的版面"
                other_en = f"{issue.paper}'s" if issue.paper else "pages with no paper's name"
                self.notify(
                    f"{zh}没有 {day} 的一期，这是{other}  {en} has no issue on {day}: this is {other_en}",
                    timeout=8,
                )

        self.app.push_screen(DateDialog(year, lambda text: self._issues().year_for(text)), chosen)

    # -- concordance and trends -------------------------------------------------------------------

    def _index_or_say(self) -> SearchIndex | None:
        index = self.search_box.index
        if index is None:
            # (with no article open, or an index that failed, no index is on its way: "still being built"
            # was said for ever)
            why = self.search_box.unavailable
            self.notify(why[0] if why else "索引还在建立  The search index is still being built", timeout=3)
        return index

    def _concordance(self) -> None:
        from reader.search.query import parse

        query = self._query()
        if not parse(query).positive:  # nothing typed, or filters alone (they opened an empty list)
            self.notify("先在搜索框 (/) 输入词语  Type a word in the search box (/) first", timeout=4)
            return
        index = self._index_or_say()
        if index is None:
            return
        from reader.app.screens.kwic import KwicScreen

        def chosen(hit: KwicScreen.Chosen | None) -> None:
            self._kwic_place = screen.place  # the line opened: K again starts there
            if hit is None:
                return
            article = self.library.index_printed(hit.article_id, hit.meta)
            if article is None:
                return
            if hit.field == "text":
                self.post_message(self.Open(article, hit.offset))
            else:  # a title's hit: the article from its top, that hit current
                self.post_message(self.Open(article, title_hit=(hit.field, hit.offset)))

        metas = [page.meta for page in self.library.pages]
        papers = len({meta.paper for meta in metas}) > 1
        dates, pages = any(meta.date for meta in metas), any(meta.page_no for meta in metas)
        screen = KwicScreen(index, query, papers=papers, dates=dates, pages=pages, place=self._kwic_place)
        self.app.push_screen(screen, chosen)

    def _query(self) -> str:
        """The search box's query; while it is empty, that of the search last ended."""
        return self.search_box.value.strip() or self.search_box.ended

    def _trend(self) -> None:
        index = self._index_or_say()
        if index is None:
            return
        from reader.app.screens.trend import TrendScreen
        from reader.search.filters import filter_tokens
        from reader.search.query import parse

        query = self._query()
        terms = [term.raw for term in parse(query).positive if term.field == "any"]  # words, not author:

        # the box's filters (paper:, date:…) limit what is counted, as they limit the concordance
        self.app.push_screen(TrendScreen(index, terms, filters=" ".join(filter_tokens(query))))

    def commands(self, current: int | None) -> Iterable[SystemCommand]:
        """Command palette entries of this feature, from article `current`."""
        entries = [
            ("goto_date", "Go to date", "Open the first page of a date (D)"),
            ("next_issue", "Next issue", "The same paper's next issue (>)"),
            ("previous_issue", "Previous issue", "The paper's previous issue (<)"),
            ("concordance", "Concordance", "Every hit of the search query (K)"),
            ("trend", "Trend", "Frequency of the search terms over time (T)"),
        ]
        for what, name, help_text in entries:
            yield SystemCommand(name, help_text, partial(self.run, what, current))
