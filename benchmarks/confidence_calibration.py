"""How well an article's confidence tells a right article from a wrong one, on laid-out page sets.

    python benchmarks/confidence_calibration.py DIR [DIR ...]

Every page is segmented as `duba segment --json` does it, and each predicted article is paired with the
truth as `tests/tools/score_pages.py` pairs them (body likeness). An article is *right* when it is
paired and its kicker, headline and subtitle are those of the truth. Prints, per confidence band, how
many articles fall in it and how many are right; then, for a range of thresholds, what marking the
articles under it as uncertain would do: the share marked, the share of marked articles that are wrong
(precision) and the share of wrong articles that are marked (recall), and the average precision of
the ranking (the area under the precision/recall curve: 1.0 when every wrong article has a lower
confidence than every right one). `reader.model.UNCERTAIN_BELOW` is the threshold the reader uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import load_page  # noqa: E402
from reader.model import UNCERTAIN_BELOW  # noqa: E402
from tests.tools.score_pages import field, pair  # noqa: E402

BANDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
TITLES = ("kicker", "headline", "subtitle")


def right_articles(truth: list[dict], predicted: list[dict]) -> list[bool]:
    """For each predicted article: is it paired with a truth article and are its titles the truth's?"""
    paired = {j: i for i, j, _ in pair(truth, predicted)}
    return [
        (i := paired.get(j)) is not None and all(field(truth[i], n) == field(article, n) for n in TITLES)
        for j, article in enumerate(predicted)
    ]


def judged(folder: Path) -> list[tuple[float, bool]]:
    """(confidence, right) for every predicted article of every page in `folder`."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["articles"]
        predicted = [a.to_dict() for a in load_page(path, use_cache=False).articles]
        rights = right_articles(truth, predicted)
        out += [(float(a.get("confidence", 1.0)), right) for a, right in zip(predicted, rights, strict=True)]
    return out


def average_precision(rows: list[tuple[float, bool]]) -> float:
    """The area under the precision/recall curve of finding the wrong articles, least confident first."""
    wrong = sum(not right for _, right in rows)
    hits, total = 0, 0.0
    for k, (_, right) in enumerate(sorted(rows, key=lambda row: row[0]), 1):
        if not right:
            hits += 1
            total += hits / k
    return total / wrong if wrong else 0.0


def report(name: str, rows: list[tuple[float, bool]]) -> None:
    """Print the bands and thresholds of one set."""
    wrong = sum(not right for _, right in rows)
    print(
        f"{name}: {len(rows)} articles, {wrong} wrong ({wrong / max(len(rows), 1):.1%}), "
        f"average precision {average_precision(rows):.3f}"
    )
    for low, high in zip(BANDS, BANDS[1:], strict=False):
        band = [right for c, right in rows if low <= c < high]
        if band:
            share = sum(band) / len(band)
            print(f"  confidence {low:.1f}-{min(high, 1.0):.1f}: {len(band):5d} articles, {share:.0%} right")
    for t in THRESHOLDS:
        marked = [right for c, right in rows if c < t]
        hits = sum(not right for right in marked)
        precision = hits / len(marked) if marked else 0.0
        recall = hits / wrong if wrong else 0.0
        mark = "  <- reader" if abs(t - UNCERTAIN_BELOW) < 1e-9 else ""
        print(
            f"  under {t:.2f}: {len(marked) / max(len(rows), 1):5.1%} marked, "
            f"{precision:4.0%} of them wrong, {recall:4.0%} of the wrong marked{mark}"
        )


def main() -> None:
    """Command line: one report per folder, then all folders together."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    everything = []
    for folder in args.folders:
        rows = judged(folder)
        everything += rows
        report(str(folder), rows)
    if len(args.folders) > 1:
        report("all", everything)


if __name__ == "__main__":
    main()
