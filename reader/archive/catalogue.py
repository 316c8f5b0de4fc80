"""The catalogue of the user's library: every page added, with what is known of it, in SQLite.

`duba library add PATH...` records the folders (or files) as roots and catalogues every `*.txt` page
under them; opening the library rescans the roots. A page is read again only when its size or
modification time (or its sidecar's) changed, and segmented again only when its content hash changed:
a touched file costs one read, an unchanged one a `stat`. A file whose content reappears under another
path is recorded as moved; one that disappeared is dropped from the catalogue and reported (bookmarks
live elsewhere and are never touched). A root that is missing altogether (an unmounted disk) is
reported and its pages are kept. A file that is no page (binary, empty) is reported when first met and
remembered (`reader.archive.skipped`), so that it is read, and said, again only once it changes. Finding
and reading the files is `reader.archive.scan`'s.

The database (`library.sqlite3` in the user data folder) runs in WAL mode with one transaction per
batch of pages, and is indexed on (paper, date, page) and on the content hash, so listing and lookups
stay fast at 100,000 pages. One duba at a time adds to it, removes from it or rescans it
(`reader.archive.writelock`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import paths
from reader.archive import skipped
from reader.archive.records import PageRecord, PaperSummary
from reader.archive.report import UpdateReport
from reader.archive.scan import Task, inspect_all, not_utf8, sidecar_mtime, walk
from reader.archive.skipped import at_or_under
from reader.fsutil import NOT_REGULAR, is_special

SCHEMA_VERSION = 3
"""2: `counted`, the segmenter version of a page's article count; 3: `named`, the version of the rules
that read its paper, date, page number and section (`reader.pagemeta.META_VERSION`)."""
BATCH = 200
"""Pages written per transaction."""

Progress = Callable[[int, int, str], None]
"""`progress(done, total, path)` after each page looked at."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS roots (
    path TEXT PRIMARY KEY,
    added REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    meta_mtime_ns INTEGER NOT NULL,
    sha TEXT NOT NULL,
    paper TEXT NOT NULL,
    date TEXT NOT NULL,
    page_no TEXT NOT NULL,
    page_sort INTEGER NOT NULL,
    section TEXT NOT NULL,
    articles INTEGER NOT NULL,
    indexed REAL NOT NULL,
    counted INTEGER NOT NULL DEFAULT 0,
    named INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS pages_order ON pages (paper, date, page_sort, page_no);
CREATE INDEX IF NOT EXISTS pages_sha ON pages (sha);
"""
COLUMNS = "path, sha, paper, date, page_no, section, articles, size"
"""A `PageRecord`'s columns, in its fields' order (`reader.archive.naming` selects them too)."""


def _segmenter() -> int:
    from reader.archive.counts import segmenter  # (it imports this module)

    return segmenter()


def meta_version() -> int:
    """The version of the rules that read a page's paper, date and page (`reader.pagemeta`)."""
    from reader.pagemeta import META_VERSION  # (imported when the pages are read anyway)

    return META_VERSION


def default_path() -> Path:
    """`library.sqlite3` in the user data folder (`DUBA_LIBRARY` overrides it)."""
    return Path(os.environ.get("DUBA_LIBRARY") or paths.data_dir() / "library.sqlite3")


def library_pages(path: Path | None = None) -> list[Path]:
    """The library's page files in paper, date, page order; empty when there is no library yet."""
    target = path or default_path()
    if not target.is_file():
        return []
    with Catalogue(target, read_only=True) as catalogue:
        return [Path(p.path) for p in catalogue.pages()]


class Catalogue:
    """The library's pages in SQLite. Use as a context manager, or call `close`."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        """Open (creating it if need be) the catalogue at `path`, the default one if None. `read_only`
        opens an existing catalogue for reading only: nothing is created or written, so listing and
        searching work in a read-only data folder and leave the file as it was; a catalogue of an
        older schema is opened as usual (it must be upgraded before it can be read)."""
        self.path = path or default_path()
        self._counted = "counted"
        """The column of the segmenter version of a page's count (a constant in a catalogue of schema 1
        opened read-only: listed as it is, not upgraded)."""
        if read_only and self._open_read_only():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=10)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self.db.close()
            raise RuntimeError(f"{self.path} was written by a newer duba (schema {version})")
        self.db.executescript(_SCHEMA + skipped.SCHEMA)
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(pages)")}
        # schema 1 has no `counted`, schemas 1 and 2 no `named`: the segmenter that counted a page and
        # the rules that named it are unknown (0, as old as can be: `duba library update` does them again)
        for column in ("counted", "named"):
            if column not in columns:
                # (two dubas opening the same old file may both get here: the second finds the column)
                with contextlib.suppress(sqlite3.OperationalError):
                    self.db.execute(f"ALTER TABLE pages ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.db.commit()

    def _open_read_only(self) -> bool:
        """Open the catalogue without writing; False when it has an older schema (or none). Raises
        sqlite3.Error (or OSError) when the file is missing or not a database."""
        if not self.path.is_file():
            raise FileNotFoundError(f"{self.path}: no such file")
        uri = self.path.resolve().as_uri()
        # Opened to write but refusing to (query_only): SQLite's -wal and -shm files are removed by the
        # last connection to close, which a mode=ro connection cannot do (each listing left them behind).
        db = None
        try:
            db = sqlite3.connect(f"{uri}?mode=rw", uri=True, timeout=10)
            db.execute("PRAGMA query_only = ON")
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError:
            if db is not None:
                db.close()
            if os.access(self.path.parent, os.W_OK) and os.access(self.path, os.W_OK):
                raise
            # A WAL database in a folder we cannot write (no -shm file can be made) opens only as
            # immutable; nobody can be writing it there.
            db = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=10)
            version = db.execute("PRAGMA user_version").fetchone()[0]
        self.db = db
        if version > SCHEMA_VERSION:
            self.db.close()
            raise RuntimeError(f"{self.path} was written by a newer duba (schema {version})")
        if version < 1:
            self.db.close()
            return False
        self._counted = "counted" if version >= 2 else "0"  # (read as it is: schema 1 counted nothing)
        return True

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------------------------ reading

    def skipped(self) -> list[tuple[str, str]]:
        """The files under the roots that are no page (binary, empty…), by path, with why."""
        return skipped.listed(self.db)

    def roots(self) -> list[str]:
        """The folders and files added, in the order added."""
        return [r[0] for r in self.db.execute("SELECT path FROM roots ORDER BY added, path")]

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM pages").fetchone()[0])

    def pages(self, paper: str | None = None) -> list[PageRecord]:
        """Pages by paper, date and page number (undated pages last within their paper)."""
        sql = (
            f"SELECT {COLUMNS} FROM pages"
            + (" WHERE paper = ?" if paper is not None else "")
            + " ORDER BY paper, date = '', date, page_sort, page_no, path"
        )
        rows = self.db.execute(sql, () if paper is None else (paper,))
        return [PageRecord(*row) for row in rows]

    def papers(self) -> list[PaperSummary]:
        """Per paper: first and last date, page count, pages with no date, article count, pages counted
        by another segmenter version than this duba's (`stale`)."""
        rows = self.db.execute(
            "SELECT paper, min(nullif(date, '')), max(nullif(date, '')), count(*),"
            f" sum(date = ''), sum(articles), sum({self._counted} != ?) FROM pages"
            " GROUP BY paper ORDER BY paper = '', paper",
            (_segmenter(),),
        )
        return [
            PaperSummary(p, first or "", last or "", n, undated, arts, stale)
            for p, first, last, n, undated, arts, stale in rows
        ]

    def stale(self) -> list[PageRecord]:
        """The pages whose article count another segmenter version made (see `reader.archive.counts`)."""
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM pages WHERE {self._counted} != ?",
            (_segmenter(),),
        )
        return [PageRecord(*row) for row in rows]

    def recount(self, counts: dict[str, int]) -> None:
        """Record article counts made by this duba's segmenter: path → count."""
        with self.db:
            self.db.executemany(
                "UPDATE pages SET articles = ?, counted = ? WHERE path = ?",
                [(count, _segmenter(), path) for path, count in counts.items()],
            )

    def corrected(self, path: str, sha: str, articles: int) -> bool:
        """Record `articles`, the count of the page at `path` with content hash `sha` as the reader
        corrected it; False when the catalogue holds no such page (none there, or another text now)."""
        with self.db:
            done = self.db.execute(
                "UPDATE pages SET articles = ?, counted = ? WHERE path = ? AND sha = ?",
                (articles, _segmenter(), path, sha),
            )
        return done.rowcount > 0

    def find(self, sha: str) -> PageRecord | None:
        """The page with this content hash (a bookmark's `page_sha`), wherever it lies now."""
        row = self.db.execute(f"SELECT {COLUMNS} FROM pages WHERE sha = ? LIMIT 1", (sha,)).fetchone()
        return PageRecord(*row) if row else None

    def at(self, path: str) -> PageRecord | None:
        """The page catalogued at `path`, if any."""
        row = self.db.execute(f"SELECT {COLUMNS} FROM pages WHERE path = ?", (path,)).fetchone()
        return PageRecord(*row) if row else None

    def copies(self, sha: str) -> list[PageRecord]:
        """Every page with this content hash (one file copied into several folders), by path."""
        rows = self.db.execute(f"SELECT {COLUMNS} FROM pages WHERE sha = ? ORDER BY path", (sha,))
        return [PageRecord(*row) for row in rows]

    def issue(self, sha: str = "", path: str = "") -> list[PageRecord]:
        """The pages of one issue (same paper and date), in page order: the issue of the page at `path`,
        else of the page with content hash `sha` (of identical copies, one), else the library's first
        (papers with a name first). An undated page is an issue of its own."""
        columns = COLUMNS
        first = self.at(path) if path else None
        if first is None and sha:
            first = self.find(sha)
        if first is None:
            order = "paper = '', paper, date = '', date, page_sort, page_no, path"  # as the reader orders
            row = self.db.execute(f"SELECT {columns} FROM pages ORDER BY {order} LIMIT 1").fetchone()
            if row is None:
                return []
            first = PageRecord(*row)
        if not first.date:
            return [first]
        rows = self.db.execute(
            f"SELECT {columns} FROM pages WHERE paper = ? AND date = ? ORDER BY page_sort, page_no, path",
            (first.paper, first.date),
        )
        return [PageRecord(*row) for row in rows]

    # ------------------------------------------------------------------------------------ writing

    def add(self, targets: Sequence[Path], progress: Progress | None = None) -> UpdateReport:
        """Record `targets` as roots and catalogue their pages (only new or changed ones are read). A
        target new to the library in which no page could be read is not recorded (`UpdateReport.rejected`):
        every update would say its error again, and `library list` named it among the folders."""
        report = UpdateReport()
        roots, before = [], set(self.roots())
        now = time.time()
        for target in targets:
            resolved = Path(target).expanduser().resolve()
            if not resolved.exists():
                report.errors.append(f"{target}: no such file or folder")
                continue
            if is_special(resolved):
                report.errors.append(f"{target}: {NOT_REGULAR}; skipped")
                continue
            problem = not_utf8(str(resolved))
            if problem:
                report.errors.append(problem)
                continue
            roots.append(str(resolved))
            self.db.execute("INSERT OR IGNORE INTO roots (path, added) VALUES (?, ?)", (str(resolved), now))
        self.db.commit()
        if roots:
            self._scan(roots, report, progress)
        for root in roots:
            if root not in before and not self.known([root]):
                self.db.execute("DELETE FROM roots WHERE path = ?", (root,))
                skipped.forget_under(self.db, root)
                report.rejected.append(root)
        self.db.commit()
        return report

    def update(self, progress: Progress | None = None) -> UpdateReport:
        """Rescan every root: what opening the library does."""
        report = UpdateReport()
        self._scan(self.roots(), report, progress)
        return report

    def remove(self, target: Path) -> int:
        """Forget `target` and the pages at or under it; returns how many pages were forgotten. Where
        `target` is a root, the roots inside it, added on their own (`library add A/sub` after `library
        add A`: `nested`), stay in the library with their pages; else every root under it goes too."""
        resolved = str(Path(target).expanduser().resolve())
        under = resolved.rstrip(os.sep) + os.sep
        kept = self.nested(resolved)
        rows = self.db.execute(
            "SELECT path FROM pages WHERE path = ? OR substr(path, 1, ?) = ?", (resolved, len(under), under)
        )
        gone = [(path,) for (path,) in rows if not any(at_or_under(path, root) for root in kept)]
        with self.db:
            if kept:
                self.db.execute("DELETE FROM roots WHERE path = ?", (resolved,))
            else:
                self.db.execute(
                    "DELETE FROM roots WHERE path = ? OR substr(path, 1, ?) = ?",
                    (resolved, len(under), under),
                )
            self.db.executemany("DELETE FROM pages WHERE path = ?", gone)
            skipped.forget_under(self.db, resolved, keep=kept)
        return len(gone)

    def unroot(self, root: str) -> None:
        """Forget `root` (resolved) as a root of its own, its pages kept: a root inside another one,
        which holds them."""
        with self.db:
            self.db.execute("DELETE FROM roots WHERE path = ?", (root,))

    def nested(self, root: str) -> list[str]:
        """The roots inside `root`, itself a root (resolved), added on their own: what `remove` keeps."""
        roots = self.roots()
        if root not in roots:
            return []
        return [other for other in roots if other != root and at_or_under(other, root)]

    def known(self, roots: list[str]) -> dict[str, tuple[int, int, int, str]]:
        """The pages at or under `roots`: path → (size, mtime_ns, sidecar mtime_ns, content hash) as last
        scanned (what a rescan compares each file's `stat` with)."""
        known: dict[str, tuple[int, int, int, str]] = {}
        for root in roots:
            under = root.rstrip(os.sep) + os.sep
            rows = self.db.execute(
                "SELECT path, size, mtime_ns, meta_mtime_ns, sha FROM pages"
                " WHERE path = ? OR substr(path, 1, ?) = ?",
                (root, len(under), under),
            )
            for path, size, mtime, meta_mtime, sha in rows:
                known[path] = (size, mtime, meta_mtime, sha)
        return known

    def _scan(self, roots: list[str], report: UpdateReport, progress: Progress | None) -> None:
        start = time.perf_counter()
        present = []
        for root in roots:
            if os.path.exists(root):
                present.append(root)
            else:
                report.missing_roots.append(root)
        known = self.known(present)
        no_pages = skipped.skipped_under(self.db, present)
        files: dict[str, os.stat_result] = {}
        for root in present:
            found = dict(walk(Path(root)))
            if not found:
                report.empty_roots.append(root)
            files.update(found)
        for path in list(files):
            problem = not_utf8(path)
            if problem:
                del files[path]
                report.errors.append(problem)
        gone = {path: known[path][3] for path in known if path not in files}
        gone_by_sha: dict[str, list[str]] = {}
        for path, sha in gone.items():
            gone_by_sha.setdefault(sha, []).append(path)

        total = len(files)
        done = 0
        tasks: list[Task] = []
        for path, st in files.items():
            meta_mtime = sidecar_mtime(path)
            old = known.get(path)
            if old and old[:3] == (st.st_size, st.st_mtime_ns, meta_mtime):
                report.unchanged += 1
            elif not old and no_pages.get(path) == (st.st_size, st.st_mtime_ns):
                report.skipped.append(path)  # no page, said when first met: not read (nor said) again
            else:
                same_sidecar = old is not None and old[2] == meta_mtime
                sha = old[3] if old is not None and same_sidecar else ""
                tasks.append(Task(path, st.st_size, st.st_mtime_ns, meta_mtime, sha, bool(old)))
                continue
            done += 1
            if progress is not None:
                progress(done, total, path)

        pending: list[tuple] = []
        now, counted = time.time(), _segmenter()
        named = meta_version()
        for task, found in inspect_all(tasks):
            done += 1
            path = task.path
            if isinstance(found, str):
                report.errors.append(found)
                if not task.known:  # (a page catalogued keeps its record, and is said until mended)
                    skipped.record(self.db, path, task.size, task.mtime_ns, found)
            elif found is None:  # same content: only the time changed
                report.bytes_read += task.size
                report.touched.append(path)
                self.db.execute(
                    "UPDATE pages SET size = ?, mtime_ns = ? WHERE path = ?", (task.size, task.mtime_ns, path)
                )
            else:
                report.bytes_read += task.size
                sha = found[0]
                was = gone_by_sha.get(sha)
                if task.known:
                    report.changed.append(path)
                elif was:
                    old_path = was.pop()
                    gone.pop(old_path, None)
                    report.moved.append((old_path, path))
                    self.db.execute("DELETE FROM pages WHERE path = ?", (old_path,))
                else:
                    report.added.append(path)
                pending.append(
                    (path, task.size, task.mtime_ns, task.meta_mtime_ns, *found, now, counted, named)
                )
            if len(pending) >= BATCH:
                self._write(pending)
            if progress is not None:
                progress(done, total, path)
        self._write(pending)
        pages_now = {*report.added, *(new for _old, new in report.moved)}
        skipped.forget(self.db, [path for path in no_pages if path not in files or path in pages_now])
        if gone:
            with self.db:
                self.db.executemany("DELETE FROM pages WHERE path = ?", [(p,) for p in gone])
            report.removed.extend(sorted(gone))
        self.db.commit()
        report.seconds = time.perf_counter() - start

    def recount_stale(self, report: UpdateReport, progress: Progress | None = None) -> None:
        """Count again the articles of the pages an older segmenter counted (`reader.archive.counts`:
        from the segmentation cache, else by segmenting the page, which fills the cache for the reader),
        after `add` or `update`; `progress` is told (0, total) before the first page."""
        from reader.archive.counts import fresh_counts

        stale = self.stale()
        if progress is not None and stale:
            progress(0, len(stale), "")
        for start in range(0, len(stale), BATCH):
            batch = stale[start : start + BATCH]
            counts = fresh_counts(batch, segment=True)
            self.recount(counts)
            report.recounted += len(counts)
            if progress is not None and batch:
                progress(start + len(batch), len(stale), batch[-1].path)

    def _write(self, rows: list[tuple]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT INTO pages (path, size, mtime_ns, meta_mtime_ns, sha, paper, date, page_no,"
                " page_sort, section, articles, indexed, counted, named)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
                " meta_mtime_ns = excluded.meta_mtime_ns, sha = excluded.sha, paper = excluded.paper,"
                " date = excluded.date, page_no = excluded.page_no, page_sort = excluded.page_sort,"
                " section = excluded.section, articles = excluded.articles, indexed = excluded.indexed,"
                " counted = excluded.counted, named = excluded.named",
                rows,
            )
        rows.clear()
