"""A library catalogue SQLite cannot read (cut short by a crash or a full disk, a disk error): what to do.

Every command that met one said only "database disk image is malformed", and the reader opened the
sample page: nothing said that the catalogue only lists the pages of the folders added, which stay where
they are, as do the bookmarks and corrections, nor how to start it again. `advice` says so, with the
folders to add again where the damaged file still names them.
"""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path


def is_damaged(error: BaseException) -> bool:
    """Whether `error` says the catalogue file is damaged or is not a database (not locked, not read-only)."""
    said = str(error).lower()
    return isinstance(error, sqlite3.DatabaseError) and ("malformed" in said or "not a database" in said)


def advice(path: Path) -> str:
    """How to start the damaged catalogue at `path` again: moved aside, its folders added again."""
    folders = " ".join(shlex.quote(root) for root in _roots(path)) or "FOLDER"
    where = shlex.quote(str(path))
    return (
        "it is damaged, but it only lists your pages, which stay where they are, as do your bookmarks and "
        f"corrections; to start it again: mv {where} {where}.damaged && duba library add {folders}"
    )


def _roots(path: Path) -> list[str]:
    """The folders and files added, where the damaged file still holds their list (else none)."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [str(row[0]) for row in db.execute("SELECT path FROM roots ORDER BY added, path")]
        finally:
            db.close()
    except (sqlite3.Error, OSError):
        return []
