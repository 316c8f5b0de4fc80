"""Bookmarks of passages: durable storage, re-anchoring in changed text, export with a citation.

Headless: nothing here imports Textual or Rich, so the CLI and tests use it without a terminal.
"""

from __future__ import annotations

from reader.bookmarks.anchor import (
    Anchor,
    Resolution,
    TextPositionSelector,
    TextQuoteSelector,
    anchor,
    describe,
    resolve,
)
from reader.bookmarks.bookmark import SCHEMA_VERSION, Bookmark, normalize_tags, page_file
from reader.bookmarks.export import citation, cited, export, to_json, to_markdown
from reader.bookmarks.storage import DurableStorage, ForeignFileError, StorageError, UnwritableError
from reader.bookmarks.store import BookmarkStore, default_db_path

__all__ = [
    "SCHEMA_VERSION",
    "Anchor",
    "Bookmark",
    "BookmarkStore",
    "DurableStorage",
    "ForeignFileError",
    "Resolution",
    "StorageError",
    "TextPositionSelector",
    "TextQuoteSelector",
    "UnwritableError",
    "anchor",
    "citation",
    "cited",
    "default_db_path",
    "describe",
    "export",
    "normalize_tags",
    "page_file",
    "resolve",
    "to_json",
    "to_markdown",
]
