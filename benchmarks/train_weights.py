"""Learn the segmenter's numbers (`reader/page/weights.py`) on laid-out tuning pages, and measure
whether they hold on a layout program they never saw.

    python benchmarks/train_weights.py loo   [--sweeps N] [--pages N] [--what W] [--out FILE]
    python benchmarks/train_weights.py train [--sets ours,layout2,layout3,layout4] [--sweeps N]
                                             [--pages N] [--what W] [--write] [--check]

Method: coordinate ascent (small-step hill climbing) straight on what the check measures, the mean
over the tuning pages of each page's articles F1, headline, kicker, subtitle, authors and
paragraph F1 (`tests/tools/score_pages.py`, as `benchmarks/segment_validation.py` scores them),
less a penalty on the distance from the hand numbers (`--l1` per unit of weight, so a number moves
only where that pays on several pages). The parameters are every non-zero weight of `WEIGHTS` (the
box roles box-title and box-text follow subhead and body as `weights.py` derives them), the
biases of `BIAS` and the grammar's costs (`COSTS`); `--what` keeps some of them only (`bias`,
`costs`, `weights`, or a comma list; `stacks` for the title-stack rows). Steps are ±0.5 in the
first sweep and ±0.25 after, values kept on a 0.25 grid, and a sweep that moves nothing stops the
run. No gold role per unit is needed: truth has articles and fields only.

Cheap evaluation: cutting a page into units and measuring their features (`pageblocks.cut_blocks`,
`units.build_units`) does not depend on the numbers, so it runs once per page; a trial re-runs
only `labels.label`, and assembly and scoring only for a page whose labelling changed (each
page remembers the figures of the labellings it has seen). A weight is tried only on the pages
where its feature fires.

`loo` trains, for each program P of ours, layout2, layout3, layout4, on the tune splits of the
three others, and scores P's valid split and modern (benchmarks/.data/modern2) with the hand and
the learned numbers; it prints the table (and writes it to `--out` as folds finish). `train` trains
on the named tune splits and prints the moved numbers; `--write` puts them into
reader/page/weights.py in place (every row of `WEIGHTS`, including rows added since, by feature
name; comments and layout kept), `--check` scores the five valid sets with them. Generate the
page sets first (benchmarks/make_validation*.py; see /work/notes/eval4.sh). One process; run it
under `nice`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.model import PageMeta  # noqa: E402
from reader.page import grammar, labels, pageblocks, segment, steps, weights  # noqa: E402
from reader.page.decode import read_page  # noqa: E402
from reader.page.units import build_units  # noqa: E402
from tests.tools.score_pages import score  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
SETS = {
    "ours": DATA / "validation",
    "layout2": DATA / "validation2",
    "layout3": DATA / "validation3",
    "layout4": DATA / "validation4",
}
MODERN = DATA / "modern2"
# pages no training run uses, scored in every fold when generated: modern, and the fifth program
# (benchmarks/make_validation5.py), written after the numbers were set
UNSEEN = {"modern": MODERN, "layout5": DATA / "validation5" / "valid"}
FIELDS = ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body")
OBJECTIVE = FIELDS[:6]  # body likeness follows the others; the six are what a reader sees
# the grammar's costs: every number of weights.py named in capitals but the search's own limits
COSTS = tuple(
    name for name, v in vars(weights).items() if name.isupper() and isinstance(v, float) and name != "PRUNE"
)
_T, _Q, _TX, _QX = "body", "subhead", "box-text", "box-title"
_DERIVED = {_TX: _T, _QX: _Q}  # box roles: the body's and subhead's numbers plus a fixed offset
_FIXED_ROWS = ("box_opening",)  # written apart from the table in weights.py
STACK_ROWS = ("over_shorter", "under_longer", "over_longer", "under_shorter", "over_untagged")

Key = tuple  # ("bias", role) | ("w", feature, role) | ("cost", name)


def hand_params() -> dict[Key, float]:
    """The numbers of weights.py as parameters (derived box-role numbers left out)."""
    out: dict[Key, float] = {("bias", r): v for r, v in weights.BIAS.items() if r not in _DERIVED}
    for name, row in weights.WEIGHTS.items():
        if name in _FIXED_ROWS:
            continue
        for role, v in row.items():
            if role not in _DERIVED and v:
                out["w", name, role] = float(v)
    for name in COSTS:
        out["cost", name] = float(getattr(weights, name))
    return out


HAND = hand_params()


def apply(params: dict[Key, float]) -> None:
    """Make the labeller use these numbers (module state of `labels` and `grammar`)."""
    bias = dict(weights.BIAS)
    rows = {name: dict(row) for name, row in weights.WEIGHTS.items()}
    for key, v in params.items():
        if key[0] == "bias":
            bias[key[1]] = v
        elif key[0] == "w":
            rows[key[1]][key[2]] = v
    for derived, base in _DERIVED.items():
        bias[derived] = bias[base] + weights.BIAS[derived] - weights.BIAS[base]
        for name, row in rows.items():
            hand = weights.WEIGHTS[name]
            if name not in _FIXED_ROWS and derived in hand and base in hand:
                row[derived] = row[base] + hand[derived] - hand[base]
    labels._BIAS[:] = [bias[r] for r in weights.ROLES]
    labels._ROWS.clear()
    labels._ROWS.update({n: tuple(row.get(r, 0.0) for r in weights.ROLES) for n, row in rows.items()})
    for cache in (labels._VECTORS, labels._EMITS, steps._FORWARD, steps._BACKWARD):
        cache.clear()
    for name in COSTS:
        v = params.get(("cost", name), getattr(weights, name))
        setattr(grammar, name, v)
        if hasattr(labels, name):
            setattr(labels, name, v)
    rebuilt = {key: grammar._context(*key) for key in grammar.CONTEXTS}  # its keys, whatever they hold
    grammar.CONTEXTS.clear()
    grammar.CONTEXTS.update(rebuilt)


@dataclass
class Page:
    name: str
    program: str
    units: list
    truth: dict
    features: frozenset[str]
    seen: dict = field(default_factory=dict)  # labelling → figures

    def figures(self) -> tuple[float, ...]:
        """This page's figures (FIELDS order) under the numbers applied now."""
        if not self.units:
            return self._score([])
        lab = labels.label(self.units)
        key = (tuple(lab.states), tuple(lab.starts))
        found = self.seen.get(key)
        if found is None:
            items = segment._items(self.units, lab)
            mode, widths, evidence = segment._page_mode(self.units, lab.states, items)
            articles = []
            for idx, width, counts in zip(items, widths, evidence, strict=True):
                a = segment._assemble(self.units, lab.states, idx, self.name, mode, width, counts)
                if a.paragraphs or a.headline or a.kicker or a.byline or a.subtitle:
                    articles.append(a.to_dict())
            found = self.seen[key] = self._score(articles)
        return found

    def _score(self, articles: list[dict]) -> tuple[float, ...]:
        figures, _ = score(self.truth, {"articles": articles})
        return tuple(figures[f] for f in FIELDS)


def load(folder: Path, limit: int | None = None, seed: int = 0, program: str = "") -> list[Page]:
    """The pages of a split folder, cut into measured units once."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    names = sorted(manifest)
    if limit and limit < len(names):
        names = sorted(random.Random(seed).sample(names, limit))
    pages = []
    for name in names:
        path = folder / name
        text, _ = read_page(path)
        blocks = pageblocks.cut_blocks(text, PageMeta())
        units = build_units(blocks) if blocks else []
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append(Page(name, program, units, truth, frozenset(f for u in units for f in u.features)))
    return pages


def page_value(figures: tuple[float, ...]) -> float:
    return statistics.fmean(figures[: len(OBJECTIVE)])


def evaluate(pages: list[Page], params: dict[Key, float]) -> list[float]:
    """Mean of each field over the pages under these numbers."""
    apply(params)
    rows = [p.figures() for p in pages]
    return [statistics.fmean(r[k] for r in rows) for k in range(len(FIELDS))]


def selected(what: str) -> list[Key]:
    """The parameters `--what` names, in a fixed order."""
    keep = set(what.split(","))
    out = []
    for key in HAND:
        kind = {"bias": "bias", "w": "weights", "cost": "costs"}[key[0]]
        if (
            "all" in keep
            or kind in keep
            or (key[0] == "w" and (key[1] in keep or ("stacks" in keep and key[1] in STACK_ROWS)))
        ):
            out.append(key)
    return out


def train(
    pages: list[Page],
    what: str = "all",
    sweeps: int = 3,
    l1: float = 0.001,
    budget: float = 600.0,
    agree: bool = False,
    log=print,
) -> dict[Key, float]:
    """Coordinate ascent from the hand numbers; returns the learned numbers. With `agree`, a move
    is taken only if no program among the training pages loses by it (each program's own mean)."""
    params = dict(HAND)
    keys = selected(what)
    apply(params)
    values = [page_value(p.figures()) for p in pages]
    n = len(pages)
    total = sum(values)
    programs = sorted({p.program for p in pages})
    log(f"  train: {n} pages, {len(keys)} numbers, start objective {total / n:.4f}")
    start = time.monotonic()
    rng = random.Random(7)
    for sweep in range(sweeps):
        step = 0.5 if sweep == 0 else 0.25
        moved = 0
        order = list(keys)
        rng.shuffle(order)
        for key in order:
            if time.monotonic() - start > budget:
                log("  train: time budget spent")
                return params
            touched = [k for k, p in enumerate(pages) if key[0] != "w" or key[1] in p.features]
            if not touched:
                continue
            best = None
            for direction in (1, -1):
                old = params[key]
                new = round((old + direction * step) * 4) / 4
                if new == old:
                    continue
                params[key] = new
                apply(params)
                gained = [page_value(pages[k].figures()) - values[k] for k in touched]
                penalty = l1 * (abs(new - HAND[key]) - abs(old - HAND[key]))
                delta = sum(gained) / n - penalty
                params[key] = old
                if agree:
                    by_program = dict.fromkeys(programs, 0.0)
                    for k, g in zip(touched, gained, strict=True):
                        by_program[pages[k].program] += g
                    if min(by_program.values()) < -1e-9:
                        continue
                if delta > 1e-9 and (best is None or delta > best[0]):
                    best = (delta, new, gained)
            if best is not None:
                delta, new, gained = best
                params[key] = new
                for k, g in zip(touched, gained, strict=True):
                    values[k] += g
                total = sum(values)
                moved += 1
                log(f"    {key} {HAND[key]:+.2f} -> {new:+.2f}  objective {total / n:.4f} (+{delta:.4f})")
        apply(params)
        spent = time.monotonic() - start
        log(f"  sweep {sweep + 1}: {moved} moved, objective {sum(values) / n:.4f}, {spent:.0f} s")
        if not moved:
            break
    return params


def moved(params: dict[Key, float]) -> dict[Key, float]:
    return {k: v for k, v in params.items() if v != HAND[k]}


def row(label: str, figures: list[float]) -> str:
    return f"{label:34s}" + "".join(f"{v:9.3f}" for v in figures)


HEADER = f"{'':34s}" + "".join(f"{f.replace('_f1', '')[:8]:>9s}" for f in FIELDS)


def loo(args: argparse.Namespace) -> None:
    out = Path(args.out) if args.out else None
    lines: list[str] = [
        f"leave-one-program-out: train on the other programs' tune splits (pages per set <= {args.pages}, "
        f"what={args.what}, sweeps={args.sweeps}, l1={args.l1}, agree={args.agree}); "
        f"test on the held-out valid split and {', '.join(UNSEEN)}",
        HEADER,
    ]

    def emit(text: str) -> None:
        print(text, flush=True)
        lines.append(text)
        if out:
            out.write_text("\n".join(lines) + "\n", encoding="utf-8")

    print(lines[0])
    print(HEADER)
    unseen = {name: load(folder) for name, folder in UNSEEN.items() if (folder / "manifest.json").is_file()}
    hand_unseen = {name: evaluate(pages, HAND) for name, pages in unseen.items()}
    folds = args.folds.split(",") if args.folds else list(SETS)
    gains = []
    for held in folds:
        t0 = time.monotonic()
        tune = [
            p for name in SETS if name != held for p in load(tune_dir(args, name), args.pages, program=name)
        ]
        learned = train(tune, args.what, args.sweeps, args.l1, args.budget, args.agree)
        valid = load(SETS[held] / "valid")
        hand_valid = evaluate(valid, HAND)
        new_valid = evaluate(valid, learned)
        emit(row(f"{held} valid  hand", hand_valid))
        emit(row(f"{held} valid  learned", new_valid))
        emit(row(f"{held} valid  change", [b - a for a, b in zip(hand_valid, new_valid, strict=True)]))
        for name, pages in unseen.items():
            new = evaluate(pages, learned)
            emit(
                row(
                    f"{name} (fold {held}) change",
                    [b - a for a, b in zip(hand_unseen[name], new, strict=True)],
                )
            )
            for p in pages:
                p.seen.clear()
        emit(f"  {len(moved(learned))} numbers moved; {time.monotonic() - t0:.0f} s")
        for key, v in sorted(moved(learned).items()):
            emit(f"    {'/'.join(key[1:])} {HAND[key]:+.2f} -> {v:+.2f}")
        gains.append([b - a for a, b in zip(hand_valid, new_valid, strict=True)])
        for p in valid + tune:
            p.seen.clear()
    for name, figures in hand_unseen.items():
        emit(row(f"{name} hand", figures))
    if gains:
        emit(
            row(
                "mean change on held-out valid",
                [statistics.fmean(g[k] for g in gains) for k in range(len(FIELDS))],
            )
        )
        emit(row("worst change on held-out valid", [min(g[k] for g in gains) for k in range(len(FIELDS))]))


def tune_dir(args: argparse.Namespace, name: str) -> Path:
    """Where a program's tuning pages are: its tune split, or `--tune-root`/NAME/tune."""
    return (Path(args.tune_root) / name if args.tune_root else SETS[name]) / "tune"


def _fmt(v: float, like: str) -> str:
    """`v` written as the number it replaces was (`1` or `1.0`)."""
    return str(float(v)) if "." in like or v != int(v) else str(int(v))


def write_weights(params: dict[Key, float], path: Path = ROOT / "reader" / "page" / "weights.py") -> int:
    """Put the moved numbers into weights.py in place; returns how many were written."""
    text = path.read_text(encoding="utf-8").split("\n")
    names = {}  # role → its short name in weights.py (_K, _H, …)
    for line in text:
        if line.startswith("_K, _H,"):
            shorts = [s.strip() for s in line.split("=")[0].split(",")]
            names = dict(zip(weights.ROLES, shorts, strict=True))
    done = 0
    todo = moved(params)
    section = ""
    for k, line in enumerate(text):
        if line.startswith("BIAS = {"):
            section = "bias"
        elif line.startswith("WEIGHTS: dict"):
            section = "weights"
        elif line.startswith("}"):
            section = ""
        if section == "bias":
            m = re.match(r"\s+(_\w+): (-?[\d.]+),", line)
            if m:
                role = next(r for r, s in names.items() if s == m.group(1))
                if ("bias", role) in todo:
                    text[k] = line[: m.start(2)] + _fmt(todo["bias", role], m.group(2)) + line[m.end(2) :]
                    done += 1
        elif section == "weights":
            m = re.match(r'\s+"(\w+)": \{', line)
            if m:
                feature = m.group(1)

                def swap(match: re.Match, feature: str = feature) -> str:
                    nonlocal done
                    role = next(r for r, s in names.items() if s == match.group(1))
                    key = ("w", feature, role)
                    if key not in todo:
                        return match.group(0)
                    done += 1
                    return f"{match.group(1)}: {_fmt(todo[key], match.group(2))}"

                text[k] = re.sub(r"(_[A-Z]+): (-?[\d.]+)", swap, line)
        else:
            m = re.match(r"([A-Z_]+) = (-?[\d.]+)", line)
            if m and ("cost", m.group(1)) in todo:
                text[k] = line[: m.start(2)] + _fmt(todo["cost", m.group(1)], m.group(2)) + line[m.end(2) :]
                done += 1
    path.write_text("\n".join(text), encoding="utf-8")
    return done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("loo", "train"))
    ap.add_argument("--sets", default=",".join(SETS), help="tune splits to train on (train)")
    ap.add_argument("--folds", help="held-out programs to run (loo; default all four)")
    ap.add_argument("--pages", type=int, default=60, help="at most this many tune pages per set")
    ap.add_argument("--sweeps", type=int, default=3)
    ap.add_argument("--what", default="all", help="all | bias,costs,weights | feature names | stacks")
    ap.add_argument(
        "--l1", type=float, default=0.001, help="penalty per unit of distance from the hand value"
    )
    ap.add_argument("--budget", type=float, default=900.0, help="seconds of training per run")
    ap.add_argument("--tune-root", help="tuning pages from ROOT/NAME/tune (more seeds) instead of the sets'")
    ap.add_argument("--agree", action="store_true", help="take a move only if no training program loses")
    ap.add_argument("--out", help="loo: write the table here as folds finish")
    ap.add_argument("--write", action="store_true", help="train: write the numbers into weights.py")
    ap.add_argument("--check", action="store_true", help="train: score the five valid sets")
    args = ap.parse_args()
    if args.mode == "loo":
        loo(args)
        return
    tune = [p for name in args.sets.split(",") for p in load(tune_dir(args, name), args.pages, program=name)]
    learned = train(tune, args.what, args.sweeps, args.l1, args.budget, args.agree)
    for key, v in sorted(moved(learned).items()):
        print(f"{'/'.join(key[1:])} {HAND[key]:+.2f} -> {v:+.2f}")
    if args.check:
        print(HEADER)
        for name, folder in [*((n, f / "valid") for n, f in SETS.items()), *UNSEEN.items()]:
            if not (folder / "manifest.json").is_file():
                continue
            pages = load(folder)
            hand, new = evaluate(pages, HAND), evaluate(pages, learned)
            print(row(f"{name} hand", hand))
            print(row(f"{name} learned", new))
    if args.write:
        print(f"{write_weights(learned)} numbers written to reader/page/weights.py")


if __name__ == "__main__":
    main()
