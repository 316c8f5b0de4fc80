"""A folder that cannot be written, for tests: tests run as root, for whom no folder is read-only."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest


def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Files cannot be made or written in `folder` (as on a read-only file system): tests run as
    root, for whom no folder is read-only, so opening to write and making folders there fail here."""
    real_open, real_mkdir = os.open, os.mkdir
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def inside(path: object) -> bool:
        return str(Path(os.fsdecode(path)).resolve()).startswith(str(folder.resolve()))  # type: ignore[arg-type]

    def refuse(path: object) -> OSError:
        return OSError(errno.EROFS, "Read-only file system", os.fsdecode(path))  # type: ignore[arg-type]

    def open_(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & writing and inside(path):
            raise refuse(path)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    def mkdir(path: object, *args: object, **kwargs: object) -> None:
        if inside(path):
            raise refuse(path)
        real_mkdir(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "mkdir", mkdir)
