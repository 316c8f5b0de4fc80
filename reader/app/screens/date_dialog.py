"""The dialog `D` opens on the main screen: a date to go to (`reader.app.archivist` reads it)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.app.typeahead import HeldTyping
from reader.app.widgets.text_input import TextInput


class DateDialog(HeldTyping, ModalScreen[str | None]):
    """Asks for a date; dismissed with the text typed, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel_date")]
    # The title is short and the accepted forms are a hint under the field, words apart, so a narrow
    # screen wraps the hint between forms instead of cutting the title (it was one 51-cell line in a
    # 46-cell box: cut at every screen size).
    DEFAULT_CSS = """
    DateDialog { align: center middle; }
    DateDialog > Vertical {
        width: 56; max-width: 100%; height: auto; border: round $primary; padding: 0 1; background: $panel;
    }
    #date-title { text-style: bold; }
    #date-hint { color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("跳到日期  Go to date", id="date-title")
            yield TextInput(placeholder="日期 date", id="date")
            hint = "2025-01-02 · 20250102 · 1月2日 · 2025年1月2日\nenter 跳转 go · esc 取消 cancel"
            yield Static(hint, id="date-hint")

    def on_mount(self) -> None:
        box = self.query_one(Input)
        self.set_focus(box)
        self.typing_ready()  # characters typed right after `D` go to the box

    def typing_box(self) -> Input:
        """The date box."""
        return self.query_one(Input)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
