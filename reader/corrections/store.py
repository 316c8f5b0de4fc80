"""Where corrections are kept: one JSON file per page in the user data folder, named by the page file's
content hash, with a pointer from the page's path so that corrections outlive an edit of the file
(see `reader.corrections`).

A page's record holds its operations (`ops`, oldest first) and, after an undo, the operations undone
since the last new one (`undone`, the last undone last) for redo, with the number of operations they
were undone from (`undone_at`): a duba that does not know `undone` keeps it as it adds an operation,
and such a list no longer fits, so it is not redone. A new correction clears it; export leaves it out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from reader import paths
from reader.corrections.applying import apply, apply_one, fitting, takes_back
from reader.corrections.ops import (
    CorrectionError,
    Role,
    join_op,
    join_paragraphs_op,
    kind_op,
    move_title_op,
    role_op,
    split_op,
    split_paragraph_op,
    with_printed,
)
from reader.corrections.titles import join_titles_op, split_title_op
from reader.fsutil import LockTimeout, cannot_write, held_or_unlocked, unwritable, write_atomic
from reader.model import Article

VERSION = 1
"""The format of a corrections file (and of the export)."""

LOCK_WAIT = 5.0
"""Seconds a correction waits for another duba storing one on the same page (a write takes milliseconds;
a reader's `guard` compares the stored corrections with the page it shows, having read the page before
it asked for the lock)."""


def _page_text(page: Any) -> str:
    """The text of `page`'s file, when it is still the text the page was read from; else ""."""
    from reader.page.decode import DecodeError, read_page_noted

    if not getattr(page, "path", ""):
        return ""
    try:
        text, data, _ = read_page_noted(Path(page.path))
    except (OSError, DecodeError):
        return ""
    return text if hashlib.sha256(data).hexdigest() == page.sha else ""


class CorrectedMeanwhile(CorrectionError):
    """An operation chosen on a page's articles before another duba corrected the page does not fit
    the page as that correction left it (the store's `guard` found it); nothing was stored."""


def _hexadecimal(text: str) -> bool:
    """Is `text` a non-empty run of lower-case hex digits (a content hash, as files are named)?"""
    return bool(text) and all(c in "0123456789abcdef" for c in text)


class CorrectionStore:
    """Per-page correction files in the user data folder (or `folder`).

    `guard`, when given, is called under the page's lock, before `add` stores an operation, with the
    page's stored operations as read then; it returns the articles they make when those are not the
    articles the page holds (another duba corrected the page since the reader showed it), else None.
    The operation is then applied to the articles as stored, and the page takes them: the reader shows
    the page as its file now says, with both corrections. An operation that does not fit them, or
    changes nothing there (the other duba made the same correction), raises `CorrectedMeanwhile` and
    nothing is stored. (The reader checked before the lock: a correction stored meanwhile went unseen,
    and the second copy showed its own correction alone.)"""

    def __init__(
        self,
        folder: Path | None = None,
        guard: Callable[[list[dict[str, Any]]], list[Article] | None] | None = None,
    ) -> None:
        self.folder = folder or paths.data_dir() / "corrections"
        self.guard = guard

    def _file(self, sha: str) -> Path:
        if not _hexadecimal(sha):
            raise CorrectionError("a page is identified by its content hash")
        return self.folder / f"{sha}.json"

    def read(self, sha: str, path: str | Path | None = None) -> tuple[dict[str, Any], str]:
        """The stored record of a page (`{"version", "sha", "page", "ops"}`), empty when none, and
        what is wrong with its file ("" when nothing: no file is no fault).

        With the page's `path`, a page that has no record of its own gets the record of the version
        last corrected at that path (the file was edited since), marked `"from": THAT_SHA`."""
        record, problem = self._read(sha)
        if record["ops"] or record.get("undone") or problem or path is None:
            return record, problem  # (a page whose corrections were all undone is as the segmenter read it)
        earlier = self.corrected_at(path)
        if earlier is None or earlier == sha:
            return record, problem
        found, problem = self._read(earlier)
        if not found["ops"]:
            return record, problem
        carried = {key: value for key, value in found.items() if key not in ("undone", "undone_at")}
        return {**carried, "sha": sha, "from": earlier}, problem

    def _read(self, sha: str) -> tuple[dict[str, Any], str]:
        empty = {"version": VERSION, "sha": sha, "page": "", "ops": []}
        target = self._file(sha)
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return empty, ""
        except OSError as exc:
            return empty, f"{target}: cannot be read ({exc.strerror or exc})"
        except ValueError as exc:
            return empty, f"{target}: not a corrections file ({exc})"
        if isinstance(data, dict) and isinstance(data.get("ops"), list):
            return data, ""
        return empty, f"{target}: not a corrections file (no list of ops)"

    def _pointer(self, path: str | Path) -> Path:
        where = str(Path(path).resolve())
        return (
            self.folder / "paths" / hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        )

    def corrected_at(self, path: str | Path) -> str | None:
        """The content hash of the page last corrected at `path`, if any."""
        try:
            sha = self._pointer(path).read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return None
        return sha if len(sha) == 64 and _hexadecimal(sha) else None

    def load(self, sha: str, path: str | Path | None = None) -> dict[str, Any]:
        """The stored record of a page (`{"version", "sha", "page", "ops"}`); empty when none (`read`)."""
        return self.read(sha, path)[0]

    def ops(self, sha: str, path: str | Path | None = None) -> list[dict[str, Any]]:
        """The operations stored for a page, oldest first (`read`)."""
        return list(self.load(sha, path)["ops"])

    def _writable(self, page: Any) -> dict[str, Any]:
        """The record to change; raises CorrectionError when the page's file cannot be read, so that
        storing a new correction never replaces corrections that are there but damaged."""
        record, problem = self.read(page.sha, page.path or None)
        if problem:
            raise CorrectionError(
                f"{problem}. It was left as it is: repair or remove it to correct this page."
            )
        return record

    @contextlib.contextmanager
    def _locked(self, sha: str) -> Iterator[None]:
        """Hold the page's lock (`<sha>.json.lock`, there only while held) against other dubas storing
        a correction on it: each reads the record only once it holds the lock, so two copies correcting
        one page at once keep both corrections, where the later write used to replace the earlier.
        Raises CorrectionError when the folder cannot be written, or another duba holds the lock past
        `LOCK_WAIT` (nothing was changed then). Where the file system has no locks to give (ENOLCK on
        some network file systems), the correction is stored unlocked, as before there was a lock."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._unwritable(exc) from exc
        try:
            with held_or_unlocked(self._file(sha).with_name(f"{sha}.json.lock"), timeout=LOCK_WAIT):
                yield
        except LockTimeout as exc:
            raise CorrectionError(
                "Another duba is storing a correction of this page. The page is left as it was: try again."
            ) from exc

    def _unwritable(self, exc: OSError) -> CorrectionError:
        """The CorrectionError saying, in words, why the data folder cannot be written (`exc` raised
        again where it is no such reason)."""
        why = unwritable(exc)
        if why is None:
            raise exc
        sentence = cannot_write(self.folder, why)
        return CorrectionError(f"{sentence[0].upper()}{sentence[1:]}. The page is left as it was.")

    def _save(self, record: dict[str, Any], path: str | Path | None) -> None:
        """Store `record` (and the pointer from the page's `path`); raises CorrectionError, saying why in
        words, when the data folder cannot be written (nothing was changed then)."""
        try:
            self._write(record, path)
        except OSError as exc:
            raise self._unwritable(exc) from exc

    def _write(self, record: dict[str, Any], path: str | Path | None) -> None:
        carried = record.pop("from", None)
        if carried:  # the version its corrections came from, so that undo can find them there too
            record["earlier"] = carried
        target = self._file(record["sha"])
        target.parent.mkdir(parents=True, exist_ok=True)
        if path:
            # Where the page is, so that its corrections outlive an edit of the file (see the module).
            pointer = self._pointer(path)
            pointer.parent.mkdir(exist_ok=True)
            write_atomic(pointer, record["sha"] + "\n")
        if not record["ops"] and not record.get("undone"):
            target.unlink(missing_ok=True)
            return
        write_atomic(target, json.dumps(record, ensure_ascii=False, indent=1))

    def add(self, page: Any, op: dict[str, Any]) -> list[Article]:
        """Apply `op` to `page` (a `reader.model.Page`), store it, and return the new articles. What
        was undone on the page is no longer redone. An `op` that takes the page's last operation back
        (`takes_back`: a paragraph break put in and taken out) drops that one instead, as `undo` does.

        Raises `CorrectionError` (and stores nothing) when the operation does not fit the page, and
        `CorrectedMeanwhile` when it does not fit the page as another duba corrected it meanwhile
        (`guard`)."""
        with self._locked(page.sha):
            record = self._writable(page)
            stored = None if self.guard is None else self.guard(list(record["ops"]))
            shown = page.articles if stored is None else stored
            op = with_printed(op, shown, lambda: _page_text(page))
            try:
                articles = apply_one(shown, op)
            except CorrectionError as exc:
                if stored is None:
                    raise
                raise CorrectedMeanwhile(f"{exc}: the page was corrected meanwhile") from exc
            if stored is not None and articles == stored:
                raise CorrectedMeanwhile("the page was corrected so meanwhile")
            if record["ops"] and takes_back(record["ops"][-1], op, shown, articles):
                # P twice at one place: the two cancel, so the second is stored as an undo of the first
                # (U puts it back), not as a second operation that the export and u would list
                self._drop_last(record, page)
                page.articles = articles
                return articles
            record.pop("undone", None)
            record.pop("undone_at", None)
            record.update(page=page.name, ops=[*record["ops"], op])
            self._save(record, page.path)
            page.articles = articles
            return articles

    @staticmethod
    def _undone(record: dict[str, Any]) -> list[dict[str, Any]]:
        """The record's operations undone since its last new one, the next to redo last; none when the
        list no longer fits the record's operations (see the module notes)."""
        undone = record.get("undone")
        if not isinstance(undone, list) or record.get("undone_at") != len(record["ops"]):
            return []
        return undone

    def redoable(self, page: Any) -> list[dict[str, Any]]:
        """The operations undone on `page` that `redo` would store again, the next one last."""
        record, problem = self.read(page.sha, page.path or None)
        return [] if problem else list(self._undone(record))

    def redo(self, page: Any) -> dict[str, Any] | None:
        """Store again the operation last undone on `page` and apply it; None when there is none.

        Raises `CorrectionError` (and keeps it to redo) when it no longer fits the page."""
        if not self.redoable(page):
            return None  # (no lock taken, no folder made, for nothing to do)
        with self._locked(page.sha):
            record, problem = self.read(page.sha, page.path or None)
            undone = [] if problem else self._undone(record)
            if not undone:
                return None
            self._unchanged_meanwhile(record)
            op = undone[-1]
            articles = apply_one(page.articles, op)
            record["ops"] = [*record["ops"], op]
            record["undone"] = record["undone"][:-1]
            record["undone_at"] = len(record["ops"])
            if not record["undone"]:
                del record["undone"], record["undone_at"]
            self._save(record, page.path)
            page.articles = articles
            return op

    def join(self, page: Any, index: int) -> list[Article]:
        """Join article `index` of `page` with the one before it."""
        return self.add(page, join_op(page.articles, index))

    def split(self, page: Any, index: int, paragraph: int) -> list[Article]:
        """Start a new article at paragraph `paragraph` of article `index`."""
        return self.add(page, split_op(page.articles, index, paragraph))

    def join_paragraphs(self, page: Any, index: int, paragraph: int) -> list[Article]:
        """Join paragraph `paragraph` of article `index` with the paragraph before it."""
        return self.add(page, join_paragraphs_op(page.articles, index, paragraph))

    def split_paragraph(self, page: Any, index: int, paragraph: int, at: int) -> list[Article]:
        """Start a new paragraph at character `at` of paragraph `paragraph` of article `index`."""
        return self.add(page, split_paragraph_op(page.articles, index, paragraph, at))

    def set_role(self, page: Any, index: int, role: Role, **where: Any) -> list[Article]:
        """Make a paragraph, line or title field of article `index` its `role` (see `role_op`)."""
        return self.add(page, role_op(page.articles, index, role, **where))

    def join_titles(self, page: Any, index: int, field: Role, space: bool = False) -> list[Article]:
        """Join title field `field` of article `index` with its neighbour into one headline."""
        return self.add(page, join_titles_op(page.articles, index, field, space))

    def split_title(self, page: Any, index: int, field: Role, at: int, role: Role) -> list[Article]:
        """Part title field `field` of article `index` at `at` into it and `role` (`split_title_op`)."""
        return self.add(page, split_title_op(page.articles, index, field, at, role))

    def move_title(self, page: Any, index: int, to: int, role: Role, **what: Any) -> list[Article]:
        """Move a title field, paragraph or line (`what`) of article `index` to the article before
        (`to` -1) or after (1) as its `role` (`move_title_op`)."""
        return self.add(page, move_title_op(page.articles, index, to, role, **what))

    def set_kind(self, page: Any, index: int, kind: str | None = None, **where: Any) -> list[Article]:
        """Make article `index` (or its paragraphs `where` names) a photo item, or a photo an article
        (`kind`, by default the kind it is not; see `kind_op`)."""
        return self.add(page, kind_op(page.articles, index, kind, **where))

    def undo(self, page: Any, segmented: list[Article]) -> dict[str, Any] | None:
        """Drop the page's last operation; `segmented` is the page as the segmenter gave it (before
        corrections). Returns the dropped operation, or None when there was none."""
        record, problem = self.read(page.sha, page.path or None)
        if not problem and not record["ops"]:
            return None  # (no lock taken, no folder made, for nothing to do)
        with self._locked(page.sha):
            record = self._writable(page)
            if not record["ops"]:
                return None
            self._unchanged_meanwhile(record)
            dropped = self._drop_last(record, page)
            page.articles, _ = apply(segmented, record["ops"])
            return dropped

    def _unchanged_meanwhile(self, record: dict[str, Any]) -> None:
        """Raise `CorrectedMeanwhile` when the page's stored operations are not what the reader shows
        (`guard`): an undo or redo there would take back or put back a correction made by another duba
        that this one never showed, and its notice would name a change not seen."""
        if self.guard is not None and self.guard(list(record["ops"])) is not None:
            raise CorrectedMeanwhile("the page was corrected meanwhile")

    def drop_unfitting(self, page: Any, segmented: list[Article]) -> int:
        """Drop the page's stored operations that no longer fit it (`segmented`: the page as the segmenter
        gives it now), keeping the rest in order; returns how many were dropped. What the others make is
        unchanged (an operation that does not fit is skipped: `fitting`). An edited page's operations
        carried over are stored under its new hash, as a new correction stores them. What was undone is
        kept to redo while it still follows the operations kept."""
        record, problem = self.read(page.sha, page.path or None)
        if problem or not record["ops"]:
            return 0
        with self._locked(page.sha):
            record = self._writable(page)
            fits = fitting(segmented, record["ops"])
            if all(fits):
                return 0
            undone = self._undone(record)
            record["ops"] = [op for op, fit in zip(record["ops"], fits, strict=True) if fit]
            if undone:
                record["undone_at"] = len(record["ops"])
            self._save(record, page.path)
            return fits.count(False)

    def _drop_last(self, record: dict[str, Any], page: Any) -> dict[str, Any]:
        """Drop the last of `record`'s operations (it becomes the one to redo) and store the record."""
        count = len(record["ops"])
        earlier = record.get("from") or record.get("earlier")
        undone = self._undone(record)
        dropped = record["ops"].pop()
        record["undone"] = [*undone, dropped]
        record["undone_at"] = len(record["ops"])
        self._save(record, page.path)
        if isinstance(earlier, str) and earlier != page.sha:
            self._undo_earlier(earlier, dropped, count)
        return dropped

    def _undo_earlier(self, sha: str, dropped: dict[str, Any], count: int) -> None:
        """Drop `dropped` from the version of the page before an edit (content hash `sha`) too, when
        it is that version's last of `count` operations: the page was carried over with it, and other
        copies of that version (the same file elsewhere in the library) would keep a correction the
        reader undid, with no page where u undoes it. A version corrected further since is left as
        it is: what it holds beyond is its own."""
        try:
            record, problem = self._read(sha)
        except CorrectionError:
            return
        if problem or len(record["ops"]) != count or record["ops"][-1] != dropped:
            return
        record["ops"].pop()
        self._save(record, None)

    def export(self, problems: list[str] | None = None) -> dict[str, Any]:
        """Every page's corrections: `{"version": 1, "pages": [{"sha", "page", "ops"}, …]}`; a file that
        cannot be read is left out and said in `problems`."""
        pages = []
        if self.folder.is_dir():
            for file in sorted(self.folder.glob("*.json")):
                try:
                    record, problem = self._read(file.stem)
                except CorrectionError:
                    continue  # not named by a content hash: not ours
                if problem and problems is not None:
                    problems.append(problem)
                if record["ops"]:
                    pages.append({"sha": file.stem, "page": record.get("page", ""), "ops": record["ops"]})
        return {"version": VERSION, "pages": pages}
