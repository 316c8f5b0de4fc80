"""What duba remembers between runs: the reading position, the theme, the notes told (no Textual import).

Stored with TinyDB in `paths.data_dir()/state.json`. TinyDB's own `JSONStorage` writes with the locale's
encoding, escapes Chinese as `\\uXXXX` and rewrites the file in place, so a crash mid-write loses it;
`AtomicJSONStorage` writes UTF-8 and replaces the file with `reader.fsutil.write_atomic`. A file it cannot
read is read as empty, and moved aside as it was (`state.json.corrupt-<timestamp>`) when it would be
written over; `State.on_problem` is told so.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.queries import QueryLike
from tinydb.storages import Storage

from reader import paths
from reader.fsutil import LockTimeout, aside_name, cannot_write, held_or_unlocked, unwritable, write_atomic

STATE_NAME = "state.json"


class AtomicJSONStorage(Storage):
    """A TinyDB storage that reads and writes UTF-8 JSON, replacing the file atomically on each write.

    A file that cannot be read (cut short, not JSON, not UTF-8) is read as empty and left as it is; the
    first write moves it aside as `<name>.corrupt-<timestamp>`, as it was, and tells `on_aside` where."""

    def __init__(self, path: str | Path, on_aside: Callable[[str], None] | None = None, **_: Any) -> None:
        self.path = Path(path)
        self.on_aside = on_aside
        self.damaged: str | None = None
        """Why the file there could not be read, while it is there."""

    def read(self) -> dict[str, dict[str, Any]] | None:
        self.damaged = None
        try:
            raw = self.path.read_bytes()
        except OSError:
            return None
        if not raw.strip():
            return None  # an empty file holds nothing to keep
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            self.damaged = f"not UTF-8 text: {error.reason} at byte {error.start}"
            return None
        except ValueError as error:
            self.damaged = f"not valid JSON: {error}"
            return None
        if not isinstance(data, dict):
            self.damaged = "not a JSON object"
            return None
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.damaged is not None:
            self._set_aside(self.damaged)
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def _set_aside(self, why: str) -> None:
        """Move the unreadable file aside, never over another (an `OSError` leaves it where it is)."""
        target = aside_name(self.path)
        with contextlib.suppress(FileNotFoundError):
            os.rename(self.path, target)
            if self.on_aside is not None:
                self.on_aside(
                    f"The reading state file {self.path} could not be read ({why}). It was moved to "
                    f"{target} as it was; reading positions, the theme and the notes told start afresh."
                )
        self.damaged = None

    def close(self) -> None:
        pass


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the lock of the state file at `path` against other dubas (`<name>.lock`) for a read and
    write; waiting at most a second (then `LockTimeout`): a position not saved is better than a reader
    held up. Where no lock can be taken, the block runs unlocked (`held_or_unlocked`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with held_or_unlocked(path.with_name(f"{path.name}.lock"), timeout=1.0):
        yield


@dataclass(frozen=True, slots=True)
class Position:
    """Where reading stopped: the article (by its content id), its page file, and the scroll offset.

    `scroll` is the top line as laid out then; `anchor` the body offset shown on that line (or -1), which
    survives a different terminal width.
    """

    article_id: str
    scroll: int = 0
    page: str = ""
    anchor: int = -1
    page_sha: str = ""
    """The content hash of the page (plain `duba` opens the issue holding it first)."""
    quote: str = ""
    """The body text from `anchor` on (`QUOTE` characters): the place is found by it on its page when
    the article's content id changed since (a new segmenter version moved a paragraph break)."""
    page_path: str = ""
    """The page file's path: of byte-identical copies of a page (one page filed under two dates), the
    one being read (`page_sha` names them all). Empty in a position saved by an older duba."""


QUOTE = 24
"""Characters of the text on the top line a reading position keeps (`Position.quote`)."""


TOLD = 500
"""Notes about pages remembered as told (`State.tell`): the oldest is forgotten (and told again)."""

PATH_POSITIONS = 20
"""Reading positions kept for pages and folders named on the command line (the oldest is forgotten)."""


def _digest(key: str) -> str:
    """What `State.tell` keeps of a note's key."""
    return hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()


def _where(key: str, scope: str) -> QueryLike:
    """The document of `key` (in `scope`, for a reading position of PATHs: see `State.save_position`)."""
    if scope:
        return (Query().key == key) & (Query().scope == scope)
    return (Query().key == key) & ~Query().scope.exists()


class State:
    """The state file. Every method swallows I/O errors: losing the position must never stop reading."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / STATE_NAME
        self._db: TinyDB | None = None
        self.problems: list[str] = []
        """What the user should be told (a damaged file moved aside), as it happened."""
        self.on_problem: Callable[[str], None] | None = None
        """Called with each problem as it happens (from the thread that wrote), when set."""

    @property
    def db(self) -> TinyDB:
        """The TinyDB database, opened on first use."""
        if self._db is None:
            self._db = TinyDB(self.path, storage=AtomicJSONStorage, on_aside=self._problem)
        return self._db

    def _problem(self, message: str) -> None:
        self.problems.append(message)
        if self.on_problem is not None:
            self.on_problem(message)

    def _get(self, key: str, scope: str = "") -> dict[str, Any] | None:
        try:
            doc = self.db.get(_where(key, scope))
        except (OSError, ValueError):
            return None
        return dict(doc) if isinstance(doc, dict) else None

    def _put(self, key: str, values: dict[str, Any], scope: str = "") -> str | None:
        """Write the document of `key`; None when it was written, else why not, in words (a read-only
        data folder, another duba holding the file): the caller says so, where it matters."""
        document = {"key": key, **values, **({"scope": scope} if scope else {})}
        for _ in range(2):
            try:
                # (read and written under the lock: two readers saving at once each lost the other's)
                with _locked(self.path):
                    self.db.upsert(document, _where(key, scope))
                return None
            except LockTimeout:
                return f"another duba held the reading state file {self.path} too long"
            except OSError as exc:
                why = unwritable(exc)
                return cannot_write(self.path.parent, why) if why else f"{self.path}: {exc.strerror or exc}"
            except ValueError:
                # "Document with ID 2 already exists": TinyDB counts the ids it hands out in memory, and
                # another duba added a document meanwhile (a second reader's position); the reader that
                # then changed its theme ended with that traceback. Opened again, ids are counted afresh.
                self.close()
        return None

    def position(self, scope: str = "") -> Position | None:
        """The last reading position in what `scope` names (see `save_position`), if any."""
        doc = self._get("position", scope)
        if not doc or not isinstance(doc.get("article"), str):
            return None
        scroll, anchor = doc.get("scroll", 0), doc.get("anchor", -1)
        return Position(
            doc["article"],
            scroll if isinstance(scroll, int) else 0,
            str(doc.get("page", "")),
            anchor if isinstance(anchor, int) else -1,
            str(doc.get("page_sha", "")),
            str(doc.get("quote", "")),
            str(doc.get("page_path", "")),
        )

    def opened(self, scope: str) -> None:
        """Note that what `scope` names was opened again: its position counts as used now, so a folder
        read every day, left at the same article, is not forgotten behind one-off looks at pages."""
        if not scope:
            return
        with contextlib.suppress(OSError, ValueError):
            found = _where("position", scope)
            if self.db.contains(found):
                self.db.update({"used": time.time()}, found)

    def save_position(self, position: Position, scope: str = "") -> str | None:
        """Remember `position` in what `scope` names (skipped when unchanged, so scrolling does not rewrite
        the file needlessly).

        Plain `duba` (the library, or the bundled page while it is empty) is scope "" and keeps its own
        position; so do the pages named on a command line (`reader.library.Library.scope`), for the
        `PATH_POSITIONS` last of them: looking at a page with `duba PAGE` must not lose the place in the
        library, nor in the folder read the day before. Returns why it could not be written (`_put`),
        else None."""
        if self.position(scope) == position:
            return None
        values = {
            "article": position.article_id,
            "scroll": position.scroll,
            "page": position.page,
            "anchor": position.anchor,
            "page_sha": position.page_sha,
            "quote": position.quote,
            "page_path": position.page_path,
        }
        if scope:
            values["used"] = time.time()
        problem = self._put("position", values, scope)
        if scope and problem is None:
            self._forget_old_positions()
        return problem

    def _forget_old_positions(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            kept = self.db.search((Query().key == "position") & Query().scope.exists())
            if len(kept) > PATH_POSITIONS:
                kept.sort(key=lambda doc: doc.get("used", 0) if isinstance(doc.get("used"), float) else 0)
                self.db.remove(doc_ids=[doc.doc_id for doc in kept[: len(kept) - PATH_POSITIONS]])

    def tell(self, keys: Sequence[str], at_most: int | None = None) -> list[bool]:
        """For each of `keys` (what tells one note about a page from another: `reader.corpus.Corpus.
        page_notes`), whether the reader is told it now: not when they were told it on an earlier run.
        The first `at_most` of those (all: None) are remembered as told (the `TOLD` last): the rest are
        only counted, and told on a later run; when the file cannot be written, every note is told
        each time."""
        digests = [_digest(key) for key in keys]
        told = self._told()
        fresh = [digest not in told for digest in digests]
        new = [digest for digest, first in zip(digests, fresh, strict=True) if first][:at_most]
        if new:
            kept = told + list(dict.fromkeys(new))  # (`new` holds only digests not in `told`)
            self._put("told", {"notes": kept[-TOLD:]})
        return fresh

    def was_told(self, keys: Sequence[str]) -> list[bool]:
        """For each of `keys` (as `tell` takes them), whether the reader was told that note on an earlier
        run. Reads the file and never writes it (`duba segment` asks: a command that prints must leave
        the reader's files as they are, a damaged one too); a file missing or unreadable: none was."""
        told = self._told()
        return [_digest(key) in told for key in keys]

    def _told(self) -> list[str]:
        doc = self._get("told")
        known = doc.get("notes") if doc else None
        return [d for d in known if isinstance(d, str)] if isinstance(known, list) else []

    def theme(self) -> str | None:
        """The theme last chosen, if any."""
        doc = self._get("theme")
        value = doc.get("name") if doc else None
        return value if isinstance(value, str) else None

    def save_theme(self, name: str) -> str | None:
        """Remember the chosen theme; None when it was written (or already so), else why not, in words."""
        return self._put("theme", {"name": name}) if self.theme() != name else None

    def close(self) -> None:
        """Close the database (safe to call more than once)."""
        if self._db is not None:
            self._db.close()
            self._db = None
