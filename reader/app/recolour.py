"""The base of the line filters that redraw text a terminal of few colours would draw too faint.

A terminal of 16 or 256 colours draws each colour of a theme as the nearest of its own, and text that
reached its contrast in true colour can fall under it there (`reader.app.sixteen`, `reader.app.eightbit`).
Such a filter judges each pair of colours once: the styles of Textual's segments differ by far more than
their colours (each carries its offsets, its click actions), so the answer is kept per pair.
"""

from __future__ import annotations

from abc import abstractmethod

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter

Pair = tuple[RichColor | None, RichColor | None]
"""A new text colour and a new background colour for a pair of colours as seen; None: keep it."""

KEPT_PAIRS = 4096
"""How many colour pairs a filter remembers (a few dozen per theme) before it starts again."""


def sides(style: Style) -> tuple[RichColor, RichColor] | None:
    """The text and background colours `style` is seen in (a reversed style draws its colour as the
    background), or None when either is the terminal's default."""
    fg, bg = style.color, style.bgcolor
    if fg is None or bg is None or fg.is_default or bg.is_default:
        return None
    return (bg, fg) if style.reverse else (fg, bg)


class ReadableColours(LineFilter):
    """A line filter that draws each segment's text and background in the colours `recolour` gives for
    them as seen, and keeps the rest of its style."""

    def __init__(self, enabled: bool = True) -> None:
        super().__init__(enabled)
        self._pairs: dict[tuple[RichColor, RichColor, bool], Style | None] = {}

    @abstractmethod
    def recolour(self, text: RichColor, ground: RichColor) -> Pair:
        """What text in colour `text` on `ground` is drawn in instead, if anything."""

    def readable(self, style: Style) -> Style:
        """`style` with its text or background colour replaced as `recolour` says."""
        seen = sides(style)
        if seen is None:
            return style
        key = (*seen, bool(style.reverse))
        if key not in self._pairs:
            if len(self._pairs) >= KEPT_PAIRS:
                self._pairs.clear()
            self._pairs[key] = self._change(*key)
        change = self._pairs[key]
        return style if change is None else style + change

    def _change(self, text: RichColor, ground: RichColor, reverse: bool) -> Style | None:
        """The style to add for `recolour`'s answer, its colours put back where a reversed style has them."""
        new_text, new_ground = self.recolour(text, ground)
        if new_text is None and new_ground is None:
            return None
        if reverse:
            new_text, new_ground = new_ground, new_text
        return Style(color=new_text, bgcolor=new_ground)

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """The segments, each style made `readable`."""
        return [
            segment
            if segment.style is None
            else Segment(segment.text, self.readable(segment.style), segment.control)
            for segment in segments
        ]
