"""The base of duba's modal screens (dialogs, help): drawn over the screen beneath, which stays dimmed; on a
tiny terminal the notices shown before a dialog opens go."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from textual.filter import LineFilter
from textual.screen import ModalScreen

from reader.app.closing import ClosesInTurn
from reader.app.recolour import unshaded

Result = TypeVar("Result")


class Modal(ClosesInTurn, ModalScreen[Result]):
    """A modal screen whose ground, the screen beneath it dimmed, `TrueColours` leaves dimmed (its own
    widgets' text is still shaded to 4.5:1: they are not the screen's lines); keys typed in one burst
    with the one that closes it act on the screen beneath (`ClosesInTurn`)."""

    def on_mount(self) -> None:
        """On a terminal under `reader.app.app.SHORT_NOTICES` rows the notices shown before the dialog
        opened go: they took its lower rows (at 40x12 a warning covered the bookmark's note box), and the
        dialog is what the reader acts on now. (Textual calls a subclass's on_mount too.)"""
        if self.app.has_class("-short-notices"):
            self.app.clear_notifications()
            for screen in self.app.screen_stack[:-1]:  # beneath: drawn, dimmed, around the dialog
                for rack in screen.query("#textual-toastrack"):
                    rack.remove_children()

    def get_line_filters(self) -> Sequence[LineFilter]:
        """The app's line filters but `TrueColours` (see `reader.app.recolour.unshaded`)."""
        return unshaded(super().get_line_filters())
