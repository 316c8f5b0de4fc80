"""Where a split's headline figure is lost: truth articles not found at all, or found with a wrong headline.

    python benchmarks/headline_loss.py --dir DIR [--dir DIR ...] [--list OUT.jsonl]

The scorer (`tests/tools/score_pages.py`) counts an article's headline right only when the article is
paired (its body found) and its headline matches, so a boundary error costs the headline figure too.
This script splits each page's headline loss (as a share of its truth articles, averaged over pages as
the figures are) into:

- `b_wrong_head`: paired, with a wrong headline;
- `a_merged`: not paired, most of its body inside one predicted article that holds much more text (it
  was run into a neighbour: `top`/`bottom`/`middle` say where it sits in that article, `into-paired`
  that the article is paired with another truth article);
- `a_split`: not paired, its body spread over two or more predicted articles;
- `a_short`: most of it in one predicted article much shorter than it;
- `a_missing`: under half of its body found in any article's body or titles;
- `a_other`: anything else.

A chunk of ten characters of the truth body is looked for in each predicted article; where it is found
decides the kind. Prints the shares per directory and the counts of each kind; `--list` writes one line
per unfound article (page, index, kind, truth kind and headline). Never run it on the blind sets'
pages. Asserts nothing.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.corpus import load_page  # noqa: E402
from tests.tools.score_pages import body, field, score  # noqa: E402

CHUNK = 10  # characters of truth body looked up at once


def _chunks(text: str) -> list[str]:
    return [text[i : i + CHUNK] for i in range(0, max(len(text) - CHUNK + 1, 1), CHUNK)]


def _locate(truth_article: dict, predicted: list[dict]) -> list[tuple[str, int] | None]:
    """For each chunk of the truth body: the predicted article whose body ('b') or titles ('h') hold it."""
    out: list[tuple[str, int] | None] = []
    for c in _chunks(body(truth_article)):
        hit: tuple[str, int] | None = None
        for j, p in enumerate(predicted):
            if c in body(p):
                hit = ("b", j)
                break
        if hit is None:
            for j, p in enumerate(predicted):
                if any(c in (p.get(f) or "") for f in ("headline", "kicker", "subtitle", "byline")):
                    hit = ("h", j)
                    break
        out.append(hit)
    return out


def classify(t: dict, predicted: list[dict], paired_preds: set[int]) -> tuple[str, int | None]:
    """The kind of an unpaired truth article `t` (the module's list) and the predicted article holding it."""
    loc = _locate(t, predicted)
    n = len(loc) or 1
    counts = collections.Counter(x for x in loc if x)
    if sum(counts.values()) < 0.5 * n:
        return "missing", None
    (_, j), v = counts.most_common(1)[0]
    if v / n < 0.7:
        return "split", None
    lb, lt = len(body(predicted[j])), len(body(t))
    if lb > 1.3 * lt:
        pos = body(predicted[j]).find(_chunks(body(t))[0])
        where = "top" if pos < 0.2 * lb else ("bottom" if pos + lt > 0.8 * lb else "middle")
        return f"merged-into-{'paired' if j in paired_preds else 'unpaired'}-{where}", j
    if lb < 0.75 * lt:
        return "short", j
    return "other", j


def run(folder: Path) -> tuple[int, collections.Counter, list[dict]]:
    """Pages, summed per-page loss shares, and one record per unfound truth article."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    losses: collections.Counter = collections.Counter()
    records: list[dict] = []
    for page in sorted(manifest):
        path = folder / page
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        got = load_page(path, use_cache=False)
        predicted = [a.to_dict() for a in got.articles]
        _, pairs = score(truth, {"articles": predicted})
        truths = truth["articles"]
        by_truth = {i: j for i, j, _ in pairs}
        share = 1 / (len(truths) or 1)
        for i, t in enumerate(truths):
            if i in by_truth:
                if field(t, "headline") != field(predicted[by_truth[i]], "headline"):
                    losses["b_wrong_head"] += share
                continue
            kind, j = classify(t, predicted, set(by_truth.values()))
            losses["a_" + kind.split("-")[0]] += share
            records.append(
                {"dir": str(folder), "page": page, "i": i, "kind": kind, "truth_kind": t.get("kind"),
                 "headline": t.get("headline"), "pred": j}
            )  # fmt: skip
    return len(manifest), losses, records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", action="append", required=True, type=Path)
    ap.add_argument("--list", type=Path)
    args = ap.parse_args()
    everything: list[dict] = []
    for folder in args.dir:
        pages, losses, records = run(folder)
        everything += records
        shares = " ".join(f"{k}={v / (pages or 1):.4f}" for k, v in sorted(losses.items()))
        print(f"{folder}  pages={pages}  {shares}", flush=True)
        kinds = collections.Counter((r["kind"], r["truth_kind"]) for r in records)
        for (kind, tkind), n in kinds.most_common():
            print(f"    {n:4d}  {kind} ({tkind})")
    if args.list:
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in everything)
        args.list.write_text(lines, encoding="utf-8")


if __name__ == "__main__":
    main()
