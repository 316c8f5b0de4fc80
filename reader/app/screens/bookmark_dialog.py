"""The small dialog that asks for a bookmark's note and tags (after `m`, and `e` in the bookmarks list).

Enter in either field saves, escape cancels, tab moves between the fields. The passage is shown above
them, wrapped with `reader.app.wrap` (Rich wraps Chinese on spaces only) and cut after a few lines.

Given `save`, the dialog saves before it closes: when the save fails (a read-only data folder, a full
disk, the bookmark deleted meanwhile by another duba) it stays open with the note and tags as typed and
says why under them, and what enter and escape do now, so nothing typed is lost; enter tries again (or
keeps the bookmark again, `Unsaved.then`), escape gives up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from reader.app.screens.modal import Modal
from reader.app.widgets.text_input import TextInput
from reader.app.wrap import display_text, ellipsis, truncate, wrap

QUOTE_LINES = 4
"""Lines of the passage shown in the dialog; a longer passage is cut with an ellipsis."""

SHORT_QUOTE_LINES = 2
"""Lines of the passage in a short terminal (under 24 rows), where the fields must still fit."""

TINY_ROWS = 10
"""Under this many rows (20 x 6) the dialog is a line of the passage, the note's label and the two
fields: the title goes to the border, the tags' label into their empty field, the hint is left out."""


@dataclass(frozen=True, slots=True)
class NoteAndTags:
    """What the dialog returns when saved: the note and the tags as typed."""

    note: str
    tags: str


KEPT = "Your note is kept: enter tries again, esc drops it."
"""Said under why a save failed."""


@dataclass(frozen=True, slots=True)
class Unsaved:
    """Why the note was not saved, and what enter and escape do now: said in the dialog, which stays open."""

    why: str
    then: str = KEPT


Save = Callable[[NoteAndTags], str | Unsaved | None]
"""Saves what the dialog was given: None when saved, else why not (a string: `Unsaved(why)`)."""


def not_saved(error: Exception) -> str:
    """Why a bookmark was not saved, as a sentence for the user (`error` from the store)."""
    from reader.bookmarks import UnwritableError
    from reader.bookmarks.store import DB_ENV

    text = str(error)
    if isinstance(error, UnwritableError):
        text += f". Nothing was changed. To keep bookmarks elsewhere, start duba with {DB_ENV}=FILE"
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class QuoteView(Widget):
    """A passage wrapped for Chinese, at most `QUOTE_LINES` lines."""

    DEFAULT_CSS = """
    QuoteView {
        height: auto;
    }
    """

    def __init__(self, quote: str, *, ambiguous_wide: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quote = display_text(" ".join(quote.split()), ambiguous_wide)
        self._ellipsis = ellipsis(ambiguous_wide)
        self.max_lines = QUOTE_LINES

    def _lines(self, width: int) -> list[str]:
        if width <= 0:
            return []
        lines = wrap(self.quote, width)
        if len(lines) > self.max_lines:
            lines = lines[: self.max_lines]
            lines[-1] = truncate(lines[-1] + self._ellipsis * 2, width, self._ellipsis)
        return lines

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return max(len(self._lines(width)), 1)

    def render(self) -> Text:
        return Text("\n".join(self._lines(self.content_region.width)))


class BookmarkDialog(Modal[NoteAndTags | None]):
    """Note and tags for a passage; dismissed with `NoteAndTags` (once `save` took it), or None when
    cancelled."""

    # tab as a priority binding: it moves the focus as it arrives, so the keys after it in one burst (a
    # slow link) go to the next field; bubbling up from the Input it came after them
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel_bookmark"),
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (60, "-wide")]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [
        (0, "-tiny"),
        (TINY_ROWS, "-short"),
        (24, "-tall"),
    ]

    def __init__(
        self,
        quote: str,
        *,
        title: str = "书签  Bookmark",
        note: str = "",
        tags: str = "",
        ambiguous_wide: bool = False,
        save: Save | None = None,
    ) -> None:
        super().__init__()
        self.save = save
        self.quote = quote
        self.title_text = title
        self.note = note
        self.tags = tags
        self.ambiguous_wide = ambiguous_wide
        self._typed = ""
        self._ready = False

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmark-dialog"):
            yield Static(Text(self.title_text, style="bold"), id="bookmark-dialog-title")
            yield QuoteView(self.quote, ambiguous_wide=self.ambiguous_wide, id="bookmark-quote")
            yield Label("笔记 Note", classes="bookmark-field")
            # select_on_focus=False: tab into a field must not select what is there, or the first key
            # typed would replace the existing note or tags; the cursor lands at the end instead
            yield TextInput(self.note, placeholder="(optional)", id="bookmark-note", select_on_focus=False)
            yield Label(
                "标签 Tags (space or comma between)", classes="bookmark-field", id="bookmark-tags-label"
            )
            yield TextInput(self.tags, placeholder="(optional)", id="bookmark-tags", select_on_focus=False)
            yield Static("", id="bookmark-dialog-error")
            yield Static("enter saves · esc cancels · tab next field", id="bookmark-dialog-hint")

    def on_mount(self) -> None:
        note = self.query_one("#bookmark-note", Input)
        self.set_focus(note)  # now: characters typed right after m are on their way (`type_ahead`)
        self._ready = True
        if self._typed:
            note.insert_text_at_cursor(self._typed)
            self._typed = ""

    def type_ahead(self, text: str) -> None:
        """Characters typed right after `m`, before this dialog could have the focus: they go to the note."""
        if self.is_mounted:
            focused = (
                self.focused if isinstance(self.focused, Input) else self.query_one("#bookmark-note", Input)
            )
            focused.insert_text_at_cursor(text)
        else:
            self._typed += text

    def on_resize(self) -> None:
        quote = self.query_one(QuoteView)
        height = self.size.height
        tiny = height < TINY_ROWS
        lines = 1 if tiny else SHORT_QUOTE_LINES if height < 24 else QUOTE_LINES
        if quote.max_lines != lines:
            quote.max_lines = lines
            quote.refresh(layout=True)
        self.query_one("#bookmark-dialog").border_title = self.title_text if tiny else None
        self.query_one("#bookmark-tags", Input).placeholder = "标签 Tags" if tiny else "(optional)"

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        event.stop()
        note = self.query_one("#bookmark-note", Input).value
        tags = self.query_one("#bookmark-tags", Input).value
        result = NoteAndTags(note, tags)
        problem = self.save(result) if self.save is not None else None
        if problem:
            if isinstance(problem, str):
                problem = Unsaved(problem)
            error = self.query_one("#bookmark-dialog-error", Static)
            error.update(Text(f"{problem.why} {problem.then}"))
            error.display = True
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
