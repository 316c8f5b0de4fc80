"""Files of the cache folder that keep what is costly to make again: a header line, then a marshal body.

The header says what the body was made from (a Python's version, Unicode data, the rules that make
it) and ends with the body's CRC-32, so a file of another make, or a damaged one, is read as none. Used
by the segmenter's compiled patterns (`reader.page.rx`) and search's fold table
(`reader.search.textnorm`). Nothing is lost with such a file: where it cannot be read or written, the
caller makes the thing again.
"""

from __future__ import annotations

import contextlib
import marshal
import zlib
from collections.abc import Callable
from pathlib import Path

Header = Callable[[int], str]
"""The header line a body of this CRC-32 must have (ending in a newline)."""


def read_kept(path: Path, header: Header) -> object | None:
    """The body kept at `path`, or None where there is no file, or its header is not `header`'s."""
    try:
        head, _, data = path.read_bytes().partition(b"\n")
        if head.decode("ascii") + "\n" != header(zlib.crc32(data)):
            return None
        return marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError, UnicodeDecodeError):
        return None


def write_kept(path: Path, header: Header, body: object) -> None:
    """Keep `body` at `path`, whole or not at all; nothing where it cannot be written (or marshalled)."""
    try:
        data = marshal.dumps(body)
    except ValueError:  # (an object marshal cannot write)
        return
    from reader.fsutil import write_atomic  # (only a process that learnt something writes)

    with contextlib.suppress(OSError):
        write_atomic(path, header(zlib.crc32(data)).encode("ascii") + data, durable=False)
