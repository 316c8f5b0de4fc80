"""Score the segmenter on the page sets that helpers laid out with layout programs of their own.

    python benchmarks/helper_sets.py [--root ROOT ...] [--set NAME] [--tags] [--pages] [--json]

Each set in `benchmarks/helper_sets/` (`NAME.json.xz`, NAME its texts' dates) holds 60 pages that a
helper laid out from People's Daily texts of one week of 2026, with a layout program written from
issue #11's conventions alone, never from duba's code, and the truth of each page (the shared truth
file's conventions: an opening dateline naming reporters is the byline; a stand-alone photo's credit
is its byline). Pages 1-30 of a set are its tuning half (their wrong readings may be looked at),
pages 31-60 its held-out half.

Every page is segmented in-process with the checkout ROOT (default: this one; give `--root` twice
to compare two checkouts, each in a process of its own) and scored with `tests/tools/score_pages.py`.
Prints each set's means of articles F1, headline, authors and paragraph F1 on each half and on all
its pages, and with `--tags` the same per convention tag (all pages carrying it). With two roots,
`--pages` also prints every page whose figures differ between them (the second's change on each
field), to find which pages a change of the segmenter mended or broke. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import lzma
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = HERE / "helper_sets"
FIELDS = ("articles_f1", "headline", "authors", "paragraphs_f1")
TUNING = 30  # pages of each set's tuning half


def load_set(path: Path) -> dict:
    """One set: {"dates", "texts", "pages": {name: {"text", "truth", "tags"}}}."""
    return json.loads(lzma.decompress(path.read_bytes()).decode("utf-8"))


def score_set(data: dict) -> dict[str, list[float]]:
    """Each page's figures (`FIELDS`) with the checkout on sys.path."""
    from reader.page.segment import segment_page
    from tests.tools.score_pages import score

    out = {}
    for name, page in data["pages"].items():
        articles = [a.to_dict() for a in segment_page(page["text"], name)]
        figures, _ = score(page["truth"], {"articles": articles})
        out[name] = [figures[f] for f in FIELDS]
    return out


def means(rows: list[list[float]]) -> list[float]:
    """The mean of each field over `rows`."""
    return [sum(r[k] for r in rows) / len(rows) for k in range(len(FIELDS))] if rows else []


def report(root: Path, names: list[str], tags: bool, per_page: bool = False) -> dict:
    """Score the sets `names` with the checkout at `root`: {set: {"tuning", "held out", "all", "tags"}}."""
    sys.path.insert(0, str(root))
    result = {}
    for name in names:
        data = load_set(SETS / f"{name}.json.xz")
        pages = score_set(data)
        order = sorted(pages)
        entry = {
            "tuning": means([pages[n] for n in order[:TUNING]]),
            "held out": means([pages[n] for n in order[TUNING:]]),
            "all": means([pages[n] for n in order]),
        }
        if tags:
            by_tag: dict[str, list[str]] = {}
            for n, page in data["pages"].items():
                for tag in page["tags"]:
                    by_tag.setdefault(tag, []).append(n)
            entry["tags"] = {t: [len(ns), *means([pages[n] for n in ns])] for t, ns in sorted(by_tag.items())}
        if per_page:
            entry["pages"] = pages
        result[name] = entry
    return result


def _print(root: str, result: dict) -> None:
    print(f"{root}  (articles / headline / authors / paragraphs)")
    for name, entry in result.items():
        for half in ("tuning", "held out", "all"):
            print(f"  {name}  {half:9s}" + "".join(f"{v:8.3f}" for v in entry[half]))
        for tag, (n, *figures) in entry.get("tags", {}).items():
            print(f"      {tag:28s}{n:4d}" + "".join(f"{v:8.3f}" for v in figures))


def _print_changes(old: dict, new: dict) -> None:
    """Each page whose figures differ between two roots' results: its set, name, half and changes."""
    print("pages that changed (articles / headline / authors / paragraphs):")
    for name, entry in new.items():
        order = sorted(entry["pages"])
        for page in order:
            before, after = old[name]["pages"][page], entry["pages"][page]
            if before != after:
                half = "tuning" if order.index(page) < TUNING else "held out"
                changes = "".join(f"{b - a:+8.3f}" for a, b in zip(before, after, strict=True))
                print(f"  {name}  {page}  {half:9s}{changes}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", action="append", type=Path, help="a checkout to score (default: this one)")
    ap.add_argument("--set", help="one set (its file name without .json.xz)")
    ap.add_argument("--tags", action="store_true", help="figures per convention tag too")
    ap.add_argument("--pages", action="store_true", help="with two roots: the pages whose figures differ")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    found = sorted(p.name.removesuffix(".json.xz") for p in SETS.glob("*.json.xz"))
    names = [args.set] if args.set else found
    roots = args.root or [HERE.parent]
    if args.in_process:
        print(json.dumps(report(roots[0], names, args.tags, args.pages)))
        return
    results = {}
    for root in roots:
        # (each checkout in a process of its own: two `reader` packages cannot share one interpreter)
        cmd = [sys.executable, __file__, "--in-process", "--root", str(root)]
        cmd += [*(["--set", args.set] if args.set else []), *(["--tags"] if args.tags else [])]
        cmd += ["--pages"] if args.pages else []
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results[str(root)] = json.loads(done.stdout.strip().splitlines()[-1])
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for root, result in results.items():
        _print(root, result)
    if args.pages and len(results) == 2:
        _print_changes(*results.values())


if __name__ == "__main__":
    main()
