"""Passages and bookmarks in the reader: the passage cursor, the shelf of bookmarks and their marks.

`Bookmarker` is a widget with nothing to draw that the main screen holds beside the article view. It
owns this feature's state and workers, and the keys the screen binds for it (`KEYS`) call its methods:

- the bookmark store opens in a thread worker after the first frame (about 300 ms with 10,000
  bookmarks), and its warnings (a damaged file moved aside …) become notifications;
- once both the library and the store are open, a second worker anchors every bookmark in the open
  articles (`Shelf`); bookmarked passages are then marked in the pane (layer `bookmarks`, component
  class `reading--bookmark`) each time an article opens (`article_opened`);
- `(`/`)` and `{`/`}` move the passage cursor by sentence and paragraph, `v`/`V` grow and shrink the
  selection, `y` copies it to the clipboard (OSC 52), `m` bookmarks it (or a mouse selection) after
  asking for a note and tags, `B` lists the bookmarks. Choosing one there posts `OpenPassage`: the
  screen opens the article and calls `select`;
- a bookmark whose page is not open has its page found (`reader.archive.locate`: the stored path, the
  library's page with the same content, a file renamed beside it) and read in a worker, which posts
  `PageFound`: the loader adds the page to the library, and once the bookmarks are placed again the
  passage is shown. A page found nowhere is named in a notification; the bookmark is kept.

Workers hand their results back as messages (`StoreOpened`, `StoreFailed`, `Placed`, `PageFound`,
`PageMissing`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from reader.app.widgets.passage import PassageCursor
from reader.app.widgets.reading_pane import Highlight, ReadingPane
from reader.app.wrap import truncate

# The bookmark store, its anchoring and the screens that list and edit bookmarks cost ~60 ms to import
# (measured with -X importtime): they load in the store's worker or when first used, after the first frame.
if TYPE_CHECKING:
    from reader.app.loader import Loader
    from reader.app.screens.bookmark_dialog import NoteAndTags
    from reader.app.shelf import Placement, Shelf
    from reader.bookmarks import Bookmark, BookmarkStore
    from reader.library import Library
    from reader.model import Article, Page

MARK_LAYER = "bookmarks"
MARK_STYLE = "reading--bookmark"

PASSAGE_STEPS = (
    "next_sentence",
    "previous_sentence",
    "next_paragraph",
    "previous_paragraph",
    "extend_selection",
    "shrink_selection",
)
"""What the passage keys do (`Bookmarker.step`)."""


class Bookmarker(Widget):
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

    @dataclass
    class StoreOpened(Message):
        """The bookmark store is open (posted by the store worker)."""

        store: BookmarkStore

    @dataclass
    class StoreFailed(Message):
        """The bookmark store could not be opened."""

        error: Exception

    @dataclass
    class Placed(Message):
        """The bookmarks of `articles` were anchored (posted by the anchoring worker)."""

        placement: Placement
        articles: Sequence[Article]

    @dataclass
    class PageFound(Message):
        """The page of bookmark `bookmark_id` was read (it was not open): the loader adds it."""

        page: Page
        bookmark_id: str

    @dataclass
    class PageMissing(Message):
        """The page of a bookmark could not be found or read (`message` says where it was looked for)."""

        message: str

    @dataclass
    class OpenPassage(Message):
        """A bookmark was chosen in the list: show `articles[article].text[start:end]`."""

        article: int
        start: int
        end: int

    def __init__(
        self, library: Library, pane: ReadingPane, loader: Loader, *, ambiguous_wide: bool = False
    ) -> None:
        super().__init__()
        self.library = library
        self.pane = pane
        self.loader = loader
        """Opens a bookmark's page when it is not open."""
        self.ambiguous_wide = ambiguous_wide
        self.shelf: Shelf | None = None
        """The open bookmarks (None while the store is still opening, or if it could not be opened)."""
        self.passage = PassageCursor(pane)
        """The passage cursor of the reading pane."""
        self.current: int | None = None
        """The index of the article being read (the screen sets it)."""
        self._pending: str | None = None
        """A bookmark to show once the bookmarks are placed again (its page was just opened)."""
        self._fetched: set[str] = set()
        """Bookmarks whose page was looked for (not looked for twice if still not open)."""
        self._failure: Exception | None = None
        """Why the store could not be opened (it is tried again when the bookmarks are asked for)."""
        self._then: Callable[[], None] | None = None
        """What was asked for while the store could not be opened: done once it opens on a new try."""

    @classmethod
    def key_sections(cls) -> list[tuple[str, list[BindingType]]]:
        """The keys of the screens this feature opens (its own are the screen's), as help lists them."""
        from reader.app.screens.bookmark_dialog import BookmarkDialog
        from reader.app.screens.bookmarks import BookmarksScreen

        return [
            (BookmarksScreen.HELP_SECTION, list(BookmarksScreen.BINDINGS)),
            ("Bookmark dialog", list(BookmarkDialog.BINDINGS)),
        ]

    def on_mount(self) -> None:
        self.call_after_refresh(self.open_store)

    def on_unmount(self) -> None:
        if self.shelf is not None:
            self.shelf.close()
            self.shelf = None

    @work(thread=True, exclusive=True, group="bookmarks")
    def open_store(self) -> None:
        """Open the bookmark store (DUBA_DB, else bookmarks.json in the data folder) off the UI thread."""
        from reader.app import shelf  # noqa: F401 - imported here, off the UI thread, for later
        from reader.bookmarks import BookmarkStore, StorageError
        from reader.fsutil import keep_alive

        try:
            with keep_alive():  # a damaged file is moved aside and its bookmarks saved anew: not cut short
                store = BookmarkStore(None)
        except (StorageError, OSError) as error:
            self.post_message(self.StoreFailed(error))
            return
        self.post_message(self.StoreOpened(store))

    @on(StoreFailed)
    def _store_failed(self, event: StoreFailed) -> None:
        self._failure = event.error
        self._then = None
        self.notify(
            f"Cannot open the bookmarks: {event.error}", title="Bookmarks", severity="error", timeout=15
        )

    @on(StoreOpened)
    def _store_opened(self, event: StoreOpened) -> None:
        store = event.store
        if not self.is_attached:
            store.close()
            return
        from reader.app.shelf import Shelf

        self.shelf = Shelf(store)
        self._failure = None
        for warning in store.warnings:
            self.notify(warning, title="Bookmarks", severity="warning", timeout=15)
        self._place_if_needed()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _place_if_needed(self) -> None:
        """Anchor the bookmarks in the library, once it and the store are both open."""
        library = self.library
        shelf = self.shelf
        if shelf is None or not library.articles or shelf.articles is library.articles:
            return
        shelf.set_corpus(library.articles, library.pages, library.page_of)
        self.anchor_bookmarks(shelf.store.all(), library.articles, library.pages)

    # A description, or Textual makes one from repr() of every argument on the UI thread: 2.4 s for the
    # 30,000 articles of a 10,000-page library (measured with a profile of the warm start).
    @work(thread=True, exclusive=True, group="bookmark-places", description="anchor bookmarks")
    def anchor_bookmarks(
        self, bookmarks: list[Bookmark], articles: Sequence[Article], pages: Sequence[Page]
    ) -> None:
        """Find every bookmarked passage in the open articles (a thread: fuzzy anchoring can take a while)."""
        from reader.app.shelf import place_bookmarks

        self.post_message(self.Placed(place_bookmarks(bookmarks, articles, pages), articles))

    @on(Placed)
    def _placed(self, event: Placed) -> None:
        shelf = self.shelf
        if shelf is None or shelf.articles is not event.articles:
            return  # another library was opened meanwhile
        shelf.placement = event.placement
        shelf.entries()  # places bookmarks added while the worker ran
        from reader.bookmarks import StorageError

        try:
            shelf.follow()  # a correction may have retitled a bookmark's article: cite it as it is now
        except (StorageError, OSError) as error:
            self.notify(f"Could not update the bookmarks: {error}", title="Bookmarks", severity="warning")
        self.mark()
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.jump_to(pending)

    def article_opened(self, index: int) -> None:
        """The screen showed article `index`: mark its bookmarked passages."""
        self.current = index
        self._place_if_needed()
        self.mark()

    def mark(self) -> None:
        """Mark the bookmarked passages of the article being read."""
        if self.shelf is None or self.current is None or self.pane.article is None:
            return
        marks = self.shelf.marks(self.current)
        self.pane.set_highlights(MARK_LAYER, [Highlight(start, end, MARK_STYLE) for start, end in marks])

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

    def copy_passage(self, cited: bool = False) -> None:
        """Copy the mouse selection, else the passage cursor's selection or sentence (OSC 52); `cited`:
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
            self.app.copy_to_clipboard(with_source(quote, library_roots()))
            self.notify(f"「{truncate(one_line(quote.quote), 40)}」 with its source", title="Copied")
            return
        self.app.copy_to_clipboard(text)
        self.notify(f"「{truncate(one_line(text), 40)}」 {len(text)} 字", title="Copied")

    # -- bookmarking ------------------------------------------------------------------------------

    def _shelf_or_say(self, then: Callable[[], None]) -> Shelf | None:
        """The open bookmarks; else None, having said why, and when the store could not be opened, tried
        again (the file may have been moved or mended meanwhile): `then` runs once it opens."""
        if self.shelf is not None:
            return self.shelf
        if self._failure is None:
            self.notify("The bookmarks are still opening.", title="Bookmarks", severity="warning")
        else:  # a new try says why again (`_store_failed`), or opens them and goes on
            self._failure = None
            self._then = then
            self.open_store()
        return None

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

    def jump_to(self, bookmark_id: str) -> None:
        """Ask the screen to show the bookmark's passage, or say why it cannot be shown."""
        shelf = self.shelf
        if shelf is None:
            return
        place = shelf.place(bookmark_id)
        if place is None:
            bookmark = shelf.store.get(bookmark_id)
            status = shelf.placement.status.get(bookmark_id) if shelf.placement else None
            where = f" ({bookmark.page})" if bookmark is not None and bookmark.page else ""
            if status == "closed" and bookmark is not None and bookmark_id not in self._fetched:
                self._fetched.add(bookmark_id)
                self.notify(f"Opening its page{where}…", title="Bookmarks")
                self.fetch_page(bookmark)
                return
            if status == "closed":
                message = f"Its page{where} is not open."
            else:
                message = "The passage is no longer in its article (orphaned); its quote is kept."
            self.notify(message, title="Cannot show this bookmark", severity="warning")
            return
        self.post_message(self.OpenPassage(place.article, place.start, place.end))

    @work(thread=True, exclusive=True, group="bookmark-page")
    def fetch_page(self, bookmark: Bookmark) -> None:
        """Find and read the page of `bookmark` (a thread: hashing files and segmenting take a while)."""
        from reader.archive.locate import locate_page
        from reader.corpus import load_page
        from reader.page.decode import DecodeError

        where = locate_page(bookmark.page_path, bookmark.page_sha)
        if where is None:
            stored = f" at {bookmark.page_path}" if bookmark.page_path else ""
            message = (
                f"Its page {bookmark.page} is no longer{stored} and no page of the library has its text. "
                "The bookmark is kept: add the page to the library (duba library add) to read it."
            )
            self.post_message(self.PageMissing(message))
            return
        try:
            page = load_page(where)
        except (OSError, DecodeError) as error:
            self.post_message(self.PageMissing(f"Its page {where} could not be read: {error}"))
            return
        self.post_message(self.PageFound(page, bookmark.id))

    @on(PageFound)
    def _page_found(self, event: PageFound) -> None:
        event.stop()
        if any(page.sha == event.page.sha for page in self.library.pages):
            # open under another name, and the passage was not found in it
            message = "Its page is open, but the passage is no longer in it (orphaned); its quote is kept."
            self.notify(message, title="Cannot show this bookmark", severity="warning")
            return
        self._pending = event.bookmark_id  # shown once the bookmarks are placed in the new library
        self.loader.add_page(event.page)  # the screen lists the page and reopens what was read

    @on(PageMissing)
    def _page_missing(self, event: PageMissing) -> None:
        event.stop()
        self.notify(event.message, title="Cannot show this bookmark", severity="warning", timeout=12)

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
            "Bookmark passage",
            "Bookmark the selected passage or the sentence at the cursor (m)",
            self.bookmark_passage,
        )
