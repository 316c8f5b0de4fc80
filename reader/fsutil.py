"""Replacing a file so that a crash or a failed write never leaves it half-written.

`write_atomic` writes a temporary file in the target's folder, flushes and fsyncs it, `os.replace`s it
over the target and fsyncs the folder (POSIX), so the path always holds either the old or the new
content; on any failure the temporary file is removed and the old file is left as it was; the ones a
killed process left are removed by a later write (`STALE_TEMP`). Every file
duba replaces goes through it: the search index cache, the analysis and page caches, the reading
state and the bookmark store.

`unwritable` says in words why a folder cannot take a file (a read-only file system, no permission, a
full disk) when an `OSError` says so: the bookmarks, the corrections and the library say it instead of
`[Errno 30] Read-only file system: '…/.x.tmp'`; `why_unwritable` finds it out for an error that does not
say (SQLite's), for `duba library` and the reader alike.

`LockFile` is the lock one duba process holds against the others while it writes a shared file (the
library's catalogue, the bookmark store): a `.lock` file beside it, there only while the lock is held.

`files_under` lists the files of a folder tree, into folders reached by a symbolic link too (once each).

`keep_alive` marks work the process must not be ended in the middle of (a file being replaced, a helper
process to stop); the reader, quitting, waits for such work (`wait_kept_alive`) and for nothing else: a
thread still computing (key terms, a page being segmented) is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

NOT_REGULAR = "not a regular file (save it to one first)"
"""Why a path that is there but is no file nor folder (a named pipe, `<(…)`, a device) is not opened."""


def is_special(path: Path) -> bool:
    """Is `path` there but neither a file nor a folder (`NOT_REGULAR`)? Opening a named pipe or `<(…)`
    blocks until a writer comes, maybe for ever; a device never ends."""
    return path.exists() and not path.is_dir() and not path.is_file()


@dataclass(frozen=True, slots=True)
class Written:
    """What `write_atomic` wrote: the new file's status, and its descriptor when asked to keep it open."""

    stat: os.stat_result
    fd: int | None = None


_UNWRITABLE = {
    errno.EROFS: "it is on a read-only file system",
    errno.EACCES: "you have no permission to write there",
    errno.EPERM: "writing there is not permitted",
    errno.ENOSPC: "the disk is full",
    getattr(errno, "EDQUOT", -1): "your disk quota is used up",
}


def unwritable(exc: OSError) -> str | None:
    """Why a folder cannot take a file, in words, when `exc` says so; None for any other error."""
    return _UNWRITABLE.get(exc.errno) if exc.errno is not None else None


def cannot_write(folder: Path | str, why: str) -> str:
    """The sentence that says folder `folder` cannot be written and why (`unwritable`'s words), as the
    bookmarks, the corrections and the library all say it: one clause, no colon, so that a message can
    put it after its own colon ("The library was not checked …: the folder … cannot be written because …")."""
    return f"the folder {folder} cannot be written because {why}"


def folder_unwritable(folder: Path) -> str | None:
    """Why no file can be made in `folder` (tried with a temporary file, removed at once), or None when
    one can (or the failure says nothing of writing): for an error that does not say why (SQLite's
    "unable to open database file")."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as exc:
        return unwritable(exc)


def why_unwritable(exc: Exception, folder: Path) -> str | Exception:
    """`exc`, or the sentence of `cannot_write` when folder `folder` cannot be written and that is the
    cause: SQLite says only "unable to open database file" (or "attempt to write a readonly
    database"), so the folder is tried."""
    why = unwritable(exc) if isinstance(exc, OSError) else None
    if why is None and folder.is_dir():
        why = folder_unwritable(folder)
    return cannot_write(folder, why) if why else exc


def aside_name(path: Path) -> Path:
    """A free name beside `path` to move an unreadable file to, as it was: `<name>.corrupt-<timestamp>`,
    with `-N` added where that name is taken (never over another file, nor a dangling link)."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists() or target.is_symlink():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    return target


def temp_pattern(target: Path) -> str:
    """The glob of the temporary files `write_atomic` makes for `target` (to sweep ones left by a kill)."""
    return f".{target.name}.*.tmp"


STALE_TEMP = 600.0
"""Seconds after which a temporary file of `write_atomic` is taken for one left by a killed process: a
write lasts milliseconds (a 90 MB index segment, seconds), so none still being written is this old."""

_swept: set[str] = set()
_swept_lock = threading.Lock()


def _sweep_stale(target: Path) -> None:
    """Remove the temporary files for `target` that a process killed mid-write left (older than
    `STALE_TEMP`), once per target and process. Each kill left one for good: the reading state, saved
    at every move, gathered one in the data folder for every few kills; an index segment's were tens of
    MB in the cache. Another duba's write in progress is younger and is left alone."""
    key = os.fspath(target)
    with _swept_lock:
        if key in _swept:
            return
        _swept.add(key)
    limit = time.time() - STALE_TEMP
    with contextlib.suppress(OSError):
        for stale in target.parent.glob(temp_pattern(target)):
            with contextlib.suppress(OSError):
                if stale.lstat().st_mtime < limit:
                    stale.unlink()


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable. Not possible on Windows, where `os.replace` is durable enough."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def utf8(text: str) -> bytes:
    """`text` as UTF-8. A lone surrogate, which is how Python decodes a file name that is not UTF-8 (a
    GBK name from a Windows archive), is written as the escape `\\udcXX`: in JSON that reads back as
    the same string, so the path still opens the file, where strict UTF-8 raised UnicodeEncodeError
    and the reader crashed saving its position on such a page."""
    return text.encode("utf-8", "backslashreplace")


_kept = 0
_kept_changed = threading.Condition()


@contextlib.contextmanager
def keep_alive() -> Iterator[None]:
    """Run the block to its end even if the reader quits meanwhile (see `wait_kept_alive`)."""
    global _kept
    with _kept_changed:
        _kept += 1
    try:
        yield
    finally:
        with _kept_changed:
            _kept -= 1
            _kept_changed.notify_all()


def wait_kept_alive() -> None:
    """Wait until no `keep_alive` block runs (in any thread)."""
    with _kept_changed:
        _kept_changed.wait_for(lambda: _kept == 0)


def write_atomic(
    target: Path | str,
    data: bytes | str,
    *,
    keep_mode: bool = False,
    keep_open: bool = False,
    durable: bool = True,
) -> Written:
    """Replace `target` with `data` (str is written as UTF-8, see `utf8`), creating its folder if needed.

    `keep_mode`: give the new file the old one's permissions (the temporary file is private, 0600).
    `keep_open`: return the new file's descriptor, open read-write, for the caller to close.
    `durable`: fsync the file and the folder; a cache that can be rebuilt may skip it to save time.
    Raises OSError when the file could not be replaced (then the old file is intact and no temporary
    file is left). The reader does not end in the middle of it (`keep_alive`).
    """
    with keep_alive():
        return _write_atomic(Path(target), data, keep_mode, keep_open, durable)


def _write_atomic(
    target: Path, data: bytes | str, keep_mode: bool, keep_open: bool, durable: bool
) -> Written:
    import tempfile  # ~2 ms; most runs replace no file

    payload = utf8(data) if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    _sweep_stale(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if keep_mode and os.name == "posix":
            with contextlib.suppress(OSError):
                os.fchmod(fd, os.stat(target).st_mode & 0o7777)
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view) :]
        if durable:
            os.fsync(fd)
        st = os.fstat(fd)
        os.replace(tmp, target)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        # The new content is in place whatever happens here: report success, so the caller's view of
        # the file (the bookmark store's signature) matches the disk. Only the rename's durability is lost.
        with contextlib.suppress(OSError):
            fsync_dir(target.parent)
    if keep_open:
        return Written(st, fd)
    os.close(fd)
    return Written(st)


def files_under(root: Path, suffix: str | tuple[str, ...]) -> Iterator[tuple[str, os.stat_result]]:
    """Every file named `*suffix` (lower case, or a tuple of them; matched in any case: `.TXT` too, as
    saved on Windows) under the folder `root`, with its stat: a folder's files in name order, then its
    folders in name order. A folder reached by a symbolic link is entered (an archive laid out with links
    to the disks its years are on; not following them added nothing and said nothing), each folder once,
    so a link back up the tree, or two links to one folder, list its files once; not a link to a folder
    that holds `root` (`/`, the home folder): it would take in everything around the folder added."""
    seen: set[tuple[int, int]] = set()
    home = os.path.realpath(root)
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name, reverse=True)
        except OSError:
            continue
        files = []
        for entry in entries:
            try:
                if entry.is_dir():
                    if not (entry.is_symlink() and _holds(os.path.realpath(entry.path), home)):
                        stack.append(entry.path)
                elif entry.name.lower().endswith(suffix) and entry.is_file():
                    files.append((entry.path, entry.stat()))
            except OSError:
                continue
        yield from reversed(files)


def _holds(folder: str, path: str) -> bool:
    """Is `path` the real folder `folder` or inside it?"""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


LOCK_BYTE = 1 << 30
"""Where Windows locks a lock file: a byte far past the note saying who holds it (a locked byte cannot
be read by another process there)."""


class LockTimeout(TimeoutError):
    """Another process held the lock past the deadline; `holder` is its note ("" when it left none)."""

    def __init__(self, path: str, holder: str) -> None:
        super().__init__(path)
        self.path, self.holder = path, holder


class LockFile:
    """An exclusive lock between processes on the file at `path`, which is there only while it is held.

    POSIX: `flock` on the whole file. The outermost `release` removes the file while still holding it,
    so a process that opened it before, and waits, ends up locking a file no name leads to: after
    locking, `acquire` checks that `path` still names the file it locked, and starts again on the one
    there now when it does not (also when a cleaner or the user removed the file). A `release` removes
    the file only while `path` still names its own, never a newcomer's.
    Windows (no `fcntl`): one byte of the file (`LOCK_BYTE`) locked with `msvcrt.locking`, polled; an
    open file cannot be removed there, so the name always holds, and `release` empties the file and
    leaves it. With neither (no file locking at all) `acquire` does nothing and `held` stays False.

    Reentrant within one object; not for threads (each caller serialises its own threads).
    """

    def __init__(self, path: Path | str, *, poll: float = 0.2) -> None:
        self.path = os.fspath(path)
        self.poll = poll
        try:  # looked up here, not on import: a test stands in Windows' module for POSIX's
            import fcntl
        except ImportError:
            fcntl = None  # type: ignore[assignment]
        try:
            import msvcrt
        except ImportError:
            msvcrt = None  # type: ignore[assignment]
        self._fcntl, self._msvcrt = fcntl, msvcrt
        self._fd: int | None = None
        self._depth = 0

    @property
    def available(self) -> bool:
        """Whether this system can lock files at all."""
        return self._fcntl is not None or self._msvcrt is not None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._fd is not None

    def acquire(
        self,
        timeout: float | None = None,
        *,
        on_busy: Callable[[str], None] | None = None,
        note: str = "",
    ) -> None:
        """Take the lock, waiting for the process that holds it: for ever when `timeout` is None, else up
        to `timeout` seconds, then `LockTimeout`. `note` (who this is: "duba library add (pid 12)") is
        left in the file for the others; `on_busy(their_note)` is called once when another process holds
        it ("" if it left none), and may raise to give up instead of waiting.

        Raises OSError when the lock file cannot be opened (a read-only folder) or checked. A failed
        check because the file or its name is gone (removed by its holder as it let go, or a stale
        NFS handle) is not an error: the lock is taken again on the file there now.
        """
        if self._fd is not None:
            self._depth += 1
            return
        if not self.available:
            return
        deadline = None if timeout is None else time.monotonic() + timeout
        told = on_busy is None
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                if not self._try_lock(fd):
                    if not told:
                        told = True
                        on_busy(self._note_in(fd))  # type: ignore[misc]
                    self._wait(fd, deadline)
                if self._names(fd):
                    break
            except BaseException:
                os.close(fd)  # which lets go of a lock taken on it
                raise
            os.close(fd)
        self._fd, self._depth = fd, 1
        if note:
            with contextlib.suppress(OSError):  # only ever shown in a message
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, utf8(note))

    def release(self) -> None:
        """Let go; the outermost release removes the file (Windows: empties it)."""
        if self._fd is None:
            return
        self._depth -= 1
        if self._depth:
            return
        fd, self._fd = self._fd, None
        try:
            if self._fcntl is not None:
                with contextlib.suppress(OSError):
                    if self._names(fd):
                        os.unlink(self.path)  # still locked: a waiter that opened it checks `_names`
            else:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                os.lseek(fd, LOCK_BYTE, os.SEEK_SET)
                self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)

    def _try_lock(self, fd: int) -> bool:
        if self._fcntl is not None:
            try:
                self._fcntl.flock(fd, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True
        os.lseek(fd, LOCK_BYTE, os.SEEK_SET)
        try:
            self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _wait(self, fd: int, deadline: float | None) -> None:
        if deadline is None and self._fcntl is not None:
            self._fcntl.flock(fd, self._fcntl.LOCK_EX)
            return
        while not self._try_lock(fd):  # Windows' own waiting lock gives up after 10 s
            if deadline is not None and time.monotonic() >= deadline:
                raise LockTimeout(self.path, self._note_in(fd))
            time.sleep(self.poll)

    def _names(self, fd: int) -> bool:
        """Whether `path` still names the file open as `fd`."""
        if self._fcntl is None:
            return True  # Windows: an open file cannot be removed
        try:
            here, there = os.fstat(fd), os.stat(self.path)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) or exc.errno == errno.ESTALE:
                return False
            raise
        return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)

    @staticmethod
    def _note_in(fd: int) -> str:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            return os.read(fd, 4096).decode("utf-8", "replace").strip()
        except OSError:
            return ""


@contextlib.contextmanager
def held_or_unlocked(path: Path, timeout: float) -> Iterator[None]:
    """Hold `LockFile(path)` for the block, waiting at most `timeout` seconds (then `LockTimeout`).
    Where no lock can be had at all (a file system without file locks: ENOLCK; a folder that cannot be
    written) the block runs unlocked, as before the store had a lock: a read-only folder then refuses
    the block's own write, which says why."""
    lock: LockFile | None = LockFile(path)
    try:
        lock.acquire(timeout=timeout)  # type: ignore[union-attr]
    except LockTimeout:
        raise
    except OSError:
        lock = None
    try:
        yield
    finally:
        if lock is not None:
            lock.release()
