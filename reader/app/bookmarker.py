"""Passages and bookmarks in the reader: the passage cursor, the shelf of bookmarks and their marks.

`Bookmarker` is a widget with nothing to draw that the main screen holds beside the article view. It
owns this feature's state and workers, and the keys the screen binds for it (`KEYS`) call its methods:

- `(`/`)` and `{`/`}` move the passage cursor by sentence and paragraph, `v`/`V` grow and shrink the
  selection, `y` copies it to the clipboard (`reader.app.clipboard`), `m` bookmarks it (or a mouse
  selection) after asking for a note and tags, `B` lists the bookmarks. Choosing one there shows its passage;
- what it extends, `ShelfKeeper` (`reader.app.shelfkeeper`), keeps the shelf of bookmarks open and
  placed: the store opened in a worker, every bookmark anchored in the open articles and its passage
  marked in the pane, a bookmark's passage shown (its page found and read where it is not open).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType

from reader.app.shelfkeeper import ShelfKeeper
from reader.app.widgets.passage import PassageCursor
from reader.app.widgets.reading_pane import ReadingPane
from reader.app.wrap import truncate

# The screens that list and edit bookmarks, and the bookmark store, load when first used, after the
# first frame (with the store's anchoring they cost ~60 ms to import, measured with -X importtime).
if TYPE_CHECKING:
    from reader.app.loader import Loader
    from reader.app.screens.bookmark_dialog import NoteAndTags
    from reader.library import Library

PASSAGE_STEPS = (
    "next_sentence",
    "previous_sentence",
    "next_paragraph",
    "previous_paragraph",
    "extend_selection",
    "shrink_selection",
)
"""What the passage keys do (`Bookmarker.step`)."""


class Bookmarker(ShelfKeeper):
    """The passage cursor, the bookmark shelf and their actions (see the module docstring)."""

    DEFAULT_CSS = """
    Bookmarker {
        display: none;
    }
    """

    KEYS: ClassVar[list[BindingType]] = [
        Binding("m", "bookmarker('mark')", "Mark", id="bookmark_passage"),
        Binding("B", "bookmarker('list')", "Bookmarks", id="bookmarks"),
        Binding(
            "right_parenthesis",
            "bookmarker('next_sentence')",
            "Sentence",
            key_display="(/)",
            id="next_sentence",
        ),
        Binding(
            "left_parenthesis",
            "bookmarker('previous_sentence')",
            "Previous sentence",
            show=False,
            id="previous_sentence",
        ),
        Binding(
            "right_curly_bracket",
            "bookmarker('next_paragraph')",
            "Next paragraph",
            show=False,
            id="next_paragraph",
        ),
        Binding(
            "left_curly_bracket",
            "bookmarker('previous_paragraph')",
            "Previous paragraph",
            show=False,
            id="previous_paragraph",
        ),
        Binding("v", "bookmarker('extend_selection')", "Select more", show=False, id="extend_selection"),
        Binding("V", "bookmarker('shrink_selection')", "Select less", show=False, id="shrink_selection"),
        Binding("y", "bookmarker('copy')", "Copy", show=False, id="copy_passage"),
        Binding("Y", "bookmarker('copy_cited')", "Copy with source", show=False, id="copy_cited"),
    ]
    """The keys of this feature, bound by the screen (they act on the pane, wherever the focus is); m and B
    first: a full footer cuts the end. The screen's action `bookmarker(what)` calls `run`."""

    def __init__(
        self, library: Library, pane: ReadingPane, loader: Loader, *, ambiguous_wide: bool = False
    ) -> None:
        super().__init__(library, pane, loader)
        self.ambiguous_wide = ambiguous_wide
        self.passage = PassageCursor(pane)
        """The passage cursor of the reading pane."""

    @classmethod
    def key_sections(cls) -> list[tuple[str, list[BindingType]]]:
        """The keys of the screens this feature opens (its own are the screen's), as help lists them."""
        from reader.app.screens.bookmark_dialog import BookmarkDialog
        from reader.app.screens.bookmarks import BookmarksScreen

        return [
            (BookmarksScreen.HELP_SECTION, list(BookmarksScreen.BINDINGS)),
            ("Bookmark dialog", list(BookmarkDialog.BINDINGS)),
        ]

    def run(self, what: str) -> None:
        """Bookmark ("mark"), list the bookmarks ("list"), copy ("copy"), or one of `PASSAGE_STEPS`."""
        if what == "mark":
            self.bookmark_passage()
        elif what == "list":
            self.show_list()
        elif what == "copy":
            self.copy_passage()
        elif what == "copy_cited":
            self.copy_passage(cited=True)
        else:
            self.step(what)

    # -- passage cursor ---------------------------------------------------------------------------

    def step(self, what: str) -> None:
        """Move the passage cursor or change the selection: one of `PASSAGE_STEPS`."""
        passage = self.passage
        if what == "next_sentence":
            passage.move(1)
        elif what == "previous_sentence":
            passage.move(-1)
        elif what == "next_paragraph":
            passage.paragraph(1)
        elif what == "previous_paragraph":
            passage.paragraph(-1)
        elif what == "extend_selection":
            passage.extend(1)
        elif what == "shrink_selection":
            passage.shrink()

    def select(self, start: int, end: int) -> None:
        """Select the sentences of `start:end` in the article shown, in view (a bookmark jumped to)."""
        self.passage.place(start, end)

    def copy_citation(self) -> None:
        """Copy the source of the article being read alone, as `Y` writes it under the quote (作者.
        题名[N]. 报纸, 日期(版).): for a footnote or a reference list, with no quote to cut off."""
        article = self.pane.article
        if article is None or self.current is None or not article.text.strip():
            return
        from reader.archive.roots import library_roots
        from reader.bookmarks import citation
        from reader.bookmarks.export import source_file
        from reader.bookmarks.store import draft

        source = draft(article, self.library.page(self.current), 0, len(article.text))  # (its quote unused)
        lines = [citation(source)]
        if where := source_file(source, library_roots()):
            lines.append(f"来源文件：{where}")
        self._copy("\n".join(lines), f"「{truncate(lines[0], 80)}」")

    def copy_passage(self, cited: bool = False) -> None:
        """Copy the mouse selection, else the passage cursor's selection or sentence (`_copy`); `cited`:
        with its source under it, as the bookmarks export cites it (`Y`)."""
        article = self.pane.article
        if article is None:
            return
        span = self.pane.selection_span() or self.passage.current_or_visible()
        if span is None:
            self.notify("Nothing to copy here.", title="Copy")
            return
        from reader.app.widgets.bookmark_list import one_line

        text = article.text[span[0] : span[1]]
        if cited and self.current is not None and text.strip():
            from reader.archive.roots import library_roots
            from reader.bookmarks import cited as with_source
            from reader.bookmarks.store import draft

            quote = draft(article, self.library.page(self.current), span[0], span[1])
            self._copy(
                with_source(quote, library_roots()),
                f"「{truncate(one_line(quote.quote), 40)}」 with its source",
            )
            return
        self._copy(text, f"「{truncate(one_line(text), 40)}」 {len(text)} 字")

    def _copy(self, text: str, said: str) -> None:
        """Send `text` to the terminal's clipboard (OSC 52) and to the clipboard programs at hand
        (`reader.app.clipboard`, a thread: each is a process); the notice says `said` and where it went."""
        self.app.copy_to_clipboard(text)
        self._copy_out(text, said)

    @work(thread=True, group="clipboard", description="copy to the clipboard")
    def _copy_out(self, text: str, said: str) -> None:
        from reader.app.clipboard import copy_out, where

        took = copy_out(text)
        self.app.call_from_thread(self.notify, f"{said} · {where(took)}", title="Copied")

    # -- bookmarking ------------------------------------------------------------------------------

    # -- bookmarking ------------------------------------------------------------------------------

    def bookmark_passage(self) -> None:
        """Bookmark the mouse selection, else the passage cursor's selection or sentence; ask for a note."""
        index, article = self.current, self.pane.article
        if self._shelf_or_say(self.bookmark_passage) is None or index is None or article is None:
            return
        span = self.pane.selection_span() or self.passage.current_or_visible()
        if span is None:
            self.notify("Nothing to bookmark here.", title="Bookmarks")
            return
        start, end = span
        from reader.app.screens.bookmark_dialog import BookmarkDialog

        dialog = BookmarkDialog(
            article.text[start:end],
            ambiguous_wide=self.ambiguous_wide,
            save=lambda result: self._save_new(index, start, end, result),
        )
        self.app.push_screen(dialog)

    def _save_new(self, index: int, start: int, end: int, result: NoteAndTags) -> str | None:
        """Save the bookmark the dialog was filled in for; None when saved, else why not (the dialog
        stays open with the note, see `BookmarkDialog`)."""
        shelf = self.shelf
        if shelf is None:
            return None
        from reader.app.widgets.bookmark_list import one_line
        from reader.bookmarks import StorageError

        try:
            bookmark = shelf.add(index, start, end, result.note, result.tags)
        except (StorageError, OSError, ValueError) as error:
            from reader.app.screens.bookmark_dialog import not_saved

            problem = not_saved(error)
            self.notify(problem, title="Bookmark not saved", severity="error", timeout=10)
            return problem
        self.screen.clear_selection()
        if self.passage.selecting:
            self.passage.anchor = None
            self.passage.move(0)
        self.mark()
        self.notify(f"「{truncate(one_line(bookmark.quote), 40)}」", title="Bookmarked")
        return None

    def show_list(self) -> None:
        """Show the list of bookmarks."""
        shelf = self._shelf_or_say(self.show_list)
        if shelf is None:
            return
        from reader.app.screens.bookmarks import BookmarksScreen

        self.app.push_screen(BookmarksScreen(shelf, ambiguous_wide=self.ambiguous_wide), self._list_closed)

    def _list_closed(self, bookmark_id: str | None) -> None:
        self.mark()  # some may have been deleted or restored
        if bookmark_id:
            self.call_after_refresh(self.jump_to, bookmark_id)

    def commands(self) -> Iterable[SystemCommand]:
        """Command palette entries of this feature."""
        yield SystemCommand("Bookmarks", "List the bookmarked passages (B)", self.show_list)
        yield SystemCommand(
            "Copy passage",
            "Copy the selected passage or the sentence at the cursor to the clipboard (y)",
            self.copy_passage,
        )
        yield SystemCommand(
            "Copy passage with its source",
            "Copy the passage and its citation (作者. 题名[N]. 报纸, 日期(版).) to the clipboard (Y)",
            lambda: self.copy_passage(cited=True),
        )
        yield SystemCommand(
            "Copy citation",
            "Copy the source of the article being read (作者. 题名[N]. 报纸, 日期(版).), for a footnote",
            self.copy_citation,
        )
        yield SystemCommand(
            "Bookmark passage",
            "Bookmark the selected passage or the sentence at the cursor (m)",
            self.bookmark_passage,
        )
