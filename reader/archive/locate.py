"""Finding a page file again by its content: where a bookmark's page is now.

A bookmark keeps the path of its page and the hash of the page's bytes (`Bookmark.page_path`,
`page_sha`). When the reader is asked for a bookmark whose page is not open, `locate_page` looks at the
stored path, then asks the library's catalogue for a page with that hash (`Catalogue.find`: a page the
library noticed had moved), then looks beside the stored path for a file renamed in its folder.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from reader.corpus import PAGE_SUFFIXES

MAX_NEIGHBOURS = 2000
"""Files beside a vanished page that are hashed to find it renamed (a folder of an archive's pages)."""


def _sha(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _in_catalogue(sha: str) -> Path | None:
    from reader.archive.catalogue import Catalogue, default_path

    if not default_path().is_file():
        return None  # no library: nothing to ask (and no catalogue file to create)
    with Catalogue(read_only=True) as catalogue:
        record = catalogue.find(sha)
    return Path(record.path) if record is not None and Path(record.path).is_file() else None


def _beside(path: Path, sha: str) -> Path | None:
    try:
        neighbours = sorted(
            p for p in path.parent.iterdir() if p.suffix.lower() in PAGE_SUFFIXES and p.is_file()
        )
    except OSError:
        return None
    for candidate in neighbours[:MAX_NEIGHBOURS]:
        try:
            if _sha(candidate) == sha:
                return candidate
        except OSError:
            continue
    return None


def locate_page(path: str, sha: str) -> Path | None:
    """The file of the page stored at `path` with content hash `sha`, wherever it is now, or None.

    The stored path when its content is unchanged (or no hash is known); else the library's page with
    that hash; else a file beside the stored path with that hash (renamed); else the stored path even
    though the page changed (its passages are found again by their quotes). Never raises for a missing
    file or folder."""
    stored = Path(path) if path else None
    changed: Path | None = None
    if stored is not None and stored.is_file():
        try:
            if not sha or _sha(stored) == sha:
                return stored
        except OSError:
            pass
        changed = stored
    if sha:
        found = _in_catalogue(sha)
        if found is None and stored is not None:
            found = _beside(stored, sha)
        if found is not None:
            return found
    return changed
