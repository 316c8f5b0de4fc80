"""The bookmarks kept in place in the reader: the store opened, every bookmark anchored, its passage shown.

`ShelfKeeper` is the part of the reader's bookmarker (`reader.app.bookmarker.Bookmarker`, which adds the
keys, the passage cursor and the bookmark dialog) that keeps the shelf of bookmarks (`Shelf`) open and
placed, in workers that hand their results back as messages:

- the bookmark store opens in a thread worker after the first frame (about 300 ms with 10,000
  bookmarks), and its warnings (a damaged file moved aside …) become notifications (`StoreOpened`,
  `StoreFailed`); a store that could not be opened is tried again when the bookmarks are asked for;
- once both the library and the store are open, a second worker anchors every bookmark in the open
  articles (`Placed`); bookmarked passages are then marked in the pane (layer `bookmarks`, component
  class `reading--bookmark`) each time an article opens (`article_opened`);
- a bookmark chosen is shown by posting `OpenPassage` (the screen opens the article and calls
  `select`); one whose page is not open has its page found (`reader.archive.locate`: the stored path,
  the library's page with the same content, a file renamed beside it) and read in a worker, which posts
  `PageFound`: the loader adds the page to the library, and once the bookmarks are placed again the
  passage is shown. A page found nowhere is named in a notification (`PageMissing`); the bookmark is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from reader.app.widgets.reading_pane import Highlight, ReadingPane

# The bookmark store and its anchoring cost ~60 ms to import (measured with -X importtime): they load in
# the store's worker or when first used, after the first frame.
if TYPE_CHECKING:
    from reader.app.loader import Loader
    from reader.app.shelf import Placement, Shelf
    from reader.bookmarks import Bookmark, BookmarkStore
    from reader.library import Library
    from reader.model import Article, Page

MARK_LAYER = "bookmarks"
MARK_STYLE = "reading--bookmark"


class ShelfKeeper(Widget):
    """The bookmark shelf kept open and placed, and a bookmark's passage shown (see the module docstring)."""

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
        """A bookmark was chosen in the list: show `articles[article].text[start:end]`, or, with `field`
        other than "text", that title line's `start:end` (the passage was made a title, t: the
        article's top)."""

        article: int
        start: int
        end: int
        field: str = "text"

    def __init__(self, library: Library, pane: ReadingPane, loader: Loader) -> None:
        super().__init__()
        self.library = library
        self.pane = pane
        self.loader = loader
        """Opens a bookmark's page when it is not open."""
        self.shelf: Shelf | None = None
        """The open bookmarks (None while the store is still opening, or if it could not be opened)."""
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

        self._failure = None
        warn = partial(self.notify, title="Bookmarks", severity="warning", timeout=15)
        self.shelf = Shelf(store, tell=warn)  # its warnings: at opening, and whenever a change finds one
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
        self.pane.set_highlights(
            MARK_LAYER, [Highlight(start, end, MARK_STYLE, field) for start, end, field in marks]
        )

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
        self.post_message(self.OpenPassage(place.article, place.start, place.end, place.field))

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
