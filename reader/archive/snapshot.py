"""The library's pages in one file, so that opening a large library costs one read, not one per page.

Opening 10,000 pages one by one (read, hash, load the segmentation cache, apply corrections) takes
seconds; the catalogue already knows every page's path and content hash, so the segmented pages of
the whole library are kept as one pickle in the cache folder, keyed by what they depend on: the
catalogue's (path, hash) list, the segmenter and decoder versions, and the corrections stored for
those pages. When any of these changes the snapshot is rebuilt from the per-page caches and written
again. A missing, stale or unreadable snapshot only costs time; snapshots an older duba wrote are
removed with its other caches (`reader.cachedirs`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import paths
from reader.archive.catalogue import PageRecord
from reader.fsutil import write_atomic
from reader.gcpause import paused
from reader.model import Page

VERSION = 3
"""3: `Page.notes` (a snapshot pickles its pages: one without the field would not load right)."""
CACHE_NAME = f"library-pages-v{VERSION}.pickle"
"""The snapshot's file in the user's cache folder."""
CHUNK = 250
"""Pages per separately pickled chunk of a snapshot."""
Progress = Callable[[int, int], None]


def _corrections_stamp(folder: Path) -> str:
    """Names and times of the stored corrections: a correction made in the reader invalidates."""
    try:
        entries = sorted((e.name, e.stat().st_mtime_ns) for e in os.scandir(folder) if e.is_file())
    except OSError:
        return ""
    return repr(entries)


def snapshot_key(records: Sequence[PageRecord]) -> str:
    """What a snapshot of these pages depends on, as one hash."""
    from reader.page.decode import DECODE_VERSION
    from reader.page.segment import SEGMENTER_VERSION

    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"v{VERSION}.{SEGMENTER_VERSION}.{DECODE_VERSION}".encode())
    digest.update(_corrections_stamp(paths.data_dir() / "corrections").encode())
    for record in records:
        digest.update(f"\x00{record.path}\x01{record.sha}".encode())
    return digest.hexdigest()


def _file() -> Path:
    return paths.cache_dir() / CACHE_NAME


def _read_snapshot(target: Path, key: str) -> list[bytes] | None:
    """The still-pickled chunks of the snapshot at `target` if it was made for `key`; None when it is
    missing, stale or unreadable (a cache miss, never an error)."""
    try:
        data = pickle.loads(target.read_bytes())  # the key and the chunks, still pickled: quick
        return data["chunks"] if data.get("key") == key else None
    except Exception:
        return None


def _unpickle_chunks(chunks: Sequence[bytes], total: int, progress: Progress | None) -> list[Page] | None:
    """The pages of a snapshot's chunks, or None if one cannot be read. One `pickle.loads` holds the
    interpreter lock until it returns, so one pickle of 10,000 pages froze the reader for ~0.6 s; a chunk
    holds it a few tens of ms, and the reader draws in between, with the progress. What `progress` raises
    (a cancelled load) goes to the caller. The collector is paused: see reader.gcpause."""
    pages: list[Page] = []
    with paused():
        for chunk in chunks:
            try:
                pages.extend(pickle.loads(chunk))
            except Exception:
                return None
            if progress is not None:
                progress(min(len(pages), total), total)
            time.sleep(0)  # let the UI thread take the lock
    return pages


def load_pages(
    records: Sequence[PageRecord], progress: Progress | None = None
) -> tuple[list[Page], list[str]]:
    """The pages of `records` (catalogue order) and one message per page that could not be opened."""
    key = snapshot_key(records)
    target = _file()
    chunks = _read_snapshot(target, key)
    if chunks is not None:
        pages = _unpickle_chunks(chunks, len(records), progress)
        if pages is not None:
            return pages, []

    from reader.corpus import load_page
    from reader.page.decode import DecodeError

    pages: list[Page] = []
    errors: list[str] = []
    for done, record in enumerate(records, start=1):
        try:
            page = load_page(Path(record.path))
        except (OSError, DecodeError) as exc:
            errors.append(f"{record.path}: {exc}")
        else:
            if page.sha != record.sha:  # changed since the catalogue saw it: `library update` tells
                errors.append(f"{record.path}: changed since it was added (duba library update)")
            pages.append(page)
        if progress is not None:
            progress(done, len(records))
    if not errors:
        with contextlib.suppress(OSError):
            chunks = [
                pickle.dumps(pages[i : i + CHUNK], protocol=pickle.HIGHEST_PROTOCOL)
                for i in range(0, len(pages), CHUNK)
            ]
            payload = {"key": key, "chunks": chunks}
            write_atomic(target, pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
    return pages, errors


def library_corpus(progress: Progress | None = None) -> tuple[list[Page], list[str]] | None:
    """The library's pages (from the snapshot where it holds) and messages, or None when the library
    has no pages (or no catalogue exists yet)."""
    from reader.archive.catalogue import Catalogue, default_path

    if not default_path().is_file():
        return None
    with Catalogue(read_only=True) as catalogue:
        records = catalogue.pages()
    if not records:
        return None
    return load_pages(records, progress)
