"""The bookmark store: what the UI and the CLI call to add, edit, delete, undo and list bookmarks.

Bookmarks live in one TinyDB file (`bookmarks.json` in the user data folder, or `DUBA_DB`), written
through `DurableStorage`. Each bookmark is a TinyDB document keyed by its uuid, so two processes
never hand out the same document id (TinyDB's integer ids are cached per process). Every change
runs inside the storage's cross-process transaction, which reloads the file first if another
process changed it.

A `Bookmark` (`reader.bookmarks.bookmark`) is an immutable value: methods return new ones, and
`delete` returns the deleted one so the UI can offer undo with `restore`.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from reader.bookmarks.anchor import TextPositionSelector, describe
from reader.bookmarks.bookmark import Bookmark, citation_title, normalize_tags, page_file, parse_time
from reader.bookmarks.storage import DurableStorage
from reader.model import Article, Page, PageMeta
from reader.passages import trimmed
from reader.paths import data_dir

TABLE = "bookmarks"
DB_ENV = "DUBA_DB"
DB_NAME = "bookmarks.json"


def default_db_path() -> Path:
    """The bookmark file: `$DUBA_DB` if set, else `bookmarks.json` in the user data folder."""
    env = os.environ.get(DB_ENV)
    return Path(env).expanduser() if env else data_dir() / DB_NAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _readable(key: str, doc: dict[str, Any]) -> bool:
    """Whether a document is a bookmark the store can show (what a damaged file gives back)."""
    try:
        Bookmark.from_dict({**doc, "id": doc.get("id") or key})
    except (ValueError, TypeError, AttributeError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Listing:
    generation: int
    newest_first: list[Bookmark]
    by_article: dict[str, list[Bookmark]]
    by_id: dict[str, Bookmark]


class _UuidTable(Table):
    """A table keyed by uuid strings: no per-process id counter to collide, no stale query cache."""

    document_id_class = str  # type: ignore[assignment]
    default_query_cache_capacity = 0  # another process may change the file between two queries

    def _get_next_id(self) -> str:  # type: ignore[override]
        return uuid.uuid4().hex


class _BookmarkDB(TinyDB):
    table_class = _UuidTable


def draft(
    article: Article,
    page: Page | None,
    start: int,
    end: int,
    note: str = "",
    tags: Iterable[str] | str = (),
) -> Bookmark:
    """A bookmark of `article.text[start:end]` (surrounding whitespace trimmed), not saved: what
    `BookmarkStore.add` saves, and what a passage copied with its source is cited from."""
    text = article.text
    if not 0 <= start < end <= len(text):
        raise ValueError(f"passage {start}:{end} is empty or outside the text (length {len(text)})")
    start, end = trimmed(text, start, end)
    quote, position = describe(text, start, end)
    meta = page.meta if page is not None else PageMeta()
    now = _now()
    return Bookmark(
        id=uuid.uuid4().hex,
        created=now,
        updated=now,
        article_id=article.id,
        page=page.name if page is not None else article.page,
        page_sha=page.sha if page is not None else "",
        headline=citation_title(article),
        authors=tuple(article.authors),
        paper=meta.paper,
        date=meta.date,
        page_no=meta.page_no,
        quote_selector=quote,
        position_selector=position,
        note=note.strip(),
        tags=normalize_tags(tags),
        page_path=page_file(page.path) if page is not None and page.path else "",
    )


class BookmarkStore:
    """Bookmarks in a TinyDB file; safe against crashes and a second duba process.

    `warnings` holds messages to show the user (for instance that an unreadable file was moved aside).
    Opening raises `ForeignFileError` for a file that is not a bookmark store (it is left untouched).
    With `writable=False` (listing, exporting) nothing on disk is created, locked, moved or written,
    and a damaged file raises `StorageError`.
    """

    def __init__(self, path: Path | None = None, *, writable: bool = True) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.warnings: list[str] = []
        self._db = _BookmarkDB(
            self.path,
            storage=DurableStorage,
            warnings=self.warnings,
            table=TABLE,
            writable=writable,
            usable=_readable,
        )
        self._storage: DurableStorage = self._db.storage  # type: ignore[assignment]
        self._table = self._db.table(TABLE)
        self._mutex = threading.RLock()
        # Per document key: the stored document a Bookmark was built from, the Bookmark, its sort key.
        self._docs: dict[str, dict[str, Any]] = {}
        self._bookmarks: dict[str, Bookmark] = {}
        self._order: dict[str, str] = {}
        self._listing: _Listing | None = None
        self._deleted: dict[str, dict[str, Any]] = {}
        self._listing_now()  # read now, so a corrupt file is reported at start-up

    @property
    def quarantined(self) -> list[Path]:
        """Where unreadable bookmark files were moved."""
        return self._storage.quarantined

    # -- changes -------------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        page: Page | None,
        start: int,
        end: int,
        note: str = "",
        tags: Iterable[str] | str = (),
    ) -> Bookmark:
        """Bookmark `article.text[start:end]` (surrounding whitespace is trimmed) and save it."""
        bookmark = draft(article, page, start, end, note, tags)
        with self._mutex, self._storage.transaction():
            self._table.insert(Document(bookmark.to_dict(), doc_id=bookmark.id))
        return bookmark

    def update(self, id: str, note: str | None = None, tags: Iterable[str] | str | None = None) -> Bookmark:
        """Change a bookmark's note and/or tags; raises KeyError if it no longer exists."""
        with self._mutex, self._storage.transaction():
            if self._raw(id) is None:
                raise KeyError(id)
            fields: dict[str, Any] = {}
            if note is not None:
                fields["note"] = note.strip()
            if tags is not None:
                fields["tags"] = list(normalize_tags(tags))
            if fields:
                fields["updated"] = _now()
                self._table.update(fields, doc_ids=[id])
            raw = self._raw(id)
        assert raw is not None
        return Bookmark.from_dict(raw)

    def keep(self, bookmark: Bookmark, note: str, tags: Iterable[str] | str) -> Bookmark:
        """Save `bookmark` with this note and tags, also when it was deleted meanwhile (by another duba,
        while its note was being edited here): put back with its passage, id and creation time."""
        kept = replace(bookmark, note=note.strip(), tags=normalize_tags(tags), updated=_now())
        with self._mutex, self._storage.transaction():
            if self._raw(bookmark.id) is None:
                raw = {**self._deleted.pop(bookmark.id, {}), **kept.to_dict()}
                self._table.insert(Document(raw, doc_id=bookmark.id))
            else:
                self._table.update(
                    {"note": kept.note, "tags": list(kept.tags), "updated": kept.updated},
                    doc_ids=[bookmark.id],
                )
            raw = self._raw(bookmark.id)
        assert raw is not None
        return Bookmark.from_dict(raw)

    def follow(
        self, bookmark: Bookmark, article: Article, start: int | None = None, end: int | None = None
    ) -> Bookmark | None:
        """Keep a bookmark's citation in step with the article its passage is in now: a correction or
        a newer segmenter gave it another title, authors or id. With `start` and `end` (where the
        passage was found in `article.text`) its position selector follows too, when the text there is
        still its exact quote: a join puts the passage further down a longer text, and a tool reading
        the exported positions must find it there. Returns the changed bookmark; None when nothing
        changed (nothing is read or written then) or it no longer exists. Its note, tags and `updated`
        time stay as they were."""
        headline, authors = citation_title(article), tuple(article.authors)
        position = bookmark.position_selector
        if start is not None and end is not None and article.text[start:end] == bookmark.quote:
            position = TextPositionSelector(start, end)
        if (bookmark.article_id, bookmark.headline, bookmark.authors, bookmark.position_selector) == (
            article.id,
            headline,
            authors,
            position,
        ):
            return None
        fields = {"article_id": article.id, "headline": headline, "authors": [a.to_dict() for a in authors]}
        if position != bookmark.position_selector:
            fields["selector"] = [bookmark.quote_selector.to_dict(), position.to_dict()]
        with self._mutex, self._storage.transaction():
            if self._raw(bookmark.id) is None:
                return None
            self._table.update(fields, doc_ids=[bookmark.id])
            raw = self._raw(bookmark.id)
        assert raw is not None
        return Bookmark.from_dict(raw)

    def delete(self, id: str) -> Bookmark:
        """Delete a bookmark and return it (for `restore`); raises KeyError if it does not exist."""
        with self._mutex, self._storage.transaction():
            raw = self._raw(id)
            if raw is None:
                raise KeyError(id)
            bookmark = Bookmark.from_dict(raw)
            self._deleted[id] = dict(raw)  # keeps fields a newer duba may have added
            self._table.remove(doc_ids=[id])
        return bookmark

    def restore(self, bookmark: Bookmark) -> Bookmark:
        """Put back a deleted bookmark (undo), with its id and times; harmless if it is still there."""
        with self._mutex, self._storage.transaction():
            raw = self._deleted.pop(bookmark.id, None) or bookmark.to_dict()
            if self._raw(bookmark.id) is None:
                self._table.insert(Document(raw, doc_id=bookmark.id))
        return bookmark

    # -- queries -------------------------------------------------------------------------------

    def get(self, id: str) -> Bookmark | None:
        """The bookmark with this id, or None."""
        return self._listing_now().by_id.get(id)

    def all(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        return list(self._listing_now().newest_first)

    def for_article(self, article_id: str) -> list[Bookmark]:
        """The bookmarks of one article (by its id), newest first."""
        return list(self._listing_now().by_article.get(article_id, ()))

    def __len__(self) -> int:
        return len(self._listing_now().newest_first)

    def close(self) -> None:
        """Release the file; the store must not be used afterwards."""
        self._db.close()

    def __enter__(self) -> BookmarkStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------------------

    def _raw(self, id: str) -> dict[str, Any] | None:
        tables = self._storage.read() or {}
        return tables.get(TABLE, {}).get(id)

    def _listing_now(self) -> _Listing:
        """Bookmarks newest first and by article, rebuilt only when the file changed.

        Documents unchanged since the last listing (the same object in the storage) keep their
        `Bookmark`, so after one insert among 10,000 only one bookmark is built again.
        """
        with self._mutex:
            tables = self._storage.read() or {}
            generation = self._storage.generation
            if self._listing is not None and self._listing.generation == generation:
                return self._listing
            table: dict[str, Any] = tables.get(TABLE, {})
            docs, bookmarks, order = self._docs, self._bookmarks, self._order
            for key, doc in table.items():
                if docs.get(key) is doc and not getattr(doc, "dirty", False):
                    continue
                docs[key] = doc
                try:
                    bookmark = Bookmark.from_dict({**doc, "id": doc.get("id") or key})
                except (ValueError, TypeError, AttributeError):
                    bookmarks.pop(key, None)
                    message = f"Bookmark {key} in {self.path} is damaged and is not shown."
                    if message not in self.warnings:
                        self.warnings.append(message)
                    continue
                bookmarks[key] = bookmark
                order[key] = _sort_key(bookmark.created)
            if len(docs) != len(table):
                for key in docs.keys() - table.keys():
                    del docs[key]
                    bookmarks.pop(key, None)
                    order.pop(key, None)
            # Newest first; equal times: the later in the file first (sort is stable under reverse).
            keys = [key for key in reversed(table) if key in bookmarks]
            keys.sort(key=order.__getitem__, reverse=True)
            newest_first = [bookmarks[key] for key in keys]
            by_article: dict[str, list[Bookmark]] = {}
            for bookmark in newest_first:
                by_article.setdefault(bookmark.article_id, []).append(bookmark)
            by_id = {bookmark.id: bookmark for bookmark in newest_first}
            self._listing = _Listing(generation, newest_first, by_article, by_id)
            return self._listing


def _sort_key(created: str) -> str:
    """A string that sorts like the time: our own stamps as they are, others normalised to UTC."""
    if len(created) == 32 and created.endswith("+00:00"):
        return created
    return parse_time(created).astimezone(UTC).isoformat(timespec="microseconds")
