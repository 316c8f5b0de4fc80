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
import struct
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reader import paths
from reader.archive.catalogue import PageRecord
from reader.archive.drift import Drift
from reader.fsutil import write_atomic
from reader.gcpause import paused
from reader.model import Page

VERSION = 5
"""3: `Page.notes` (a snapshot pickles its pages: one without the field would not load right); 4:
`Page.stale`; 5: the chunks stored one after another, after a header (`_read_snapshot`)."""
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
    from reader.pagemeta import META_VERSION

    digest = hashlib.blake2b(digest_size=16)
    # (META_VERSION: the pages' paper, date and page as this duba reads them, not as an older one did)
    digest.update(f"v{VERSION}.{SEGMENTER_VERSION}.{DECODE_VERSION}.{META_VERSION}".encode())
    digest.update(_corrections_stamp(paths.data_dir() / "corrections").encode())
    for record in records:
        digest.update(f"\x00{record.path}\x01{record.sha}".encode())
    return digest.hexdigest()


def _file() -> Path:
    return paths.cache_dir() / CACHE_NAME


_HEAD = struct.Struct("<Q")
"""The length of a snapshot's header (a pickle of its key and its chunks' sizes), which the chunks follow."""


def _read_snapshot(target: Path, key: str) -> list[bytes] | None:
    """The still-pickled chunks of the snapshot at `target` if it was made for `key`; None when it is
    missing, stale or unreadable (a cache miss, never an error). Each chunk is read on its own: the
    snapshot as one pickle of its chunks (138 MB at 14,608 pages) took 0.09 s to unpickle, holding the
    interpreter lock, and the reader, which loads it in a worker, stood still meanwhile."""
    try:
        with open(target, "rb") as handle:
            (length,) = _HEAD.unpack(handle.read(_HEAD.size))
            head = pickle.loads(handle.read(length))
            if head.get("key") != key:
                return None
            chunks = []
            for size in head["sizes"]:
                chunk = handle.read(size)
                if len(chunk) != size:
                    return None
                chunks.append(chunk)
                time.sleep(0)  # (let the UI thread take the lock)
            return chunks
    except Exception:
        return None


def _write_snapshot(target: Path, key: str, chunks: Sequence[bytes]) -> None:
    """Write `chunks` as the snapshot for `key` (`_read_snapshot` reads it)."""
    head = pickle.dumps(
        {"key": key, "sizes": [len(chunk) for chunk in chunks]}, protocol=pickle.HIGHEST_PROTOCOL
    )
    write_atomic(target, b"".join([_HEAD.pack(len(head)), head, *chunks]))


def _unpickle_chunks(chunks: Sequence[bytes], total: int, progress: Progress | None) -> list[Page] | None:
    """The pages of a snapshot's chunks, or None if one cannot be read. One `pickle.loads` holds the
    interpreter lock until it returns, so one pickle of 10,000 pages froze the reader for ~0.6 s; a chunk
    holds it a few tens of ms, and the reader draws in between, with the progress. What `progress` raises
    (a cancelled load) goes to the caller. The collector is paused: see reader.gcpause."""
    pages: list[Page] = []
    with paused(freeze=True):  # (the pages live as long as the reader, or the command)
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

    from reader.archive.scan import PARALLEL_MIN, open_all, open_one
    from reader.corpus import is_cached

    paths = [record.path for record in records]
    # after an upgrade of the segmenter no page is in its cache: every page is segmented again, a large
    # batch in worker processes (two cores nearly halve the wait)
    if sum(1 for record in records if not is_cached(record.sha)) >= PARALLEL_MIN:
        opened: Iterable[Page | str] = open_all(paths)
    else:
        opened = map(open_one, paths)
    pages: list[Page] = []
    errors: list[str] = []
    for done, (record, found) in enumerate(zip(records, opened, strict=False), start=1):
        if isinstance(found, str):
            errors.append(found)
        else:
            if found.sha != record.sha:  # changed since the catalogue saw it: `library update` tells
                errors.append(f"{record.path}: changed since it was added (duba library update)")
            pages.append(found)
        if progress is not None:
            progress(done, len(records))
    if not errors:
        with contextlib.suppress(OSError):
            chunks = [
                pickle.dumps(pages[i : i + CHUNK], protocol=pickle.HIGHEST_PROTOCOL)
                for i in range(0, len(pages), CHUNK)
            ]
            _write_snapshot(target, key, chunks)
    return pages, errors


def library_corpus(progress: Progress | None = None) -> tuple[list[Page], list[str]] | None:
    """The library's pages (from the snapshot where it holds) and messages, or None when the library
    has no pages (or no catalogue exists yet). Pages changed on disk since the library was last scanned
    are read as they are now, new ones too, and those gone are left out, each said in a message
    (`reader.archive.drift`); the catalogue is not written."""
    from reader.archive.catalogue import Catalogue, default_path
    from reader.archive.drift import drift

    if not default_path().is_file():
        return None
    with Catalogue(read_only=True) as catalogue:
        records = catalogue.pages()
        since = drift(catalogue) if records else None
        missing = [root for root in catalogue.roots() if not os.path.exists(root)]
    if not records:
        return None
    pages, errors = load_pages(records, progress)
    if since:
        pages, errors = _as_now(records, pages, errors, since)
    return pages, _roots_not_found(missing, errors)


def _roots_not_found(missing: Sequence[str], errors: list[str]) -> list[str]:
    """`errors` with those of the pages of a folder (or file) added that is not there (a disk not
    plugged in, its pages kept) said in one line for the folder, not one for each of its pages."""
    out = list(errors)
    for root in missing:
        inside = [e for e in out if e.startswith((f"{root}: ", f"{root.rstrip(os.sep)}{os.sep}"))]
        if inside:
            out = [e for e in out if e not in inside]
            are = "is" if len(inside) == 1 else "are"
            pages = _count(len(inside), "page")
            out.append(f"{root}: not found; its {pages} {are} left out until it is back")
    return out


def _as_now(
    records: Sequence[PageRecord], pages: list[Page], errors: list[str], since: Drift
) -> tuple[list[Page], list[str]]:
    """`pages` with what changed on disk since the last scan (`since`) read again, and the messages."""
    from reader.archive.drift import READ_AT_MOST
    from reader.corpus import load_page
    from reader.page.decode import DecodeError

    gone = set(since.gone)
    to_read = since.changed + since.new
    if len(to_read) > READ_AT_MOST:
        again = set(since.gone)
        notes = [
            f"{len(to_read)} library pages changed or new since the library was last scanned "
            f"({_some(to_read)}): too many to read here, so results may show them as they were then "
            "and leave the new ones out; duba library update reads them"
        ]
    else:
        again = gone | set(since.changed)
        notes = []
    # the pages load_pages could not open, or found changed, are said here once
    errors = [error for error in errors if not any(error.startswith(f"{path}: ") for path in again)]
    sha_of = {record.path: record.sha for record in records}
    fresh: dict[str, Page] = {}
    new: list[Page] = []
    changed: list[str] = []
    for path in [] if notes else to_read:
        try:
            page = load_page(Path(path))
        except (OSError, DecodeError) as exc:
            message = str(exc)  # a DecodeError names the file already
            errors.append(message if path in message else f"{path}: {message}")
            continue
        if path in sha_of:
            fresh[path] = page
            if page.sha != sha_of[path]:  # not only touched
                changed.append(path)
        else:
            new.append(page)
    pages = [fresh.get(page.path, page) for page in pages if page.path not in gone]
    if new:
        pages = sorted([*pages, *new], key=_catalogue_order)
    if changed:
        notes.append(
            f"{_count(len(changed), 'library page')} changed since the library was last scanned "
            f"({_some(changed)}): searched as now; duba library update records them"
        )
    if new:
        paths = [page.path for page in new]
        notes.append(
            f"{_count(len(new), 'new page')} in the library's folders ({_some(paths)}): searched too; "
            "duba library update adds them"
        )
    if gone:
        notes.append(
            f"{_count(len(gone), 'library page')} no longer found ({_some(since.gone)}): left out; "
            "duba library update removes them"
        )
    return pages, notes + errors


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _some(paths: Sequence[str]) -> str:
    """Up to three paths, then how many more."""
    shown = ", ".join(paths[:3])
    return shown if len(paths) <= 3 else f"{shown} and {len(paths) - 3} more"


def _catalogue_order(page: Page) -> tuple[str, bool, str, int, str, str]:
    """The catalogue's order of pages (`Catalogue.pages`): paper, date (undated last), page, path."""
    from reader.pagemeta import normalise_page_no, page_sort

    meta = page.meta
    page_no = normalise_page_no(meta.page_no)
    return (meta.paper, meta.date == "", meta.date, page_sort(page_no), page_no, page.path)
