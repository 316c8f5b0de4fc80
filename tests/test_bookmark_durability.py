"""Bookmarks survive a process killed mid-write, and two processes writing at once lose nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.bookmarks import BookmarkStore
from reader.bookmarks.store import TABLE
from reader.model import Article, Page, PageMeta

ROOT = Path(__file__).resolve().parent.parent

# A child process: opens the store, says "ready", optionally waits for a line on stdin, then adds
# bookmarks (COUNT of them, or forever if COUNT < 0), printing each id once `add` has returned.
CHILD = r"""
import sys
from pathlib import Path
from reader.bookmarks import BookmarkStore
from reader.model import Article, Page, PageMeta

path, count, wait = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "wait"
text = "3月13日，山东嘉元新能源材料有限公司的无菌车间里，"
text += "一台台精密设备整齐排列，一线工人身着无尘服正抓紧生产。"
article = Article(id="a", headline="瞄准新赛道", paragraphs=[text], page="p.txt")
page = Page(path="p.txt", name="p.txt", sha="s", meta=PageMeta(paper="聊城日报"), articles=[article])
store = BookmarkStore(path)
for warning in store.warnings:
    print("WARNING", warning, flush=True)
print("ready", flush=True)
if wait:
    sys.stdin.readline()
n = 0
while count < 0 or n < count:
    bookmark = store.add(article, page, n % 30, n % 30 + 12, note=f"第{n}条")
    print(bookmark.id, flush=True)
    n += 1
print("done", flush=True)
"""


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """Where the bookmark file lives: in memory when the system has a tmpfs (/dev/shm), else `tmp_path`.

    Each write fsyncs the file and its folder: on this disk ~8 ms a write, 8 of the two-writer test's
    10 s. Neither a SIGKILL nor a second process is helped by fsync (the page cache survives both; fsync
    is for a power cut), so what these tests check (atomic replace, the lock) is the same in memory."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        with tempfile.TemporaryDirectory(dir=shm, prefix="duba-test-") as name:
            yield Path(name)
    else:
        yield tmp_path


def spawn(path: Path, count: int, wait: bool) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(count), "wait" if wait else "go"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
    )


def returned_ids(output: str) -> set[str]:
    """Ids on complete lines: a line cut off by the kill was never fully printed."""
    complete = output.split("\n")[:-1]
    return {line for line in complete if len(line) == 32}


def prefill(path: Path, count: int) -> set[str]:
    """Start from a file of some size, so each write takes long enough to be interrupted."""
    text = "高性能电解铜箔是新能源汽车锂电池的核心部件，从外观看不过是一层薄薄的金属铜箔。"
    article = Article(id="p", headline="预置", paragraphs=[text], page="p.txt")
    page = Page(path="p.txt", name="p.txt", sha="s", meta=PageMeta(), articles=[article])
    store = BookmarkStore(path)
    template = store.add(article, page, 0, 10).to_dict()
    records = {f"{n:032x}": {**template, "id": f"{n:032x}", "note": f"预置{n}"} for n in range(count)}
    store._storage.write({TABLE: records})  # one write instead of `count`
    store.close()
    return set(records)


# A fork server for the kill loop: it imports duba once, then for each line on stdin (an output file)
# forks a writer that opens the store, writes "ready" and then the id of every bookmark whose `add` has
# returned to that file, forever; it prints the writer's pid. Forking skips the ~0.3 s interpreter start
# of each of the 60 writers; each is still its own process, opening the store itself, killed by SIGKILL.
FORK_SERVER = r"""
import os, signal, sys
from pathlib import Path
from reader.bookmarks import BookmarkStore
from reader.model import Article, Page, PageMeta

signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed writers
path = Path(sys.argv[1])
text = "3月13日，山东嘉元新能源材料有限公司的无菌车间里，"
text += "一台台精密设备整齐排列，一线工人身着无尘服正抓紧生产。"  # passages reach offset 41
article = Article(id="a", headline="瞄准新赛道", paragraphs=[text], page="p.txt")
page = Page(path="p.txt", name="p.txt", sha="s", meta=PageMeta(paper="聊城日报"), articles=[article])
print("ready", flush=True)
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        out = os.open(line.strip(), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        store = BookmarkStore(path)
        os.write(out, b"ready\n")
        n = 0
        while True:
            bookmark = store.add(article, page, n % 30, n % 30 + 12, note=f"第{n}条")
            os.write(out, (bookmark.id + "\n").encode())
            n += 1
    print(pid, flush=True)
"""


def _wait_for(condition: object, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.001)


def _dead(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_returned_write(folder: Path) -> None:
    path = folder / "bookmarks.json"
    confirmed = prefill(path, 400)
    rng = random.Random(20261126)
    kills, interrupted_writes = 60, 0
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        assert server.stdout.readline() == "ready\n"
        for k in range(kills):
            out = folder / f"writer-{k}.out"
            server.stdin.write(f"{out}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            # killed once it is writing (a write has returned): on a loaded machine a writer could
            # still be starting when a timed kill came, and no kill landed in the middle of a write
            _wait_for(
                lambda out=out: out.exists() and out.read_text().count("\n") >= 2, "a writer's first write"
            )
            time.sleep(rng.uniform(0.0, 0.04))
            os.kill(pid, signal.SIGKILL)
            _wait_for(lambda pid=pid: _dead(pid), "the kill")
            confirmed |= returned_ids(out.read_text(encoding="utf-8"))
            if list(folder.glob(".bookmarks.json.*.tmp")):
                interrupted_writes += 1  # killed between creating the temporary file and the rename

            store = BookmarkStore(path)
            stored = {b.id for b in store.all()}
            assert store.warnings == [], store.warnings
            assert confirmed <= stored, f"lost {len(confirmed - stored)} bookmarks whose write had returned"
            store.close()
    finally:
        server.kill()
        server.communicate()

    assert not list(folder.glob("*.corrupt-*"))
    assert len(confirmed) > 400  # the writers did write between the kills
    assert interrupted_writes >= 1  # and some kills did land in the middle of a write


@pytest.mark.slow
def test_two_processes_adding_500_each_end_with_1000(folder: Path) -> None:
    path = folder / "bookmarks.json"
    children = [spawn(path, 500, wait=True) for _ in range(2)]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()

    outputs = [child.communicate(timeout=180)[0] for child in children]

    assert [child.returncode for child in children] == [0, 0]
    assert all(out.endswith("done\n") for out in outputs)
    printed = [returned_ids(out) for out in outputs]
    assert [len(ids) for ids in printed] == [500, 500]
    store = BookmarkStore(path)
    assert store.warnings == []
    assert len(store) == 1000
    assert {b.id for b in store.all()} == printed[0] | printed[1]
