"""`duba bookmarks list|export`: the bookmarks from the command line.

`reader.cli` registers the subcommand with `add_parser` and calls `run` with the parsed arguments.
`--db PATH` (before or after the action) chooses the bookmark file; `DUBA_DB` does the same.
Both actions only read: a file that is not a bookmark store, or a damaged one, is reported (exit 2
or 1) and left exactly as it was; no lock file is created. For a damaged one the message says how
many bookmarks in it are still whole and that opening the reader recovers them.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reader.bookmarks.bookmark import Bookmark, matches
from reader.bookmarks.export import FORMATS, date_text, export, page_no_text
from reader.bookmarks.storage import DamagedFileError, ForeignFileError, StorageError
from reader.bookmarks.store import BookmarkStore
from reader.cli.args import examples
from reader.cli.output import write_export
from reader.model import cut_to_cells

if TYPE_CHECKING:
    from reader.archive.catalogue import PageRecord


def add_parser(subparsers: Any) -> None:
    """Register `bookmarks` with its actions `list` and `export` on an argparse subparsers object."""
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="bookmark file (default: $DUBA_DB, else bookmarks.json in the user data folder)",
    )
    parser = subparsers.add_parser(
        "bookmarks",
        parents=[db],
        help="list or export bookmarked passages",
        description="List or export the passages bookmarked in the reader (m), with their notes, tags "
        "and sources. With no action: list. Only reads: the bookmark file is never changed.",
        **examples(
            "duba bookmarks list                          # newest first",
            "duba bookmarks list --find '#论文'            # those tagged 论文",
            "duba bookmarks export --output quotes.md     # Markdown with citations",
            "duba bookmarks export --format ris > refs.ris",
        ),
    )
    actions = parser.add_subparsers(dest="bookmarks_action", metavar="{list,export}")
    find = argparse.ArgumentParser(add_help=False)
    find.add_argument(
        "--find",
        metavar="QUERY",
        help="only the bookmarks whose headline, quote, note, tags (#tag), paper, date or authors hold "
        "every word of QUERY, as the reader's bookmark filter",
    )
    actions.add_parser(
        "list",
        parents=[db, find],
        help="list bookmarks, newest first",
        description="The bookmarks, newest first: when each was made, its headline and source (paper, "
        "date, page), the quote, its note and tags, and its id. Lines are cut to the terminal's width; "
        "export --format json gives every field whole.",
        **examples(
            "duba bookmarks list",
            "duba bookmarks list --find '#论文 人才'       # tagged 论文, holding 人才",
            "duba bookmarks list --db ~/other.json",
        ),
    )
    export_parser = actions.add_parser(
        "export",
        parents=[db, find],
        help="export bookmarks with citations",
        description="Write the bookmarks, with their sources, to standard output or --output FILE. "
        "Markdown: the quotes with their citations and notes. JSON: every field. "
        "CSL: CSL-JSON article-newspaper items that Zotero and pandoc import. RIS: newspaper-article "
        "records that EndNote, NoteExpress, Zotero, Mendeley and JabRef import. BIB: BibTeX @newspaper "
        "entries for LaTeX's GB/T 7714 styles (gbt7714, biblatex-gb7714-2015).",
        **examples(
            "duba bookmarks export > quotes.md                 # Markdown to standard output",
            "duba bookmarks export --output refs.bib           # BibTeX, as the extension asks",
            "duba bookmarks export --format csl --output refs.json --force",
            "duba bookmarks export --find '#论文' --format ris --output refs.ris",
        ),
    )
    export_parser.add_argument(
        "--format",
        choices=FORMATS,
        help="md, json, csl, ris or bib (default: as the --output file's extension .md .json .ris .bib "
        "asks, else md)",
    )
    export_parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of to stdout")
    export_parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace) -> int:
    """Carry out `duba bookmarks …`; returns the exit status."""
    db = getattr(args, "db", None)
    path = Path(db).expanduser() if db else None
    if path is not None and path.is_dir():
        print(f"duba: {path} is a folder, not a bookmark file", file=sys.stderr)
        return 2
    try:
        # Listing and exporting only read: never create, lock, move or rewrite the user's file.
        store = BookmarkStore(path, writable=False)
    except ForeignFileError as exc:
        print(f"duba: {exc}. Give --db a bookmark file, or a new name to start one.", file=sys.stderr)
        return 2
    except DamagedFileError as exc:
        print(f"duba: {exc}. {_recovery(exc, path)}", file=sys.stderr)
        return 1
    except (StorageError, OSError) as exc:
        print(f"duba: cannot open bookmarks: {exc}", file=sys.stderr)
        return 1
    with store:
        for warning in store.warnings:
            print(f"duba: {warning}", file=sys.stderr)
        bookmarks = every = _printed_now(store.all())
        if query := (getattr(args, "find", None) or "").strip():
            bookmarks = [b for b in every if matches(b.found_by, query)]
        if getattr(args, "bookmarks_action", None) == "export":
            fmt = args.format or format_of(args.output)
            return _export(bookmarks, fmt, args.output, args.force, store.path)
        _list(bookmarks, store.path, sys.stdout, len(every) if query else 0)
    return 0


SUFFIXES = {".md": "md", ".markdown": "md", ".json": "json", ".ris": "ris", ".bib": "bib"}
"""The format an `--output` file's extension asks for, when `--format` is not given (`refs.bib` wrote
Markdown into a file LaTeX then could not read). `.json` is duba's own JSON: CSL-JSON files share the
extension, so that one is asked for by name."""


def format_of(output: str | None) -> str:
    """The export format for `--output` FILE when no `--format` is given: by its extension, else md."""
    return SUFFIXES.get(Path(output).suffix.lower(), "md") if output else "md"


def _recovery(damaged: DamagedFileError, db: Path | None) -> str:
    """How to get back what a damaged bookmark file still holds: the reader moves the file aside, kept
    as it was, and starts a new one with every bookmark still whole in it (listing only reads)."""
    reader = "duba" if db is None else f"duba --db {shlex.quote(str(db))}"
    if not damaged.whole:
        return (
            f"No bookmark in it is whole. Opening the reader ({reader}) moves it aside, kept as it was, "
            "and starts with none."
        )
    whole = "1 whole bookmark" if damaged.whole == 1 else f"{damaged.whole} whole bookmarks"
    return (
        f"It still holds {whole}: open the reader ({reader}) to recover them; it moves the damaged "
        "file aside, kept as it was, and starts a new one with them."
    )


def _sections(bookmarks: list[Bookmark]) -> dict[str, str]:
    """Sections of the bookmarked pages that the library knows (CSL and RIS have a field for them), by
    bookmark id: each bookmark's page is looked up by content hash, and of byte-identical copies of it
    (one page filed under two dates, each with a sidecar of its own) the copy it was made on is taken."""
    copies = _catalogued_copies(bookmarks)
    found = {b.id: _copy_of(b, copies[b.id]) for b in bookmarks if b.id in copies}
    return {key: page.section for key, page in found.items() if page is not None and page.section}


def _catalogued_copies(bookmarks: list[Bookmark]) -> dict[str, list[PageRecord]]:
    """The catalogued pages with each bookmark's content hash, by bookmark id; none where there is no
    library or it cannot be read (the library only adds to a list or an export: it must not stop one)."""
    from reader.archive.catalogue import Catalogue, default_path

    if not default_path().is_file():
        return {}
    try:
        with Catalogue(read_only=True) as catalogue:
            return {b.id: catalogue.copies(b.page_sha) for b in bookmarks if b.page_sha}
    except Exception:
        return {}


def _printed_now(bookmarks: list[Bookmark]) -> list[Bookmark]:
    """The bookmarks with the paper, date and page number the library gives their page now, where it
    gives them: a bookmark keeps what its page said when it was made, and a sidecar added since, or the
    file moved into the right dated folder (then `duba library update`), left the citation as it was.
    The page is the catalogued one at the bookmark's path, else the one page with its content; of
    several copies elsewhere, none (which one was quoted is not known)."""
    from dataclasses import replace

    copies = _catalogued_copies(bookmarks)
    pages = {b.id: _page_of(b, copies[b.id]) for b in bookmarks if b.id in copies}
    out = []
    for bookmark in bookmarks:
        page = pages.get(bookmark.id)
        now = {name: getattr(page, name) for name in ("paper", "date", "page_no")} if page else {}
        now = {name: value for name, value in now.items() if value and value != getattr(bookmark, name)}
        out.append(replace(bookmark, **now) if now else bookmark)
    return out


def _page_of(bookmark: Bookmark, copies: list[PageRecord]) -> PageRecord | None:
    """The catalogued page a bookmark was made on: the one at its path, else the only one with its
    content (the file moved); None when there is none or several."""
    if at := _at_path(bookmark, copies):
        return at
    return copies[0] if len(copies) == 1 else None


def _at_path(bookmark: Bookmark, copies: list[PageRecord]) -> PageRecord | None:
    """Of `copies`, the page at the bookmark's page's path (as given or resolved), if one is."""
    if not bookmark.page_path:
        return None
    paths = {bookmark.page_path, os.path.realpath(bookmark.page_path)}
    return next((page for page in copies if page.path in paths), None)


def _copy_of(bookmark: Bookmark, copies: list[PageRecord]) -> PageRecord | None:
    """Of the catalogued pages with the bookmark's content hash, the one at its page's path, else one of
    its paper and date, else the first (the page moved, or was bookmarked outside the library)."""
    if at := _at_path(bookmark, copies):
        return at
    printed = (bookmark.paper, bookmark.date)
    first = copies[0] if copies else None
    return next((page for page in copies if (page.paper, page.date) == printed), first)


def _export(bookmarks: list[Bookmark], fmt: str, output: str | None, force: bool, store_path: Path) -> int:
    from reader.archive.roots import library_roots
    from reader.bookmarks.export import by_reference

    roots = library_roots()
    sections = _sections(bookmarks) if fmt in ("csl", "ris") else None
    text = export(bookmarks, fmt, sections, roots)  # type: ignore[arg-type]
    if not output:
        sys.stdout.write(text)
        return 0
    status = write_export(text, output, force=force, protect=store_path, protected="the bookmark file")
    if status:
        return status
    said = _count(bookmarks)
    if fmt in ("csl", "ris", "bib") and (articles := len(by_reference(bookmarks, roots))) < len(bookmarks):
        # (a reference manager shows the references: say why it holds fewer than the bookmarks)
        said += f" as {articles} reference{'s' if articles != 1 else ''}, one an article quoted"
    print(f"duba: exported {said} to {output}", file=sys.stderr)
    return 0


def _list(bookmarks: list[Bookmark], path: Path, out: TextIO, of: int = 0) -> None:
    """Print the bookmarks; `of`: how many there are in all, when `--find` chose these."""
    if not bookmarks:
        print(f"No bookmark of {of} matches ({path})." if of else f"No bookmarks yet ({path}).", file=out)
        return
    width = max(40, shutil.get_terminal_size((100, 24)).columns)
    print(
        f"{len(bookmarks)} of {_count(of)} match, in {path}" if of else f"{_count(bookmarks)} in {path}",
        file=out,
    )
    for bookmark in bookmarks:
        when = bookmark.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        page_no = page_no_text(bookmark.page_no)
        parts = (bookmark.paper, date_text(bookmark.date), page_no and f"第{page_no}版")
        source = " ".join(p for p in parts if p)
        head = f"{when}  {bookmark.headline or '[无题]'}" + (f"  · {source}" if source else "")
        print("", file=out)
        print(cut_to_cells(head, width), file=out)
        print(cut_to_cells(f"  「{' '.join(bookmark.quote.split())}」", width), file=out)
        if bookmark.note:
            print(cut_to_cells("  笔记：" + " ".join(bookmark.note.split()), width), file=out)
        if bookmark.tags:
            print(cut_to_cells("  标签：" + "、".join(bookmark.tags), width), file=out)
        print(f"  id {bookmark.id}", file=out)


def _count(bookmarks: list[Bookmark] | int) -> str:
    count = bookmarks if isinstance(bookmarks, int) else len(bookmarks)
    return "1 bookmark" if count == 1 else f"{count} bookmarks"
