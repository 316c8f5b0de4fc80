"""The base of duba's modal screens (dialogs, help): drawn over the screen beneath, which stays dimmed; on a
tiny terminal the notices shown before a dialog opens go, and the screen beneath draws none."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from textual.filter import LineFilter
from textual.screen import ModalScreen, Screen

from reader.app.closing import ClosesInTurn
from reader.app.recolour import unshaded

Result = TypeVar("Result")


class Modal(ClosesInTurn, ModalScreen[Result]):
    """A modal screen whose ground, the screen beneath it dimmed, `TrueColours` leaves dimmed (its own
    widgets' text is still shaded to 4.5:1: they are not the screen's lines); keys typed in one burst
    with the one that closes it act on the screen beneath (`ClosesInTurn`)."""

    _beneath: Screen[Any] | None = None

    def on_mount(self) -> None:
        """The screen beneath is marked `-under-dialog`: on a terminal under
        `reader.app.app.SHORT_NOTICES` rows its notices are not drawn around the dialog (styles/duba.tcss:
        Textual refreshes the notices of the screen on top alone, so the screen beneath kept showing
        them, dimmed), and the notices shown before the dialog opened go: they took its lower rows (at
        40x12 a warning covered the bookmark's note box), and the dialog is what the reader acts on now.
        (Textual calls a subclass's on_mount and on_unmount too.)"""
        self._beneath = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        if self._beneath is not None:
            self._beneath.add_class("-under-dialog")
        if self.app.has_class("-short-notices"):
            self.app.clear_notifications()
            if self._beneath is not None:
                # Textual does not draw the screen beneath again for its class: its notices would stay
                # drawn around the dialog until something else did (~2 s in a terminal)
                # ("ToastRack": the CSS type Textual's docs name for where notices are shown)
                for rack in self._beneath.query("ToastRack"):
                    rack.remove_children()

    def on_unmount(self) -> None:
        """The screen beneath shows its notices again (it is on top once more)."""
        if self._beneath is not None:
            self._beneath.remove_class("-under-dialog")

    def get_line_filters(self) -> Sequence[LineFilter]:
        """The app's line filters but `TrueColours` (see `reader.app.recolour.unshaded`)."""
        return unshaded(super().get_line_filters())
