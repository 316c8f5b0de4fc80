"""`duba trend TERM ... [--by day|month|year] [--csv]`: how often terms occur over time.

`reader.cli` registers the subcommand with `add_parser` and calls `run` with the parsed arguments.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shlex
import sys
from pathlib import Path
from typing import Any

from reader.cli.args import examples
from reader.cli.output import counted, quoted
from reader.search.trend import PERIODS


def add_parser(subparsers: Any) -> None:
    """Register `trend` (TERM..., --in PATH, --by, --filter, --csv)."""
    parser = subparsers.add_parser(
        "trend",
        help="frequency of terms per day, month or year",
        description="Occurrences of each TERM per period (in the titles, the text and the bylines, as "
        "search finds them), and articles containing it per 1,000 articles of that period (so periods "
        "with more pages do not look busier). TERMs match as in search and kwic: Latin letters count "
        "the letters "
        "printed (GDP counts GDP); only letters printed nowhere as a word are read as pinyin (jingji, "
        "jj: 经济), and the words counted are then named. Filters among the TERMs (date:1998, "
        "paper:人民日报) limit what is counted, as --filter does.",
        **examples(
            "duba trend 人才 创新                  # per month, the library's whole span",
            "duba trend 人才 --by year --filter 'paper:人民日报'",
            "duba trend 人才 --in pages/ --csv > trend.csv",
        ),
    )
    parser.add_argument("terms", nargs="+", metavar="TERM", help="words or phrases")
    parser.add_argument(
        "--in",
        dest="paths",
        action="append",
        default=[],
        metavar="PATH",
        help="page file or folder (repeatable; default: the library, else the bundled corpus)",
    )
    parser.add_argument("--by", choices=PERIODS, default="month", help="period (default month)")
    parser.add_argument(
        "--filter",
        default="",
        metavar="FILTERS",
        help="limit what is counted, e.g. 'paper:人民日报 date:1998'",
    )
    parser.add_argument("--csv", action="store_true", help="CSV: period, articles, then per term ….")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out `duba trend …`; returns the exit status (0, or 2 when no page could be read)."""
    from reader.cli.search import open_index, say_filter_problems
    from reader.search.query import filter_name, parse
    from reader.search.trend import trend

    problem = _not_a_term(args.terms)
    if problem:
        print(f"duba: {problem}", file=sys.stderr)
        return 2
    # filters typed among the terms (`duba trend 经济 date:1998`, as search and kwic take them, and as
    # the reader's T box reads them) limit the count, with --filter's
    args.terms, typed = _terms_and_filters(args.terms)
    args.filter = " ".join([args.filter.strip(), *typed]).strip()
    if not args.terms:
        print(
            f"duba: {' '.join(typed)} limits what is counted: give the words to count "
            f"(duba trend WORD {' '.join(_shell(token) for token in typed)})",
            file=sys.stderr,
        )
        return 2
    parsed = parse(args.filter)
    words = [term.raw if term.field == "any" else f"{term.field}:{term.raw}" for term in parsed.terms]
    words += [p for p in parsed.filters.problems if filter_name(p) in ("author", "headline")]  # (empty)
    if words:  # they were left out without a word: the whole archive was counted
        print(
            f"duba: --filter takes date:, paper:, page: and section: filters, not words ({' '.join(words)}); "
            "words to count are TERMs",
            file=sys.stderr,
        )
        return 2
    index = open_index(args.paths)
    if index is None:
        return 2
    say_filter_problems(args.filter)
    result = trend(index, args.terms, by=args.by, query=args.filter)
    if result.undated:
        print(f"duba: not counted: {counted(result.undated, 'article')} without a date", file=sys.stderr)
    for series in result.series if args.csv else ():
        if series.pinyin:
            print(f"duba: {series.term}{_by_pinyin(series.pinyin)}", file=sys.stderr)
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        header = ["period", "articles"]
        for series in result.series:
            header += [f"{series.term} occurrences", f"{series.term} articles", f"{series.term} per 1000"]
        writer.writerow(header)
        for i, period in enumerate(result.periods):
            row: list[Any] = [period, result.totals[i]]
            for series in result.series:
                row += [series.occurrences[i], series.articles[i], series.per_thousand[i]]
            writer.writerow(row)
        return 0
    if not result.periods:
        which = f" match --filter {quoted(args.filter)}" if args.filter.strip() else " to count"
        print(f"no dated articles{which}", file=sys.stderr)
        return 1
    peak = max((v for s in result.series for v in s.per_thousand), default=0.0) or 1.0
    bar = 30
    for series in result.series:
        total = counted(series.total, "occurrence")
        print(
            f"{series.term}: {total} in {counted(sum(series.articles), 'article')}{_by_pinyin(series.pinyin)}"
        )
        empty: list[str] = []  # a run of periods with no articles at all: one line, not "0.0‰" each
        for i, period in enumerate(result.periods):
            if not result.totals[i]:
                empty.append(period)
                continue
            _print_empty(empty)
            empty = []
            value = series.per_thousand[i]
            blocks = "█" * round(bar * value / peak)
            print(f"  {period:<10} {value:8.1f}‰ {series.occurrences[i]:>6}  {blocks}")
        _print_empty(empty)
    return 0


def _by_pinyin(words: list[str]) -> str:
    """What a series counted in place of its letters, printed nowhere as a word: the words its pinyin
    names (`Series.pinyin`); "" for a term counted as printed."""
    if not words:
        return ""
    return f" — by pinyin: {'、'.join(words)} (the letters are printed nowhere as a word)"


def _not_a_term(terms: list[str]) -> str:
    """What is wrong with TERMs that cannot be counted: one left empty, or page files or folders given
    where `duba search` and `duba kwic` take them (`duba trend 经济 FOLDER` counted the folder's name as
    a second term, over the library); "" when every TERM is a term."""
    if any(not term.strip() for term in terms):
        return "a TERM is empty: give the words to count"
    paths = [term for term in terms if _names_a_page_or_folder(term)]
    if not paths:
        return ""
    first = Path(paths[0]).expanduser()
    kind = "folder" if first.is_dir() else "file"
    words = " ".join(_shell(term) for term in terms if term not in paths) or "TERM"
    where = " ".join(f"--in {_shell(path)}" for path in paths)
    return f"{paths[0]} is a {kind}, not a term to count: pages go with --in (duba trend {words} {where})"


def _terms_and_filters(terms: list[str]) -> tuple[list[str], list[str]]:
    """The TERMs with the filters typed among them (`date:1998`, `paper:人民日报`) taken out, and those
    filters; a TERM that was filters alone is no term."""
    from reader.search.filters import filter_tokens

    words: list[str] = []
    filters: list[str] = []
    for term in terms:
        tokens = filter_tokens(term)
        filters += tokens
        rest = " ".join(word for word in term.split() if word not in tokens) if tokens else term
        if rest.strip():
            words.append(rest)
    return words, filters


def _names_a_page_or_folder(term: str) -> bool:
    """Whether `term` is written as a path (a separator, ~ or . first, or .txt last) and names one."""
    written = os.sep in term or term.startswith(("~", ".")) or term.lower().endswith(".txt")
    return written and Path(term).expanduser().exists()


def _shell(word: str) -> str:
    """`word` as typed in a shell: quoted only when it must be (shlex quotes every Chinese word)."""
    return word if word and not re.search(r"[^\w./~:+-]", word) else shlex.quote(word)


def _print_empty(periods: list[str]) -> None:
    """One line for periods in which no article was printed (nothing to count, which is not 0‰)."""
    if periods:
        span = periods[0] if len(periods) == 1 else f"{periods[0]} … {periods[-1]}"
        print(f"  {span:<10} {'—':>9}          没有文章 no articles")
