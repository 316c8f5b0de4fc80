"""Replacing a file: a write that fails part-way leaves the old file as it was and no temporary file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from reader import fsutil
from reader.state import AtomicJSONStorage


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, nbytes: int) -> None:
    """Make `os.write` fail with ENOSPC once `nbytes` have been written (as a full disk does)."""
    real_write = os.write
    written = 0

    def write(fd: int, data: bytes | memoryview) -> int:
        nonlocal written
        if written + len(data) > nbytes:
            room = nbytes - written
            if room <= 0:
                raise OSError(errno.ENOSPC, "No space left on device")
            data = bytes(data[:room])
        n = real_write(fd, data)
        written += n
        return n

    monkeypatch.setattr(fsutil.os, "write", write)


def test_replaces_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_text("old", encoding="utf-8")
    fsutil.write_atomic(target, "新的内容")
    assert target.read_text(encoding="utf-8") == "新的内容"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "cache.json"
    fsutil.write_atomic(target, b"{}")
    assert target.read_bytes() == b"{}"


def test_disk_full_mid_write_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bookmarks.json"
    target.write_bytes(b"old content")
    _disk_full_after(monkeypatch, 1000)
    with pytest.raises(OSError) as caught:
        fsutil.write_atomic(target, b"x" * 100_000)
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bookmarks.json"]


def test_failed_rename_keeps_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "state.json"
    target.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fsutil.os, "replace", refuse)
    with pytest.raises(PermissionError):
        fsutil.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.glob(fsutil.temp_pattern(target))) == []


def test_interrupt_mid_write_removes_the_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "state.json"
    target.write_bytes(b"old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fsutil.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fsutil.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_keep_mode_keeps_the_users_permissions(tmp_path: Path) -> None:
    target = tmp_path / "bookmarks.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    fsutil.write_atomic(target, b"new", keep_mode=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_reading_state_survives_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage = AtomicJSONStorage(tmp_path / "state.json")
    storage.write({"_default": {"1": {"theme": "nord"}}})
    _disk_full_after(monkeypatch, 5)
    with pytest.raises(OSError):
        storage.write({"_default": {"1": {"theme": "textual-light" * 100}}})
    assert storage.read() == {"_default": {"1": {"theme": "nord"}}}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_a_temporary_file_left_by_a_killed_write_is_removed_by_a_later_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a duba killed mid-write (kill -9, a power cut) left `.state.json.XXXXXXXX.tmp` for good: 15 of
    # them in the data folder after 25 kills of a reader saving its position
    monkeypatch.setattr(fsutil, "_swept", set(), raising=False)
    target = tmp_path / "state.json"
    target.write_text("old", encoding="utf-8")
    left = tmp_path / ".state.json.k2x9_q1a.tmp"
    being_written = tmp_path / ".state.json.ab12cd34.tmp"  # another duba's write, under way
    others = [tmp_path / ".bookmarks.json.zz99yy88.tmp", tmp_path / "notes.tmp", tmp_path / ".state.json.tmp"]
    for path in [left, being_written, *others]:
        path.write_text("x", encoding="utf-8")
    hour_ago = target.stat().st_mtime - 3600
    for path in [left, *others]:
        os.utime(path, (hour_ago, hour_ago))
    fsutil.write_atomic(target, "new")
    assert not left.exists()
    assert being_written.exists() and all(path.exists() for path in others)
    assert target.read_text(encoding="utf-8") == "new"
