"""The `duba` command: open the reader, or segment, search and export from the shell.

duba [PATH ...]                 read pages or folders (the bundled corpus when none given)
duba segment PAGE [--json]      the articles of one page
duba search QUERY [PATH ...]    search pages non-interactively
duba bookmarks list|export      list or export bookmarked passages
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__, paths
from reader.page.decode import DecodeError

# Subcommands that live in their own modules, each with add_parser(subparsers) and run(args).
_PLUGGED = {"search": "reader.cli.search", "bookmarks": "reader.cli.bookmarks"}
_COMMANDS = ("read", "segment", *_PLUGGED)


def _render_article(article_dict: dict, out: list[str]) -> None:
    kind = "图片" if article_dict["kind"] == "photo" else "文章"
    out.append(f"── {kind} {article_dict['id']} " + "─" * 20)
    if article_dict["kicker"]:
        out.append(f"  {article_dict['kicker']}")
    if article_dict["headline"]:
        out.append(f"【{article_dict['headline']}】")
    if article_dict["subtitle"]:
        out.append(f"  ——{article_dict['subtitle']}")
    if article_dict["byline"]:
        people = "，".join(f"{a['role'] or '署名'} {a['name']}" for a in article_dict["authors"])
        out.append(f"  {article_dict['byline']}" + (f"  〔{people}〕" if people else ""))
    out.append("")
    for paragraph in article_dict["paragraphs"]:
        out.append(f"　　{paragraph}")
    out.append("")


def _cmd_segment(args: argparse.Namespace) -> int:
    from reader.corpus import load_page

    page_path = Path(args.page)
    if not page_path.is_file():
        print(f"duba: {page_path}: no such file", file=sys.stderr)
        return 1
    try:
        page = load_page(page_path, use_cache=False)
    except DecodeError as exc:
        print(f"duba: {exc}", file=sys.stderr)
        return 1
    for warning in page.warnings:
        print(f"duba: warning: {warning}", file=sys.stderr)
    articles = [a.to_dict() for a in page.articles]
    if args.json:
        payload = {"page": page.name, "meta": page.meta.to_dict(), "articles": articles}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return 0
    out = [f"{page.name}: {len(articles)} articles"]
    for article in articles:
        _render_article(article, out)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _cmd_read(args: argparse.Namespace) -> int:
    from reader.app import run_app

    if args.db:
        os.environ["DUBA_DB"] = str(Path(args.db).expanduser())  # read by the bookmark store
    run_app([Path(p) for p in args.paths])
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="duba",
        description="duba (读报): read, search and quote Chinese newspaper pages in the terminal. "
        "With no command, opens the reader on PATHs (pages or folders of pages), "
        f"or on the bundled corpus ({paths.bundled_corpus()}).",
    )
    parser.add_argument("--version", action="version", version=f"duba {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    read = sub.add_parser(
        "read", help="open the reader (the default command)", description="Open the reader."
    )
    read.add_argument(
        "paths", nargs="*", metavar="PATH", help="page files or folders (default: bundled corpus)"
    )
    read.add_argument(
        "--db", metavar="PATH", help="bookmark file to use (default: $DUBA_DB or the data folder)"
    )
    read.set_defaults(func=_cmd_read)
    seg = sub.add_parser(
        "segment",
        help="print the articles of one page",
        description="Segment one raw page into articles (kicker, headline, subtitle, byline, paragraphs).",
    )
    seg.add_argument("page", metavar="PAGE", help="a raw page text file (UTF-8, UTF-16 or GB18030)")
    seg.add_argument("--json", action="store_true", help='print {"page": …, "articles": […]} as UTF-8 JSON')
    seg.set_defaults(func=_cmd_segment)
    for module_name in _PLUGGED.values():
        # A missing module is a broken install: let it fail loudly, never hide the subcommand.
        importlib.import_module(module_name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `duba` console script."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in _COMMANDS and args_list[0] not in ("-h", "--help", "--version")):
        args_list.insert(0, "read")
    parser = build_parser()
    args = parser.parse_args(args_list)
    if getattr(args, "func", None) is None:
        handler = importlib.import_module(_PLUGGED[args.command]).run
    else:
        handler = args.func
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
