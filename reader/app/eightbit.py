"""Readable text on a terminal of 256 colours.

A terminal without true colour (tmux by default, macOS Terminal) draws each colour as the nearest of its
256: the theme's text colours, shaded to reach WCAG AA's 4.5:1 in true colour
(`reader.app.widgets.styling.READABLE`), can fall under it there. textual-light's amber key terms
(#7c5014 on #d8d8d8, 4.5:1) are drawn as colour 94 on 252 (3.7:1); the list's cursor row in
textual-dark, white on #0178d4 (4.5:1), as 15 on 32 (3.9:1). `EightBitColours`, a line filter the app
adds on such a terminal, draws such text in the colour of the 6×6×6 cube or the grey ramp nearest to
its own that reaches 4.5:1 on the background as drawn, or, where no text colour on its side of the
background does (white on the cursor's mid blue), the background in the nearest one under which the
text does. (Colours 0-15 are the terminal's own palette: they are not chosen, and text drawn in them, as
an ANSI theme's is, is left as it is.)
"""

from __future__ import annotations

from functools import lru_cache

from rich._palettes import EIGHT_BIT_PALETTE
from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter

from reader.app.widgets.styling import READABLE, contrast, luminance

_CHOICES: list[tuple[int, Color]] = [(number, Color(*EIGHT_BIT_PALETTE[number])) for number in range(16, 256)]
"""The colours of the cube and the grey ramp, the same in every terminal."""

_SYSTEM = (ColorType.STANDARD, ColorType.WINDOWS)
"""Colours 0-15: drawn in the terminal's own palette."""


def drawn(color: RichColor) -> Color:
    """The colour a terminal of 256 colours draws for `color`."""
    r, g, b = color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return Color(r, g, b)


@lru_cache(1024)
def readable(style: Style) -> Style:
    """`style` as a terminal of 256 colours can draw it at `READABLE` or more: its own colours when they
    reach it; else the text in the colour nearest its own on the same side of the background (lighter or
    darker) that does; else, where none does (white on a mid blue), the background in the colour
    nearest its own that does under the text as drawn; else the text in the colour that comes nearest."""
    fg, bg = style.color, style.bgcolor
    if fg is None or bg is None or fg.is_default or bg.is_default:
        return style
    if fg.type in _SYSTEM or bg.type in _SYSTEM:
        return style  # the terminal's own palette (an ANSI theme): not known here, not ours to judge
    if style.reverse:
        fg, bg = bg, fg
    text, ground = drawn(fg), drawn(bg)
    if contrast(text, ground) >= READABLE:
        return style
    lighter = luminance(text) > luminance(ground)
    own = Color(*fg.get_truecolor())
    texts = [
        (n, c)
        for n, c in _CHOICES
        if contrast(c, ground) >= READABLE and (luminance(c) > luminance(ground)) == lighter
    ]
    if texts:
        return _with(style, text=min(texts, key=lambda choice: _distance(choice[1], own))[0])
    under = Color(*bg.get_truecolor())
    grounds = [(n, c) for n, c in _CHOICES if contrast(text, c) >= READABLE]
    if grounds:
        return _with(style, ground=min(grounds, key=lambda choice: _distance(choice[1], under))[0])
    return _with(style, text=max(_CHOICES, key=lambda choice: contrast(choice[1], ground))[0])


def _with(style: Style, *, text: int | None = None, ground: int | None = None) -> Style:
    """`style` with its text or its background colour replaced by colour number `text` / `ground`."""
    color = RichColor.from_ansi(text if text is not None else ground)  # type: ignore[arg-type]
    swap = bool(style.reverse)  # (a reversed style draws its colour as the background)
    if (text is not None) != swap:
        return style + Style(color=color)
    return style + Style(bgcolor=color)


def _distance(color: Color, other: Color) -> float:
    """How far apart two colours look, hue before lightness: the distance of their shades (each less
    its mean) plus a quarter of that of their means (so amber made darker stays brownish, not grey)."""
    mean, other_mean = (color.r + color.g + color.b) / 3, (other.r + other.g + other.b) / 3
    shade = sum(
        ((a - mean) - (b - other_mean)) ** 2
        for a, b in ((color.r, other.r), (color.g, other.g), (color.b, other.b))
    )
    return shade + (mean - other_mean) ** 2 / 4


class EightBitColours(LineFilter):
    """Text a 256-colour terminal would draw under 4.5:1 on its background, in the nearest colour that
    reaches it."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        """The segments, each style made `readable`."""
        return [
            segment
            if segment.style is None
            else Segment(segment.text, readable(segment.style), segment.control)
            for segment in segments
        ]
