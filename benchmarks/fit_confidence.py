"""Fit the weights of an article's confidence (`reader.page.doubt`) on tune splits; score them on others.

    python benchmarks/fit_confidence.py --fit DIR [DIR ...] --check DIR [DIR ...]

Each predicted article of every page becomes one row: the terms `doubt` adds up for it (the two
margins as numbers, every known error kind as 0/1) and whether it is right — paired with a truth
article, with the truth's kicker, headline and subtitle (as `benchmarks/confidence_calibration.py`
judges it). A logistic regression (L2, Newton's method, stdlib only) is fitted on the --fit folders.
Prints the fitted weights beside the shipped ones, and on the --check folders the average precision of
finding the wrong articles (least confident first) and what marking under `UNCERTAIN_BELOW` does, for
both sets of weights. Copy weights into `reader/page/doubt.py` by hand, rounded, only if they win on
the --check folders.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from confidence_calibration import average_precision, right_articles  # noqa: E402

from reader.model import UNCERTAIN_BELOW  # noqa: E402
from reader.page import doubt  # noqa: E402
from reader.page.decode import decode_bytes  # noqa: E402
from reader.page.segment import _analyse  # noqa: E402

# the shipped weight of each term, by the name `doubt` gives it
SHIPPED = {
    "bias": doubt._BIAS,
    "title and end margins": doubt._MARGIN,
    "weakest margin": doubt._MARGIN_ALL,
    "body length": doubt._LENGTH,
    "weakest title margin": doubt._MARGIN_TITLE,
    "body length against the page's": doubt._LENGTH_ON_PAGE,
    "page's other items without byline": doubt._UNSIGNED_PAGE,
    "no title": doubt._NO_TITLE,
    "photo with no title": doubt._PHOTO_NO_TITLE,
    "photo with a title": doubt._PHOTO_TITLED,
    "title role against its evidence": doubt._TITLE_AGAINST_EVIDENCE,
    "no byline": doubt._NO_BYLINE,
    "headline shares few words with the body": doubt._HEADLINE_APART,
    "headline shares more words with a neighbour's body": doubt._HEADLINE_NEIGHBOUR,
    "upper title line as wide as the column": doubt._UPPER_AS_WIDE,
    "headline printed over two lines or more": doubt._HEADLINE_LINES,
    "opens with a picture": doubt._OPENS_WITH_PICTURE,
}
NAMES = list(SHIPPED)  # (a term's value is its weight over the shipped one; kinds shipped at 0 count 1)

Row = tuple[list[float], bool]


def rows_of(folder: Path) -> list[Row]:
    """One row (feature values in `NAMES` order, right?) per predicted article of the folder's pages."""
    out: list[Row] = []
    for path in sorted(folder.glob("*.txt")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["articles"]
        units, labelling, kept, result = _analyse(decode_bytes(path.read_bytes(), path.name), path.name)
        articles = result.articles
        page = doubt.page_view(articles)
        rights = right_articles(truth, [a.to_dict() for a in articles])
        for k, (article, idx, right) in enumerate(zip(articles, kept, rights, strict=True)):
            values = dict.fromkeys(NAMES, 0.0)
            for name, weight in doubt.terms(units, labelling, idx, articles, k, page):
                if name == "no title" and article.kind == "photo":
                    name = "photo with no title"
                values[name] = weight / SHIPPED[name] if SHIPPED[name] else 1.0
            out.append(([values[n] for n in NAMES], right))
    return out


def fit(rows: list[Row], l2: float = 1.0, rounds: int = 25) -> list[float]:
    """Logistic regression weights (Newton's method with an L2 penalty, not on the bias)."""
    k = len(NAMES)
    w = [0.0] * k
    for _ in range(rounds):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in rows:
            p = 1.0 / (1.0 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))
            g = p - (1.0 if y else 0.0)
            s = p * (1.0 - p)
            for a in range(k):
                if x[a]:
                    grad[a] += g * x[a]
                    for b in range(k):
                        if x[b]:
                            hess[a][b] += s * x[a] * x[b]
        for a in range(1, k):
            grad[a] += l2 * w[a]
            hess[a][a] += l2
        for a in range(k):
            hess[a][a] += 1e-9
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
    return w


def _solve(m: list[list[float]], v: list[float]) -> list[float]:
    """Solve m x = v (Gauss–Jordan with partial pivoting)."""
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        pivot = a[c][c] or 1e-12
        a[c] = [x / pivot for x in a[c]]
        for r in range(n):
            if r != c and a[r][c]:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c], strict=True)]
    return [a[i][n] for i in range(n)]


def confidences(rows: list[Row], w: list[float]) -> list[tuple[float, bool]]:
    """(confidence, right) of every row under weights `w`."""
    return [(1.0 / (1.0 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True)))), y) for x, y in rows]


def summary(scored: list[tuple[float, bool]]) -> str:
    """Average precision, and the share marked / wrong among marked / wrong caught under the threshold."""
    wrong = sum(not right for _, right in scored)
    marked = [right for c, right in scored if c < UNCERTAIN_BELOW]
    hits = sum(not right for right in marked)
    share = len(marked) / max(len(scored), 1)
    return (
        f"AP {average_precision(scored):.3f}; under {UNCERTAIN_BELOW}: {share:.1%} marked, "
        f"{hits / max(len(marked), 1):.0%} of them wrong, {hits / max(wrong, 1):.0%} of the wrong marked"
    )


def main() -> None:
    """Command line: fit on --fit, compare shipped and fitted weights on --check."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", nargs="+", type=Path, required=True)
    parser.add_argument("--check", nargs="+", type=Path, required=True)
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    train = [row for folder in args.fit for row in rows_of(folder)]
    fitted = fit(train, args.l2)
    shipped = [SHIPPED[n] for n in NAMES]
    print(f"fitted on {len(train)} articles ({sum(not y for _, y in train)} wrong)")
    for name, old, new in zip(NAMES, shipped, fitted, strict=True):
        print(f"  {name:42s} shipped {old:+.2f}  fitted {new:+.2f}")
    everything: list[Row] = []
    for folder in args.check:
        rows = rows_of(folder)
        everything += rows
        print(f"{folder}: {len(rows)} articles")
        print(f"  shipped: {summary(confidences(rows, shipped))}")
        print(f"  fitted:  {summary(confidences(rows, fitted))}")
    print(f"all --check: {len(everything)} articles")
    print(f"  shipped: {summary(confidences(everything, shipped))}")
    print(f"  fitted:  {summary(confidences(everything, fitted))}")


if __name__ == "__main__":
    main()
