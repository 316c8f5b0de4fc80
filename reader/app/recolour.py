"""The base of the line filters that redraw text a terminal of few colours would draw too faint.

A terminal of 16 or 256 colours draws each colour of a theme as the nearest of its own, and text that
reached its contrast in true colour can fall under it there (`reader.app.sixteen`, `reader.app.eightbit`).
Such a filter judges each pair of colours once: the styles of Textual's segments differ by far more than
their colours (each carries its offsets, its click actions), so the answer is kept per pair.

In true colour, `TrueColours` does the same for whatever theme is in use: the app shades the theme's
text variables on its grounds (`reader.app.widgets.styling.readable_variables`), but Textual's widgets
draw text on grounds of their own too (a focused field's tint, the palette's highlighted command, a
placeholder's faded colour), and each theme pairs them differently (nord's typed text on its focus
tint 3.9:1, solarized-light's palette 3.2:1). It moves text under 4.5:1 toward black or white, its hue
kept, and leaves what is not read (frames, scroll bars, chart bars) as the theme draws it.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Sequence

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter

Pair = tuple[RichColor | None, RichColor | None]
"""A new text colour and a new background colour for a pair of colours as seen; None: keep it."""

_NOT_READ = re.compile("[\\s\u2500-\u259f]*\\Z").match
"""Spaces, box drawing and block elements: frames, scroll bars and chart bars, seen but not read."""

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

    TEXT_ONLY = False
    """Recolour only segments with something to read (not `_NOT_READ`), leaving frames and bars be."""

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
        text_only = self.TEXT_ONLY
        return [
            segment
            if segment.style is None or (text_only and _NOT_READ(segment.text))
            else Segment(segment.text, self.readable(segment.style), segment.control)
            for segment in segments
        ]


class TrueColours(ReadableColours):
    """Text under `READABLE` against its background, in true colour, moved toward black or white until
    it reaches it (`readable_on`); frames and bars left as they are (see the module docstring)."""

    TEXT_ONLY = True

    def recolour(self, text: RichColor, ground: RichColor) -> Pair:
        """See `ReadableColours.recolour`."""
        from reader.app.widgets.styling import READABLE, contrast, readable_on

        seen, under = Color.from_rich_color(text), Color.from_rich_color(ground)
        if seen.ansi is not None or under.ansi is not None or contrast(seen, under) >= READABLE:
            return None, None  # (ANSI colours are the terminal's to draw)
        return readable_on(seen, under).rich_color, None


def unshaded(filters: Sequence[LineFilter]) -> list[LineFilter]:
    """`filters` less `TrueColours`: for a modal screen, whose own lines are the screen beneath it dimmed
    (dimmed on purpose, to be seen and not read: shading it back to 4.5:1 would undo the dimming)."""
    return [line_filter for line_filter in filters if not isinstance(line_filter, TrueColours)]
