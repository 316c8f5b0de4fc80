"""Component-class styles as opaque Rich styles, so that every theme's colours come out as the theme meant.

The widgets that draw their own lines (`render_line`, `render`) paint text with the Rich style of a
component class (`reading--byline`, `key-terms--label` …). Textual's `get_component_rich_style(name,
partial=True)` hands colours over as written: alpha is dropped and `auto` is not resolved. So `$text-muted`
(`auto 60%`) came out pure white, invisible on every light theme (textual-light: white on 252), and
`$primary 30%` came out as solid `$primary`. `ComponentStyles` resolves them the way Textual resolves a
widget's own `color`: an `auto` colour becomes black or white by contrast with the background under it,
and a translucent colour is blended over that background. Text still under `READABLE` against what is
under it is moved toward black or white until it is not (`readable_on`), its hue kept.

`readable_variables` does the same to a theme's text colours ($text-primary … $foreground) against the
grounds the app draws text on, so that text styled in CSS (the dialogs' fields, the palette, the
toasts) reaches `READABLE` in every theme too: textual-light's amber key terms were 2.8:1 on its
panel, textual-dark's subtitles 3.4:1 on its panel.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color, ColorParseError
from textual.widget import Widget


class ComponentStyles:
    """The resolved styles of one widget's component classes, cached until `clear` (on a style change)."""

    def __init__(self, widget: Widget) -> None:
        self.widget = widget
        self._cache: dict[tuple[str, str | None], Style] = {}

    def clear(self) -> None:
        """Forget the resolved styles (call from `notify_style_update`: the theme or the CSS changed)."""
        self._cache.clear()

    def __call__(self, name: str, over: str | None = None) -> Style:
        """The Rich style of component class `name` with opaque colours (no colour: inherit the line's).

        `over` names a component class whose background lies under this one's text (a cursor row):
        translucent and `auto` colours are resolved against that background rather than the widget's.
        """
        key = (name, over)
        style = self._cache.get(key)
        if style is None:
            style = self._resolve(name, over)
            self._cache[key] = style
        return style

    def _background(self, over: str | None) -> Color:
        under = self.widget.background_colors[1]
        if under.a < 1:  # nothing opaque above the screen: resolve against the theme's background
            under = Color.parse(self.widget.app.current_theme.background or "#000000") + under
        if over is not None:
            styles = self.widget.get_component_styles(over)
            if styles.has_rule("background"):
                under += styles.background
        return under

    def _resolve(self, name: str, over: str | None) -> Style:
        styles = self.widget.get_component_styles(name)
        background = self._background(over)
        bgcolor = None
        if styles.has_rule("background") and styles.background.a > 0:
            background += styles.background
            bgcolor = background.rich_color
        drawn: Color | None = None
        if styles.has_rule("auto_color") and styles.auto_color:
            drawn = background + background.get_contrast_text(styles.color.a)
        elif styles.has_rule("color") and styles.color.a > 0:
            drawn = background + styles.color
        if drawn is not None:
            # a theme's own pair can be unreadable (gruvbox's cursor: cream on sage, 2.4:1), and so can a
            # colour meant for the plain background on a cursor row (textual-dark: muted on blue, 2.6:1)
            drawn = readable_on(drawn, background)
        color = None if drawn is None else drawn.rich_color
        return Style(color=color, bgcolor=bgcolor) + styles.text_style


MIN_CONTRAST = 3.0
"""The least WCAG contrast ratio a terminal of 16 colours must give text (`reader.app.sixteen`: its
palette is the terminal's, not ours to shade)."""

READABLE = 4.5
"""The WCAG contrast ratio every text colour the app draws reaches against what is under it (WCAG AA
for body text)."""

TEXT_VARIABLES = (
    "foreground",
    "text-primary",
    "text-secondary",
    "text-accent",
    "text-warning",
    "text-error",
    "text-success",
)
"""The theme variables that colour text (Textual's, and what duba's stylesheets use for text)."""

GROUNDS = ("background", "surface", "panel")
"""The theme variables the app draws text on (each also under $boost, the bars' tint)."""


def readable_on(color: Color, background: Color, ratio: float = READABLE) -> Color:
    """`color` (opaque) as drawn on `background`, moved toward white on a dark ground or toward black on
    a light one, by the least step of 2% that reaches `ratio`; as far as that goes, the other way when
    that reaches further (a mid-tone ground: gruvbox's sage cursor)."""
    if contrast(color, background) >= ratio:
        return color
    best = color
    for target in (background.get_contrast_text(1.0), background.get_contrast_text(1.0).inverse):
        for step in range(1, 51):
            moved = color.blend(target, step / 50, alpha=1.0)
            if contrast(moved, background) >= ratio:
                return moved
        if contrast(moved, background) > contrast(best, background):
            best = moved
    return best


def readable_variables(variables: dict[str, str]) -> dict[str, str]:
    """A theme's CSS variables with each text colour (`TEXT_VARIABLES`) moved, as `readable_on` does,
    until it reaches `READABLE` on every ground (`GROUNDS`, bare and under $boost); unchanged where it
    does, where a colour is not a plain one (an ANSI theme's, `auto`) and where the theme has no such
    variable."""
    try:
        grounds = [Color.parse(variables[name]) for name in GROUNDS]
        boost = Color.parse(variables.get("boost", "transparent"))
    except (KeyError, ColorParseError):
        return variables
    if any(ground.ansi is not None for ground in grounds):  # an ANSI theme: the terminal's colours
        return variables
    grounds += [ground + boost for ground in grounds]
    out = dict(variables)
    for name in TEXT_VARIABLES:
        try:
            color = Color.parse(variables[name])
        except (KeyError, ColorParseError):
            continue
        if color.ansi is not None or color.a < 1:
            continue
        for _ in range(len(grounds)):  # (each step only moves away from the grounds' side)
            worst = min(grounds, key=lambda ground: contrast(color, ground))
            moved = readable_on(color, worst)
            if moved == color:
                break
            color = moved
        out[name] = color.hex
    return out


def luminance(color: Color) -> float:
    """WCAG's relative luminance of `color` (0 black … 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, other: Color) -> float:
    """WCAG's contrast ratio of two colours: 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
