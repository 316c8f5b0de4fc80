"""The dialog `D` opens on the main screen: a date to go to (`reader.app.archivist` reads it).

Text that is no date (`2026-13-45`, `yesterday`) keeps the dialog open with the box as typed and says
so under it: closing it lost the typing, and the message did not say whether the date was wrong or
there was no issue that late. A day typed without its year (`1月2日`) is in the year of the page being
read, else in the year `year_for` finds for it in the library; with neither, the dialog asks for the
year (it said "not a date" of the form its own hint offers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from reader.app.screens.modal import Modal
from reader.app.typeahead import HeldTyping
from reader.app.widgets.text_input import TextInput
from reader.pagemeta import date_range, parse_date


def month_or_year(text: str) -> str | None:
    """A month (`1998-01`, `1998年1月`, `199801`) or a year (`1998`) typed, as ISO (`1998-01`, `1998`):
    the archive is gone through by month more than by day; None for anything else (a range too)."""
    span = None if ".." in text else date_range(text)
    if span is None:
        return None
    return span[0][:7] if span[0][:7] == span[1][:7] else span[0][:4]


class DateDialog(HeldTyping, Modal[str | None]):
    """Asks for a date; dismissed with it as ISO (`1998-01-05`; a month or year typed: `1998-01`,
    `1998`), or None on escape or an empty box."""

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
    #date-hint.-problem { color: $foreground; text-style: bold; }
    """
    HINT = "2025-01-02 · 20250102 · 1月2日 · 2025年1月2日\nenter 跳转 go · esc 取消 cancel"

    def __init__(
        self, default_year: int | None = None, year_for: Callable[[str], int | None] | None = None
    ) -> None:
        """`default_year`: the year a date typed without one (`1月2日`) is in; where there is none (an
        undated page), `year_for(text)` finds one."""
        super().__init__()
        self.default_year = default_year
        self.year_for = year_for

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("跳到日期  Go to date", id="date-title")
            yield TextInput(placeholder="日期 date", id="date")
            yield Static(self.HINT, id="date-hint")

    def on_mount(self) -> None:
        box = self.query_one(Input)
        self.set_focus(box)
        self.typing_ready()  # characters typed right after `D` go to the box

    def typing_box(self) -> Input:
        """The date box."""
        return self.query_one(Input)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.dismiss(None)
            return
        year = self.default_year
        if year is None and self.year_for is not None:
            year = self.year_for(text)
        day = parse_date(text, year) or month_or_year(text)
        if day is None:
            hint = self.query_one("#date-hint", Static)
            if year is None and parse_date(text, 2000) is not None:  # a month and day: which year?
                problem = f"「{text}」哪一年？  Which year? 2025年{text}"
            else:
                problem = f"「{text}」不是日期  not a date"
            hint.update(f"{problem}\n{self.HINT}")
            hint.add_class("-problem")
            return
        self.dismiss(day)

    def action_cancel(self) -> None:
        self.dismiss(None)
