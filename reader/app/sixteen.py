"""Readable text on a terminal of 16 colours.

Such a terminal draws every colour of a theme as the nearest of its 16 ANSI colours. The themes' greys
fall on the two greys of the palette: a light theme's panel becomes colour 7 (light grey) under muted
text in colour 8 (dark grey), a dark theme's panel colour 8 under light text in colour 7. Many palettes
draw those two greys close: 192 and 128 in the legacy Windows console and VGA (2.2:1), 204 and 118 in
Windows Terminal (2.8:1). `SixteenColours`, a line filter the app adds when the terminal has 16 colours,
draws such text in ANSI black or white instead (whichever keeps the theme's dark-on-light or
light-on-dark), where its colours would be under 3:1 in any of those palettes.
"""

from __future__ import annotations

from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.color import Color

from reader.app.recolour import Pair, ReadableColours
from reader.app.widgets.styling import MIN_CONTRAST, contrast, luminance

RGB = tuple[int, int, int]

LEGACY: list[RGB] = [
    (0, 0, 0), (128, 0, 0), (0, 128, 0), (128, 128, 0), (0, 0, 128), (128, 0, 128), (0, 128, 128),
    (192, 192, 192), (128, 128, 128), (255, 0, 0), (0, 255, 0), (255, 255, 0), (0, 0, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
]  # fmt: skip
"""The legacy Windows console's palette (VGA's colours)."""

XTERM: list[RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
]  # fmt: skip
"""xterm's default palette."""

CAMPBELL: list[RGB] = [
    (12, 12, 12), (197, 15, 31), (19, 161, 14), (193, 156, 0), (0, 55, 218), (136, 23, 152),
    (58, 150, 221), (204, 204, 204), (118, 118, 118), (231, 72, 86), (22, 198, 12), (249, 241, 165),
    (59, 120, 255), (180, 0, 158), (97, 214, 214), (242, 242, 242),
]  # fmt: skip
"""Windows Terminal's default palette (Campbell)."""

PALETTES: list[list[RGB]] = [LEGACY, XTERM, CAMPBELL]
"""The palettes text must be readable in: the legacy console, xterm, Windows Terminal (Campbell)."""

LEAST = MIN_CONTRAST
"""The contrast ratio text must reach (WCAG's; what the theme tests ask of coloured text)."""

BLACK, WHITE = RichColor.from_ansi(0), RichColor.from_ansi(15)


def _colour(palette: list[RGB], number: int) -> Color:
    return Color(*palette[number])


def worst_contrast(fg: int, bg: int) -> float:
    """The lowest WCAG contrast ratio of ANSI colour `fg` on `bg` over `PALETTES`."""
    return min(contrast(_colour(palette, fg), _colour(palette, bg)) for palette in PALETTES)


def ansi_number(color: RichColor) -> int:
    """The ANSI colour (0-15) a 16-colour terminal draws `color` as."""
    number = color.downgrade(ColorSystem.STANDARD).number
    return 7 if number is None else number


def recolour(fg: RichColor, bg: RichColor) -> Pair:
    """Text in `fg` on `bg`: drawn in ANSI black or white (None: as it is) if 16 colours would draw it
    too close to its background."""
    text, ground = ansi_number(fg), ansi_number(bg)
    if worst_contrast(text, ground) >= LEAST:
        return None, None
    lighter = luminance(_colour(LEGACY, text)) > luminance(_colour(LEGACY, ground))
    choices = [(15, WHITE), (0, BLACK)] if lighter else [(0, BLACK), (15, WHITE)]
    _, color = next(
        (c for c in choices if worst_contrast(c[0], ground) >= LEAST),
        max(choices, key=lambda c: worst_contrast(c[0], ground)),
    )
    return color, None


class SixteenColours(ReadableColours):
    """Text a 16-colour terminal would draw under 3:1 on its background, drawn in black or white."""

    def recolour(self, text: RichColor, ground: RichColor) -> Pair:
        """See `recolour`."""
        return recolour(text, ground)
