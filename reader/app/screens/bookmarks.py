"""The bookmarks screen (`B`): every bookmark, newest first, filtered as you type.

No letter is a command here: every character typed, with the focus in the list or in the filter box,
goes to the filter box above the list (so Chinese typed through an IME filters at once, and typing
"data" or "quote" filters instead of deleting or quitting). Commands are on keys that type nothing:
enter jumps to the passage, ctrl+e edits the note and tags, ctrl+z undoes the last delete, and delete
deletes, only while the list has the focus (in the filter box it deletes a character, as everywhere).
Arrows, page up/down, home/end move through the list from either; tab and escape move from the filter
box to the list, and escape in the list closes the screen.

Each bookmark's source is where the library says its page is printed now (`reader.bookmarks.printed`,
as `duba bookmarks list` cites it): looked up in a worker once the list is shown, since it reads the
catalogue; until then, and where the library does not know the page, the source the bookmark keeps.

The screen is dismissed with the id of the bookmark to jump to, or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from reader.app.closing import ClosesInTurn, closed
from reader.app.keys import keymap_of
from reader.app.screens.bookmark_dialog import BookmarkDialog, NoteAndTags, Unsaved, not_saved
from reader.app.shelf import Entry, Shelf
from reader.app.typeahead import HeldTyping
from reader.app.widgets.bookmark_list import STATUS_LABELS, BookmarkList, one_line, source_of
from reader.app.widgets.footer import KeyFooter
from reader.app.widgets.text_input import TextInput
from reader.app.wrap import truncate
from reader.bookmarks import Bookmark, StorageError
from reader.bookmarks.bookmark import matches

NO_BOOKMARKS = "还没有书签。在阅读时按 m 收藏一句。  No bookmarks yet: press m while reading."
NO_MATCH = "没有匹配的书签  No bookmark matches the filter."
DELETED_MEANWHILE = "This bookmark was deleted meanwhile (in another duba)."
KEEP_AGAIN = "Enter keeps it again, with your note and tags; esc lets it go."


def haystack(entry: Entry) -> str:
    """What the filter matches against, case-folded: what `duba bookmarks --find` matches
    (`Bookmark.found_by`: headline, quote, note, tags, and the paper, date, page where the library says
    the page is printed now, authors), and the source as the list shows it and the status."""
    parts = [entry.cited.found_by, source_of(entry), STATUS_LABELS.get(entry.status, "")]
    return "\n".join(p for p in parts if p).casefold()


class BookmarksScreen(ClosesInTurn, HeldTyping, Screen[str | None]):
    """Lists the shelf's bookmarks; edits and deletes go through the shelf."""

    HELP_SECTION: ClassVar[str] = "Bookmarks list (B)"
    """The help's section of this screen's keys: help opened here starts at it."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "jump", "Go to", id="jump_to_bookmark"),
        # priority: in the filter box ctrl+e would otherwise move to the end of the text
        Binding("ctrl+e", "edit", "Edit", id="edit_bookmark", priority=True),
        # not priority: in the filter box the delete key deletes a character, never a bookmark
        Binding("delete", "delete", "Delete", id="delete_bookmark"),
        Binding("ctrl+z", "undo", "Undo", id="undo_delete"),
        Binding("slash", "filter", "Filter", id="filter_bookmarks"),
        Binding("escape", "back", "Back", id="close_bookmarks"),
        # with the focus in the filter box, these move the list (in the list, its own keys do)
        Binding("down", "list_down", "Next", show=False, id="filter_down"),
        Binding("up", "list_up", "Previous", show=False, id="filter_up"),
        Binding("pagedown", "list_page_down", "Page down", show=False, id="filter_page_down"),
        Binding("pageup", "list_page_up", "Page up", show=False, id="filter_page_up"),
    ]

    def __init__(self, shelf: Shelf, *, ambiguous_wide: bool = False) -> None:
        super().__init__()
        self.shelf = shelf
        self.ambiguous_wide = ambiguous_wide
        self._all: list[tuple[Entry, str]] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="bookmarks-title")
        # select_on_focus=False: a character typed in the list moves the focus here and must not be
        # replaced by the next one, as a select-all on focus would do
        yield TextInput(
            placeholder="筛选 filter (type to filter)", id="bookmark-filter", select_on_focus=False
        )
        yield BookmarkList(ambiguous_wide=self.ambiguous_wide, empty_text=NO_BOOKMARKS, id="bookmark-list")
        yield KeyFooter()

    @property
    def filter_box(self) -> TextInput:
        """The filter box."""
        return self.query_one("#bookmark-filter", TextInput)

    @property
    def bookmark_list(self) -> BookmarkList:
        """The list."""
        return self.query_one("#bookmark-list", BookmarkList)

    @dataclass
    class Printed(Message):
        """Where the library says the bookmarked pages are printed now (posted by `look_up_printed`)."""

        printed: dict[str, dict[str, str]]

    def on_mount(self) -> None:
        self.reload()
        self.set_focus(self.bookmark_list)
        self.typing_ready()  # characters typed right after `B` filter the list
        self.look_up_printed([entry.bookmark for entry, _ in self._all])

    @work(thread=True, exclusive=True, group="bookmarks-printed", description="bookmarks printed now")
    def look_up_printed(self, bookmarks: list[Bookmark]) -> None:
        """Find the paper, date and page the library gives each bookmark's page now, as `duba bookmarks
        list` cites them (a thread: it reads the catalogue, which a large or busy library makes slow)."""
        from reader.bookmarks.printed import catalogued_copies, printed_at

        self.post_message(self.Printed(printed_at(bookmarks, catalogued_copies(bookmarks))))

    @on(Printed)
    def _printed(self, event: Printed) -> None:
        if event.printed != self.shelf.printed:
            self.shelf.printed = event.printed
            self.reload()

    def typing_box(self) -> Input:
        """The filter box, focused: typing in the list filters it."""
        box = self.filter_box
        self.set_focus(box)
        return box

    # -- contents ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the bookmarks again (after a change) and re-apply the filter."""
        try:
            entries = self.shelf.entries()
        except (StorageError, OSError) as error:
            self.notify(str(error), title="Bookmarks", severity="error")
            entries = []
        self._all = [(entry, haystack(entry)) for entry in entries]
        self._apply_filter()

    def _apply_filter(self) -> None:
        query = self.filter_box.value.strip()
        shown = (
            [entry for entry, text in self._all if matches(text, query)]
            if query
            else [e for e, _ in self._all]
        )
        current = self.bookmark_list.current
        keep = current.bookmark.id if current is not None else None
        self.bookmark_list.set_entries(shown, keep, NO_MATCH if self._all else NO_BOOKMARKS)
        total = len(self._all)
        count = f"{len(shown)} / {total}" if query else str(total)
        self.query_one("#bookmarks-title", Static).update(f"书签 Bookmarks  {count}")

    @on(Input.Changed, "#bookmark-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._apply_filter()

    @on(Input.Submitted, "#bookmark-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_jump()

    @on(BookmarkList.Chosen)
    def _chosen(self, event: BookmarkList.Chosen) -> None:
        self.dismiss(event.entry.bookmark.id)

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Characters typed in the list filter, so the app's q and ? do nothing here: hide them. (Asked
        whenever the bindings are listed, the footer's too, also while the screen is being closed: the
        focused widget answers, not a lookup of the list, which is gone by then.)"""
        focused = self.focused
        return isinstance(focused, BookmarkList) and character is not None and character.isprintable()

    async def on_key(self, event: events.Key) -> None:
        """Typing in the list filters: every character goes to the filter box (only the filter key moves),
        and so does every key typed after it in the same burst."""
        if closed(self, event):  # a key typed before it closed the screen: it acts where that led
            return
        box = self.filter_box
        # (`self.focused`, not `has_focus`: that changes only once the focus events are handled)
        if self.focused is box:
            # The box stops each key it takes: one that comes up to the screen now was sent to the list
            # before a character typed there gave the box the focus (a burst: a paste, a slow link).
            await box.take_key(event)
            return
        if self.focused is not self.bookmark_list or not event.is_printable or event.character is None:
            return
        active = self.active_bindings.get(event.key)
        if active is not None and active.binding.id == "filter_bookmarks":
            return
        event.stop()
        event.prevent_default()
        self.set_focus(box)  # now: the keys after this one are on their way (above)
        box.type_at_end(event.character)

    # -- actions ----------------------------------------------------------------------------------

    def action_jump(self) -> None:
        """Close the list and show the passage."""
        entry = self.bookmark_list.current
        if entry is not None:
            self.dismiss(entry.bookmark.id)

    def action_edit(self) -> None:
        """Edit the note and tags of the bookmark under the cursor.

        Another duba may delete the bookmark while its note is being typed here: the dialog then stays
        open with the note and says so, and enter keeps the bookmark again (its passage, quote and
        citation as they were, with the note and tags typed); escape lets it go.
        """
        entry = self.bookmark_list.current
        if entry is None:
            return
        bookmark = entry.bookmark
        deleted = False

        def save(result: NoteAndTags) -> str | Unsaved | None:
            nonlocal deleted
            try:
                if deleted:
                    kept = self.shelf.keep(bookmark, result.note, result.tags)
                else:
                    self.shelf.update(bookmark.id, result.note, result.tags)
            except KeyError:
                deleted = True
                return Unsaved(DELETED_MEANWHILE, KEEP_AGAIN)
            except (StorageError, OSError) as error:
                problem = not_saved(error)
                self.notify(problem, title="Bookmark not saved", severity="error", timeout=10)
                return problem  # the dialog stays open with the note as typed
            self.reload()
            if deleted:
                self._show(kept.id)
                quote = truncate(one_line(kept.quote), 30)
                self.notify(f"「{quote}」 is kept again, with your note.", title="Bookmark kept")
            return None

        dialog = BookmarkDialog(
            bookmark.quote,
            title="编辑书签  Edit bookmark",
            note=bookmark.note,
            tags=" ".join(bookmark.tags),
            ambiguous_wide=self.ambiguous_wide,
            save=save,
        )
        # reloaded however it closes: a bookmark deleted meanwhile and let go leaves the list
        self.app.push_screen(dialog, lambda _: self.reload())

    def _show(self, bookmark_id: str) -> None:
        """Move the list's cursor to a bookmark, if the filter shows it."""
        ids = [e.bookmark.id for e in self.bookmark_list.entries]
        if bookmark_id in ids:
            self.bookmark_list.move_cursor(ids.index(bookmark_id))

    def action_delete(self) -> None:
        """Delete the bookmark under the cursor (undone by the undo key)."""
        entry = self.bookmark_list.current
        if entry is None:
            return
        try:
            bookmark = self.shelf.delete(entry.bookmark.id)
        except KeyError:
            self.reload()
            return
        except (StorageError, OSError) as error:
            self.notify(not_saved(error), title="Bookmark not deleted", severity="error", timeout=10)
            return
        index = self.bookmark_list.cursor
        self.reload()
        self.bookmark_list.move_cursor(index)
        quote = truncate(one_line(bookmark.quote), 30)
        undo = self.app.get_key_display(Binding(self._key_of("undo_delete"), ""))
        self.notify(f"「{quote}」  Press {undo} to undo.", title="Bookmark deleted", timeout=8)

    def action_undo(self) -> None:
        """Put back the bookmark deleted last."""
        try:
            bookmark = self.shelf.undo()
        except (StorageError, OSError) as error:
            self.notify(not_saved(error), title="Bookmark not restored", severity="error", timeout=10)
            return
        if bookmark is None:
            self.notify("Nothing to undo.", title="Bookmarks")
            return
        self.reload()
        self._show(bookmark.id)
        self.notify(f"「{truncate(one_line(bookmark.quote), 30)}」", title="Bookmark restored")

    def action_filter(self) -> None:
        """Move to the filter box."""
        self.filter_box.focus()

    def action_back(self) -> None:
        """From the filter box back to the list; from the list, close the screen."""
        if self.filter_box.has_focus:
            self.bookmark_list.focus()
        else:
            self.dismiss(None)

    def action_list_down(self) -> None:
        """Next bookmark (from the filter box)."""
        self.bookmark_list.action_cursor_down()

    def action_list_up(self) -> None:
        """Previous bookmark (from the filter box)."""
        self.bookmark_list.action_cursor_up()

    def action_list_page_down(self) -> None:
        """A screenful down (from the filter box)."""
        self.bookmark_list.action_page_down()

    def action_list_page_up(self) -> None:
        """A screenful up (from the filter box)."""
        self.bookmark_list.action_page_up()

    def _key_of(self, binding_id: str) -> str:
        keymap = keymap_of(self.app)
        if binding_id in keymap:
            return keymap[binding_id].split(",")[0]
        for binding in Binding.make_bindings(self.BINDINGS):
            if binding.id == binding_id:
                return binding.key
        return binding_id
