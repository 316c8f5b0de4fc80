"""The lock one duba holds against the others while it writes the library or the bookmarks (`LockFile`).

Both the library's `write_lock` and the bookmark store lock through it: two processes never write at
once, a lock file removed while held (by its holder letting go, or by a cleaner) is never shared by
two, and a process that gives up waiting says who holds the lock.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader import fsutil
from reader.archive.writelock import LibraryBusy, write_lock
from reader.bookmarks.storage import DurableStorage, StorageError
from reader.fsutil import LockFile, LockTimeout

ROOT = Path(__file__).resolve().parent.parent

# A child that counts in a shared file under the library's write lock: read, add one, write.
COUNTER = r"""
import sys
from pathlib import Path
from reader.archive.writelock import write_lock

library, counter, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
for _ in range(rounds):
    with write_lock(library, "duba library add", waiting=lambda who: None):
        n = int(counter.read_text() or "0")
        counter.write_text(str(n + 1))
"""

# A child that holds the bookmark store's lock until told to let go.
HOLDER = r"""
import sys
from reader.bookmarks.storage import DurableStorage

storage = DurableStorage(sys.argv[1])
with storage.transaction():
    print("held", flush=True)
    sys.stdin.readline()
"""


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def test_two_processes_adding_to_the_library_never_write_at_once(tmp_path: Path) -> None:
    library, counter = tmp_path / "library.sqlite3", tmp_path / "counter"
    counter.write_text("0")
    children = [_child(COUNTER, str(library), str(counter), "150") for _ in range(2)]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        child.communicate(timeout=120)
        assert child.returncode == 0
    assert counter.read_text() == "300"  # no increment lost to a read between another's read and write
    assert sorted(p.name for p in tmp_path.iterdir()) == ["counter"]  # no lock file left


def test_a_lock_file_removed_while_held_is_not_shared(tmp_path: Path) -> None:
    """A cleaner (or the user) removes `library.sqlite3.lock` while `duba library rescan` holds it. The
    next duba cannot know and takes a new one; but when the rescan ends it removed that newcomer's file
    as its own, and a third duba then wrote the library beside the second."""
    library = tmp_path / "library.sqlite3"
    first = write_lock(library, "duba library rescan")
    first.__enter__()
    (tmp_path / "library.sqlite3.lock").unlink()
    with write_lock(library, "duba library add"):
        first.__exit__(None, None, None)
        with pytest.raises(LibraryBusy) as busy, write_lock(library, "duba library remove"):
            pass
    assert str(busy.value) == f"duba library add (pid {os.getpid()}) is updating the library"
    assert not (tmp_path / "library.sqlite3.lock").exists()


def test_a_waiter_whose_file_was_removed_by_its_holder_locks_the_one_there_now(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.json.lock"
    holder, waiter = LockFile(path), LockFile(path)
    holder.acquire(note="first")
    told: list[str] = []
    waiting = threading.Event()

    def wait() -> None:
        waiter.acquire(on_busy=lambda who: (told.append(who), waiting.set()))

    thread = threading.Thread(target=wait)
    thread.start()
    assert waiting.wait(60)
    assert told == ["first"]
    holder.release()  # removes the file the waiter has open and waits on
    thread.join(60)
    assert waiter.held
    with pytest.raises(LockTimeout):  # the file `path` names now is the waiter's, and locked
        LockFile(path).acquire(0)
    waiter.release()
    assert not path.exists()


def test_a_lock_file_that_cannot_be_checked_is_an_error_not_a_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The two locks differed here: after locking, a `stat` of the path that failed made the library's
    lock start again (for ever, when the failure lasts) and the bookmarks' raise. A name that is gone
    (FileNotFoundError, or a stale NFS handle) means "start again on the file there now"; any other
    failure is raised, and the library's `write_lock` then runs unlocked, as in a read-only folder."""
    path = tmp_path / "library.sqlite3.lock"
    real_stat = os.stat

    def stat(name: object, *args: object, **kwargs: object) -> os.stat_result:
        if os.fspath(name) == str(path):  # type: ignore[call-overload]
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_stat(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fsutil.os, "stat", stat)
    lock = LockFile(path)
    with pytest.raises(PermissionError):
        lock.acquire()
    assert not lock.held
    ran = False
    with write_lock(tmp_path / "library.sqlite3", "duba library add"):
        ran = True
    assert ran
    monkeypatch.setattr(fsutil.os, "stat", real_stat)
    other = LockFile(path)
    other.acquire(0)  # the failed tries left no lock behind
    other.release()


def test_a_bookmark_write_that_gives_up_says_who_holds_the_lock(tmp_path: Path) -> None:
    """After waiting, saving a bookmark said only "locked by another process": now it names the duba
    that holds the lock, by its process id, for the user to find (a reader left open, hung)."""
    path = tmp_path / "bookmarks.json"
    child = _child(HOLDER, str(path))
    try:
        assert child.stdout is not None and child.stdout.readline() == "held\n"
        storage = DurableStorage(path, lock_timeout=0.2)
        with pytest.raises(StorageError) as error, storage.transaction():
            pass
        assert str(error.value) == (
            f"the bookmark file {path} is locked by duba (pid {child.pid}) (waited 0.2 s)"
        )
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.communicate(timeout=60)
    assert child.returncode == 0
    with storage.transaction():  # let go: the file is free again, and its lock file gone after
        pass
    assert not (tmp_path / "bookmarks.json.lock").exists()


def test_bookmarks_are_locked_where_there_is_no_flock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows (no fcntl) the bookmarks lock a byte of the lock file, as the library does; the lock
    file cannot be removed while open there, so it stays, empty."""
    from tests.test_catalogue import FakeMsvcrt

    monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` fails, as on Windows
    monkeypatch.setitem(sys.modules, "msvcrt", FakeMsvcrt())
    path = tmp_path / "bookmarks.json"
    first, second = DurableStorage(path), DurableStorage(path, lock_timeout=0.05)
    with (
        first.transaction(),
        pytest.raises(StorageError, match=rf"locked by duba \(pid {os.getpid()}\)"),
        second.transaction(),
    ):
        pass
    with second.transaction():
        pass
    assert (tmp_path / "bookmarks.json.lock").read_bytes() == b""
