"""The `duba` command: open the reader, or segment, search and export from the shell.

duba [PATH ...]                 read pages or folders (the library when none given, else the bundled corpus)
duba segment PAGE [--json]      the articles of one page (--explain: every block's role and why)
duba search QUERY [PATH ...]    search pages non-interactively
duba bookmarks list|export      list or export bookmarked passages
duba corrections export         export corrections made to segmentations

A first word that is neither a command nor an option is a PATH for the reader; it must exist, so a
mistyped or missing command is an error (exit 2), not an empty reader. The reader needs a terminal:
without one (a script, cron, a pipe) it says so and exits 2. Everything printed goes through
`reader.cli.output`, so no file name or argument echoed back can carry terminal control sequences.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import __version__, paths
from reader.cli.args import examples, words_as_typed
from reader.cli.output import original_streams, visible_streams
from reader.page.decode import DecodeError

# Subcommands that live in their own modules, each with add_parser(subparsers) and run(args), and the
# one line `duba --help` lists them with (the same help their add_parser gives: a test keeps the two
# in step). Adding a line here is all a new subcommand needs: parsing and dispatch are driven by it.
_PLUGGED = {
    "search": ("reader.cli.search", "search pages non-interactively"),
    "bookmarks": ("reader.cli.bookmarks", "list or export bookmarked passages"),
    "corrections": ("reader.cli.corrections", "export corrections made to page segmentations"),
    "library": ("reader.cli.library", "add folders of pages to the library, list or remove them"),
    "kwic": ("reader.cli.kwic", "every occurrence of a word with its context (concordance)"),
    "trend": ("reader.cli.trend", "frequency of terms per day, month or year"),
}
_BUILT_IN = ("read", "segment")


def _commands() -> tuple[str, ...]:
    return (*_BUILT_IN, *_PLUGGED)


BIG_PAGE = 2_000_000
"""Bytes from which `duba segment` shows, in a terminal, how far it has come: 1 to 3 s of work at the
segmenter's speed; a 50 MB file took a minute, without a word."""


def _progress_line(page_path: Path) -> Callable[[float], None] | None:
    """For a page of `BIG_PAGE` bytes or more, when standard error is a terminal: show at once that it
    is being segmented, and then how far (a line redrawn in place, wiped at the end: `done(1.0)`).
    Not where standard error is a file or a pipe: no one watches a log, a line redrawn with carriage
    returns is garbage in one, and a script that takes any text on standard error for a problem would
    stop; a page is segmented the same either way."""
    from reader.cli.output import unfiltered
    from reader.filenames import file_label
    from reader.page.decode import show_controls

    stream = unfiltered(sys.stderr)  # the line moves the cursor on purpose
    try:
        size = page_path.stat().st_size
        if size < BIG_PAGE or not stream.isatty():
            return None
    except (OSError, ValueError):
        return None
    said = f"duba: segmenting {show_controls(file_label(page_path.name))} ({size / 1e6:.0f} MB)"

    def done(share: float) -> None:
        if share >= 1.0:
            stream.write("\r\x1b[K")
        else:
            stream.write(f"\r{said}: {share:.0%}\x1b[K")
        stream.flush()

    done(0.0)
    return done


def _segment_one(page_path: Path, as_json: bool, explain: bool = False) -> int:
    from reader.cli.segment import notes_to_tell, print_page
    from reader.corpus import load_page
    from reader.page.decode import read_page

    progress = _progress_line(page_path)
    try:
        page = load_page(page_path, use_cache=False, progress=progress)
        text = read_page(page_path)[0] if explain else ""
    except DecodeError as exc:
        print(f"duba: {exc}", file=sys.stderr)
        return 1
    finally:
        if progress is not None:
            progress(1.0)
    for note in notes_to_tell(page, as_json, explain):
        print(f"duba: note: {note}", file=sys.stderr)
    for warning in page.warnings:
        print(f"duba: warning: {warning}", file=sys.stderr)
    print_page(page, text, as_json, explain)
    return 0


def _example_page(pages: list[Path], tries: int = 20) -> Path | None:
    """A page of `pages` to suggest: the first of the first `tries` that can be read as text and holds
    some (a binary file, an empty page or a folder's first file that is no page at all would be a bad
    example), else the first."""
    from reader.page.decode import read_page

    for path in pages[:tries]:
        try:
            text, _data = read_page(path)
        except (DecodeError, OSError):
            continue
        if text.strip():
            return path
    return pages[0] if pages else None


def _cmd_segment(args: argparse.Namespace) -> int:
    from reader.corpus import find_pages

    # The interpreter's exit walks every object still alive in three full collections: 25 M of the 437 M
    # instructions of `duba segment PAGE --json` (and the page's 10 M objects more on a 7 MB page). Nothing
    # of a segmentation needs a finalizer run at exit (its files are closed as it goes, what it keeps in
    # the cache folder is written by an exit handler, which still runs), so what is alive then is frozen:
    # the collections pass it by. (Registered here, not in `main`: a reader's or a store's command may
    # hold what a collection at exit should still finalize, and tests call `main` many times.)
    atexit.register(gc.freeze)

    page_path = Path(args.page)
    if page_path.is_dir():
        pages = find_pages([page_path])
        if args.json:
            print(
                f"duba: {page_path} is a folder; --json takes one page file "
                f"(one of its {len(pages)} pages, e.g. {_example_page(pages) or page_path / 'PAGE.txt'})",
                file=sys.stderr,
            )
            return 2
        if not pages:
            print(f"duba: {page_path} is a folder with no page files (*.txt) in it", file=sys.stderr)
            return 2
        status = 0
        for number, page in enumerate(pages):
            if number:
                sys.stdout.write("\n")
            status = max(status, _segment_one(page, as_json=False, explain=args.explain))
        return status
    if not page_path.is_file():
        from reader.fsutil import NOT_REGULAR

        what = NOT_REGULAR if page_path.exists() else "no such file"
        print(f"duba: {page_path}: {what}", file=sys.stderr)
        return 2
    return _segment_one(page_path, args.json, args.explain)


_FOLDERS = (
    ("DUBA_DATA_DIR", "data folder", "bookmarks, corrections, reading state and library", paths.data_dir),
    ("DUBA_CONFIG_DIR", "config folder", "config.toml", paths.config_dir),
    ("DUBA_CACHE_DIR", "cache folder", "caches", paths.cache_dir),
)


def _folder_problem() -> str | None:
    """Why duba cannot use one of its folders, or None: there, but a file (`DUBA_DATA_DIR=~/marks.json`);
    or `DUBA_DB` names a folder.
    Each store then said something else: "Cannot open the bookmarks: [Errno 17] File exists", a corrections
    file that "cannot be read (Not a directory)", and `duba bookmarks list` that the bookmark file held no
    whole bookmark and the reader would move it aside."""
    db = os.environ.get("DUBA_DB")
    if db and Path(db).expanduser().is_dir():
        # (the bookmark list said "No bookmark in it is whole. Opening the reader moves it aside", and the
        # reader that it "could not be moved aside (Is a directory)"; `--db FOLDER` was refused already)
        return (
            f"duba: DUBA_DB names {db}, a folder, not a bookmark file. To go on, point DUBA_DB at a "
            "bookmark file, or a new name to start one (nothing was read or changed)."
        )
    for variable, name, holds, where in _FOLDERS:
        folder = where()
        if folder.exists() and not folder.is_dir():
            if os.environ.get(variable):
                what, fix = f"{variable} names {folder}, a file", f"point {variable} at a folder"
            else:
                what, fix = f"duba's {name} {folder} is a file", f"move the file away or set {variable}"
            return (
                f"duba: {what}, not a folder: duba keeps its {holds} there. "
                f"To go on, {fix} (nothing was read or changed)."
            )
    return None


def _missing_path_message(word: str) -> str:
    """Why `duba WORD` cannot open WORD: a mistyped command, or a page that is not there."""
    if os.sep not in word and "/" not in word and "." not in word:
        return (
            f"duba: {word!r} is not a command ({', '.join(_commands())}) "
            "and no page or folder of that name exists; see duba --help"
        )
    return f"duba: {word}: no such file or folder"


def _terminal_problem() -> str | None:
    """Why the reader cannot run here, or None. Textual reads keys from stdin and draws on stderr."""
    for name, stream in (("standard input", sys.__stdin__), ("standard error", sys.__stderr__)):
        try:
            is_terminal = stream is not None and stream.isatty()
        except ValueError:  # closed
            is_terminal = False
        if not is_terminal:
            return (
                f"duba: the reader needs a terminal, and {name} is not one. "
                "In scripts and pipes, use duba search or duba segment."
            )
    return None


def _check_db(db: Path) -> str | None:
    """Why `--db` cannot be the reader's bookmark file, or None: a folder, or a file that is not a store."""
    from reader.bookmarks.storage import ForeignFileError, StorageError
    from reader.bookmarks.store import BookmarkStore

    if db.is_dir():
        return f"duba: --db {db} is a folder, not a bookmark file"
    try:
        BookmarkStore(db, writable=False).close()  # reads only: the file stays as it is
    except ForeignFileError as exc:
        return f"duba: --db: {exc}. Give a bookmark file, or a new name to start one"
    except (StorageError, OSError):
        pass  # a damaged store: the reader moves it aside and says so
    return None


def _cmd_read(args: argparse.Namespace) -> int:
    from reader.app import run_app
    from reader.fsutil import NOT_REGULAR, is_special

    for word in args.paths:
        if not Path(word).exists():
            print(_missing_path_message(word), file=sys.stderr)
            return 2
        if is_special(Path(word)):  # opening a pipe can wait for ever
            print(f"duba: {word}: {NOT_REGULAR}", file=sys.stderr)
            return 2
    if args.db:
        db = Path(args.db).expanduser()
        problem = _check_db(db)
        if problem:
            print(problem, file=sys.stderr)
            return 2
        os.environ["DUBA_DB"] = str(db)  # read by the bookmark store
    problem = _terminal_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    with original_streams():  # Textual draws on the terminal itself
        return run_app([Path(p) for p in args.paths])


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser for `command`: the built-in ones (read, segment) in full, and the plugged
    `command` from its own module; the other plugged subcommands are only listed, with the help line of
    `_PLUGGED`, and none for a built-in `command`. So no subcommand imports another's module (search,
    bookmarks: tinydb, sqlite) just to be listed (a third of `duba segment PAGE`'s import time), nor is
    the bundled corpus looked up (importlib.resources) for the description only `duba --help` prints."""
    corpus = "" if command in _BUILT_IN else f" ({paths.bundled_corpus()})"
    parser = argparse.ArgumentParser(
        prog="duba",
        description="duba (读报): read, search and quote Chinese newspaper pages in the terminal. "
        "With no command, opens the reader on PATHs (pages or folders of pages), "
        "or on the library (duba library add FOLDER), "
        f"or while it is empty on the bundled corpus{corpus}.",
    )
    parser.add_argument("--version", action="version", version=f"duba {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    read = sub.add_parser(
        "read", help="open the reader (the default command)", description="Open the reader."
    )
    read.add_argument(
        "paths",
        nargs="*",
        default=[],  # so that argparse does not list PATH as required
        metavar="PATH",
        help="page files or folders (default: the library, else the bundled corpus)",
    )
    read.add_argument(
        "--db", metavar="PATH", help="bookmark file to use (default: $DUBA_DB or the data folder)"
    )
    read.set_defaults(func=_cmd_read)
    seg = sub.add_parser(
        "segment",
        help="print the articles of one page",
        description="Segment one raw page into articles (kicker, headline, subtitle, byline, paragraphs). "
        "Articles the segmenter is unsure of are marked '?' (\"uncertain\": true in JSON); articles you "
        "corrected in the reader are marked '✎' (\"corrected\": true, confidence 1.0). A note on a "
        "correction (found again where the text reads a little differently) goes to stderr until the "
        'reader has said it; --explain says it every time, --json lists it as "notes" instead.',
        **examples(
            "duba segment page.txt                 # the articles, readable",
            "duba segment page.txt --explain       # every block, its role and the evidence",
            "duba segment page.txt --json > page.json",
        ),
    )
    seg.add_argument(
        "page",
        metavar="PAGE",
        help="a raw page text file (UTF-8, UTF-16 or GB18030); a folder prints each of its pages",
    )
    seg.add_argument("--json", action="store_true", help='print {"page": …, "articles": […]} as UTF-8 JSON')
    seg.add_argument(
        "--explain",
        action="store_true",
        help="show every block of the page with its chosen role, margin and the evidence for it",
    )
    seg.set_defaults(func=_cmd_segment)
    for name, (module_name, summary) in () if command in _BUILT_IN else _PLUGGED.items():
        if name == command:
            # A missing module is a broken install: let it fail loudly, never hide the subcommand.
            importlib.import_module(module_name).add_parser(sub)
        else:
            sub.add_parser(name, help=summary)  # (only listed: its module stays unloaded)
    return parser


_LISTS = {"trend": "terms"}
"""The list a command's trailing positionals belong to, where it is not `paths`."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `duba` console script."""
    with visible_streams():
        return _main(list(sys.argv[1:] if argv is None else argv))


def _main(args_list: list[str]) -> int:
    if not args_list or (
        args_list[0] not in _commands() and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "read")
    parser = build_parser(args_list[0])
    try:
        args, extra = parser.parse_known_args(args_list)
    except SystemExit as exit:  # (`duba search -人才`: "the following arguments are required: QUERY")
        if exit.code:
            _say_dashed_word(args_list, None)
        raise
    listed = _LISTS.get(args.command, "paths")
    if extra and all(not a.startswith("-") for a in extra) and isinstance(getattr(args, listed, None), list):
        # `duba search 人才 --limit 1 PAGE`: argparse takes a list of positionals only before the first
        # option; what follows one is more of the same list, as a user writes it.
        setattr(args, listed, [*getattr(args, listed), *extra])
    elif extra:
        try:
            parser.parse_args(args_list)  # argparse's own message and exit status for what is not known
        except SystemExit:
            _say_dashed_word(args_list, getattr(args, "query", None))
            raise
    problem = words_as_typed(args)
    if problem:
        print(f"duba {args.command}: {problem}", file=sys.stderr)
        return 2
    given = [getattr(args, "page", None), *(getattr(args, "paths", None) or [])]
    if "" in given:  # an unset shell variable: Path("") is the current folder, never what was meant
        print(f"duba {args.command}: a PATH given is empty", file=sys.stderr)
        return 2
    query = getattr(args, "query", None)
    if isinstance(query, str) and not query.strip():  # an unset shell variable too: "no match" was wrong
        print(
            f"duba {args.command}: the QUERY is empty: give words to find, or a filter such as date:2025-01",
            file=sys.stderr,
        )
        return 2
    problem = _folder_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if getattr(args, "func", None) is None:
        handler = importlib.import_module(_PLUGGED[args.command][0]).run
    else:
        handler = args.func
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _say_dashed_word(args_list: list[str], query: str | None) -> None:
    """After argparse's "unrecognized arguments: -人才" (or "required: QUERY"): a query word that starts
    with - (a word to leave out, as the README shows them) was taken for an option; say how to give it.
    `query`: the QUERY argparse took, if any."""
    import shlex

    if args_list[0] not in ("search", "kwic"):
        return
    word = next((a for a in args_list[1:] if _dashed_word(a)), None)
    if word is None:
        return
    at = args_list.index(word)
    if query is not None and query in args_list[1:at]:  # `duba search 人才 -广告 PATH`: a query of two words
        start = args_list.index(query, 1)
        shown = [*args_list[1:start], f"{query} {word}", *args_list[start + 1 : at], *args_list[at + 1 :]]
    else:  # `duba search -人才 PATH`: what follows -- is never an option
        shown = [*args_list[1:at], "--", *args_list[at:]]
    command = " ".join(shlex.quote(a) for a in shown)
    print(
        f"duba: {word} is taken for an option; to leave out a word, put the query after --, or quote it "
        f"whole: duba {args_list[0]} {command}",
        file=sys.stderr,
    )


def _dashed_word(arg: str) -> bool:
    """Is `arg` a word with a - before it (`-人才`), not an option (search and kwic have -h, -n and -c
    of one dash), a number or the end of options?"""
    return arg[:1] == "-" and arg[1:2] not in ("-", "h", "n", "c", "") and not _number(arg[1:])


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
