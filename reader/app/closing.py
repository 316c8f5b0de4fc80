"""Keys typed in one burst across the closing of a screen over the reader (a dialog, the help, the
bookmarks, the concordance, the trend chart).

Textual sends each key to the screen on top when the key arrives, and runs a binding only once the key
has bubbled up to the app: escape, `/` and a word typed fast on the help all went to the help, and by
the time escape had closed it the word was lost (in a dialog's box it was typed into the box being
closed). So such a screen runs its keys' bindings as they pass it (`ClosesInTurn`), and a key that
reaches it after a key before it closed it is sent again to the screen now on top (`closed`).
"""

from __future__ import annotations

from typing import Any, cast

from textual import events
from textual.message_pump import MessagePump
from textual.screen import Screen


async def run_binding(screen: Screen[Any], event: events.Key, *, app_bindings: bool = False) -> bool:
    """Run the binding `event` has on `screen` (the focused widget's, the screen's; with `app_bindings`,
    the app's too) now, as the key passes the screen, rather than once it has bubbled up to the app; True
    if one ran. Priority bindings (the app ran those before it sent the key on) and disabled ones are
    left to bubble."""
    active = screen.active_bindings.get(event.key)
    if active is None or not active.enabled or active.binding.priority:
        return False
    if active.node is screen.app and not app_bindings:
        return False
    if not await screen.app.run_action(active.binding.action, active.node):
        # the action passed (SkipAction: ctrl+c's copy with nothing selected): the key goes on up to the
        # next binding of the chain, as Textual sends it (the app's ctrl+c says how to quit)
        return False
    event.stop()
    event.prevent_default()
    return True


def closed(screen: Screen[Any], event: events.Key) -> bool:
    """Was `screen` closed by a key typed before `event` in the same burst? Then `event`, sent to it
    before it closed, is sent again to the screen now on top, as the terminal sent it (True)."""
    if screen in screen.app.screen_stack:
        return False
    send_again(screen, event)
    return True


def send_again(node: MessagePump, event: events.Key) -> None:
    """Stop `event` where it is (at `node`) and send it to the app again, as the terminal sent it: it goes
    to the screen on top now, behind the keys the app has yet to send on."""
    event.stop()
    event.prevent_default()
    app = node.app
    again = events.Key(event.key, event.character)
    again.set_sender(app)
    app.post_message(again)


class ClosesInTurn:
    """A screen over the reader whose keys act in the order typed: each key's binding runs as the key
    passes the screen (`run_binding`), so a key that closes the screen has closed it before the next
    arrives, and the keys after it go to the screen it uncovered (`closed`)."""

    async def on_key(self, event: events.Key) -> None:
        screen = cast("Screen[Any]", self)
        if not closed(screen, event):
            await run_binding(screen, event)
