"""`duba kwic QUERY [PATH ...]`: a keyword-in-context concordance from the shell.

`reader.cli` registers the subcommand with `add_parser` and calls `run` with the parsed arguments.
Exit status follows grep: 0 when something was found, 1 when nothing was, 2 when no page could be read
or the query has no word to show (a filter alone).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from typing import Any

from reader.cli.args import at_least, examples
from reader.cli.output import quoted
from reader.search.kwic import DEFAULT_CONTEXT, NO_DATE, SORT_KEYS

PINYIN_MARK = ("〔", "〕")
"""The brackets of a keyword found by pinyin (another word than the letters asked), not as printed."""
PAPER_CELLS = 8
"""The paper column's width when the pages are of several papers: 人民日报 (longer names are cut)."""


def add_parser(subparsers: Any) -> None:
    """Register `kwic` (QUERY, PATH..., --context, --sort, --csv, --json, --limit)."""
    parser = subparsers.add_parser(
        "kwic",
        help="every occurrence of a word with its context (concordance)",
        description="A keyword-in-context concordance: every occurrence of QUERY's terms in the pages, "
        "one a line, the keywords aligned, with date and page (and paper, when the pages are of several "
        "papers). Titles and bylines are read too: a line from one holds that line alone, after "
        "标题：(headline), 引题：(kicker), 副题：(subtitle) or 署名：(byline); CSV and JSON: field. "
        "Filters such as date:1998-01 or paper:人民日报 and -exclusions work as in search. "
        "Latin letters match the letters printed (GDP "
        "finds GDP); only letters printed nowhere as a word are read as pinyin (jingji, jj: 经济), and "
        "such lines show the keyword in 〔〕, not 【】 (CSV and JSON: match = pinyin).",
        **examples(
            "duba kwic 人才                        # every occurrence, by date",
            "duba kwic 人才 --context 10 --sort right",
            "duba kwic '改革 date:1998' --csv > kwic.csv",
        ),
    )
    parser.add_argument("query", metavar="QUERY", help="word or phrase (quote it for the shell)")
    parser.add_argument(
        "paths",
        nargs="*",
        default=[],  # so that argparse does not call PATH required
        metavar="PATH",
        help="page files or folders (default: the library, else the bundled corpus)",
    )
    parser.add_argument(
        "--context",
        "-c",
        type=at_least(0),
        default=DEFAULT_CONTEXT,
        metavar="N",
        help=f"characters of context on each side (default {DEFAULT_CONTEXT})",
    )
    parser.add_argument("--sort", choices=SORT_KEYS, default="date", help="order of the lines (default date)")
    parser.add_argument(
        "--limit", "-n", type=at_least(0), default=0, metavar="N", help="at most N lines (0: all)"
    )
    form = parser.add_mutually_exclusive_group()
    form.add_argument(
        "--csv",
        action="store_true",
        help="CSV: date, paper, page, headline, left, keyword, right, …, match, field",
    )
    form.add_argument("--json", action="store_true", help="a JSON list of lines (UTF-8)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out `duba kwic …`; returns the exit status (0; 1 when nothing is found; 2 when no page could
    be read or the query has no word to show)."""
    from itertools import islice

    from reader.cli.search import index_for, say_filter_problems
    from reader.search.kwic import align, cells, concordance, fit_right, has_words, sort_lines

    if not has_words(args.query):  # a usage error, as trend's: said before any page is opened
        say_filter_problems(args.query)  # (`author:` has no value, as search says)
        print(
            f"duba: {quoted(args.query)} has no word to show in its context: filters, author: and headline: "
            f"only choose the articles; add a word (duba kwic {quoted('WORD ' + args.query)})",
            file=sys.stderr,
        )
        return 2
    index = index_for("kwic", args.query, args.paths)
    if index is None:
        return 2
    context = args.context
    lines = concordance(index, args.query, context=context)
    if args.sort != "date":  # concordance() already yields in date order
        lines = iter(sort_lines(lines, args.sort))
    if args.limit > 0:
        lines = islice(lines, args.limit)
    found = pinyin = 0
    if args.json:
        records = [line.to_dict() for line in lines]
        found = len(records)
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        header = [
            "date",
            "paper",
            "page",
            "headline",
            "left",
            "keyword",
            "right",
            "article_id",
            "offset",
            "match",
            "field",
        ]
        writer.writerow(header)
        for line in lines:
            writer.writerow(line.to_dict().values())
            found += 1
    else:
        columns = shutil.get_terminal_size((120, 24)).columns
        # several papers: a column names each line's, as in the reader's concordance (K)
        papers = len(index.papers()) > 1
        # no page with a date or a page number (loose files): no column of "—", its cells go to the context
        dates, pages = index.has_any("date"), index.has_any("page_no")
        fixed = (PAPER_CELLS + 1 if papers else 0) + (11 if dates else 0) + (4 if pages else 0)
        side = max(8, min(2 * context, (columns - 13 - fixed) // 2))
        for line in lines:
            date = line.date or NO_DATE
            parts = [f"{date}{' ' * max(0, 10 - cells(date))}"] if dates else []  # undated lines line up
            where = " ".join(parts + ([f"{line.page_no:>3}"] if pages else []))
            if papers:
                paper = fit_right(line.paper, PAPER_CELLS)
                named = f"{paper}{' ' * (PAPER_CELLS - cells(paper))}"
                where = f"{named} {where}" if where else named
            text = align(line, side, side, PINYIN_MARK if line.match == "pinyin" else ("【", "】"))
            shown = f"{where}  {text}" if where else text
            print(fit_right(shown, columns) if cells(shown) > columns else shown)
            found += 1
            pinyin += line.match == "pinyin"
    if pinyin:
        print(
            f"duba: {pinyin} of {found} lines (in 〔〕) match {quoted(args.query)} by pinyin: "
            "the letters are printed nowhere as a word",
            file=sys.stderr,
        )
    if not found:
        print(f"no occurrence of {quoted(args.query)}", file=sys.stderr)
    return 0 if found else 1
