"""The dialog `I` opens on the main screen: where inside the passage cursor's sentence a new paragraph
starts, chosen with the keyboard (`reader.app.corrector` stores the break, as `P` does).

`P` breaks a paragraph where a sentence starts, and the passage cursor steps by whole sentences; a line
that ends a paragraph without a stop (a quoted line, a list item, a place and date) runs on into the
next paragraph's first sentence, so the break the page has is inside a sentence. A mouse selection can
say where; this dialog lets a reader without a mouse say it: ←/→ move the break by a character, ↑/↓
(or tab) to the next mark it is likely at (after a closing quote, bracket or clause mark, before an
opening one), and the dialog shows the two paragraphs the break makes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from reader.app.screens.modal import Modal
from reader.passages import break_points, marks

SHOWN = 30
"""Characters of each side of the break the dialog shows at most (the rest as …): about a line of the
dialog each, so that it fits a terminal of 12 rows."""


class BreakDialog(Modal[int | None]):
    """Chooses a point inside a sentence of a paragraph; dismissed with it (characters from the
    paragraph's start), or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "step(-1)", "Earlier by a character", show=False, id="break_earlier"),
        Binding("right", "step(1)", "Later by a character", show=False, id="break_later"),
        Binding("up", "mark(-1)", "Earlier mark", show=False, id="break_earlier_mark"),
        Binding("down,tab", "mark(1)", "Next mark", show=False, id="break_next_mark"),
        Binding("enter", "choose", "Break here", id="break_here"),
        Binding("escape", "cancel", "Cancel", id="cancel_break"),
    ]

    DEFAULT_CSS = """
    BreakDialog { align: center middle; }
    BreakDialog > Vertical {
        width: 72; max-width: 100%; height: auto; max-height: 100%; overflow-y: auto;
        border: round $primary; padding: 0 1; background: $panel;
    }
    #break-title { text-style: bold; }
    #break-upper { margin-top: 1; }
    #break-hint { color: $text-muted; margin-top: 1; }
    """
    HINT = "←/→ 一字 a character · ↑/↓ 标点 a mark\nenter 分段 break · esc 取消 cancel"

    def __init__(self, text: str, start: int, end: int) -> None:
        """`text`: the paragraph; `start:end`: the sentence to break inside."""
        super().__init__()
        self.text = text
        self.points = break_points(text, start, end)
        self.marks = marks(text, self.points)
        self.at = (self.marks or self.points or [start])[0]
        """The character of `text` the new paragraph starts at."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("句中分段  Break inside a sentence", id="break-title")
            yield Static(id="break-upper")
            yield Static(id="break-lower")
            yield Static(self.HINT, id="break-hint")

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        upper, lower = self.text[: self.at].rstrip(), self.text[self.at :].lstrip()
        shown_upper = Text("… " if len(upper) > SHOWN else "")
        shown_upper.append(upper[-SHOWN:])
        shown_upper.append("¶", "bold")  # no space before it: a space lets the line wrap there
        shown_lower = Text("¶", "bold")
        shown_lower.append(lower[:SHOWN])
        if len(lower) > SHOWN:
            shown_lower.append(" …")
        self.query_one("#break-upper", Static).update(shown_upper)
        self.query_one("#break-lower", Static).update(shown_lower)

    def action_step(self, by: int) -> None:
        """Move the break by `by` characters, within the sentence."""
        if self.points:
            index = self.points.index(self.at) if self.at in self.points else 0
            self.at = self.points[min(max(index + by, 0), len(self.points) - 1)]
            self._show()

    def action_mark(self, direction: int) -> None:
        """Move the break to the next mark (`marks`) after it, or (-1) before it; at the last, stay."""
        ahead = [at for at in self.marks if (at - self.at) * direction > 0]
        if ahead:
            self.at = ahead[0] if direction > 0 else ahead[-1]
            self._show()

    def action_choose(self) -> None:
        self.dismiss(self.at if self.at in self.points else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
