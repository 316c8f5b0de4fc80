"""The bookmarks of the open corpus: the store, and where each bookmark's passage is in the open articles.

The reader's screens share one `Shelf`: the main screen marks passages and adds bookmarks, the bookmarks
screen lists, edits, deletes and restores them. The shelf keeps the store and a placement (bookmark id
→ article index and offsets) in step, so neither screen anchors anything twice.

No Textual here: `place_bookmarks` runs in a worker thread and the rest is called on the UI thread. Store
errors (`StorageError`, `OSError`) are left to the caller, which tells the user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from reader.bookmarks import Bookmark, BookmarkStore, page_file, resolve
from reader.model import Article, Page

Status = Literal["found", "orphan", "closed"]
"""found: anchored in an open article; orphan: its page is open but the passage is gone; closed: its
page is not among the open pages."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a bookmarked passage is now: `articles[article].text[start:end]`, or where the passage is
    in a title line of the article now (a line the reader made a title, t), `start:end` of that line
    (`field`: "kicker", "headline", "subtitle" or "byline")."""

    article: int
    start: int
    end: int
    field: str = "text"

    @property
    def in_titles(self) -> bool:
        """Is the passage in one of the article's title lines?"""
        return self.field != "text"


@dataclass(slots=True)
class Placement:
    """Places of the bookmarks that were found, and the status of every bookmark looked at."""

    places: dict[str, Place] = field(default_factory=dict)
    status: dict[str, Status] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Entry:
    """A bookmark as the list shows it."""

    bookmark: Bookmark
    """As stored."""
    status: Status
    printed: Bookmark | None = None
    """The bookmark with the paper, date and page the library gives its page now, where they differ from
    those it keeps (`Shelf.printed`); None where they do not, or are not known yet."""

    @property
    def cited(self) -> Bookmark:
        """The bookmark as the list shows and cites it: with where its page is printed now."""
        return self.printed or self.bookmark


def place_bookmarks(
    bookmarks: Iterable[Bookmark], articles: Sequence[Article], pages: Sequence[Page]
) -> Placement:
    """Anchor `bookmarks` in `articles` (re-anchoring by quote where the text changed).

    Only bookmarks whose article or page file is open are anchored; the others are `closed`, not
    orphans: their page was simply not opened this time.
    """
    index_of = {id(article): n for n, article in enumerate(articles)}
    open_ids = {article.id for article in articles}
    open_pages = {page.name for page in pages}
    placement = Placement()
    candidates = []
    for bookmark in bookmarks:
        if bookmark.article_id in open_ids or bookmark.page in open_pages:
            candidates.append(bookmark)
        else:
            placement.status[bookmark.id] = "closed"
    path_of = {id(article): path for page, path in _files(pages, candidates) for article in page.articles}
    for found in resolve(candidates, articles, lambda article: path_of.get(id(article), "")):
        bookmark = found.bookmark
        assert isinstance(bookmark, Bookmark)
        if found.article is None or found.orphaned:
            placement.status[bookmark.id] = "orphan"
            continue
        anchor = found.anchor
        placement.places[bookmark.id] = Place(
            index_of[id(found.article)], anchor.start, anchor.end, anchor.field
        )
        placement.status[bookmark.id] = "found"
    return placement


class Shelf:
    """A `BookmarkStore` with the placement of its bookmarks in the open corpus."""

    def __init__(self, store: BookmarkStore, tell: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.tell = tell
        """Called with each warning of the store (`tell_news`): a bookmark file damaged meanwhile."""
        self._told = 0
        self.articles: Sequence[Article] = ()
        self.pages: Sequence[Page] = ()
        self.page_of: Sequence[int] = ()
        self.placement: Placement | None = None
        """None until `place_bookmarks` has run for the open corpus."""
        self._undo: list[tuple[Bookmark, Place | None, Status]] = []
        self.printed: dict[str, dict[str, str]] = {}
        """By bookmark id, the paper, date and page number the library gives its page now, where they
        differ from the bookmark's (`reader.bookmarks.printed.printed_at`: looked up in a worker, since
        it reads the catalogue); the entries cite them, as `duba bookmarks list` does."""
        self.tell_news()

    def tell_news(self) -> None:
        """Pass the store's warnings not passed yet to `tell`: those of its opening, and those of a file
        damaged while the reader runs (another program wrote it cut short), which the store moves aside
        as it was and starts anew with its whole bookmarks: said at opening only, the reader went on
        without a word and the bookmarks that could not be read were missing from B."""
        warnings = self.store.warnings
        if self.tell is not None:
            for warning in warnings[self._told :]:
                self.tell(warning)
        self._told = len(warnings)

    # -- placement --------------------------------------------------------------------------------

    def set_corpus(self, articles: Sequence[Article], pages: Sequence[Page], page_of: Sequence[int]) -> None:
        """The open corpus changed: its bookmarks must be placed again (`placement` is None until then)."""
        self.articles, self.pages, self.page_of = articles, pages, page_of
        self.placement = None

    def marks(self, article: int) -> list[tuple[int, int, str]]:
        """The bookmarked passages of article `article` as (start, end, field): offsets into its text
        ("text") or into the title line a passage is now (`Place.field`)."""
        if self.placement is None:
            return []
        places = self.placement.places.values()
        return sorted((p.start, p.end, p.field) for p in places if p.article == article)

    def place(self, bookmark_id: str) -> Place | None:
        """Where a bookmark's passage is, if it was found."""
        return self.placement.places.get(bookmark_id) if self.placement is not None else None

    def follow(self) -> list[str]:
        """Bring the stored citation (title, authors, article id) and position of every placed bookmark
        in step with the article its passage is in now, after a correction or a newer segmenter; the
        ids changed."""
        if self.placement is None:
            return []
        changed = []
        for bookmark in self.store.all():
            place = self.placement.places.get(bookmark.id)
            if place is None:
                continue
            start, end = (None, None) if place.in_titles else (place.start, place.end)
            if self.store.follow(bookmark, self.articles[place.article], start, end) is not None:
                changed.append(bookmark.id)
        return changed

    def entries(self) -> list[Entry]:
        """Every bookmark, newest first, with its status; ones added meanwhile elsewhere are placed now."""
        try:
            bookmarks = self.store.all()
        finally:
            self.tell_news()
        if self.placement is not None:
            new = [b for b in bookmarks if b.id not in self.placement.status]
            if new:
                found = place_bookmarks(new, self.articles, self.pages)
                self.placement.places.update(found.places)
                self.placement.status.update(found.status)
            status = self.placement.status
            return [Entry(b, status.get(b.id, "orphan"), self._printed(b)) for b in bookmarks]
        return [Entry(b, "closed", self._printed(b)) for b in bookmarks]

    def _printed(self, bookmark: Bookmark) -> Bookmark | None:
        """The bookmark with where its page is printed now, if that differs from what it keeps."""
        now = self.printed.get(bookmark.id)
        return replace(bookmark, **now) if now else None

    # -- changes ----------------------------------------------------------------------------------

    def add(
        self, article: int, start: int, end: int, note: str = "", tags: Iterable[str] | str = ()
    ) -> Bookmark:
        """Bookmark `articles[article].text[start:end]` and place it."""
        page = self.pages[self.page_of[article]] if article < len(self.page_of) else None
        try:
            bookmark = self.store.add(self.articles[article], page, start, end, note, tags)
        finally:
            self.tell_news()
        if self.placement is not None:
            self.placement.places[bookmark.id] = Place(article, bookmark.start, bookmark.end)
            self.placement.status[bookmark.id] = "found"
        return bookmark

    def update(self, bookmark_id: str, note: str, tags: Iterable[str] | str) -> Bookmark:
        """Change a bookmark's note and tags (KeyError if it was deleted meanwhile)."""
        try:
            return self.store.update(bookmark_id, note=note, tags=tags)
        finally:
            self.tell_news()

    def keep(self, bookmark: Bookmark, note: str, tags: Iterable[str] | str) -> Bookmark:
        """Save a bookmark whose note was being edited with this note and tags, also when another duba
        deleted it meanwhile (`BookmarkStore.keep`), and place it again."""
        try:
            kept = self.store.keep(bookmark, note, tags)
        finally:
            self.tell_news()
        if self.placement is not None and kept.id not in self.placement.places:
            found = place_bookmarks([kept], self.articles, self.pages)
            self.placement.places.update(found.places)
            self.placement.status.update(found.status)
        return kept

    def delete(self, bookmark_id: str) -> Bookmark:
        """Delete a bookmark; `undo` puts the last deleted one back."""
        try:
            bookmark = self.store.delete(bookmark_id)
        finally:
            self.tell_news()
        place, status = None, "orphan"
        if self.placement is not None:
            place = self.placement.places.pop(bookmark_id, None)
            status = self.placement.status.pop(bookmark_id, "orphan")
        self._undo.append((bookmark, place, status))
        return bookmark

    @property
    def can_undo(self) -> bool:
        """Is there a deletion to undo?"""
        return bool(self._undo)

    def undo(self) -> Bookmark | None:
        """Restore the last deleted bookmark (None when nothing was deleted)."""
        if not self._undo:
            return None
        bookmark, place, status = self._undo[-1]
        self.store.restore(bookmark)
        self._undo.pop()
        if self.placement is not None:
            if place is not None:
                self.placement.places[bookmark.id] = place
            self.placement.status[bookmark.id] = status
        return bookmark

    def close(self) -> None:
        """Close the store."""
        self.store.close()


def _files(pages: Sequence[Page], bookmarks: Sequence[Bookmark]) -> Iterable[tuple[Page, str]]:
    """Each page with its file as the bookmarks keep theirs (`page_file`: `duba papers`, or a linked
    folder, named the file otherwise), for the pages a bookmark may have been made on (its name or its
    content); as opened for the rest (resolving all 3,000 pages of a library took ~0.4 s)."""
    names, shas = {b.page for b in bookmarks}, {b.page_sha for b in bookmarks}
    for page in pages:
        mine = page.path and (page.name in names or page.sha in shas)
        yield page, page_file(page.path) if mine else page.path
