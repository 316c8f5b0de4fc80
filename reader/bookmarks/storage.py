"""A TinyDB storage for the bookmark file that survives crashes and a second duba process.

TinyDB's `JSONStorage` rewrites the file in place (a crash mid-write leaves it truncated), writes
`\\uXXXX` escapes, and has no locking. `DurableStorage` instead:

- replaces the file with `reader.fsutil.write_atomic` (temporary file, fsync, `os.replace`, fsync of
  the folder), so the file on disk is always either the old or the new version;
- keeps the parsed data in memory and reloads only when the file's (mtime_ns, size, inode) changed.
  On POSIX it keeps the current file open, so its inode cannot be reused by a later file and an
  unchanged signature really means an unchanged file;
- offers `transaction()`, a cross-process file lock plus a thread lock, to wrap read-modify-write
  (`reader.fsutil.LockFile`: a `.lock` file removed again as the lock is let go, so none is left in
  the user's data folder); `write()` refuses to overwrite a file that changed since it was last read;
- writes one document per line and remembers each line, so a write re-serialises only the documents
  that changed, and a reload reuses the parsed documents of lines it has already seen (the layout:
  `reader.bookmarks.lines`);
- never overwrites a file it cannot read: when the file was once a store (it names the expected
  table) it moves it aside as `<name>.corrupt-<timestamp>`, starts a new file with every document of
  that table still whole in it (`reader.bookmarks.salvage`: a file cut off mid-write loses only the
  document it ends in) and
  records a warning for the UI saying how many were recovered and how many lost; a file that never
  was one (a page, someone else's JSON, given by mistake as `--db`) is left alone and
  `ForeignFileError` raised;
- opened with `writable=False` (listing, exporting) it never creates, locks, moves or writes anything:
  a damaged file raises `DamagedFileError` instead of being moved aside.

The file stays ordinary TinyDB JSON (UTF-8, `ensure_ascii=False`), so `json.load` or TinyDB's own
`JSONStorage` can read it.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

from tinydb.storages import Storage

from reader.bookmarks.lines import Corrupt, Data, Doc, Lines, parse, serialize
from reader.bookmarks.salvage import MARKER_WINDOW, salvage
from reader.fsutil import (
    LockFile,
    LockTimeout,
    aside_name,
    cannot_write,
    fsync_dir,
    temp_pattern,
    unwritable,
    write_atomic,
)

Signature = tuple[int, int, int]

LOCK_TIMEOUT = 10.0
"""Seconds to wait for another process to finish its write before giving up."""

LOCK_POLL = 0.002
"""How often a busy lock is tried again: `LockFile`'s 0.2 s would dominate the latency of contended writes."""


class StorageError(Exception):
    """The bookmark file cannot be written (locked too long, changed underneath us, or read-only)."""


class UnwritableError(StorageError):
    """The bookmark file's folder cannot be written: a read-only file system, no permission, a full disk.

    Nothing was changed. `folder` is the folder, `why` says why in words (not an errno)."""

    def __init__(self, folder: Path, why: str) -> None:
        super().__init__(cannot_write(folder, why))
        self.folder, self.why = folder, why


class ForeignFileError(StorageError):
    """The file is not a bookmark store at all (no table of the expected name); it was left untouched."""


class DamagedFileError(StorageError):
    """A bookmark store that cannot be read, met while opened read-only (so not moved aside).

    `whole`: how many of its documents are still whole, which a writable store would recover;
    `damaged`: how many damaged entries it would count as lost (see `salvage`).
    """

    def __init__(self, message: str, whole: int = 0, damaged: int = 0) -> None:
        super().__init__(message)
        self.whole, self.damaged = whole, damaged


def _signature(st: os.stat_result) -> Signature:
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


class DurableStorage(Storage):
    """TinyDB storage: atomic replace, fsync, in-memory cache, cross-process lock, corrupt files set aside.

    `warnings` collects messages for the user (a corrupt file moved aside); `quarantined` the paths
    files were moved to. `generation` changes whenever the data may have changed, so callers can cache
    what they derive from it. With `table`, a non-empty file must hold that table (or, if damaged,
    name it) to count as a store; with `writable=False` nothing on disk is ever changed. `usable`
    says whether a document recovered from a damaged file is worth keeping (by default, any is).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        lock_timeout: float = LOCK_TIMEOUT,
        warnings: list[str] | None = None,
        table: str | None = None,
        writable: bool = True,
        usable: Callable[[str, dict[str, Any]], bool] | None = None,
    ) -> None:
        self.path = Path(path)
        self.usable = usable
        self.table = table
        self.writable = writable
        self.warnings: list[str] = warnings if warnings is not None else []
        self.quarantined: list[Path] = []
        self.read_only = False
        self.generation = 0
        self.reloads = 0
        self._lock_timeout = lock_timeout
        self._file_lock: LockFile | None = None
        self._mutex = threading.RLock()
        self._loaded = False
        self._data: Data | None = None
        self._sig: Signature | None = None
        self._held_fd: int | None = None
        # The line each document of `_data` was last written as or read from: table -> key -> line.
        # Kept as plain dicts of bytes (no per-document tuples): a write with 10,000 documents then
        # allocates almost no objects the garbage collector must track and later scan.
        self._lines: Lines = {}
        self._temps_swept = False

    # -- locking -------------------------------------------------------------------------------

    @property
    def lock(self) -> LockFile:
        """The cross-process lock, `<file>.lock` next to the data file (there only while held)."""
        if not self.writable:
            raise StorageError(f"the bookmark file {self.path} was opened read-only")
        if self._file_lock is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file_lock = LockFile(f"{self.path}.lock", poll=LOCK_POLL)
        return self._file_lock

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the thread and file locks around a read-modify-write; reads inside see the latest file."""
        with self._mutex:
            try:
                lock = self.lock
                lock.acquire(self._lock_timeout, note=f"duba (pid {os.getpid()})")
            except LockTimeout as exc:
                raise StorageError(
                    f"the bookmark file {self.path} is locked by {exc.holder or 'another process'} "
                    f"(waited {self._lock_timeout:g} s)"
                ) from exc
            except OSError as exc:  # the lock file (or the folder) cannot be made
                self._raise_unwritable(exc)
            try:
                yield
            finally:
                self.lock.release()

    # -- reading -------------------------------------------------------------------------------

    def _stat(self) -> Signature | None:
        try:
            return _signature(os.stat(self.path))
        except FileNotFoundError:
            return None

    def read(self) -> Data | None:
        """The database, from memory unless the file changed since it was last read or written."""
        with self._mutex:
            if not self._loaded or self._stat() != self._sig:
                self._load()
            if self._data is None:
                return None
            # A fresh top level: TinyDB replaces a table in the dict it was given before writing it.
            return dict(self._data)

    def _load(self) -> None:
        reason = self._try_load()
        if reason is None:
            return
        if not self.writable:
            whole, damaged = self._salvageable()
            raise DamagedFileError(
                f"the bookmark file {self.path} cannot be read ({reason}); nothing was changed",
                whole,
                damaged,
            )
        # Confirm under the lock: a writer may have replaced the file since we opened it.
        with self.transaction():
            reason = self._try_load()
            if reason is not None:
                self._quarantine(reason)

    def _salvageable(self) -> tuple[int, int]:
        """How many documents of a damaged file `_quarantine` would recover, and how many it would lose."""
        if self.table is None:
            return 0, 0
        try:
            raw = self.path.read_bytes()
        except OSError:
            return 0, 0
        docs, damaged = salvage(raw, self.table, self.usable)
        return len(docs), damaged

    def _foreign(self, why: str) -> ForeignFileError:
        return ForeignFileError(f"{self.path} is not a duba bookmark file ({why}); it was left as it is")

    def _try_load(self) -> str | None:
        """Load the file into memory; return why it is unusable, or None when loaded.

        Raises `ForeignFileError` for a file that is not, and never was, a store of `table`.
        """
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            self._set_state(None, None, None, {})
            return None
        except OSError as exc:
            return f"cannot open it: {exc.strerror or exc}"
        keep = False
        try:
            st = os.fstat(fd)
            chunks = []
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
            raw = b"".join(chunks)
            try:
                data, lines = parse(raw, self._data or {}, self._lines)
            except Corrupt as exc:
                if self.table is not None and json.dumps(self.table).encode() not in raw[:MARKER_WINDOW]:
                    raise self._foreign(str(exc)) from exc
                return str(exc)
            if self.table is not None and data and self.table not in data:
                raise self._foreign(f"it holds no {self.table!r} table")
            self._set_state(data, _signature(st), fd, lines)
            keep = True
            return None
        except OSError as exc:
            return f"cannot read it: {exc.strerror or exc}"
        finally:
            if not keep:
                os.close(fd)

    def _set_state(
        self,
        data: Data | None,
        sig: Signature | None,
        fd: int | None,
        lines: Lines,
        *,
        reload: bool = True,
    ) -> None:
        self._data, self._sig, self._lines = data, sig, lines
        self._hold(fd)
        self._loaded = True
        self.generation += 1
        if reload:
            self.reloads += 1

    def _hold(self, fd: int | None) -> None:
        """Keep the current file open (POSIX) so no later file can get its inode number."""
        if fd is not None and os.name != "posix":
            os.close(fd)
            fd = None
        if self._held_fd is not None:
            os.close(self._held_fd)
        self._held_fd = fd

    def _quarantine(self, reason: str) -> None:
        """Move an unreadable file aside (never overwrite it), start again with the documents still whole
        in it, and say how many. Caller holds the lock."""
        target = aside_name(self.path)
        try:
            raw = self.path.read_bytes()
            os.rename(self.path, target)
            fsync_dir(self.path.parent)
        except FileNotFoundError:
            self._set_state(None, None, None, {})
            return
        except OSError as exc:
            # Cannot move it: leave it alone, show nothing, and refuse every write.
            self.read_only = True
            self.warnings.append(
                f"The bookmark file {self.path} could not be read ({reason}) and could not be moved "
                f"aside ({exc.strerror or exc}). Bookmarks are read-only until it is repaired or removed."
            )
            self._set_state(None, self._stat(), None, {})
            return
        self.quarantined.append(target)
        self._set_state(None, None, None, {})
        docs, damaged = salvage(raw, self.table, self.usable) if self.table is not None else ({}, 0)
        if docs:
            assert self.table is not None
            try:
                self._write_locked({self.table: {key: Doc(doc) for key, doc in docs.items()}})
            except OSError as exc:
                self.read_only = True
                self.warnings.append(
                    f"The bookmark file {self.path} could not be read ({reason}); it was moved to {target}, "
                    f"but the {len(docs)} bookmarks still whole in it could not be saved anew "
                    f"({exc.strerror or exc}). Bookmarks are read-only for now; nothing was lost."
                )
                return
        lost = f"{damaged} damaged {_plural(damaged, 'entry', 'entries')} lost"
        if docs:
            kept = f"{len(docs)} {_plural(len(docs), 'bookmark', 'bookmarks')} recovered from it, {lost}"
        elif damaged:
            kept = f"no bookmark could be recovered from it ({lost}); duba started with none"
        else:  # not even a damaged entry was found: "(0 damaged entries lost)" read as nothing lost
            kept = "no bookmark could be found in it; duba started with none"
        self.warnings.append(
            f"The bookmark file {self.path} could not be read ({reason}). "
            f"It was moved to {target} as it was; {kept}."
        )

    # -- writing -------------------------------------------------------------------------------

    def write(self, data: Data) -> None:
        """Replace the file atomically with `data`, under the file lock."""
        if not self.writable:
            raise StorageError(f"the bookmark file {self.path} was opened read-only")
        try:
            with self.transaction():
                self._write_locked(data)
        except BaseException as exc:
            # TinyDB changed documents in place before calling us: memory no longer matches the file.
            self._loaded = False
            if isinstance(exc, OSError) and not isinstance(exc, TimeoutError):
                self._raise_unwritable(exc)
            raise

    def _raise_unwritable(self, exc: OSError) -> NoReturn:
        """Raise `UnwritableError` for an error that says the folder cannot be written, else `exc`."""
        why = unwritable(exc)
        if why is None:
            raise exc
        raise UnwritableError(self.path.parent, why) from exc

    def _write_locked(self, data: Data) -> None:
        if self.read_only:
            raise StorageError(f"the bookmark file {self.path} is unreadable; not overwriting it")
        if self._loaded and self._stat() != self._sig:
            # Someone wrote since our read: writing now would lose their change.
            raise StorageError(
                f"the bookmark file {self.path} changed while being updated; "
                "wrap read-modify-write in transaction()"
            )
        payload, new_data, lines = serialize(data, self._data or {}, self._lines)
        self._sweep_temps()
        # The old file's mode is kept (the temporary file is private); the new file is held open
        # (see `_hold`) so no later file can get its inode number.
        written = write_atomic(self.path, payload, keep_mode=self._sig is not None, keep_open=True)
        self._set_state(new_data, _signature(written.stat), written.fd, lines, reload=False)

    def _sweep_temps(self) -> None:
        """Remove temporary files left by a process killed mid-write (safe: we hold the lock)."""
        if self._temps_swept:
            return
        self._temps_swept = True
        for stale in self.path.parent.glob(temp_pattern(self.path)):
            with contextlib.suppress(OSError):
                stale.unlink()

    def close(self) -> None:
        """Release the open file; the in-memory data is dropped."""
        with self._mutex:
            self._hold(None)
            self._loaded = False
            self._data = None
            self._lines = {}
