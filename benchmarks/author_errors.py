"""Where a folder of laid-out pages loses the authors field, by kind.

    python benchmarks/author_errors.py FOLDER [-v]

FOLDER holds pages (`page_*.txt`) with their truths (`page_*.json`) and a `manifest.json`, as the
validation sets do. Each truth article that the authors field counts wrong (tests/tools/score_pages.py)
is put in one kind: not found (no predicted article paired with it; split by whether the truth names
authors), all names missed, names given to an article the truth gives none, some names missed or
added, the same names cut or joined differently, only the roles differ, or other names altogether
(most often a neighbour's byline). Prints the counts per kind; `-v` also prints each case (page,
article, the truth's and the prediction's byline and authors). Never point it at a blind split.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import load_page  # noqa: E402
from tests.tools.score_pages import authors, score  # noqa: E402

Names = list[tuple[str, str]]


def kind(truth: Names, guess: Names) -> str | None:
    """The kind of a found article's authors error, or None where they are right."""
    if truth == guess:
        return None
    tn, gn = [n for _, n in truth], [n for _, n in guess]
    if tn == gn:
        return "roles only"
    if not truth:
        return "names where the truth has none"
    if not guess:
        return "all names missed"
    if "".join(tn) == "".join(gn):
        return "names cut or joined"
    st, sg = set(tn), set(gn)
    if sg < st:
        return "some names missed"
    if st < sg:
        return "extra names"
    return "order" if st == sg else "other names"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    manifest = json.loads((args.folder / "manifest.json").read_text(encoding="utf-8"))
    counts: collections.Counter[str] = collections.Counter()
    cases: dict[str, list[str]] = collections.defaultdict(list)
    n_truth = 0
    for page in sorted(manifest):
        path = args.folder / page
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pred = {"articles": [a.to_dict() for a in load_page(path, use_cache=False).articles]}
        _, pairs = score(truth, pred)
        paired = {i: j for i, j, _ in pairs}
        n_truth += len(truth["articles"])
        for i, t in enumerate(truth["articles"]):
            if i not in paired:
                counts["not found" + (" (truth names authors)" if authors(t) else " (no authors)")] += 1
                continue
            p = pred["articles"][paired[i]]
            k = kind(authors(t), authors(p))
            if k:
                counts[k] += 1
                said = f"{t.get('byline')!r} {authors(t)} -> {p.get('byline')!r} {authors(p)}"
                cases[k].append(f"{page} #{i}: {said}")
    wrong = sum(counts.values())
    print(f"{args.folder}: {n_truth} truth articles, {wrong} counted wrong ({wrong / (n_truth or 1):.3f})")
    for k, v in counts.most_common():
        print(f"  {k:36s} {v}")
    if args.verbose:
        for k, lines in cases.items():
            print(f"-- {k}")
            for line in lines:
                print("  ", line)


if __name__ == "__main__":
    main()
