"""Finding and reading the page files under the library's roots, for the catalogue.

`walk` lists every `*.txt` page under a root with its stat; `inspect_all` reads and segments the pages
that are new or changed (a large batch in worker processes) and gives the catalogue's columns for each,
or an error message; `open_all` opens pages the same way (after an upgrade of the segmenter); `not_utf8`
names a file the catalogue cannot hold.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader.filenames import file_label
from reader.fsutil import files_under
from reader.pagemeta import normalise_page_no, page_sort

if TYPE_CHECKING:
    from reader.model import Page

EMPTY = "empty file (no text found), not a page"
"""Why a page file with nothing but whitespace in it is not catalogued: a blank page in the library was
counted as a page of 0 articles, listed among the pages, and `library add FILE` took it without a word."""
PARALLEL_MIN = 200
"""Pages to read before worker processes are worth their start-up (~0.3 s each)."""
WORKERS = int(os.environ.get("DUBA_LIBRARY_WORKERS") or 4)
_T = TypeVar("_T")
_R = TypeVar("_R")


def not_utf8(path: str) -> str | None:
    """A message when `path` is not UTF-8 (Python decodes such a name with lone surrogates, which
    SQLite text cannot hold: the whole batch of pages failed with a traceback); None when it is."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return (
            f"{file_label(path)}: its name is not UTF-8 (GBK?); skipped. Rename it to add it, "
            "e.g. convmv -f gbk -t utf8 --notest -r FOLDER"
        )
    return None


def walk(root: Path) -> Iterator[tuple[str, os.stat_result]]:
    """Every `*.txt` file under `root` (or `root` itself), with its stat, in sorted order (`files_under`:
    folders reached by a symbolic link too)."""
    if root.is_file():
        yield str(root), root.stat()
        return
    yield from files_under(root, ".txt")


def sidecar_mtime(path: str) -> int:
    sidecar = path[: -len(".txt")] + ".meta.json" if path.lower().endswith(".txt") else path + ".meta.json"
    try:
        return os.stat(sidecar).st_mtime_ns
    except OSError:
        return 0


def _sha_of(path: str) -> tuple[str, int]:
    with open(path, "rb") as handle:
        data = handle.read()
    return hashlib.sha256(data).hexdigest(), len(data)


@dataclass(frozen=True, slots=True)
class Task:
    """A page to read: new, or its size, time or sidecar changed."""

    path: str
    size: int
    mtime_ns: int
    meta_mtime_ns: int
    old_sha: str
    """The catalogued hash when only the page itself may have changed ("" otherwise)."""
    known: bool


def _inspect(task: Task) -> tuple | str | None:
    """Read one page: None if its content is `task.old_sha` (touched only), else the catalogue columns
    from the hash on (sha, paper, date, page_no, page_sort, section, articles), or an error message (an
    empty file too: `EMPTY`)."""
    from reader.corpus import load_page
    from reader.page.decode import DecodeError

    try:
        if task.old_sha and _sha_of(task.path)[0] == task.old_sha:
            return None
        page = load_page(Path(task.path))
    except (OSError, DecodeError) as exc:
        message = str(exc)  # a DecodeError names the file already
        return message if task.path in message else f"{task.path}: {message}"
    if page.blank:
        return f"{task.path}: {EMPTY}"
    meta = page.meta
    page_no = normalise_page_no(meta.page_no)
    return (page.sha, meta.paper, meta.date, page_no, page_sort(page_no), meta.section, len(page.articles))


def prepare_workers() -> None:
    """Start what the scan's worker processes need from this process while its stderr is still a
    file: multiprocessing's resource tracker is handed stderr's descriptor when it starts. Started
    later inside the reader, whose stderr is Textual's (no descriptor), it cannot start, and the scan
    reads its pages alone. Nothing happens where it cannot start now either."""
    from multiprocessing import resource_tracker

    with contextlib.suppress(OSError, ValueError):  # (inspect_all reads the pages alone then)
        resource_tracker.ensure_running()


def _watch_parent(parent: int, every: float = 1.0) -> None:
    """End this worker process as soon as its parent `parent` is gone (checked every `every` s). Killed
    by SIGKILL (kill -9, the kernel's out-of-memory killer), a scanning duba cannot stop its workers,
    and each waited for work for ever (its queue's pipe is open in itself too): two idle Pythons of
    ~65 MB and multiprocessing's resource tracker left for good at each such kill."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _worker_start(parent: int) -> None:
    """The initializer of the scan's worker processes: `_watch_parent` in a thread of its own."""
    import threading

    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def inspect_all(tasks: list[Task]) -> Iterator[tuple[Task, tuple | str | None]]:
    """`_inspect` each task, in order; a large batch is spread over worker processes (segmenting a
    page costs ~10-40 ms of Python, so two cores nearly halve a cold add of thousands of pages)."""
    yield from zip(tasks, _spread(_inspect, tasks), strict=False)


def open_all(paths: list[str]) -> Iterator[Page | str]:
    """Each page at `paths` opened (`reader.corpus.load_page`: read, segmented or read from the
    segmentation cache, corrections applied), in order, or a message where it cannot be; a large batch
    in worker processes, as `inspect_all`'s. What opens the library after an upgrade of the segmenter
    (`reader.archive.snapshot.load_pages`), when every page is segmented again."""
    return _spread(open_one, paths)


def open_one(path: str) -> Page | str:
    """The page at `path` opened (`reader.corpus.load_page`), or a message naming it where it cannot be."""
    from reader.corpus import load_page
    from reader.page.decode import DecodeError

    try:
        return load_page(Path(path))
    except (OSError, DecodeError) as exc:
        message = str(exc)  # a DecodeError names the file already
        return message if message.startswith(f"{path}: ") else f"{path}: {message}"


def _spread(work: Callable[[_T], _R], items: list[_T]) -> Iterator[_R]:
    """`work` of each item, in order; a large batch (`PARALLEL_MIN`) in worker processes."""
    workers = min(WORKERS, os.cpu_count() or 1)
    if len(items) < PARALLEL_MIN or workers < 2:
        for item in items:
            yield work(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: the reader calls this from a thread, and forking a threaded process is unsafe
    context = multiprocessing.get_context("spawn")

    done = 0
    pool = None
    try:
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
        )
        for found in pool.map(work, items, chunksize=8):
            yield found
            done += 1
    except (OSError, ValueError, BrokenProcessPool):
        # the worker processes could not be started, or died: inside the reader, whose stderr has no
        # descriptor, multiprocessing's resource tracker cannot start (`bad value(s) in fds_to_keep`)
        # unless `prepare_workers` started it first. The items left are worked here.
        pass
    finally:
        # a scan stopped half-way drops the items not yet begun: a plain shutdown works them all first
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    for item in items[done:]:
        yield work(item)
