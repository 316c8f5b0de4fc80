"""The search index's helper process when the duba that started it is killed (kill -9): it built on to
the end and left its job and result in the temporary folder (54 MB for a library of 4,000 pages), at
each kill."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reader.search import parallel


def test_the_helper_removes_its_folder_and_ends_once_its_duba_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "duba-index-abc"
    folder.mkdir()
    (folder / "job.pkl").write_bytes(b"x" * 100)
    ended: list[int] = []

    def exit_now(status: int) -> None:
        ended.append(status)
        raise SystemExit(status)

    monkeypatch.setattr(parallel.os, "_exit", exit_now)
    with pytest.raises(SystemExit):
        watch = getattr(parallel, "_watch_parent", None)
        assert watch is not None, "the helper does not watch its duba"
        watch(os.getppid() + 1, str(folder), every=0)  # (its parent is another process now)
    assert ended == [1] and not folder.exists()


def test_a_folder_left_by_a_killed_build_is_removed_by_the_next_one(tmp_path: Path) -> None:
    old, young = tmp_path / "duba-index-old1", tmp_path / "duba-index-new2"
    other = tmp_path / "someone-else-old"
    for folder in (old, young, other):
        folder.mkdir()
        (folder / "result.pkl").write_bytes(b"x")
    day_ago = time.time() - 86400
    for folder in (old, other):
        os.utime(folder, (day_ago, day_ago))
    sweep = getattr(parallel, "_sweep_stale", None)
    assert sweep is not None, "nothing removes a folder a killed build left"
    sweep(str(tmp_path))
    assert not old.exists()
    assert young.exists() and other.exists()  # another duba's build under way; not ours
