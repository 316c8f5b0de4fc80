"""The text box every screen types into: its keys act in the order they were typed.

Textual inserts a printable key as soon as the focused `Input` gets it, but runs a key's binding
(backspace, ctrl+u, ←, enter…) only once the key has bubbled up through every container to the app,
one message queue at a time. Keys that arrive in one burst (a paste, a slow link, a fast typist, a
script) therefore overtake the editing keys typed before them: `abcd`, then backspace ×3 and `xy` in
one burst, left `abc` (`xy` went in first, the backspaces then took `y`, `x`, `d`) where the typist
meant `axy`. `TextInput` runs the binding a non-printable key has (the box's own, its screen's or the
app's, as Textual would choose it) as the box handles the key, in turn with the characters around it.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class TextInput(Input):
    """An `Input` whose editing keys and other bindings act in the order the keys were typed."""

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable or not await self._run_binding(event):
            await super()._on_key(event)

    async def take_key(self, event: events.Key) -> None:
        """Handle `event` as if it had been typed here: a key sent to another widget that gave this
        box the focus while the keys after it were already on their way (the bookmarks list)."""
        if event.is_printable and event.character is not None:
            event.stop()
            event.prevent_default()
            self.insert_text_at_cursor(event.character)
        else:
            await self._run_binding(event)

    async def _run_binding(self, event: events.Key) -> bool:
        """Run the binding `event` has here now, if any; True if it ran."""
        # Priority bindings ran already (the app checks them before forwarding the key); a disabled
        # one is left to bubble, as before.
        active = self.screen.active_bindings.get(event.key)
        if active is None or not active.enabled or active.binding.priority:
            return False
        event.stop()
        event.prevent_default()
        await self.app.run_action(active.binding.action, active.node)
        return True
