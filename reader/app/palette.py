"""The command palette (Textual's), and the keys typed in one burst with the keys that open it and run a
command from it.

Textual sends each key to the widget focused when the key arrives. The keys typed right after ctrl+p
went to the reader before the palette was there to take them, and were lost; the enter that picks a
command closes the palette only after a chain of messages (the box submits, the list selects, the palette
closes), so the keys typed right after it (ctrl+p, a headline, enter, then `/` and a word) went into the
box of the palette that was closing, and the command ran after them. So the app holds the keys that come
after ctrl+p until the palette's box has the focus, and those that come after an enter on the palette
until it has acted (`KeyHold`); the palette acts on enter as the key passes it (after the keys typed
before it are in its box) once it lists the commands of what is in its box, runs the command it picked,
and the held keys then go on, in order, to whatever is on top: the reader, the palette again, or the
palette the command opened (the theme chooser).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import (
    Command,
    CommandInput,
    CommandList,
    CommandPalette,
    DiscoveryHit,
    Hit,
    SearchIcon,
)
from textual.containers import Horizontal, Vertical
from textual.filter import LineFilter
from textual.widgets import Button, Input, LoadingIndicator
from textual.worker import Worker

from reader.app.recolour import unshaded
from reader.app.widgets.text_input import TextInput

HOLD_AT_MOST = 10.0
"""Seconds after which held keys go on whatever the palette's state: a palette that never took them back
would leave the reader deaf to every key, ctrl+q too. (A hold lasts milliseconds: a palette's opening, or
its search for what was typed before enter.)"""


class KeyHold:
    """Keys the app holds back while a palette cannot take them yet (it is opening, or acting on enter)."""

    def __init__(self, app: App[Any], dispatch: Callable[[events.Key], Any]) -> None:
        self.app = app
        self._dispatch = dispatch
        self._held: list[events.Key] | None = None
        self._holds = 0
        """Holds begun so far: a hold's time limit ends that hold only."""

    def hold(self) -> None:
        """Hold the keys from now on, until `release`."""
        if self._held is None:
            self._held = []
            self._holds += 1
            number = self._holds
            self.app.set_timer(HOLD_AT_MOST, lambda: self.expire(number))

    def takes(self, event: events.Key) -> bool:
        """Called with every key the app gets, before it goes anywhere: True when the key is held (the app
        drops it for now). An enter on the palette holds the keys after it."""
        if self._held is not None:
            self._held.append(event)
            return True
        if event.key == "enter" and isinstance(self.app.screen, Palette):
            self.hold()
        return False

    def expire(self, number: int) -> None:
        """Hold `number` has lasted `HOLD_AT_MOST`: if it still holds, its keys go on now."""
        if self._held is not None and number == self._holds:
            self.app.call_later(self.release, True)

    async def release(self, force: bool = False) -> None:
        """The held keys go on as if typed now, unless a palette on top still cannot take them (it will
        call again) and this is not `force`d. Newer keys in the app's queue are held too until this runs,
        so none overtakes."""
        top = self.app.screen
        if isinstance(top, Palette) and not top.ready and not force:
            return
        held, self._held = self._held or [], None
        for event in held:
            again = events.Key(event.key, event.character)
            again.set_sender(self.app)
            await self._dispatch(again)  # an enter among them on a palette holds those after it again


class PaletteInput(CommandInput, TextInput):
    """The palette's box: its editing keys act in turn with the characters typed around them
    (`TextInput`; Textual's box ran backspace after the characters typed after it in one burst). Not
    enter: that bubbles up to the palette (`Palette.on_key`)."""

    async def _run_binding(self, event: events.Key) -> bool:
        return event.key != "enter" and await super()._run_binding(event)


class Palette(CommandPalette):
    """Textual's command palette, whose ground (the reader dimmed) `TrueColours` leaves dimmed, whose
    escape closes it as the key arrives (a priority binding: the keys typed after it in one burst go to the
    reader, not into the box of the palette that was closing; `reader.app.closing` for duba's own screens),
    and whose enter acts as it passes the palette, with the keys after it held (`KeyHold`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "escape", "Exit the command palette", priority=True),
    ]

    def __init__(self, hold: KeyHold, **kwargs: Any) -> None:
        """A palette whose held keys `hold` lets go once its box has the focus (whoever pushes it holds
        them from the key that opened it: `KeyHold.hold`, then push at once)."""
        super().__init__(**kwargs)
        self._hold = hold
        self.ready = False
        """Its box has had the focus: the keys held since it opened can go to it."""
        self._enter = False
        """Enter was typed and has not been acted on yet."""
        self._asked = ""
        """The text whose commands are (being) listed: Textual's palette searches "" as it opens."""

    def get_line_filters(self) -> Sequence[LineFilter]:
        """The app's line filters but `TrueColours` (see `reader.app.recolour.unshaded`)."""
        return unshaded(super().get_line_filters())

    def compose(self) -> ComposeResult:
        """Textual's (textual 8.2), with `PaletteInput` for its box."""
        with Vertical(id="--container"):
            with Horizontal(id="--input"):
                yield SearchIcon()
                yield PaletteInput(placeholder=self._placeholder, select_on_focus=False)
                if not self.run_on_select:
                    yield Button("\u25b6")
            with Vertical(id="--results"):
                yield CommandList()
                yield LoadingIndicator()

    def on_mount(self) -> None:
        """Its busy indicator still until it is shown (after the children's own mount, which starts it)."""
        self.call_after_refresh(self._animate_busy)

    async def _watch__show_busy(self) -> None:
        await super()._watch__show_busy()
        self._animate_busy()

    def _animate_busy(self) -> None:
        """Textual's indicator redraws 16 times a second from its mount on, shown or not: the palette left
        open woke the app as often, idle. It moves only while the palette shows it (a slow search).
        (Textual-private: `_show_busy` and its watcher, textual 8.2, pinned <9.)"""
        self.query_one(LoadingIndicator).auto_refresh = 1 / 16 if self._show_busy else None

    def on_descendant_focus(self) -> None:
        """Its box has the focus: the keys held since it was opened go to it."""
        if not self.ready:
            self.ready = True
            self._release()

    def on_unmount(self) -> None:
        """Closed (some other way than by enter) while keys were held: they go on to what is on top."""
        self.ready = True
        self._release()

    def on_key(self, event: events.Key) -> None:
        """Enter, bubbling up from the box once the keys typed before it are in: act on it as soon as
        the commands listed are those of what is in the box (`_act_on_enter`)."""
        if event.key != "enter":
            return
        event.stop()
        event.prevent_default()
        self._enter = True
        self._act_on_enter()

    @on(Input.Changed)
    def _asking(self, event: Input.Changed) -> None:
        """(Before Textual's own handler, which starts the search for the commands of the new text.)"""
        self._asked = event.value.strip()
        self.call_later(self._act_on_enter)  # the search started: an enter waits for it

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A search for commands ended: an enter typed before it can be acted on now."""
        if event.worker.group == self._GATHER_COMMANDS_GROUP and event.worker.is_finished:
            self._act_on_enter()

    def _act_on_enter(self) -> None:
        """Pick the command as Textual's palette does (the highlighted one; with none highlighted, the
        first, run at once if it is the only one), close and run it, then let the held keys go on. Not
        while the list is still that of a shorter text (a word and enter typed in one burst: the search
        was not done, and enter ran the command highlighted for the text before)."""
        if not self._enter or self._searching():
            return
        self._enter = False
        hit = self._picked()
        if hit is not None:
            self._cancel_gather_commands()
            self.app.post_message(CommandPalette.Closed(option_selected=True))
            self.dismiss()
            self.app.call_later(hit.command)  # as Textual's palette runs it: once it is closed
        self._release()  # after the command (the app's queue is in order)

    def _searching(self) -> bool:
        """Is the list not yet that of the text in the box (its search not begun, or not done)?"""
        if self.query_one(CommandInput).value.strip() != self._asked:
            return True
        return any(
            worker.node is self and worker.group == self._GATHER_COMMANDS_GROUP and not worker.is_finished
            for worker in self.workers
        )

    def _release(self) -> None:
        self.app.call_later(self._hold.release)

    def _picked(self) -> DiscoveryHit | Hit | None:
        """The command enter runs (Textual's `_select_or_command`, done at once), or None when enter only
        highlights the first of several."""
        commands = self.query_one(CommandList)
        if not self._list_visible:
            return self._selected_command
        if commands.highlighted is None:
            self._action_cursor_down()
            if commands.option_count != 1 or commands.highlighted is None:
                return None
        option = commands.get_option_at_index(commands.highlighted)
        return option.hit if isinstance(option, Command) and not option.disabled else None
