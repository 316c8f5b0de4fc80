"""The files under the library's folders that are no page (binary, empty, undecodable), remembered.

Such a file was read again by every `library update`, every rescan of the reader and, found new by
`reader.archive.drift`, by every `duba search`, `kwic` and `trend`, and its warning said each time: noise
on every command. The catalogue now keeps each with its size, modification time and why it is no page
(`skipped` table, in the catalogue's database): it is said once, when a scan first meets it (or finds it
changed), read again only once it changes, and `duba library list` names them all.

The table came without a new schema version: a duba of schema 2 ignores it, and one that opens a
catalogue without it (read-only, written by such a duba) finds no file skipped.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable

SCHEMA = """
CREATE TABLE IF NOT EXISTS skipped (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    why TEXT NOT NULL
);
"""


def at_or_under(path: str, root: str) -> bool:
    """Whether `path` is `root` or lies under it (both resolved, as the catalogue keeps them)."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _under(root: str) -> tuple[str, int, str]:
    """The SQL parameters of "`path` is `root` or under it"."""
    under = root.rstrip(os.sep) + os.sep
    return root, len(under), under


def skipped_under(db: sqlite3.Connection, roots: Iterable[str]) -> dict[str, tuple[int, int]]:
    """The files skipped at or under `roots`: path → (size, mtime_ns) when last read."""
    found: dict[str, tuple[int, int]] = {}
    try:
        for root in roots:
            rows = db.execute(
                "SELECT path, size, mtime_ns FROM skipped WHERE path = ? OR substr(path, 1, ?) = ?",
                _under(root),
            )
            found.update((path, (size, mtime)) for path, size, mtime in rows)
    except sqlite3.OperationalError:  # (no such table: a catalogue an older duba made, opened read-only)
        return {}
    return found


def listed(db: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every file skipped, by path, with why it is no page."""
    try:
        return list(db.execute("SELECT path, why FROM skipped ORDER BY path"))
    except sqlite3.OperationalError:
        return []


def record(db: sqlite3.Connection, path: str, size: int, mtime_ns: int, message: str) -> None:
    """Remember `path` as no page; `message` says why (the path it opens with is left out)."""
    why = message[len(path) + 2 :] if message.startswith(f"{path}: ") else message
    db.execute(
        "INSERT OR REPLACE INTO skipped (path, size, mtime_ns, why) VALUES (?, ?, ?, ?)",
        (path, size, mtime_ns, why),
    )


def forget(db: sqlite3.Connection, paths: Iterable[str]) -> None:
    """Forget these files (gone, or read as pages now)."""
    db.executemany("DELETE FROM skipped WHERE path = ?", [(path,) for path in paths])


def forget_under(db: sqlite3.Connection, root: str, keep: Iterable[str] = ()) -> None:
    """Forget the files skipped at or under `root`, but those at or under one of `keep`."""
    kept = list(keep)
    rows = db.execute("SELECT path FROM skipped WHERE path = ? OR substr(path, 1, ?) = ?", _under(root))
    gone = [path for (path,) in rows if not any(at_or_under(path, k) for k in kept)]
    forget(db, gone)
