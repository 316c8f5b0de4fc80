"""The trend screen: how often terms occur over time, several terms on one chart.

Type terms (space-separated) and enter; ctrl+r cycles the period (month, year, day). Each term is a
row: a sparkline of articles per 1,000 articles of each period (Textual's own `Sparkline`, so no
plotting dependency, with a gap where a period has no articles at all: nothing to count is not 0‰,
a long run of them drawn `GAP_PERIODS` periods wide so that the periods with articles keep the width),
and its figures. Counting (`reader.search.trend`) runs in a thread worker.
The filters of the search box it was opened from (`paper:人民日报 date:1998`) limit what is counted,
as they limit the concordance: they stand in the box after the terms, where they can be changed or
typed; the summary line names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from reader.app.closing import ClosesInTurn, closed, run_binding
from reader.app.keys import key_of
from reader.app.typeahead import HeldTyping
from reader.app.widgets.footer import KeyFooter
from reader.app.widgets.text_input import TextInput
from reader.app.widgets.trend_bars import GAP, GappedSparkline
from reader.search.filters import filter_tokens
from reader.search.trend import GAP_PERIODS, PERIODS, Trend, drawn_periods, trend

if TYPE_CHECKING:
    from reader.search.index import SearchIndex

ENTER_HINT = "enter 画图  enter draws the chart"
"""The summary line while the box holds terms not charted yet."""

PERIOD_NAMES = {"day": "按日 by day", "month": "按月 by month", "year": "按年 by year"}
_CYCLE = ("month", "year", "day")


def _question(value: str) -> tuple[tuple[str, ...], list[str]]:
    """The box's terms, in order, and its filters (`paper:人民日报 date:1998`), wherever they stand."""
    tokens = filter_tokens(value)
    return tuple(word for word in value.split() if word not in tokens), tokens


class TrendScreen(ClosesInTurn, HeldTyping, Screen[None]):
    """A chart of term frequencies over the index's dated articles."""

    HELP_SECTION: ClassVar[str] = "Trend chart (T)"
    """The help's section of this screen's keys: help opened here starts at it."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "cycle_period", "Period", id="trend_period"),
        Binding("escape", "back", "Back", id="close_trend"),
    ]
    DEFAULT_CSS = """
    TrendScreen Input { margin: 0 1; }
    TrendScreen #trend-summary { height: auto; padding: 0 1; color: $text-muted; }
    TrendScreen .trend-term { padding: 1 1 0 1; text-style: bold; }
    TrendScreen Sparkline { height: 3; margin: 0 1; }
    /* the bars are what the chart says: Textual shades the lowest at 30% of $primary, 1.4:1 on
       textual-dark (and $primary itself is 2.8:1 on solarized-light); $text-primary is made to be read */
    TrendScreen Sparkline > .sparkline--min-color { color: $text-primary 70%; }
    TrendScreen Sparkline > .sparkline--max-color { color: $text-primary; }
    /* the whole width, so that the periods with no articles wrap onto a second line, not run off it */
    TrendScreen .trend-axis { width: 100%; padding: 0 1; color: $text-muted; }
    TrendScreen .trend-none { height: 3; padding: 1 1 0 1; color: $text-muted; }
    """

    @dataclass
    class Counted(Message):
        """The worker's result for the terms and period it was asked."""

        result: Trend
        terms: tuple[str, ...]

    def __init__(self, index: SearchIndex, terms: list[str] | None = None, filters: str = "") -> None:
        super().__init__()
        self.index = index
        self.terms = tuple(terms or ())
        self.filters = filters
        """Filters (`paper:人民日报 date:1998`) that limit which articles are counted, as typed."""
        self.period = "month"
        self.result: Trend | None = None
        self._summary = ""
        """The summary line of the chart shown (put back when the box holds its terms again)."""

    def compose(self) -> ComposeResult:
        yield TextInput(
            " ".join(filter(None, [*self.terms, self.filters])),
            placeholder="词语，空格分开  terms, space-separated",
            id="trend-terms",
        )
        yield Static("", id="trend-summary")
        yield VerticalScroll(id="trend-chart")
        yield KeyFooter()

    def on_mount(self) -> None:
        box = self.query_one(Input)
        self.set_focus(box)
        self.typing_ready()  # characters typed right after `T` go to the box
        if self.terms:
            self._count(self.terms, self.period)
        else:
            self.query_one("#trend-summary", Static).update(ENTER_HINT)

    @on(Input.Changed)
    def _edited(self, event: Input.Changed) -> None:
        # the box holds the chart's question when it holds its terms in order and its filters in any
        # order, wherever they stand (`paper:X 经济` as well as `经济 paper:X`)
        terms, tokens = _question(event.value)
        charted = bool(self._summary) and (terms, sorted(tokens)) == (
            self.terms,
            sorted(self.filters.split()),
        )
        shown = self._summary if charted else ENTER_HINT
        self.query_one("#trend-summary", Static).update(shown)

    def typing_box(self) -> Input:
        """The box of terms."""
        return self.query_one(Input)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # filters typed (or kept from the search box) limit the count; the other words are its terms
        self.terms, tokens = _question(event.value)
        self.filters = " ".join(tokens)
        if self.terms:
            self._count(self.terms, self.period)

    def action_cycle_period(self) -> None:
        self.period = _CYCLE[(_CYCLE.index(self.period) + 1) % len(_CYCLE)]
        if self.terms:
            self._count(self.terms, self.period)

    @work(thread=True, exclusive=True)
    def _count(self, terms: tuple[str, ...], period: str) -> None:
        assert period in PERIODS
        result = trend(self.index, list(terms), by=period, query=self.filters)  # type: ignore[arg-type]
        self.post_message(self.Counted(result, terms))

    @on(Counted)
    async def _draw(self, message: Counted) -> None:
        if message.terms != self.terms or message.result.by != self.period:
            return  # an answer to an earlier question
        result = self.result = message.result
        chart = self.query_one("#trend-chart", VerticalScroll)
        await chart.remove_children()
        summary = self.query_one("#trend-summary", Static)
        only = f"{self.filters} · " if self.filters else ""
        if not result.periods:
            self._summary = f"{only}没有带日期的文章  No dated articles to count."
            summary.update(self._summary)
            return
        undated = f" · {result.undated:,} 篇无日期 undated" if result.undated else ""
        self._summary = (
            f"{only}{PERIOD_NAMES[result.by]} · {result.periods[0]} … {result.periods[-1]} · "
            f"{sum(result.totals):,} 篇 articles{undated} · "
            f"{key_of(self.app, self.BINDINGS, 'trend_period')} 切换 period"
        )
        summary.update(self._summary)
        drawn = drawn_periods(result.totals)
        empty = [not result.totals[i] for i in drawn]
        axis = f"{result.periods[0]}  …  {result.periods[-1]}"
        if any(empty):
            runs = _runs(result.periods, [not total for total in result.totals])
            axis += f"    {GAP} 没有文章 no articles: {runs}"
            if len(drawn) < len(result.periods):  # (a long run drawn narrow: the axis is not even)
                axis += f" (最多画{GAP_PERIODS}格 drawn {GAP_PERIODS} wide at most)"
        widgets = []
        for series in result.series:
            peak = max(series.per_thousand, default=0.0)
            widgets.append(
                Label(
                    f"{series.term}  {series.total:,} 次 · {sum(series.articles):,} 篇 · 峰值 {peak:.1f}‰"
                    + (f" · 拼音 by pinyin: {'、'.join(series.pinyin)}" if series.pinyin else ""),
                    classes="trend-term",
                )
            )
            if peak > 0:
                values = [series.per_thousand[i] for i in drawn]
                widgets.append(GappedSparkline(values, empty, summary_function=max))
            else:  # a Sparkline of zeros is drawn full height, as if the term were everywhere
                widgets.append(Label("没有出现  Not found in these articles.", classes="trend-none"))
            widgets.append(Label(axis, classes="trend-axis"))
        await chart.mount_all(widgets)

    async def on_key(self, event: events.Key) -> None:
        """A character typed with the focus off the box (on the chart, after tab) is typed at the end of
        the box: it did nothing there, and q quit the whole reader."""
        if closed(self, event):
            return
        box = self.query_one(TextInput)
        # (`self.focused`, not `has_focus`: that changes only once the focus events are handled)
        if self.focused is box:
            # The box stops each key it takes: one that comes up to the screen now was sent to the chart
            # before a character typed there gave the box the focus (a burst: a paste, a slow link).
            await box.take_key(event)
            return
        if event.is_printable and event.character is not None:
            event.stop()
            event.prevent_default()
            self.set_focus(box)  # now: the keys after this one are already on their way to the chart
            box.type_at_end(event.character)
            return
        await run_binding(self, event)

    def action_back(self) -> None:
        self.dismiss(None)


def _runs(periods: list[str], empty: list[bool], most: int = 4) -> str:
    """The runs of periods with no articles, `1998-04 … 1998-06, 1998-09`; past `most` runs, how many more."""
    runs: list[list[str]] = []
    before = False
    for period, none in zip(periods, empty, strict=True):
        if none and before:
            runs[-1][1] = period
        elif none:
            runs.append([period, period])
        before = none
    said = [first if first == last else f"{first} … {last}" for first, last in runs[:most]]
    more = f" (+{len(runs) - most})" if len(runs) > most else ""
    return ", ".join(said) + more
