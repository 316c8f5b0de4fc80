"""Keys typed in one burst (a paste, a slow link) right after a key that opens something to type into.

Textual sends every key to the widget focused when it arrives, and runs a binding only once the key has
bubbled up to the app: by then the keys after it were all sent to the reading pane. So the main screen
hands each key it sees to `route_burst_key`, which runs the keys that open something to type into
(`/`, `m`, `B`, `D`, `T`, ctrl+p) as they pass the screen, and hands the characters that follow them on
to the box or the dialog (after ctrl+p, every key that follows, to the command palette). The other
bindings of the screen run as their keys pass it too, so that a key typed before one of those runs
before it (not after, on the dialog it opened).

The screens over the reader do the same for their own keys: `reader.app.closing`.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from textual import events
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import Input

from reader.app.closing import run_binding, send_again
from reader.app.widgets.text_input import TextInput

TYPING_ACTIONS = (
    "search",
    "bookmarker('mark')",
    "bookmarker('list')",
    "archive('goto_date')",
    "archive('trend')",
)
"""Actions that open something to type into: their keys run as they pass the screen."""


@runtime_checkable
class TypeAhead(Protocol):
    """A screen that takes characters typed before it could have the focus (the bookmark dialog, list)."""

    def type_ahead(self, text: str) -> None:
        """Take `text` as if typed into the field that has (or is about to have) the focus."""
        ...


class HeldTyping:
    """A screen's share of `TypeAhead`: the characters typed right after the key that opened it are
    held until it is mounted and calls `typing_ready`, then typed at the end of its `typing_box`."""

    _typed = ""
    _ready = False

    def typing_box(self) -> Input:
        """The box the held characters go to (a screen may move the focus to it here)."""
        raise NotImplementedError

    def typing_ready(self) -> None:
        """The screen is mounted: what was held goes to its box, and so does what comes after."""
        self._ready = True
        self.type_ahead("")

    def type_ahead(self, text: str) -> None:
        """Characters typed before this screen could have the focus: they go to its box."""
        self._typed += text
        if self._ready and self._typed:
            box = self.typing_box()
            box.cursor_position = len(box.value)
            box.insert_text_at_cursor(self._typed)
            self._typed = ""


async def route_burst_key(screen: Screen[Any], box: TextInput, event: events.Key) -> bool:
    """Send `event`, seen by `screen` on its way up, where the key before it led: into `box` (the search
    box) when it has the focus, into the dialog on top; or run its binding now if it opens one of them.
    True when it was sent or run here (then it is stopped); False leaves it to go on up."""
    top = screen.app.screen
    if top is not screen:
        if isinstance(top, CommandPalette):  # opened by ctrl+p in this burst: every key goes on to it
            send_again(screen, event)
            return True
        if event.is_printable and event.character and isinstance(top, TypeAhead):
            event.stop()
            event.prevent_default()
            top.type_ahead(event.character)
            return True
        return False
    if screen.focused is box and event.is_printable and event.character is not None:
        # the box takes every printable key it gets, so this one went elsewhere first
        event.stop()
        event.prevent_default()
        box.type_in(event.character)
        return True
    active = screen.active_bindings.get(event.key)
    if active is None or not active.enabled:
        return False
    if active.node is screen.app:
        if active.binding.action != "command_palette":
            return False
        # left to the app, the keys after ctrl+p had passed this screen before the palette opened: lost
        return await run_binding(screen, event, app_bindings=True)
    if active.node is screen and active.binding.action in TYPING_ACTIONS:
        event.stop()
        event.prevent_default()
        await screen.run_action(active.binding.action)
        return True
    # Any other binding of the screen or a widget on it runs here too, in the order typed: left to the
    # app (which runs bindings once the key has bubbled up to it), a key typed just before `m` or `/`
    # ran after them, on the dialog or the box they opened, and was lost (`n m` bookmarked the article
    # `n` was to leave).
    return await run_binding(screen, event)
