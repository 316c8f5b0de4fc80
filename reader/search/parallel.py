"""The two-process build: a large corpus is split in two halves by characters, a helper process builds
the second half's segment while this one builds the first.

A plain subprocess rather than multiprocessing: multiprocessing's spawn re-runs the parent's main script
in the child, which breaks scripts that build an index at module level. Job and result travel as pickle
files in a private temporary folder. If the helper fails (killed, out of memory), its half is built
here, so the build never fails because of it. If this process is killed, the helper removes the folder
and ends (`_watch_parent`); a folder left all the same is removed by a later build (`_sweep_stale`).
`DUBA_INDEX_WORKERS=1` turns the helper off.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from reader.search.segment import Doc, PageKey, Progress, Segment, build_segment

PARALLEL_MIN_CHARS = 1_000_000
"""Below this many characters a helper process costs more (start-up, pickling) than it saves."""

_WORKER_CODE = "from reader.search.parallel import worker_main; worker_main()"
FOLDER_PREFIX = "duba-index-"
"""The helper's job and result travel in a temporary folder named so."""


STALE_FOLDER = 3600.0
"""Seconds after which a helper's folder is taken for one a killed duba left (a build takes minutes)."""


def _watch_parent(parent: int, folder: str, every: float = 1.0) -> None:
    """Once the process `parent` that started this helper is gone (killed with SIGKILL: it could not
    stop the helper), remove the job's `folder` and end. The helper built on to the end and left its
    job and result behind: 54 MB in the temporary folder for a library of 4,000 pages, at each kill."""
    while os.getppid() == parent:
        time.sleep(every)
    shutil.rmtree(folder, ignore_errors=True)
    os._exit(1)


def _sweep_stale(where: str) -> None:
    """Remove helpers' folders in `where` older than `STALE_FOLDER` (left when the duba that made one
    was killed after its helper had ended); only this user's."""
    limit = time.time() - STALE_FOLDER
    me = os.getuid() if hasattr(os, "getuid") else None
    with contextlib.suppress(OSError):
        for entry in os.scandir(where):
            with contextlib.suppress(OSError):
                if not entry.name.startswith(FOLDER_PREFIX) or not entry.is_dir(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
                if st.st_mtime < limit and me in (None, st.st_uid):
                    shutil.rmtree(entry.path, ignore_errors=True)


def worker_main() -> None:
    """Entry point of the helper process: read a job file, build its segment, write the result file.

    Run as `python -c "<_WORKER_CODE>" JOB RESULT`. The parent reads RESULT only after a zero exit.
    """
    job, result = sys.argv[1], sys.argv[2]
    watch = (os.getppid(), os.path.dirname(job))
    threading.Thread(target=_watch_parent, args=watch, name="parent-watch", daemon=True).start()
    with open(job, "rb") as fh:
        pages, docs, masks = pickle.load(fh)
    payload = build_segment(pages, docs, masks).to_payload()
    with open(result, "wb") as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)


class Helper:
    """A second process building one segment while this one builds another."""

    def __init__(self, pages: list[PageKey], docs: list[Doc], masks: list[bytes | None]) -> None:
        _sweep_stale(tempfile.gettempdir())
        self.dir = tempfile.TemporaryDirectory(prefix=FOLDER_PREFIX)
        self.job = os.path.join(self.dir.name, "job.pkl")
        self.result = os.path.join(self.dir.name, "result.pkl")
        with open(self.job, "wb") as fh:
            pickle.dump((pages, docs, masks), fh, protocol=pickle.HIGHEST_PROTOCOL)
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER_CODE, self.job, self.result],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def stop(self) -> None:
        """End the helper early (this process failed or was interrupted)."""
        self.proc.kill()
        self.proc.communicate()
        self.dir.cleanup()

    def join(self) -> Segment | None:
        """Wait for the helper; its segment, or None if it failed."""
        try:
            self.proc.communicate()
            if self.proc.returncode != 0:
                return None
            with open(self.result, "rb") as fh:
                return Segment.from_payload(pickle.load(fh))
        except (OSError, pickle.UnpicklingError, EOFError, KeyError):
            return None
        finally:
            self.dir.cleanup()


def split_point(pages: list[PageKey], docs: list[Doc]) -> int:
    """Index of the first page of the second half (by characters), or 0 to build in one process."""
    total = sum(len(d) for d, _, _ in docs)
    workers = os.environ.get("DUBA_INDEX_WORKERS")
    n_workers = int(workers) if workers and workers.isdigit() else min(2, os.cpu_count() or 1)
    if n_workers < 2 or total < PARALLEL_MIN_CHARS or len(pages) < 2:
        return 0
    acc = 0
    d = 0
    for i, (_, ids) in enumerate(pages):
        if acc * 2 >= total:
            return i
        for _ in ids:
            acc += len(docs[d][0])
            d += 1
    return 0


def build_segments(
    pages: list[PageKey],
    docs: list[Doc],
    masks: list[bytes | None],
    progress: Progress | None = None,
) -> list[Segment]:
    """Build one segment, or two on two processes when the corpus is large enough to gain from it."""
    split_page = split_point(pages, docs)
    if not split_page:
        return [build_segment(pages, docs, masks, progress)]
    split_doc = sum(len(ids) for _, ids in pages[:split_page])
    total = len(docs)
    rest = (pages[split_page:], docs[split_doc:], masks[split_doc:])
    try:
        helper = Helper(*rest)
    except OSError:
        return [build_segment(pages, docs, masks, progress)]

    def half_progress(done: int, _total: int) -> None:
        if progress:
            progress(min(total - 1, done * total // max(1, split_doc)), total)

    try:
        first = build_segment(pages[:split_page], docs[:split_doc], masks[:split_doc], half_progress)
    except BaseException:
        helper.stop()
        raise
    second = helper.join()
    if second is None:  # the helper failed (killed, out of memory): build its half here
        second = build_segment(*rest)
    if progress:
        progress(total, total)
    return [first, second]
