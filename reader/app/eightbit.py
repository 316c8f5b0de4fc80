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

from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from textual.color import Color

from reader.app.recolour import Pair, ReadableColours
from reader.app.widgets.styling import READABLE, contrast, luminance

_LEVELS = (0, 95, 135, 175, 215, 255)
"""The six levels of each primary in the 6×6×6 cube (xterm's, which every such terminal uses)."""

_CHOICES: list[tuple[int, Color]] = [
    *(
        (16 + index, Color(_LEVELS[index // 36], _LEVELS[index // 6 % 6], _LEVELS[index % 6]))
        for index in range(216)
    ),
    *((232 + step, Color(8 + 10 * step, 8 + 10 * step, 8 + 10 * step)) for step in range(24)),
]
"""The colours of the cube and the grey ramp, the same in every terminal."""

_SYSTEM = (ColorType.STANDARD, ColorType.WINDOWS)
"""Colours 0-15: drawn in the terminal's own palette."""


def drawn(color: RichColor) -> Color:
    """The colour a terminal of 256 colours draws for `color`."""
    r, g, b = color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return Color(r, g, b)


def recolour(fg: RichColor, bg: RichColor) -> Pair:
    """Text in `fg` on `bg` as a terminal of 256 colours can draw it at `READABLE` or more: its own
    colours when they reach it (None, None); else the text in the colour nearest its own on the same side
    of the background (lighter or darker) that does; else, where none does (white on a mid blue), the
    background in the colour nearest its own that does under the text as drawn; else the text in the
    colour that comes nearest. Colours 0-15 are the terminal's: they are left as they are."""
    if fg.type in _SYSTEM or bg.type in _SYSTEM:
        return None, None  # the terminal's own palette (an ANSI theme): not known here, not ours to judge
    text, ground = drawn(fg), drawn(bg)
    if contrast(text, ground) >= READABLE:
        return None, None
    lighter = luminance(text) > luminance(ground)
    own = Color(*fg.get_truecolor())
    texts = [
        (n, c)
        for n, c in _CHOICES
        if contrast(c, ground) >= READABLE and (luminance(c) > luminance(ground)) == lighter
    ]
    if texts:
        return RichColor.from_ansi(min(texts, key=lambda choice: _distance(choice[1], own))[0]), None
    under = Color(*bg.get_truecolor())
    grounds = [(n, c) for n, c in _CHOICES if contrast(text, c) >= READABLE]
    if grounds:
        return None, RichColor.from_ansi(min(grounds, key=lambda choice: _distance(choice[1], under))[0])
    return RichColor.from_ansi(max(_CHOICES, key=lambda choice: contrast(choice[1], ground))[0]), None


def _distance(color: Color, other: Color) -> float:
    """How far apart two colours look, hue before lightness: the distance of their shades (each less
    its mean) plus a quarter of that of their means (so amber made darker stays brownish, not grey)."""
    mean, other_mean = (color.r + color.g + color.b) / 3, (other.r + other.g + other.b) / 3
    shade = sum(
        ((a - mean) - (b - other_mean)) ** 2
        for a, b in ((color.r, other.r), (color.g, other.g), (color.b, other.b))
    )
    return shade + (mean - other_mean) ** 2 / 4


class EightBitColours(ReadableColours):
    """Text a 256-colour terminal would draw under 4.5:1 on its background, in the nearest colour that
    reaches it."""

    def recolour(self, text: RichColor, ground: RichColor) -> Pair:
        """See `recolour`."""
        return recolour(text, ground)
