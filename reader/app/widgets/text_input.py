"""The text box every screen types into: its keys act in the order they were typed.

Textual inserts a printable key as soon as the focused `Input` gets it, but runs a key's binding
(backspace, ctrl+u, ←, enter…) only once the key has bubbled up through every container to the app,
one message queue at a time. Keys that arrive in one burst (a paste, a slow link, a fast typist, a
script) therefore overtake the editing keys typed before them: `abcd`, then backspace ×3 and `xy` in
one burst, left `abc` (`xy` went in first, the backspaces then took `y`, `x`, `d`) where the typist
meant `axy`. `TextInput` runs the binding a non-printable key has (the box's own, its screen's or the
app's, as Textual would choose it) as the box handles the key, in turn with the characters around it.

A character of such a burst may also reach the box before the box has heard that it has the focus (the
key before it gave the focus): `type_in` types it as a key would, and the focus, when the box hears of
it, no longer selects the text (`select_on_focus`), which the next key would have replaced.

A paste of several lines is typed in whole, its lines joined by a space (Textual keeps the first).

The cursor blinks for `BLINK_TOGGLES` half-seconds after the focus or a key, then stays lit: a box left
focused (the search box, the palette's) woke the app twice a second for as long as it stayed so. This
overrides Textual's private `Input._restart_blink` and `_toggle_cursor` (and calls `_pause_blink`), as
textual 8.2 has them (pinned <9 in pyproject): a Textual upgrade must check them again
(tests/test_app.py: the blink and idle tests).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input
from textual.widgets.input import Selection

from reader.app.closing import closed, run_binding

BLINK_TOGGLES = 20
"""Half-seconds the cursor blinks after the focus, a key or a click (Textual blinks it for ever)."""


class TextInput(Input):
    """An `Input` whose editing keys and other bindings act in the order the keys were typed, and
    whose cursor stops blinking, lit, when nothing has been typed for a while."""

    _blinks_left = BLINK_TOGGLES

    _typed_unfocused = False
    """Characters were typed in since the focus was given, before the box heard of it."""

    async def _on_key(self, event: events.Key) -> None:
        if closed(self.screen, event):  # a key before it closed the dialog: it goes where that led
            return
        if event.is_printable or not await self._run_binding(event):
            await super()._on_key(event)

    async def take_key(self, event: events.Key) -> None:
        """Handle `event` as if it had been typed here: a key sent to another widget that gave this
        box the focus while the keys after it were already on their way (the bookmarks list)."""
        if event.is_printable and event.character is not None:
            event.stop()
            event.prevent_default()
            self.type_in(event.character)
        else:
            await self._run_binding(event)

    def type_in(self, text: str) -> None:
        """Type `text` here as a key would (over the selection), also before the box has heard that it
        has the focus: then it first selects what the focus would select (the old query `/` replaces),
        and the focus, when it is heard of, leaves the text typed since as it is."""
        if not self.has_focus and not self._typed_unfocused:
            self._typed_unfocused = True
            if self.select_on_focus:
                self.selection = Selection(0, len(self.value))
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *selection)

    def type_at_end(self, text: str) -> None:
        """Type `text` after what the box holds, also before the box has heard that it has the focus
        (a character typed elsewhere on its screen, sent here): the focus then selects nothing, so
        the characters typed after it add to the text instead of replacing it."""
        if not self.has_focus:
            self._typed_unfocused = True
        self.cursor_position = len(self.value)
        self.insert_text_at_cursor(text)

    def _on_paste(self, event: events.Paste) -> None:
        # Textual's Input keeps the first line of a paste and drops the others (textual 8.2
        # `Input._on_paste`): a note pasted from a dictionary or a web page lost all but its first
        # line, unseen. A box holds one line, so the lines are joined by a space (blank ones dropped).
        text = " ".join(line for line in (line.strip() for line in event.text.splitlines()) if line)
        if text:
            self.type_in(text)
        event.stop()
        event.prevent_default()  # (Input's own handler would then type the first line again)

    def _on_focus(self, event: events.Focus) -> None:
        # Runs before Input's handler, which selects the whole text when `select_on_focus`.
        if self._typed_unfocused:
            self._typed_unfocused = False
            if self.select_on_focus:
                self.select_on_focus = False
                self.call_next(setattr, self, "select_on_focus", True)

    def _on_blur(self, event: events.Blur) -> None:
        self._typed_unfocused = False

    def _restart_blink(self) -> None:
        self._blinks_left = BLINK_TOGGLES
        super()._restart_blink()

    def _toggle_cursor(self) -> None:
        self._blinks_left -= 1
        if self._blinks_left > 0:
            super()._toggle_cursor()
        else:
            self._pause_blink(visible=True)  # lit, and no timer until the next key, focus or click

    async def _run_binding(self, event: events.Key) -> bool:
        """Run the binding `event` has here now, the app's too, if any; True if it ran."""
        return await run_binding(self.screen, event, app_bindings=True)
