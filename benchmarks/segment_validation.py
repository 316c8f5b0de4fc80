"""Score duba's segmenter on the laid-out pages of `benchmarks/make_validation.py`.

    python benchmarks/segment_validation.py [--split tune|valid] [--dir DIR] [--worst K]
                                            [--convention TAG] [--json]
                                            [--blanks kept|none|columns|short-columns|tiny-columns
                                                      |paragraph-lines]

Every page is segmented in-process the way `duba segment --json` does it
(`reader.corpus.load_page(path, use_cache=False)` and each article's `to_dict()`) and scored with
`tests/tools/score_pages.py`. Prints the mean of each field, the same per convention tag (pages
using it), the K worst pages, and throughput (MB/s over all pages, median ms per page).
`--convention TAG` keeps only pages using TAG; `--json` prints the figures as JSON instead.
`--blanks none` segments each page with every blank line taken out (text pasted from a PDF viewer),
`--blanks columns` with a blank line only every 25 to 45 lines (a column break, mid-sentence as it
falls; seeded by the page's name), `--blanks short-columns` every 12 to 24 (a small page's, or a
boxed story's, short columns), `--blanks tiny-columns` every 8 to 12, instead of the page's own
blank lines; the truth is the same.
`--blanks paragraph-lines` segments, instead of the page, its truth printed as text copied from a
web page prints it: each item's title lines, byline and paragraphs a line each (a photo's caption
with its credit after two spaces), a blank line between items (`paragraph_lines`).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import load_page  # noqa: E402
from tests.tools.score_pages import score  # noqa: E402

DEFAULT_DIR = ROOT / "benchmarks" / ".data" / "validation"
FIELDS = ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body")
SHORT = {"articles_f1": "articles", "paragraphs_f1": "paras"}
# lines of text between column breaks
COLUMN_HEIGHTS = {"columns": (25, 45), "short-columns": (12, 24), "tiny-columns": (8, 12)}


def reblank(text: str, blanks: str, seed: str) -> str:
    """`text` with its blank lines as `blanks` says: `kept`, `none` (every one taken out),
    `columns` (none but one every 25 to 45 lines of text, where a column would break) or
    `short-columns` (every 12 to 24 lines) or `tiny-columns` (every 8 to 12)."""
    if blanks == "kept":
        return text
    lines = [line for line in text.splitlines() if line.strip()]
    if blanks in COLUMN_HEIGHTS:
        rng = random.Random(seed)
        least, most = COLUMN_HEIGHTS[blanks]
        out, left = [], rng.randint(least, most)
        for line in lines:
            out.append(line)
            left -= 1
            if not left:
                out.append("")
                left = rng.randint(least, most)
        lines = out
    return "\n".join(lines) + "\n"


def paragraph_lines(truth: dict) -> str:
    """The truth's items as text set in no column: title lines, byline and paragraphs a line each,
    a photo's credit after its caption, a blank line between items."""
    lines: list[str] = []
    for item in truth["articles"]:
        lines += [item[f] for f in ("kicker", "headline", "subtitle") if item.get(f)]
        paragraphs = list(item["paragraphs"])
        if item["kind"] == "photo":
            if item.get("byline") and paragraphs:
                paragraphs[-1] += f"  {item['byline']}摄"
        elif item.get("byline"):
            lines.append(item["byline"])
        lines += paragraphs + [""]
    return "\n".join(lines)


def run(folder: Path, convention: str | None = None, blanks: str = "kept") -> dict:
    """Segment and score every page in `folder` (its blank lines as `reblank` says, or its truth as
    `paragraph_lines` prints it); the figures as a dict."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    pages = sorted(name for name, tags in manifest.items() if convention is None or convention in tags)
    rows = []
    times = []
    size = 0
    # (pages with their blank lines changed are written to a folder removed once they are read)
    with tempfile.TemporaryDirectory(prefix="duba-reblank-") as scratch_dir:
        scratch = Path(scratch_dir)
        for name in pages:
            path = folder / name
            truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            if blanks == "paragraph-lines":
                text = paragraph_lines(truth)
            elif blanks != "kept":
                text = reblank(path.read_text(encoding="utf-8"), blanks, name)
            if blanks != "kept":
                path = scratch / name
                path.write_text(text, encoding="utf-8")
            size += path.stat().st_size
            start = time.perf_counter()
            page = load_page(path, use_cache=False)
            times.append(time.perf_counter() - start)
            predicted = {"articles": [a.to_dict() for a in page.articles]}
            figures, _ = score(truth, predicted)
            rows.append({"page": name, "tags": manifest[name], **{f: figures[f] for f in FIELDS}})

    def means(subset: list[dict]) -> dict:
        return {f: statistics.fmean(r[f] for r in subset) for f in FIELDS} if subset else {}

    tags = sorted({t for r in rows for t in r["tags"]})
    per_tag = {
        t: {"pages": n, **means(sub)} for t in tags if (n := len(sub := [r for r in rows if t in r["tags"]]))
    }
    total = sum(times)
    return {
        "folder": str(folder),
        "pages": len(rows),
        "means": means(rows),
        "per_convention": per_tag,
        "rows": rows,
        "throughput_mb_s": (size / 1e6) / total if total else 0.0,
        "median_ms": statistics.median(times) * 1000 if times else 0.0,
    }


def badness(row: dict) -> float:
    """How wrong a page is: the mean of its headline-level fields (lower is worse)."""
    return statistics.fmean(
        row[f] for f in ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1")
    )


def print_table(result: dict, worst: int) -> None:
    header = f"{'':28s}{'pages':>6s}" + "".join(f"{SHORT.get(f, f):>10s}" for f in FIELDS)
    print(f"{result['pages']} pages in {result['folder']}")
    print(header)
    m = result["means"]
    print(f"{'ALL':28s}{result['pages']:6d}" + "".join(f"{m[f]:10.3f}" for f in FIELDS))
    for tag, row in result["per_convention"].items():
        print(f"{tag:28s}{row['pages']:6d}" + "".join(f"{row[f]:10.3f}" for f in FIELDS))
    if worst:
        print(f"\n{worst} worst pages:")
        for row in sorted(result["rows"], key=badness)[:worst]:
            figures = " ".join(f"{SHORT.get(f, f)}={row[f]:.2f}" for f in FIELDS)
            print(f"  {row['page']}  {figures}")
    print(f"\nthroughput {result['throughput_mb_s']:.2f} MB/s, median {result['median_ms']:.1f} ms per page")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "valid"), default="valid")
    ap.add_argument("--dir", type=Path, help="a split folder (default benchmarks/.data/validation/SPLIT)")
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--convention", help="only pages using this convention tag")
    blanks = ("kept", "none", *COLUMN_HEIGHTS, "paragraph-lines")
    ap.add_argument("--blanks", choices=blanks, default="kept", help="see above")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    folder = args.dir or DEFAULT_DIR / args.split
    if not (folder / "manifest.json").is_file():
        sys.exit(f"{folder}: no manifest.json; run benchmarks/make_validation.py first")
    result = run(folder, args.convention, args.blanks)
    if args.json:
        out = {k: v for k, v in result.items() if k != "rows"}
        out["worst"] = [r["page"] for r in sorted(result["rows"], key=badness)[: args.worst]]
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print_table(result, args.worst)


if __name__ == "__main__":
    main()
