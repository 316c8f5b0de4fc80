"""`duba bookmarks list|export`: the bookmarks from the command line.

`reader.cli` registers the subcommand with `add_parser` and calls `run` with the parsed arguments.
`--db PATH` (before or after the action) chooses the bookmark file; `DUBA_DB` does the same.
Both actions only read: a file that is not a bookmark store, or a damaged one, is reported (exit 2
or 1) and left exactly as it was; no lock file is created. For a damaged one the message says how
many bookmarks in it are still whole and that opening the reader recovers them.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
from pathlib import Path
from typing import Any, TextIO

from reader.bookmarks.bookmark import Bookmark, matches
from reader.bookmarks.export import FORMATS, date_text, export, page_no_text
from reader.bookmarks.printed import Copies, catalogued_copies, printed_now, sections
from reader.bookmarks.storage import DamagedFileError, ForeignFileError, StorageError
from reader.bookmarks.store import BookmarkStore
from reader.cli.args import examples
from reader.cli.output import quoted, write_export
from reader.model import cut_to_cells


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
        "export --format json gives every field whole. Exit status: 0 if there are bookmarks to list "
        "(or none yet), 1 if --find matches none (said on stderr) or the file cannot be read, 2 if it "
        "is not a bookmark file.",
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
        stored = store.all()
        copies = catalogued_copies(stored)  # (read once: the citations and, for csl and ris, the sections)
        bookmarks = every = printed_now(stored, copies)
        if query := (getattr(args, "find", None) or "").strip():
            bookmarks = [b for b in every if matches(b.found_by, query)]
        if getattr(args, "bookmarks_action", None) == "export":
            fmt = args.format or format_of(args.output)
            return _export(bookmarks, fmt, args.output, args.force, store.path, copies)
        if query and not bookmarks:  # (as grep, search and kwic: status 1, said on stderr)
            print(
                f"duba: no bookmark matches {quoted(query)} ({_count(every)} in {store.path})",
                file=sys.stderr,
            )
            return 1
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


def _export(
    bookmarks: list[Bookmark], fmt: str, output: str | None, force: bool, store_path: Path, copies: Copies
) -> int:
    from reader.archive.roots import library_roots
    from reader.bookmarks.export import by_reference

    roots = library_roots()
    found = sections(bookmarks, copies) if fmt in ("csl", "ris") else None
    text = export(bookmarks, fmt, found, roots)  # type: ignore[arg-type]
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
        print(f"No bookmarks yet ({path}).", file=out)
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
