"""`duba corrections export`: the reader's corrections to page segmentations, from the shell.

`reader.cli` registers the subcommand with `add_parser` and calls `run` with the parsed arguments.
The export is one JSON document, `{"version": 1, "pages": [{"sha", "page", "ops": […]}, …]}`, the
operations in the order they were made (see `reader.corrections`). A page the library catalogues
(`duba library add`) also says where it is and where it was printed: `"path"` and `"printed": {"paper",
"date", "page_no", "section"}` (the store knows a page by its content and its file's name alone, and two
folders of an archive may both hold a `page_000010.txt`). The path starts at the folder added to the
library (`papers/rmrb/1998-01-05/01.txt`): the export is a file to hand on, and the folders above that one
(a home folder, a user's name) are nobody else's business. Corrections are kept by content, so other
files of the same bytes (one page copied into two dated folders) read corrected too: `"copies"` lists
them, each with its `"path"` and `"printed"`, while `"path"` names the file that was corrected.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.output import counted, write_export

if TYPE_CHECKING:
    from reader.archive.catalogue import PageRecord


def add_parser(subparsers: Any) -> None:
    """Register `corrections` with its action `export` on an argparse subparsers object."""
    parser = subparsers.add_parser(
        "corrections",
        help="export corrections made to page segmentations",
        description="Corrections made in the reader (join, split, a paragraph broken or joined, "
        "headline/kicker/subtitle/byline, a title put back into the text, "
        "title lines joined or parted, a title moved to the article before or after, splitting that article "
        "where its story starts when it has that title already, a caption made a photo of its own or a "
        "photo an article) are stored per page in "
        "the user data folder and applied every "
        "time the page opens.",
    )
    actions = parser.add_subparsers(dest="corrections_action", metavar="{export}")
    export = actions.add_parser(
        "export",
        help="print every page's corrections as JSON",
        description="Every page's corrections as JSON.",
    )
    export.add_argument("--output", "-o", metavar="FILE", help="write here instead of to stdout")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out `duba corrections …`; returns the exit status."""
    from reader.corrections import CorrectionStore

    if getattr(args, "corrections_action", None) != "export":
        print("duba: corrections: say what to do (export)", file=sys.stderr)
        return 2
    problems: list[str] = []
    data = CorrectionStore().export(problems)
    _locate(data["pages"])
    for problem in problems:
        print(f"duba: warning: {problem}; left out", file=sys.stderr)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if not args.output:
        sys.stdout.write(text)
        return 0
    status = write_export(text, args.output, force=args.force)
    if status:
        return status
    count = sum(len(p["ops"]) for p in data["pages"])
    pages = counted(len(data["pages"]), "page")
    print(f"duba: exported {counted(count, 'correction')} of {pages} to {args.output}", file=sys.stderr)
    return 0


def _locate(pages: list[dict[str, Any]]) -> None:
    """Add the library's path and print data to each page it catalogues (a page it does not, or no
    library at all, is left as it is): the file corrected, and under `"copies"` the other files of the
    same bytes, which read corrected too (the store knows a page by its content)."""
    from reader.archive.catalogue import Catalogue, default_path
    from reader.archive.roots import from_root
    from reader.corrections import CorrectionStore

    if not pages or not default_path().is_file():
        return
    store = CorrectionStore()
    try:
        with Catalogue(read_only=True) as catalogue:
            roots = [Path(root) for root in catalogue.roots()]

            def place(record: PageRecord) -> dict[str, Any]:
                path = Path(record.path)
                printed = {
                    "paper": record.paper,
                    "date": record.date,
                    "page_no": record.page_no,
                    "section": record.section,
                }
                return {"path": from_root(path, roots) or path.name, "printed": printed}

            for page in pages:
                records = catalogue.copies(page["sha"])
                if not records:
                    continue
                # The copy corrected: its path points at this content (`CorrectionStore.corrected_at`);
                # else (moved or removed since) one of its name, else the first.
                corrected = next(
                    (r for r in records if store.corrected_at(r.path) == page["sha"]),
                    next((r for r in records if Path(r.path).name == page["page"]), records[0]),
                )
                ops = page.pop("ops")  # last, as before
                page.update(place(corrected))
                others = [place(record) for record in records if record is not corrected]
                if others:
                    page["copies"] = others
                page["ops"] = ops
    except (sqlite3.Error, OSError, RuntimeError) as error:
        print(f"duba: warning: the library could not be read ({error}); pages not located", file=sys.stderr)
