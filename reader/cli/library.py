"""`duba library add|list|remove|update`: the library of pages duba remembers between sessions.

`reader.cli` registers the subcommand with `add_parser` and calls `run` with the parsed arguments.
The catalogue is `reader.archive.catalogue` (SQLite in the user data folder, `DUBA_LIBRARY` overrides).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from reader.cli.args import examples
from reader.cli.output import counted


def add_parser(subparsers: Any) -> None:
    """Register `library` with its actions add, list, remove and update."""
    parser = subparsers.add_parser(
        "library",
        help="add folders of pages to the library, list or remove them",
        description="The library: folders and pages duba remembers, with each page's paper, date and "
        "page number. Adding again, or opening duba, reads only new or changed files. duba, duba search, "
        "kwic and trend read the library when given no PATH. With no action: list.",
        **examples(
            "duba library add ~/papers/rmrb           # catalogue every page under the folder",
            "duba library list                        # per paper: dates, pages, articles",
            "duba library update                      # read new and changed files again",
            "duba library remove ~/papers/rmrb        # forget the folder (the files stay)",
        ),
    )
    actions = parser.add_subparsers(dest="library_action", metavar="{add,list,remove,update}")
    add = actions.add_parser(
        "add",
        help="add page files or folders (searched for *.txt)",
        description="Catalogue every page (*.txt, in subfolders too) under each PATH: its paper, date, page "
        "number, section and article count. Adding a folder again reads only new or changed files; a "
        "PATH with no page that can be read is not added (exit status 2 when none was).",
        **examples(
            "duba library add ~/papers/rmrb",
            "duba library add 1998/ 1999/ extra/page.txt",
        ),
    )
    add.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
    actions.add_parser(
        "list",
        help="per paper: dates, pages, pages with no date",
        description="One line a paper: its first and last date, pages and articles, and how many of its "
        "pages have no date; then the folders added and the files skipped (with why).",
        **examples("duba library list              # what duba library alone prints too"),
    )
    remove = actions.add_parser(
        "remove",
        help="forget a folder or page added with add (the files stay)",
        description="Forget the pages of each PATH added with duba library add; the files stay, and so do "
        "bookmarks. A folder inside it that was added on its own is kept, and named.",
        **examples("duba library remove ~/papers/rmrb", "duba library remove extra/page.txt"),
    )
    remove.add_argument("paths", nargs="+", metavar="PATH", help="folders or page files")
    actions.add_parser(
        "update",
        help="rescan the library's folders for new, changed and deleted pages",
        description="Read the library's folders again: new and changed pages are catalogued, moved and "
        "deleted ones reported (bookmarks are kept), and pages counted by an older segmenter counted again.",
        **examples("duba library update      # after pages in its folders were added, changed or deleted"),
    )
    parser.set_defaults(func=run)


class _Progress:
    """`LABEL N/M pages (P pages/s)` on one rewritten line of a terminal's stderr; silent otherwise. The
    rate is timed from the first call: one line for each stage of the work, each with its own rate."""

    def __init__(self, label: str = "cataloguing") -> None:
        from reader.cli.output import unfiltered

        self.label = label
        self.stream = unfiltered(sys.stderr)  # the progress line moves the cursor on purpose
        self.tty = self.stream.isatty()
        self.start: float | None = None
        self.last = 0.0

    def __call__(self, done: int, total: int, _path: str) -> None:
        now = time.perf_counter()
        if self.start is None:
            self.start = now
        if not self.tty or (now - self.last < 0.1 and 0 < done < total):
            return
        self.last = now
        rate = done / max(now - self.start, 1e-6)
        self.stream.write(f"\r\x1b[K{self.label} {done}/{total} pages ({rate:.0f} pages/s)")
        if done >= total:
            self.stream.write("\r\x1b[K")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    """Carry out `duba library …`; returns the exit status."""
    from reader.archive.catalogue import Catalogue, default_path
    from reader.archive.damaged import advice, is_damaged
    from reader.archive.writelock import write_lock
    from reader.fsutil import why_unwritable

    action = getattr(args, "library_action", None) or "list"
    if action == "list" and not default_path().is_file():
        return _list(None)  # nothing to list, and no catalogue file to create
    try:
        catalogue = Catalogue(read_only=action == "list")
    except (OSError, RuntimeError, sqlite3.Error) as exc:
        why = exc if action == "list" else why_unwritable(exc, default_path().parent)
        if is_damaged(exc):
            why = f"{exc}: {advice(default_path())}"
        print(f"duba: cannot open the library {default_path()}: {why}", file=sys.stderr)
        return 1
    try:
        with catalogue:
            if action == "list":
                return _act(catalogue, action, args)
            with write_lock(catalogue.path, f"duba library {action}", waiting=_waiting):
                return _act(catalogue, action, args)
    except sqlite3.Error as exc:  # a read-only data folder, a full disk, a damaged file
        why = (
            f"{exc}: {advice(catalogue.path)}"
            if is_damaged(exc)
            else why_unwritable(exc, catalogue.path.parent)
        )
        verb = "read" if action == "list" else "update"
        print(f"duba: cannot {verb} the library {catalogue.path}: {why}", file=sys.stderr)
        return 1


def _waiting(who: str) -> None:
    print(f"duba: {who} is updating the library; waiting for it to finish (ctrl+c stops)", file=sys.stderr)


def _act(catalogue: Any, action: str, args: argparse.Namespace) -> int:
    if action == "list":
        return _list(catalogue)
    if action == "remove":
        roots = [Path(root) for root in catalogue.roots()]
        inside: dict[str, Path] = {}  # the paths named that are roots inside another root
        for path in args.paths:
            target = Path(path).expanduser().resolve()
            outer = next((root for root in roots if root in target.parents), None)
            if outer is not None and target in roots:
                inside[path] = outer
            elif outer is not None:
                # every update (and opening duba) scans the outer folder again: its pages would come back
                print(
                    f"duba: {path} is inside the library folder {outer}, which every update scans again, "
                    "so its pages would come back; remove that folder and add the ones to keep",
                    file=sys.stderr,
                )
                return 2
        status = 0
        for path in args.paths:
            if path in inside:  # added on its own inside a folder added: that folder keeps its pages
                target = Path(path).expanduser().resolve()
                count = len(catalogue.known([str(target)]))
                catalogue.unroot(str(target))
                stay = f"{counted(count, 'page')} {'stays' if count == 1 else 'stay'}"
                print(f"{path}: no longer added on its own; its {stay} in the library, in {inside[path]}")
                continue
            kept = catalogue.nested(str(Path(path).expanduser().resolve()))
            count = catalogue.remove(Path(path))
            if count == 0 and Path(path).expanduser().resolve() not in roots:
                # a mistyped path said "0 pages removed" with status 0: a script took it for done
                folders = ", ".join(str(root) for root in roots)
                which = (
                    f"its folders: {folders}; duba library list shows them"
                    if roots
                    else "the library is empty"
                )
                print(f"duba: {path}: not in the library, nothing removed ({which})", file=sys.stderr)
                status = 1
                continue
            print(f"{path}: {counted(count, 'page')} removed from the library")
            for root in kept:  # (the user added it: it goes only when named)
                pages = counted(len(catalogue.known([root])), "page")
                again = f"duba library remove {root}"
                print(f"{root}: kept (added on its own, {pages}); to remove it too: {again}")
        return status
    from reader.archive.naming import rename_stale

    progress = _Progress()
    try:
        if action == "add":
            report = catalogue.add([Path(p) for p in args.paths], progress=progress)
        else:
            report = catalogue.update(progress=progress)
        progress = _Progress("recounting articles (new segmenter)")
        catalogue.recount_stale(report, progress)
        progress = _Progress("reading paper, date and page again (new rules)")
        rename_stale(catalogue, report, progress)
    except KeyboardInterrupt:
        # ctrl+c ended it with the progress line left as it was ("cataloguing 1177/4010 pages") and
        # nothing said: what is kept (written in batches), and that adding again goes on from there
        if progress.tty:
            progress.stream.write("\r\x1b[K")
        print(
            f"duba: stopped; the library holds {counted(len(catalogue), 'page')} now: "
            f"duba library {action} again goes on from there",
            file=sys.stderr,
        )
        raise
    for message in report.messages():
        print(f"duba: {message}", file=sys.stderr)
    if action == "add":
        for root in report.empty_roots:
            rejected = "; not added to the library" if root in report.rejected else ""
            print(
                f"duba: {'' if rejected else 'warning: '}{root}: no page in it (pages are *.txt files, in "
                f"subfolders too){rejected}",
                file=sys.stderr,
            )
        for root in report.rejected:
            if root in report.empty_roots:
                continue
            if Path(root).is_file():  # (why is said above: binary, empty…)
                print(f"duba: {root}: not added to the library", file=sys.stderr)
            else:  # (its files' errors are said above)
                print(f"duba: {root}: nothing in it could be read; not added to the library", file=sys.stderr)
    rate = ""
    if report.seconds > 0 and (report.added or report.changed):
        speed = report.bytes_read / 1e6 / report.seconds
        # under a megabyte read (a few pages) the speed says nothing (it was printed "0.0 MB/s")
        rate = f" in {report.seconds:.1f} s" + (f" ({speed:.1f} MB/s)" if report.bytes_read >= 1e6 else "")
    print(f"library: {report.summary()}{rate}; {counted(len(catalogue), 'page')} in {catalogue.path}")
    if (report.errors or report.rejected) and not (
        report.added or report.changed or report.unchanged or report.touched or report.moved
    ):
        return 2  # nothing could be added: every PATH missing, unreadable or with no page in it
    return 0


UNKNOWN_PAPER = "(paper unknown)"
"""How `library list` names the paper of pages whose heading, sidecar and names give none."""


def _list(catalogue: Any) -> int:
    papers = catalogue.papers() if catalogue is not None else []
    if not papers:
        print("The library is empty. Add pages with: duba library add FOLDER")
        return 0
    papers = _counted_now(catalogue, papers)
    for summary in papers:
        name = summary.paper or UNKNOWN_PAPER
        dates = f"{summary.first} … {summary.last}" if summary.first else "no dates"
        # (every page undated: "no dates" says it; "…, 3 with no date" after it said it again)
        undated = f", {summary.undated} with no date" if summary.undated and summary.first else ""
        # (pages not opened since a new segmenter, whose counts may differ: the count is an older duba's)
        articles = ("~" if summary.stale else "") + counted(summary.articles, "article")
        print(f"{name}  {dates}  {counted(summary.pages, 'page')}, {articles}{undated}")
    if any(not summary.paper or summary.undated for summary in papers):
        # (two lines, each under 80 cells)
        print(f"{UNKNOWN_PAPER}, no date: the page and its file and folder names do not say.")
        print('  NAME.meta.json beside NAME.txt: {"paper": "人民日报", "date": "1998-01-05"}')
    stale = sum(summary.stale for summary in papers)
    if stale:
        print(
            f"~ {counted(stale, 'page')} counted by an older segmenter: duba library update counts them "
            "again (so does the reader as it opens them)"
        )
    roots = catalogue.roots()
    print(f"\n{counted(len(catalogue), 'page')} from {counted(len(roots), 'folder')}:")
    for root in roots:
        print(f"  {root}")
    files = catalogue.skipped()  # (said once, when a scan met them: named here for good)
    if files:
        print(f"\n{counted(len(files), 'file')} skipped (no page; read again once changed):")
        for path, why in files:
            print(f"  {path}: {why}")
    return 0


def _counted_now(catalogue: Any, papers: list[Any]) -> list[Any]:
    """`papers` with the article counts an older segmenter made replaced by this duba's, for the pages
    the segmentation cache holds (the reader opened them since: `reader.archive.counts`); the rest stay
    `stale`. Nothing is written: `duba library update` records the counts."""
    if not any(summary.stale for summary in papers):
        return papers
    from dataclasses import replace

    from reader.archive.counts import fresh_counts

    stale = catalogue.stale()
    counts = fresh_counts(stale)
    change: dict[str, list[int]] = {}
    for record in stale:
        if record.path in counts:
            delta = change.setdefault(record.paper, [0, 0])
            delta[0] += counts[record.path] - record.articles
            delta[1] += 1
    return [
        replace(s, articles=s.articles + change[s.paper][0], stale=s.stale - change[s.paper][1])
        if s.paper in change
        else s
        for s in papers
    ]
