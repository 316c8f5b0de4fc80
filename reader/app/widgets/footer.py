"""The footer: as many keys as fit the width, the most useful first, and never one cut in half.

Textual's `Footer` lists every shown binding in the order of the binding chain and lets the line run off
the screen: at 120 columns the reading screen's footer ended in "(/) Sentenc", and the palette key
(`^p`, the way to every command and theme) was never visible. `KeyFooter` ranks the keys, takes them
in that order while they fit, and leaves out the rest (help lists them all). The ranking: the command
palette first, then the screen's keys (the reading screen's in `READING_ORDER`, any other screen's in
its own order), then keys only the app binds.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

FIRST = ("command_palette",)
"""Always shown, leftmost: every command (and every key, under Help) is one search away."""

READING_ORDER = (
    "help",
    "next_article",
    "previous_article",
    "open_group",
    "next_hit",
    "previous_hit",
    "search",
    "sort_results",
    "bookmarks",
    "bookmark_passage",
    "quit",
    "switch_focus",
    "toggle_sidebar",
    "down",
    "page_down",
    "top",
    "toggle_entities",
    "next_sentence",
    "copy_passage",
)
"""The reading screen's keys, most useful first (what a 40-column footer keeps: ^p, help, n/p, search).
The list's ←/→ (open and close groups) shows only while the list has the focus and groups to open."""


def rank(binding: Binding, position: int, from_app: bool) -> tuple[int, int]:
    """Sort key of a binding: FIRST; the screen's keys in READING_ORDER; its other keys in the order of
    the binding chain; last, keys that only the app binds (so a list's own keys come before help)."""
    if binding.id in FIRST:
        return (0, FIRST.index(binding.id))
    if from_app:
        return (3, position)
    if binding.id in READING_ORDER:
        return (1, READING_ORDER.index(binding.id))
    return (2, position)


class KeyFooter(Footer):
    """A compact footer that shows the highest-ranked keys that fit its width, each one whole."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, compact=True, show_command_palette=False)
        self._composed_width = -1
        self._composed: list[tuple[str, str, str, str, bool, str | None]] | None = None

    def _width(self) -> int:
        return self.size.width or self.screen.size.width or self.app.size.width

    def _chosen(self, width: int) -> Iterator[tuple[Binding, bool, str]]:
        app = self.app
        shown = [
            (binding, enabled, tooltip, node is app)
            for node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        ]
        seen: set[str] = set()
        unique = []
        for binding, enabled, tooltip, from_app in shown:  # one entry per action (e.g. "n" and "]")
            if binding.action not in seen:
                seen.add(binding.action)
                unique.append((binding, enabled, tooltip, from_app))
        ranked = sorted(enumerate(unique), key=lambda item: rank(item[1][0], item[0], item[1][3]))
        room = width
        for _, (binding, enabled, tooltip, _from_app) in ranked:
            # compact FooterKey: "key description" and a margin of one cell
            needed = cell_len(self.app.get_key_display(binding)) + 1 + cell_len(binding.description) + 1
            if needed <= room:
                room -= needed
                yield binding, enabled, tooltip

    def _keys(self, width: int) -> list[tuple[str, str, str, str, bool, str | None]]:
        """What the footer shows at `width`: per key, what its FooterKey is made from."""
        display = self.app.get_key_display
        return [
            (binding.key, display(binding), binding.description, binding.action, enabled, tooltip)
            for binding, enabled, tooltip in self._chosen(width)
        ]

    async def recompose(self) -> None:
        # Textual's Footer recomposes on every change of the bindings (each focus change, each screen
        # pushed or popped), though the keys that fit mostly stay the same: 13 keys mounted and styled
        # again, then a layout of the whole screen. Skipped when the keys shown would not change, and on
        # a screen being dismissed (the bindings change once more as it goes: it has no screen to ask).
        if not self.is_attached:
            return
        if self._bindings_ready and self._composed == self._keys(self._width()):
            return
        await super().recompose()

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        width = self._width()
        self._composed_width = width
        self._composed = self._keys(width)
        for key, display, description, action, enabled, tooltip in self._composed:
            yield FooterKey(
                key, display, description, action, disabled=not enabled, tooltip=tooltip
            ).data_bind(compact=Footer.compact)

    def on_resize(self, event: events.Resize) -> None:
        if self._bindings_ready and event.size.width != self._composed_width:
            self.call_after_refresh(self.recompose)
