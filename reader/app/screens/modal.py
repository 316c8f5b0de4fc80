"""The base of duba's modal screens (dialogs, help): drawn over the screen beneath, which stays dimmed."""

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

    def get_line_filters(self) -> Sequence[LineFilter]:
        """The app's line filters but `TrueColours` (see `reader.app.recolour.unshaded`)."""
        return unshaded(super().get_line_filters())
