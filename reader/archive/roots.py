"""Where a page is in the library: its path from the folder added to the library (`duba library add`),
as the corrections export and a bookmark's citation (`来源文件：`) give it. That path is what the
reader knows the page by (`papers/rmrb/1998-01-05/01.txt`); the folders above it (a home folder, a
user's name) say nothing to whoever receives the file, and a library moved to another disk keeps it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path


def from_root(path: Path, roots: Sequence[Path]) -> str | None:
    """`path` from the innermost of `roots` (folders or files added to the library) that holds it, that
    folder's name first, POSIX separators; its name alone when it was added as a file; None when no
    root holds it."""
    for root in sorted(roots, key=lambda r: len(r.parts), reverse=True):
        if root == path:
            return path.name
        if path.is_relative_to(root):
            return (Path(root.name) / path.relative_to(root)).as_posix()
    return None


def library_roots() -> list[Path]:
    """The folders and files added to the library, as given and resolved (a page's path is kept
    resolved); none when there is no library or it cannot be read (nothing is written)."""
    from reader.archive.catalogue import Catalogue, default_path

    if not default_path().is_file():
        return []
    try:
        with Catalogue(read_only=True) as catalogue:
            given = [Path(root) for root in catalogue.roots()]
    except (sqlite3.Error, OSError, RuntimeError):
        return []
    resolved = []
    for root in given:
        try:
            resolved.append(root.resolve())
        except OSError:
            continue
    return list(dict.fromkeys([*given, *resolved]))
