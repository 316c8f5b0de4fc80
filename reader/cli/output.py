"""What `duba` prints reaches the user's terminal: keep control characters out of it, and lone surrogates.

Page text is cleaned when decoded, but file names, arguments echoed back, bookmark files edited by
hand and error messages can still hold ESC, C1 or other control characters that a terminal would obey
(an OSC sequence can retitle the window or write the clipboard). `visible_streams` wraps stdout and
stderr for the whole command, so every subcommand, including ones added later, prints them as
visible symbols. Output meant to control the terminal (a progress line) goes to `unfiltered(stream)`.
They also write a file name that is not UTF-8 (a GBK name, any Chinese name in the C locale, which
Python holds as lone surrogates) as readable text (`reader.filenames.readable`): a message, a JSON or
CSV document is always UTF-8, and never fails to encode.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from reader import paths
from reader.filenames import readable
from reader.fsutil import write_atomic
from reader.page.decode import show_controls


def counted(number: int, noun: str) -> str:
    """`1 page`, `2 pages`: a count with its noun in the right number (the nouns printed take an s)."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def quoted(text: str) -> str:
    """`text` in quotes as it was typed, for a message (`repr` doubled each backslash); in double quotes
    where it holds a single one."""
    return f'"{text}"' if "'" in text else f"'{text}'"


class VisibleStream:
    """A text stream that writes control characters (other than newline and tab) as visible symbols,
    and undecoded bytes of file names as text (`readable`)."""

    def __init__(self, stream: TextIO) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        self.unfiltered.write(show_controls(readable(text)))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def isatty(self) -> bool:
        """False: colour codes written here would come out as symbols, so libraries that colour
        only terminals (argparse from Python 3.14, Rich) write plain text. For the real answer ask
        `unfiltered(stream).isatty()`."""
        return False

    def __getattr__(self, name: str) -> Any:  # flush, encoding, fileno, buffer ...
        return getattr(self.unfiltered, name)


def unfiltered(stream: TextIO) -> TextIO:
    """The stream under a `VisibleStream`, for output that must reach the terminal as written."""
    return getattr(stream, "unfiltered", stream)


def fit_encoding(stream: TextIO) -> bool:
    """Make `stream` able to write any page: a legacy encoding that has Chinese (GBK, Big5) replaces
    the few characters it lacks with `?`; one that has none (Latin-1, ASCII: `PYTHONIOENCODING`, an
    ISO-8859 locale) is replaced by UTF-8, as a pipe would get it. Either used to end in a
    UnicodeEncodeError traceback at the first Chinese character. True when the encoding was replaced."""
    reconfigure = getattr(stream, "reconfigure", None)
    try:
        name = codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name
    except LookupError:
        return False
    if reconfigure is None or name.startswith("utf"):
        return False
    try:
        "读报".encode(name)
    except UnicodeEncodeError:
        reconfigure(encoding="utf-8")
        return True
    reconfigure(errors="replace")
    return False


@contextlib.contextmanager
def visible_streams() -> Iterator[None]:
    """Wrap `sys.stdout` and `sys.stderr` in `VisibleStream` for the duration (after `fit_encoding`)."""
    out, err = sys.stdout, sys.stderr
    encoding = getattr(out, "encoding", None)
    if fit_encoding(out) and out.isatty():
        err.write(
            f"duba: warning: the terminal's encoding ({encoding}) has no Chinese characters; writing"
            " UTF-8. Set a UTF-8 locale (e.g. LANG=C.UTF-8).\n"
        )
    fit_encoding(err)
    sys.stdout, sys.stderr = VisibleStream(out), VisibleStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


@contextlib.contextmanager
def original_streams() -> Iterator[None]:
    """Undo `visible_streams` for the duration (the reader draws on the terminal itself)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = unfiltered(out), unfiltered(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def _own_folder(target: Path) -> Path | None:
    """duba's data or config folder when `target` is a file already in it (the bookmarks, corrections,
    reading state, library, config): written over, what it holds would be gone. Else None."""
    if not target.is_file():
        return None
    where = target.resolve()
    for folder in (paths.data_dir(), paths.config_dir()):
        with contextlib.suppress(OSError):
            if where.is_relative_to(folder.resolve()):
                return folder
    return None


def write_export(
    text: str, output: str, *, force: bool, protect: Path | None = None, protected: str = "the store"
) -> int:
    """Write an export to the file the user named; the exit status (after saying why on stderr).

    An existing regular file is replaced only with `force` (else 2): an export named like an earlier
    one must not silently wipe it; one of duba's own files (`_own_folder`) never is. A file that only
    passes data on (a FIFO, /dev/null, a terminal) is written to. `protect` (the store being exported,
    called `protected` in the message) is refused even with `force`: written over, it would be gone. A
    new file is created exclusively, so a file appearing meanwhile is not overwritten either. 1 when the
    file cannot be written. File names in `text` are written as on standard output (`readable`).
    """
    text = readable(text)  # (a GBK page's path as it was: no UTF-8, the write failed in a traceback)
    target = Path(output).expanduser()
    left = "nothing was written"  # (what a failure before any write leaves: a name too long, no access)
    try:
        if target.is_dir():
            print(f"duba: {output} is a folder; give --output a file name", file=sys.stderr)
            return 2
        if protect is not None and target.exists() and protect.exists() and target.samefile(protect):
            print(f"duba: {output} is {protected} itself; export to another file", file=sys.stderr)
            return 2
        folder = _own_folder(target)
        if folder is not None:
            print(
                f"duba: {output} is one of duba's own files (in {folder}); export to another file",
                file=sys.stderr,
            )
            return 2
        if target.is_file() and not force:
            print(
                f"duba: {output} already exists; add --force to replace it, or choose another name",
                file=sys.stderr,
            )
            return 2
        if target.is_file():
            left = "it was left as it was"
            if not os.access(target, os.W_OK):  # replaced by a rename, a file kept read-only would not refuse
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
            write_atomic(target.resolve(), text, keep_mode=True)  # (through a link: the file it names)
        elif target.exists():  # a FIFO, /dev/null, a terminal: passes the text on
            left = "part of the export may have been passed on"
            with open(target, "w", encoding="utf-8") as stream:
                stream.write(text)
        else:
            left = "no file was left"
            _write_new(target, text)
    except FileExistsError:
        print(f"duba: {output} appeared meanwhile; add --force to replace it", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"duba: cannot write {output}: {exc.strerror or exc}; {left}", file=sys.stderr)
        return 1
    return 0


def _write_new(target: Path, text: str) -> None:
    """Create `target` (exclusively: a file appearing meanwhile is not written over) holding `text`;
    when the text cannot all be written (a full disk), the file made is removed, not left cut off."""
    with open(target, "x", encoding="utf-8") as stream:
        try:
            stream.write(text)
            stream.flush()
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
