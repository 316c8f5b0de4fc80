"""Where a bookmarked page is printed now, as the library gives it: paper, date, page number, section.

A bookmark keeps the paper, date and page its page had when it was made. A sidecar (`NAME.meta.json`)
added since, or the file moved into the right dated folder (then `duba library update`), changes what
the library says of the page, and search names the new paper and date: a citation must too. Both
`duba bookmarks list|export` and the reader's bookmarks list (`B`) cite what `printed_now` gives.

The catalogue is read once for a set of bookmarks (`catalogued_copies`) and the copies handed to
`printed_now` and `sections`. It may be slow to open (a large library, a slow disk, a writer at work):
the reader calls it from a worker. Only reads; nothing of the bookmark file is changed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.bookmarks.bookmark import Bookmark

if TYPE_CHECKING:
    from reader.archive.records import PageRecord

Copies = Mapping[str, Sequence["PageRecord"]]
"""The catalogued pages with each bookmark's content hash, by bookmark id."""

PRINTED = ("paper", "date", "page_no")
"""The fields of a bookmark's citation that the library may know better now."""


def catalogued_copies(bookmarks: Sequence[Bookmark]) -> dict[str, list[PageRecord]]:
    """The catalogued pages with each bookmark's content hash, by bookmark id; none where there is no
    library or it cannot be read (the library only adds to a list or an export: it must not stop one)."""
    from reader.archive.catalogue import Catalogue, default_path

    if not default_path().is_file():
        return {}
    try:
        with Catalogue(read_only=True) as catalogue:
            return {b.id: catalogue.copies(b.page_sha) for b in bookmarks if b.page_sha}
    except Exception:
        return {}


def printed_at(bookmarks: Sequence[Bookmark], copies: Copies) -> dict[str, dict[str, str]]:
    """By bookmark id, the paper, date and page number the library gives its page now where they are
    known and differ from those the bookmark keeps (fields of `PRINTED` → value). The page is the
    catalogued one at the bookmark's path, else the one page with its content; of several copies
    elsewhere, none (which one was quoted is not known)."""
    out = {}
    for bookmark in bookmarks:
        page = _page_of(bookmark, copies.get(bookmark.id, ()))
        if page is None:
            continue
        now = {name: getattr(page, name) for name in PRINTED}
        now = {name: value for name, value in now.items() if value and value != getattr(bookmark, name)}
        if now:
            out[bookmark.id] = now
    return out


def printed_now(bookmarks: Sequence[Bookmark], copies: Copies) -> list[Bookmark]:
    """The bookmarks with the paper, date and page number the library gives their page now
    (`printed_at`), in the same order."""
    changed = printed_at(bookmarks, copies)
    return [replace(b, **changed[b.id]) if b.id in changed else b for b in bookmarks]


def sections(bookmarks: Sequence[Bookmark], copies: Copies) -> dict[str, str]:
    """Sections of the bookmarked pages that the library knows (CSL and RIS have a field for them), by
    bookmark id: of byte-identical copies of a bookmark's page (one page filed under two dates, each
    with a sidecar of its own) the copy it was made on is taken."""
    found = {b.id: _copy_of(b, copies[b.id]) for b in bookmarks if b.id in copies}
    return {key: page.section for key, page in found.items() if page is not None and page.section}


def _page_of(bookmark: Bookmark, copies: Sequence[PageRecord]) -> PageRecord | None:
    """The catalogued page a bookmark was made on: the one at its path, else the only one with its
    content (the file moved); None when there is none or several."""
    if at := _at_path(bookmark, copies):
        return at
    return copies[0] if len(copies) == 1 else None


def _at_path(bookmark: Bookmark, copies: Sequence[PageRecord]) -> PageRecord | None:
    """Of `copies`, the page at the bookmark's page's path (as given or resolved), if one is."""
    if not bookmark.page_path:
        return None
    paths = {bookmark.page_path, os.path.realpath(bookmark.page_path)}
    return next((page for page in copies if page.path in paths), None)


def _copy_of(bookmark: Bookmark, copies: Sequence[PageRecord]) -> PageRecord | None:
    """Of the catalogued pages with the bookmark's content hash, the one at its page's path, else one of
    its paper and date, else the first (the page moved, or was bookmarked outside the library)."""
    if at := _at_path(bookmark, copies):
        return at
    printed = (bookmark.paper, bookmark.date)
    first = copies[0] if copies else None
    return next((page for page in copies if (page.paper, page.date) == printed), first)
