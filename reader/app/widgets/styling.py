"""Component-class styles as opaque Rich styles, so that every theme's colours come out as the theme meant.

The widgets that draw their own lines (`render_line`, `render`) paint text with the Rich style of a
component class (`reading--byline`, `key-terms--label` …). Textual's `get_component_rich_style(name,
partial=True)` hands colours over as written: alpha is dropped and `auto` is not resolved. So `$text-muted`
(`auto 60%`) came out pure white, invisible on every light theme (textual-light: white on 252), and
`$primary 30%` came out as solid `$primary`. `ComponentStyles` resolves them the way Textual resolves a
widget's own `color`: an `auto` colour becomes black or white by contrast with the background under it,
and a translucent colour is blended over that background.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
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
        if (
            drawn is not None
            and (bgcolor is not None or over is not None)
            and contrast(drawn, background) < MIN_CONTRAST
        ):
            # a theme's own pair can be unreadable (gruvbox's cursor: cream on sage, 2.4:1), and so can a
            # colour meant for the plain background on a cursor row (textual-dark: muted on blue, 2.6:1)
            drawn = background + background.get_contrast_text(0.9)
        color = None if drawn is None else drawn.rich_color
        return Style(color=color, bgcolor=bgcolor) + styles.text_style


MIN_CONTRAST = 3.0
"""Text on a component's own background below this WCAG contrast ratio is drawn black or white instead."""


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
