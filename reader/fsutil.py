"""Replacing a file so that a crash or a failed write never leaves it half-written.

`write_atomic` writes a temporary file in the target's folder, flushes and fsyncs it, `os.replace`s it
over the target and fsyncs the folder (POSIX), so the path always holds either the old or the new
content; on any failure the temporary file is removed and the old file is left as it was. Every file
duba replaces goes through it: the search index cache, the analysis and page caches, the reading
state and the bookmark store.

`file_label` shows a file name that is not UTF-8 as a Chinese system would (the reader and the CLI).
"""

from __future__ import annotations

import contextlib
import os
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


def temp_pattern(target: Path) -> str:
    """The glob of the temporary files `write_atomic` makes for `target` (to sweep ones left by a kill)."""
    return f".{target.name}.*.tmp"


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
    file is left).
    """
    import tempfile  # ~2 ms; most runs replace no file

    target = Path(target)
    payload = utf8(data) if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
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


def file_label(name: str) -> str:
    """A file name as a Chinese system shows it. Python decodes a name that is not UTF-8 with lone
    surrogates, drawn as `\\udcc8\\udccb…`; such names are mostly GBK (from Windows archives), so
    their bytes are read as GB18030 here (`人民`), only for showing: the page keeps its real name."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("gb18030", "replace")
    return name
