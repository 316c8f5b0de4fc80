"""The dialog `D` opens on the main screen: a date to go to (`reader.app.archivist` reads it)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class DateDialog(ModalScreen[str | None]):
    """Asks for a date; dismissed with the text typed, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel_date")]
    DEFAULT_CSS = """
    DateDialog { align: center middle; }
    DateDialog > Vertical {
        width: 50; height: auto; border: round $accent; padding: 0 1; background: $panel;
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("跳到日期  Go to date (2025-01-02, 20250102, 1月2日)")
            yield Input(placeholder="日期 date", id="date")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
