"""`duba search QUERY [PATH ...]`: the reader's search, from the shell.

`reader.cli` registers the subcommand with `add_parser` and calls `run` with the parsed arguments. The
pages are opened with the same segmentation cache as the reader, and the index comes from the same
on-disk cache (`SearchIndex.load_or_build`), so a second search of a corpus starts at once.

Exit status follows grep: 0 when something was found, 1 when nothing was, 2 when no page could be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shlex
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader import paths
from reader.cli.args import at_least, examples
from reader.cli.output import quoted, unfiltered
from reader.filenames import file_label
from reader.model import PageMeta


def add_parser(subparsers: Any) -> None:
    """Register `search` (QUERY, PATH..., --json, --limit) on an argparse subparsers object."""
    parser = subparsers.add_parser(
        "search",
        help="search pages non-interactively",
        description="Search articles the way the reader's search box does: all terms must match; "
        '"exact phrase", -exclude, author:NAME and headline:WORD work; Latin letters match as '
        "printed, and as pinyin (rencai, rc, marked so) only where no page prints them as a word; "
        "traditional characters match simplified text; date:2025-01, "
        "date:2025-01-01..2025-03-31, paper:NAME, page:1 and section:NAME limit where and when. "
        "Exit status: 0 if anything was found, 1 if not, 2 if no page could be read.",
        **examples(
            "duba search 人才                      # the library, or the bundled corpus",
            "duba search '\"新质生产力\" -广告' pages/ # a phrase, leaving out articles naming 广告",
            "duba search '人才 date:2025-01..2025-03 paper:人民日报' --sort date",
            "duba search 人才 --count              # the best 20, then how many match in all",
            "duba search 人才 --json --limit 20 > hits.json",
        ),
    )
    parser.add_argument("query", metavar="QUERY", help="the search query (quote it for the shell)")
    parser.add_argument(
        "paths",
        nargs="*",
        default=[],  # so that argparse does not call PATH required
        metavar="PATH",
        help="page files or folders (default: the library, else the bundled corpus)",
    )
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help='print {"query": …, "results": […]} as UTF-8 JSON')
    form.add_argument(
        "--csv", action="store_true", help="print CSV: date, paper, page, headline, authors, score, snippet"
    )
    parser.add_argument(
        "--sort", choices=("relevance", "date"), default="relevance", help="order of the results"
    )
    parser.add_argument(
        "--limit", "-n", type=at_least(1), default=20, metavar="N", help="at most N results (default 20)"
    )
    parser.add_argument(
        "--count",
        action="store_true",
        help="also say how many articles match in all (every match is checked, not ranked)",
    )
    parser.set_defaults(func=run)


def open_pages(given: Sequence[str]) -> tuple[list[Any], list[str]]:
    """The pages of the PATHs given; else the library's (one snapshot read); else the bundled corpus.
    Returns (pages, messages about files that did not open)."""
    from reader.corpus import load_paths

    if not given:
        from reader.archive.snapshot import library_corpus

        try:
            opened = library_corpus()
        except Exception as exc:  # a broken library must not stop a search of the bundled page
            from reader.archive.catalogue import default_path
            from reader.archive.damaged import advice, is_damaged

            # said before the results, which are then the sample page's, not the user's pages
            why = f"{exc}: {advice(default_path())}" if is_damaged(exc) else exc
            print(
                f"duba: cannot read the library {default_path()}: {why}; "
                "searching the bundled sample page instead",
                file=sys.stderr,
            )
            opened = None
        if opened is not None:
            return opened
    corpus = load_paths([Path(p) for p in given] or [paths.bundled_corpus()])
    return corpus.pages, corpus.errors


def _progress_printer() -> Any:
    stream = unfiltered(sys.stderr)  # the progress line moves the cursor on purpose
    if not stream.isatty():
        return None

    def report(done: int, total: int) -> None:
        stream.write(f"\rindexing {done}/{total} articles")
        if done >= total:
            stream.write("\r\x1b[K")
        stream.flush()

    return report


def _identical_note(count: int, places: list[str]) -> str:
    """`and 2 identical: 光明日报 2025-01-05 第1版, b.txt`: the copies a result stands for (three named
    at most)."""
    named = ", ".join(places[:3]) + (", …" if len(places) > 3 else "")
    return f"and {count} identical: {named}" if named else f"and {count} identical"


def _where(meta: PageMeta) -> str:
    """`人民日报 2025-01-02 第1版`: where a page was printed, as far as known ("" when not at all)."""
    where = " ".join(x for x in (meta.paper, meta.date) if x)
    return f"{where} 第{meta.page_no}版".strip() if meta.page_no else where


def _places(index: Any, copies: list[Any], shown: PageMeta) -> list[str]:
    """Where each of `copies` was printed, each place once (`×2`: two copies there); a copy printed where
    the result shown was, or nobody knows where, by its file."""
    counts: dict[str, int] = {}  # (in the order first met)
    for copy in copies:
        meta = index.page_meta(copy) or PageMeta()
        where = _where(meta)
        if not where or where == _where(shown):
            where = file_label(copy.page)
        counts[where] = counts.get(where, 0) + 1
    return [where if count == 1 else f"{where} ×{count}" for where, count in counts.items()]


def open_index(given: Sequence[str]) -> Any:
    """The search index of the PATHs given (else the library, else the bundled corpus), or None with a
    message when no page could be read. Shared by `search`, `kwic` and `trend`."""
    from reader.search.index import SearchIndex

    pages, errors = open_pages(given)
    for error in errors:
        print(f"duba: {error}", file=sys.stderr)
    if not pages:
        print("duba: no pages to search", file=sys.stderr)
        return None
    return SearchIndex.load_or_build(pages, progress=_progress_printer())


def index_for(command: str, query: str, given: Sequence[str]) -> Any:
    """The index `duba COMMAND QUERY PATH...` searches (`open_index`), its filters' problems said; None
    when there is nothing to search: the PATHs are words of the query, or no page could be read (exit
    status 2). Shared by `search` and `kwic`."""
    if words_taken_for_paths(command, query, given):
        return None
    index = open_index(given)
    if index is not None:
        say_filter_problems(query)
    return index


def words_taken_for_paths(command: str, query: str, given: Sequence[str]) -> bool:
    """Say so (True) when PATHs given do not exist and none looks like a path (`duba search 香港 回归`:
    the user meant one query of several words), with the command to type instead."""
    missing = [word for word in given if not Path(word).exists()]
    if not missing or any(Path(word).suffix or "/" in word or os.sep in word for word in missing):
        return False
    for word in missing:
        print(f"duba: {word}: no such file or folder", file=sys.stderr)
    words = " ".join([query, *missing])
    paths = "".join(f" {shlex.quote(word)}" for word in given if word not in missing)
    print(
        f"duba: a query of several words is one argument: duba {command} {shlex.quote(words)}{paths}",
        file=sys.stderr,
    )
    return True


def say_filter_problems(query: str) -> bool:
    """Print a line for each filter of `query` whose value is not understood (`date:1998-13`) or that has
    none (`date:`, `author:`), which matches nothing, and one when the query was cut (a pasted page: only
    its first part is looked for); True if a filter was not understood. Shared by `search`, `kwic` and
    `trend`."""
    from reader.search.query import MAX_QUERY_CHARS, MAX_TERMS, parse, problem_text

    parsed = parse(query)
    problems = parsed.filters.problems
    for problem in problems:
        print(f"duba: {problem_text(problem)}", file=sys.stderr)
    if parsed.truncated:
        print(
            f"duba: the query is too long: only its first {MAX_QUERY_CHARS:,} characters and"
            f" {MAX_TERMS} terms are looked for",
            file=sys.stderr,
        )
    return bool(problems)


def run(args: argparse.Namespace) -> int:
    """Carry out `duba search …`; returns the exit status (0 found, 1 nothing found, 2 nothing to search)."""
    index = index_for("search", args.query, args.paths)
    if index is None:
        return 2
    hits = index.search(args.query, limit=args.limit, order=args.sort)
    total: int | None = None
    if getattr(args, "count", False):
        # (every match checked, not scored: `SearchIndex.count`; a list that is not full is all of them)
        total = len(hits) if len(hits) < args.limit else index.count(args.query)
    results = []
    places: list[list[str]] = []  # (for the text: where the copies of each result are)
    leads = [hit.lead for hit in hits]  # (for the text: where each snippet's hit is)
    for hit in hits:
        every = index.copies(hit.article_id)
        # the copy the hit stands for: under `paper:` or `date:`, the one printed there
        article = next((a for a in every if index.page_meta(a) is hit.where), index.article(hit.article_id))
        copies = [a for a in every if a is not article] if hit.identical else []
        meta = (index.page_meta(article) if article else None) or PageMeta()
        places.append(_places(index, copies, meta))
        results.append(
            {
                "article_id": hit.article_id,
                "headline": article.short_title() if article else "",
                "page": article.page if article else "",
                "paper": meta.paper,
                "date": meta.date,
                "page_no": meta.page_no,
                "authors": article.author_names if article else "",
                "score": hit.score,
                "snippet": hit.snippet,
                "match": hit.match,
                # The same text elsewhere (another file of the same page, a repeated article): one result.
                "identical": hit.identical,
                "identical_pages": sorted({a.page for a in copies}),
            }
        )
    if args.csv:
        fields = ("date", "paper", "page_no", "headline", "authors", "score", "snippet")
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["date", "paper", "page", "headline", "authors", "score", "snippet"])
        writer.writerows([r[f] for f in fields] for r in results)
        if total is not None:
            print(f"duba: {len(results)} of {total:,} matching articles", file=sys.stderr)
    elif args.json:
        payload: dict[str, Any] = {"query": args.query, "results": results}
        if total is not None:
            payload["total"] = total
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        out = []
        # on a terminal a snippet line fits its width (~128 cells wrapped mid-phrase at 80 columns); into
        # a pipe or a file it is printed whole
        columns = shutil.get_terminal_size().columns if unfiltered(sys.stdout).isatty() else 0
        from reader.search.kwic import cells, fit_around

        for rank, result in enumerate(results, 1):
            how = "" if result["match"] == "literal" else f" ({result['match']})"
            where = _where(PageMeta(result["paper"], result["date"], result["page_no"]))
            page = where or file_label(result["page"])
            out.append(f"{rank:>2}. {result['headline']}  [{page} {result['article_id']}]")
            prefix = f"    {result['score']:.2f}{how}  "
            line = prefix + result["snippet"]
            if columns and cells(line) > columns:
                # (cut around the hit: at 40 columns the snippet's start alone would fill the line)
                line = prefix + fit_around(result["snippet"], leads[rank - 1], columns - cells(prefix))
            out.append(line)
            if result["identical"]:
                out.append(f"    {_identical_note(result['identical'], places[rank - 1])}")
        if not results:
            out.append(f"no match for {quoted(args.query)}")
        elif total is not None:
            out.append(f"{len(results)} of {total:,} matching articles")
        sys.stdout.write("\n".join(out) + "\n")
    return 0 if results else 1
