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
