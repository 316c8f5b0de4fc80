"""A sparkline that leaves a gap where a period has no articles at all.

Textual's `Sparkline` draws every value as a bar, so a month in which no page was printed (nothing
to count) looked like a month in which the term did not occur (0 per 1,000 articles): the lowest bar.
`GappedSparkline` draws the same bars, but a column all of whose periods have no articles is a dim
`·` on the baseline with nothing above it. The columns are Textual's own (the same buckets, the same
stepping over them), and so are the bars, but for their base: Textual measures them from the lowest
value, so that where the term occurs in every period the period with least is drawn as if it had none
(January 90.9‰, February 80‰: February's bar was `▁`); here they stand on 0, as in `duba trend`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction

from rich.color import Color, blend_rgb
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from textual.app import RenderResult as WidgetRenderResult
from textual.renderables.sparkline import Sparkline as SparklineRenderable
from textual.widgets import Sparkline

GAP = "·"
"""The mark on the baseline of a column with no articles."""


def empty_columns(empty: Sequence[bool], width: int) -> list[bool]:
    """For each of `width` columns, are all the periods it draws without articles? The periods are
    parted into buckets and the columns step over them as Textual's sparkline does."""
    count = len(empty)
    if count < 2 or width <= 0:
        return [False] * max(width, 0)
    step = Fraction(count, width)
    ranges = [
        (int(step * n), int(step * (n + 1))) for n in range(width) if int(step * n) < int(step * (n + 1))
    ]
    columns, at, stride = [], 0.0, len(ranges) / width
    for _ in range(width):
        start, end = ranges[int(at)]
        columns.append(all(empty[start:end]))
        at += stride
    return columns


class _Gapped:
    """Textual's sparkline renderable with the empty columns blanked out."""

    def __init__(self, inner: object, columns: list[bool], style: Style) -> None:
        self.inner = inner
        self.columns = columns
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines: list[list[Segment]] = [[]]
        for segment in console.render(self.inner, options):  # type: ignore[arg-type]
            if segment.text == "\n":
                lines.append([])
            else:
                lines[-1].extend(_cells(segment))
        for number, line in enumerate(lines):
            last = number == len(lines) - 1
            for column, segment in enumerate(line):
                if column < len(self.columns) and self.columns[column]:
                    segment = Segment(GAP, self.style) if last else Segment(" ")
                yield segment
            if not last:
                yield Segment.line()


def _cells(segment: Segment) -> Iterable[Segment]:
    """A segment of bars as one segment per bar (Textual's are one already; this keeps columns right)."""
    if len(segment.text) <= 1:
        yield segment
    else:
        yield from (Segment(character, segment.style) for character in segment.text)


class _FromZero(SparklineRenderable[float]):
    """Textual's sparkline renderable with its bars measured from 0 instead of from the lowest value."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        data = list(self.data)
        if len(data) < 2 or min(data) <= 0:  # (Textual's own bars start at 0 then, or are one bar)
            yield from super().__rich_console__(console, options)
            return
        width = self.width or options.max_width
        height = self.height or 1
        per_row = len(self.BARS)
        peak = max(data)
        buckets = tuple(self._buckets(data, num_buckets=width))
        low, high = self.min_color.color, self.max_color.color
        assert low is not None and high is not None
        heights: list[float] = []
        at, step = 0.0, len(buckets) / width  # (Textual's stepping, so the columns are its own)
        for _ in range(width):
            heights.append(self.summary_function(buckets[int(at)]) / peak)
            at += step
        for row in reversed(range(height)):
            for ratio in heights:
                bar = int(ratio * (per_row * height - 1))
                if bar < row * per_row:
                    yield Segment(" ")
                    continue
                mark = "█" if bar >= (row + 1) * per_row else self.BARS[bar % per_row]
                yield Segment(mark, Style.from_color(_blend(low, high, ratio)))
            if row > 0:
                yield Segment.line()


def _blend(low: Color, high: Color, ratio: float) -> Color:
    """The colour `ratio` of the way from `low` to `high`, as Textual colours its bars."""
    if low.triplet is None or high.triplet is None:
        return high
    return Color.from_triplet(blend_rgb(low.triplet, high.triplet, ratio))


class GappedSparkline(Sparkline):
    """A `Sparkline` of `data` with a gap (`GAP`) where `empty` says a period has no articles."""

    def __init__(self, data: Sequence[float], empty: Sequence[bool], **kwargs: object) -> None:
        super().__init__(data, **kwargs)  # type: ignore[arg-type]
        self.empty = list(empty)

    def render(self) -> WidgetRenderResult:
        """Textual's bars standing on 0, the columns of periods with no articles blanked to a dim
        baseline mark."""
        drawn = super().render()
        assert isinstance(drawn, SparklineRenderable)
        inner = _FromZero(
            drawn.data,
            width=drawn.width,
            height=drawn.height,
            min_color=drawn.min_color.color,
            max_color=drawn.max_color.color,
            summary_function=drawn.summary_function,
        )
        if not any(self.empty):
            return inner
        style = self.get_component_rich_style("sparkline--min-color", partial=True) + Style(dim=True)
        return _Gapped(inner, empty_columns(self.empty, self.size.width), style)
