"""Passages and bookmarks on the main screen: the passage cursor's keys, `m`, `B`, and the marks.

`Bookmarking` is mixed into `MainScreen` (which lists `PASSAGE_BINDINGS` among its own bindings, so the
footer and help show them in its order). It keeps this feature's state and actions out of the main
screen's module:

- the bookmark store opens in a thread worker after the first frame (about 300 ms with 10,000
  bookmarks), and its warnings (a damaged file moved aside …) become notifications;
- once both the corpus and the store are open, a second worker anchors every bookmark in the open
  articles (`Shelf`); bookmarked passages are then marked in the pane (layer `bookmarks`, component
  class `reading--bookmark`) each time an article opens;
- `(`/`)` and `{`/`}` move the passage cursor by sentence and paragraph, `v`/`V` grow and shrink the
  selection, `y` copies it to the clipboard (OSC 52), `m` bookmarks it (or a mouse selection) after
  asking for a note and tags, `B` lists the bookmarks; choosing one there opens its article with the
  passage selected.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType

from reader.app.screens.bookmark_dialog import BookmarkDialog, NoteAndTags
from reader.app.screens.bookmarks import BookmarksScreen
from reader.app.shelf import Placement, Shelf, place_bookmarks
from reader.app.widgets.bookmark_list import one_line
from reader.app.widgets.passage import PassageCursor
from reader.app.widgets.reading_pane import Highlight
from reader.bookmarks import Bookmark, BookmarkStore, StorageError
from reader.model import Article, Page
from reader.wrap import truncate

if TYPE_CHECKING:
    from reader.app.screens.main import MainScreen

MARK_LAYER = "bookmarks"
MARK_STYLE = "reading--bookmark"

PASSAGE_BINDINGS: list[BindingType] = [
    Binding("m", "bookmark_passage", "Mark", id="bookmark_passage"),
    Binding("B", "bookmarks", "Bookmarks", id="bookmarks"),
    Binding("right_parenthesis", "next_sentence", "Sentence", key_display="(/)", id="next_sentence"),
    Binding("left_parenthesis", "previous_sentence", "Previous sentence", show=False, id="previous_sentence"),
    Binding("right_curly_bracket", "next_paragraph", "Next paragraph", show=False, id="next_paragraph"),
    Binding(
        "left_curly_bracket", "previous_paragraph", "Previous paragraph", show=False, id="previous_paragraph"
    ),
    Binding("v", "extend_selection", "Select more", show=False, id="extend_selection"),
    Binding("V", "shrink_selection", "Select less", show=False, id="shrink_selection"),
    Binding("y", "copy_passage", "Copy", show=False, id="copy_passage"),
]
"""The keys of this feature, in `MainScreen.BINDINGS` (m and B first: a full footer cuts the end)."""


class Bookmarking:
    """Mixin for `MainScreen`: the passage cursor, the bookmark shelf and their actions."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shelf: Shelf | None = None
        """The open bookmarks (None while the store is still opening, or if it could not be opened)."""
        self._passage: PassageCursor | None = None

    @property
    def _main(self) -> MainScreen:
        return cast("MainScreen", self)

    @property
    def passage(self) -> PassageCursor:
        """The passage cursor of the reading pane."""
        if self._passage is None:
            self._passage = PassageCursor(self._main.pane)
        return self._passage

    # -- start-up ---------------------------------------------------------------------------------

    def on_mount(self) -> None:
        # MainScreen.on_mount runs too: Textual calls the handler of every class in the MRO.
        main = self._main
        main.article_opened_signal.subscribe(main, self._article_opened, immediate=True)
        main.call_after_refresh(self.open_bookmarks)

    def on_unmount(self) -> None:
        if self.shelf is not None:
            self.shelf.close()
            self.shelf = None

    @work(thread=True, exclusive=True, group="bookmarks")
    def open_bookmarks(self) -> None:
        """Open the bookmark store (DUBA_DB, else bookmarks.json in the data folder) off the UI thread."""
        main = self._main
        try:
            store = BookmarkStore(None)
        except (StorageError, OSError) as error:
            main.app.call_from_thread(self._store_failed, error)
            return
        main.app.call_from_thread(self._store_opened, store)

    def _store_failed(self, error: Exception) -> None:
        self._main.notify(
            f"Cannot open the bookmarks: {error}", title="Bookmarks", severity="error", timeout=15
        )

    def _store_opened(self, store: BookmarkStore) -> None:
        if not self._main.is_attached:
            store.close()
            return
        self.shelf = Shelf(store)
        for warning in store.warnings:
            self._main.notify(warning, title="Bookmarks", severity="warning", timeout=15)
        self._place_if_needed()

    def _place_if_needed(self) -> None:
        """Anchor the bookmarks in the open corpus, once it and the store are both open."""
        library = self._main.library
        shelf = self.shelf
        if shelf is None or not library.articles or shelf.articles is library.articles:
            return
        shelf.set_corpus(library.articles, library.pages, library.page_of)
        self.anchor_bookmarks(shelf.store.all(), library.articles, library.pages)

    @work(thread=True, exclusive=True, group="bookmark-places")
    def anchor_bookmarks(
        self, bookmarks: list[Bookmark], articles: Sequence[Article], pages: Sequence[Page]
    ) -> None:
        """Find every bookmarked passage in the open articles (a thread: fuzzy anchoring can take a while)."""
        placement = place_bookmarks(bookmarks, articles, pages)
        self._main.app.call_from_thread(self._placed, placement, articles)

    def _placed(self, placement: Placement, articles: Sequence[Article]) -> None:
        shelf = self.shelf
        if shelf is None or shelf.articles is not articles:
            return  # another corpus was opened meanwhile
        shelf.placement = placement
        shelf.entries()  # places bookmarks added while the worker ran
        self.mark_bookmarks()

    def _article_opened(self, index: int) -> None:
        self._place_if_needed()
        self.mark_bookmarks()

    def mark_bookmarks(self) -> None:
        """Mark the bookmarked passages of the article being read."""
        main = self._main
        if self.shelf is None or main.current is None or main.pane.article is None:
            return
        marks = self.shelf.marks(main.current)
        main.pane.set_highlights(MARK_LAYER, [Highlight(start, end, MARK_STYLE) for start, end in marks])

    # -- passage cursor ---------------------------------------------------------------------------

    def action_next_sentence(self) -> None:
        """Passage cursor to the next sentence."""
        self.passage.move(1)

    def action_previous_sentence(self) -> None:
        """Passage cursor to the previous sentence."""
        self.passage.move(-1)

    def action_next_paragraph(self) -> None:
        """Passage cursor to the next paragraph."""
        self.passage.paragraph(1)

    def action_previous_paragraph(self) -> None:
        """Passage cursor to the start of this paragraph, or of the previous one."""
        self.passage.paragraph(-1)

    def action_extend_selection(self) -> None:
        """Select one more sentence."""
        self.passage.extend(1)

    def action_shrink_selection(self) -> None:
        """Select one sentence fewer (never fewer than one)."""
        self.passage.shrink()

    def action_copy_passage(self) -> None:
        """Copy the mouse selection, else the passage cursor's selection or sentence (OSC 52)."""
        main = self._main
        article = main.current_article
        if article is None:
            return
        span = main.pane.selection_span() or self.passage.current_or_visible()
        if span is None:
            main.notify("Nothing to copy here.", title="Copy")
            return
        text = article.text[span[0] : span[1]]
        main.app.copy_to_clipboard(text)
        main.notify(f"「{truncate(one_line(text), 40)}」 {len(text)} 字", title="Copied")

    # -- bookmarking ------------------------------------------------------------------------------

    def _shelf_or_say(self) -> Shelf | None:
        if self.shelf is None:
            self._main.notify("The bookmarks are still opening.", title="Bookmarks", severity="warning")
        return self.shelf

    def action_bookmark_passage(self) -> None:
        """Bookmark the mouse selection, else the passage cursor's selection or sentence; ask for a note."""
        main = self._main
        index, article = main.current, main.current_article
        if self._shelf_or_say() is None or index is None or article is None:
            return
        span = main.pane.selection_span() or self.passage.current_or_visible()
        if span is None:
            main.notify("Nothing to bookmark here.", title="Bookmarks")
            return
        start, end = span
        dialog = BookmarkDialog(article.text[start:end], ambiguous_wide=main.config.ambiguous_wide)
        main.app.push_screen(dialog, lambda result: self._save_new(index, start, end, result))

    def _save_new(self, index: int, start: int, end: int, result: NoteAndTags | None) -> None:
        main = self._main
        shelf = self.shelf
        if result is None or shelf is None:
            return
        try:
            bookmark = shelf.add(index, start, end, result.note, result.tags)
        except (StorageError, OSError, ValueError) as error:
            main.notify(str(error), title="Bookmark not saved", severity="error", timeout=10)
            return
        main.clear_selection()
        if self.passage.selecting:
            self.passage.anchor = None
            self.passage.move(0)
        self.mark_bookmarks()
        main.notify(f"「{truncate(one_line(bookmark.quote), 40)}」", title="Bookmarked")

    def action_bookmarks(self) -> None:
        """Show the list of bookmarks."""
        main = self._main
        shelf = self._shelf_or_say()
        if shelf is None:
            return
        screen = BookmarksScreen(shelf, ambiguous_wide=main.config.ambiguous_wide)
        main.app.push_screen(screen, self._bookmarks_closed)

    def _bookmarks_closed(self, bookmark_id: str | None) -> None:
        self.mark_bookmarks()  # some may have been deleted or restored
        if bookmark_id:
            self._main.call_after_refresh(self.jump_to_bookmark, bookmark_id)

    def jump_to_bookmark(self, bookmark_id: str) -> None:
        """Open the bookmark's article and select its passage, in view."""
        main = self._main
        shelf = self.shelf
        if shelf is None:
            return
        place = shelf.place(bookmark_id)
        if place is None:
            bookmark = shelf.store.get(bookmark_id)
            status = shelf.placement.status.get(bookmark_id) if shelf.placement else None
            where = f" ({bookmark.page})" if bookmark is not None and bookmark.page else ""
            if status == "closed":
                message = f"Its page{where} is not open."
            else:
                message = "The passage is no longer in its article (orphaned); its quote is kept."
            main.notify(message, title="Cannot show this bookmark", severity="warning")
            return
        if place.article != main.current:
            main.open_article(place.article)
        main.pane.focus()
        self.passage.place(place.start, place.end)

    def bookmark_commands(self) -> Iterable[SystemCommand]:
        """Command palette entries of this feature."""
        yield SystemCommand("Bookmarks", "List the bookmarked passages (B)", self.action_bookmarks)
        yield SystemCommand(
            "Copy passage",
            "Copy the selected passage or the sentence at the cursor to the clipboard (y)",
            self.action_copy_passage,
        )
        yield SystemCommand(
            "Bookmark passage",
            "Bookmark the selected passage or the sentence at the cursor (m)",
            self.action_bookmark_passage,
        )
