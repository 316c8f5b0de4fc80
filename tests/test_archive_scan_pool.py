"""The library's scan when its worker processes cannot start: the pages are read in the scanning process
instead of the scan failing (the reader quitting as it rescanned the library closed descriptors a worker
is started with: `ValueError: bad value(s) in fds_to_keep`, a traceback and exit status 1)."""

from __future__ import annotations

import concurrent.futures
from pathlib import Path

import pytest

from reader.archive import scan


def test_pages_are_read_here_when_no_worker_process_can_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tasks = []
    for n in range(3):
        page = tmp_path / f"p{n}.txt"
        page.write_text(f"第{n + 1}版的标题\n\n　　一段正文，说了一件事。\n", encoding="utf-8")
        st = page.stat()
        tasks.append(scan.Task(str(page), st.st_size, st.st_mtime_ns, 0, "", False))

    def refuse(*args: object, **kwargs: object) -> None:
        raise ValueError("bad value(s) in fds_to_keep")

    monkeypatch.setattr(scan, "PARALLEL_MIN", 1)
    monkeypatch.setattr(scan, "WORKERS", 2)
    monkeypatch.setattr(scan.os, "cpu_count", lambda: 2)
    for where in ("__init__", "map"):  # (the pool's queues start a process too: its resource tracker)
        with monkeypatch.context() as patch:
            patch.setattr(concurrent.futures.ProcessPoolExecutor, where, refuse)
            found = list(scan.inspect_all(tasks))
        assert [task.path for task, _ in found] == [task.path for task in tasks], where
        assert all(isinstance(result, tuple) for _, result in found), where


def test_a_worker_ends_itself_once_the_scanning_process_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    # `duba library add` killed with SIGKILL (kill -9, the out-of-memory killer) left its two worker
    # processes and multiprocessing's resource tracker waiting for work for ever, at each kill
    import os

    ended: list[int] = []

    def exit_now(status: int) -> None:
        ended.append(status)
        raise SystemExit(status)

    monkeypatch.setattr(scan.os, "_exit", exit_now)
    with pytest.raises(SystemExit):
        scan._watch_parent(os.getppid() + 1, every=0)  # (its parent is another process now)
    assert ended == [1]


def test_the_workers_watch_the_process_that_started_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os

    made: list[dict[str, object]] = []

    class Pool:
        def __init__(self, **kwargs: object) -> None:
            made.append(kwargs)
            raise ValueError("not started in this test")

    page = tmp_path / "p.txt"
    page.write_text("　　一段正文，说了一件事。\n", encoding="utf-8")
    st = page.stat()
    tasks = [scan.Task(str(page), st.st_size, st.st_mtime_ns, 0, "", False)] * 2
    monkeypatch.setattr(scan, "PARALLEL_MIN", 1)
    monkeypatch.setattr(scan, "WORKERS", 2)
    monkeypatch.setattr(scan.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    assert len(list(scan.inspect_all(tasks))) == 2
    assert made and made[0].get("initializer") is getattr(scan, "_worker_start", None) is not None
    assert made[0].get("initargs") == (os.getpid(),)
