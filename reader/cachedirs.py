"""Cache folders that earlier versions of duba left behind, removed.

Each cache is named after the version of what wrote it (`segments-v25.2`, `search-v2`, `analysis-v1.25`,
`library-pages-v2.pickle`), so a new segmenter or index format starts afresh while the old folder stays:
at 10,000 pages that is ~120 MB of segmentation per segmenter version. `prune` removes every cache entry
of this naming whose version is not the current one; anything else in the folder is left alone. A folder
is renamed first (one atomic step), then deleted, so a prune cut short (the reader closing) leaves a
`.stale-` folder that the next prune finishes.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from reader import paths

_VERSIONED = re.compile(r"^(?:(?:segments|search|analysis)-v[0-9.]+|library-pages-v[0-9]+\.pickle)$")


def current() -> set[str]:
    """The names of the caches this version of duba reads and writes, as each cache names itself."""
    from reader.analysis import CACHE_NAME as ANALYSIS
    from reader.archive.snapshot import CACHE_NAME as SNAPSHOT
    from reader.corpus import CACHE_NAME as SEGMENTS
    from reader.search.cache import CACHE_NAME as SEARCH

    return {SEGMENTS, SEARCH, ANALYSIS, SNAPSHOT}


def stale(folder: Path | None = None) -> list[Path]:
    """Cache entries in `folder` (the user's cache folder) written by another version of duba."""
    folder = folder or paths.cache_dir()
    keep = current()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    return sorted(
        Path(entry.path)
        for entry in entries
        if entry.name.startswith(".stale-") or (_VERSIONED.match(entry.name) and entry.name not in keep)
    )


def prune(folder: Path | None = None) -> list[str]:
    """Remove the stale cache entries of `folder`; the names removed. Errors only leave an entry."""
    removed = []
    for path in stale(folder):
        target = path
        if not path.name.startswith(".stale-"):
            target = path.with_name(f".stale-{path.name}")
            try:
                path.rename(target)
            except OSError:
                continue
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)
        removed.append(path.name)
    return removed
