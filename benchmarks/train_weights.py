"""Learn the segmenter's numbers (`reader/page/weights.py`) on laid-out tuning pages, and measure
whether they hold on a layout program they never saw.

    python benchmarks/train_weights.py check  [--only ours,l10] [--split tune|valid]
    python benchmarks/train_weights.py screen [--step 0.5] [--what W] [--out DIR]
    python benchmarks/train_weights.py loo    [--folds l10,l12,...] [--out DIR] [rule options]
    python benchmarks/train_weights.py train  [--out DIR] [rule options] [--write]

Programs: ours (benchmarks/.data/validation), l2 … l15 (validation2 … validation15), each with its
tune split, and mod (modern2, one folder). Only tune splits (and mod) are ever read: the valid
splits stay a check for `/work/notes/figs.py` (l11v–l15v are blind).

A trial is exact and cheap. Each page is segmented by `segment._analyse` itself, with three of its
steps answered from a per-page cache: cutting the page into blocks and building the units from them
(`pageblocks.cut_blocks`, `units.build_units`: the numbers play no part in them) run once per page
and per set of story openings `meeting.meeting_breaks` asks for, the units' features restored before
each run (labelling marks some: `goes_on`, `sibling`); and once the labellings of a run are known
(after `siblings.read_sets_on`), a run whose labellings the page has seen before takes that run's
figures, skipping assembly and scoring. Only `labels.label` and the steps between labellings run
again. A weight is tried only on the pages where its feature fired in some labelling. `check`
proves it: with the hand numbers each page's figures equal `benchmarks/segment_validation.py`'s.

Method (`screen`, then `loo` or `train`): every number is moved alone by ±`--step` from its hand
value and each program's mean change of every field is kept (`screen.json` in `--out`, written as
it goes, so a run that stops goes on where it stopped). A move is a candidate for a set of training
programs when it passes the rule: the mean over those programs of the mean of the six fields a
reader sees (articles, headline, kicker, subtitle, authors, paragraphs; body follows them) gains
more than `--l1` per unit moved; it helps (that mean up) on more than half of the training
programs (`--majority all`), of those it changes (`moved`) or asks no majority (`none`); and no
field of any training program loses more than `--tol`. Candidates are then taken greedily, best
first, each measured again on top of those taken and kept only where it still passes the rule: a
sparse change. `loo` does this for each held-out program P with the others as training programs
and prints P's figures with the hand and the learned numbers (`loo.txt` and `loo.json` in
`--out`, a fold at a time); `train` uses every program, and `--write` puts the moved numbers into
reader/page/weights.py in place. Run it in one process, under `nice`.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.model import PageMeta  # noqa: E402
from reader.page import grammar, labels, segment, siblings, steps, weights  # noqa: E402
from reader.page.decode import read_page_noted, show_controls  # noqa: E402
from tests.tools import score_pages  # noqa: E402
from tests.tools.score_pages import score  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
PROGRAMS = {"ours": DATA / "validation", **{f"l{n}": DATA / f"validation{n}" for n in range(2, 16)}}
MODERN = DATA / "modern2"
FIELDS = ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body")
SIX = len(FIELDS) - 1  # body likeness follows the others; the six are what a reader sees
# the grammar's costs: every number of weights.py named in capitals but the search's own limit
COSTS = tuple(
    name for name, v in vars(weights).items() if name.isupper() and isinstance(v, float) and name != "PRUNE"
)
# costs the grammar bakes into its transitions at import (`grammar._grammar`)
_BAKED = ("SIGNATURE", "UNDER_TITLE")
_T, _Q, _TX, _QX = "body", "subhead", "box-text", "box-title"
_DERIVED = {_TX: _T, _QX: _Q}  # box roles: the body's and subhead's numbers plus a fixed offset
_FIXED_ROWS = ("box_opening",)  # written apart from the table in weights.py

Key = tuple  # ("bias", role) | ("w", feature, role) | ("cost", name)


def hand_params() -> dict[Key, float]:
    """The numbers of weights.py as parameters (derived box-role numbers left out)."""
    out: dict[Key, float] = {("bias", r): float(v) for r, v in weights.BIAS.items() if r not in _DERIVED}
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


def key_name(key: Key) -> str:
    return "/".join(key[1:])


def key_of(name: str) -> Key:
    parts = name.split("/")
    return ("w", *parts) if len(parts) == 2 else ("bias" if parts[0] in weights.ROLES else "cost", parts[0])


def apply(params: dict[Key, float]) -> None:
    """Make the labeller use these numbers (module state of `labels`, `steps` and `grammar`)."""
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
        for module in (grammar, labels, steps):
            if hasattr(module, name):
                setattr(module, name, v)
    inside, starts, ends = grammar._grammar()  # (SIGNATURE, UNDER_TITLE are baked in)
    for table, new in ((grammar.INSIDE, inside), (grammar.STARTS, starts), (grammar.ENDS, ends)):
        assert list(table) == list(new)
        table.update(new)
    grammar.CONTEXTS.clear()


# --- one page, segmented by segment._analyse with its number-free steps cached -----------------------


class _Seen(Exception):  # noqa: N818 (a page's run met labellings it has seen: their figures)
    def __init__(self, figures: tuple[float, ...]) -> None:
        self.figures = figures


class Page:
    """One tuning page, its truth and its caches."""

    def __init__(self, path: Path, program: str) -> None:
        self.program = program
        self.name = show_controls(path.name)
        self.text = read_page_noted(path)[0]
        self.truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        self.blocks: list | None = None
        # the units built for each set of openings (by the ids of their first lines), with each
        # unit's features as built
        self.variants: dict[tuple[int, ...], tuple[list, list[dict]]] = {}
        self.features: set[str] = set()  # every feature any labelling of this page has read
        self.seen: dict[tuple, tuple[float, ...]] = {}  # the labellings of a run → its figures
        self.labellings: list[tuple] = []  # (during a run)

    def cut_blocks(self, text: str, meta: PageMeta) -> list:
        if self.blocks is None:
            self.blocks = _CUT(text, meta)
        return self.blocks

    def build_units(self, blocks: list, opens: list | None = None) -> list:
        key = tuple(id(line) for line in opens) if opens else ()
        found = self.variants.get(key)
        if found is None:
            units = _BUILD(blocks, opens)
            found = self.variants[key] = units, [dict(u.features) for u in units]
            for u in units:
                self.features.update(u.features)
        units, kept = found
        for u, f in zip(units, kept, strict=True):
            if u.features != f:
                u.features.clear()
                u.features.update(f)
        return units

    def figures(self) -> tuple[float, ...]:
        """This page's figures (FIELDS order) under the numbers applied now."""
        global _CURRENT
        _CURRENT = self
        self.labellings = []
        try:
            result = segment._analyse(self.text, self.name)[3]
        except _Seen as seen:
            return seen.figures
        finally:
            _CURRENT = None
        found, _ = score(self.truth, {"articles": [a.to_dict() for a in result.articles]})
        figures = tuple(found[f] for f in FIELDS)
        self.seen[tuple(self.labellings)] = figures
        return figures


_CURRENT: Page | None = None
_CUT, _BUILD, _LABEL, _READ_ON = segment.cut_blocks, segment.build_units, segment.label, segment.read_sets_on


def _label(units: list, rivals: bool = False) -> labels.Labelling:
    found = _LABEL(units, rivals)
    page = _CURRENT
    if page is not None:
        page.labellings.append((tuple(found.states), tuple(found.starts)))
        for u in units:
            page.features.update(u.features)
    return found


def _read_on(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 (as siblings.read_sets_on)
    found = _READ_ON(*args, **kwargs)
    page = _CURRENT
    if page is not None and tuple(page.labellings) in page.seen:
        raise _Seen(page.seen[tuple(page.labellings)])
    return found


def _cut(text: str, meta: PageMeta) -> list:
    return _CURRENT.cut_blocks(text, meta) if _CURRENT is not None else _CUT(text, meta)


def _build(blocks: list, opens: list | None = None) -> list:
    return _CURRENT.build_units(blocks, opens) if _CURRENT is not None else _BUILD(blocks, opens)


def _no_confidences(*args, **kwargs) -> list:  # noqa: ANN002, ANN003 (not scored)
    return []


segment.cut_blocks, segment.build_units, segment.label, siblings.label = _cut, _build, _label, _label
segment.read_sets_on, segment.confidences = _read_on, _no_confidences


_LIKENESS = score_pages.likeness
_ALIKE: dict[tuple[str, str], float] = {}


def _likeness(a: str, b: str) -> float:
    """`score_pages.likeness`, kept: most bodies come back unchanged from one labelling to the next."""
    found = _ALIKE.get((a, b))
    if found is None:
        if len(_ALIKE) > 300_000:
            _ALIKE.clear()
        found = _ALIKE[a, b] = _LIKENESS(a, b)
    return found


score_pages.likeness = _likeness
MOD_PAGES = 50  # of modern2's 200 (evenly spread): a program's share


def load(program: str, split: str = "tune", limit: int = 0) -> list[Page]:
    """A program's pages of one split (mod: its one folder), at most `limit` (evenly spread)."""
    folder = MODERN if program == "mod" else PROGRAMS[program] / split
    if program == "mod" and split == "tune":
        limit = min(limit or MOD_PAGES, MOD_PAGES)
    names = sorted(json.loads((folder / "manifest.json").read_text(encoding="utf-8")))
    if limit and limit < len(names):
        names = [names[k * len(names) // limit] for k in range(limit)]
    return [Page(folder / name, program) for name in names]


# --- figures over programs --------------------------------------------------------------------------


class Pool:
    """The training and held-out pages, each page's figures under the numbers taken so far."""

    def __init__(self, pages: list[Page]) -> None:
        self.pages = pages
        self.programs = sorted({p.program for p in pages}, key=_program_order)
        self.params = dict(HAND)
        apply(self.params)
        self.values = [p.figures() for p in pages]
        self.hand = self.means()  # each program's figures with the hand numbers
        self.trials = 0

    def means(self, values: list[tuple[float, ...]] | None = None) -> dict[str, list[float]]:
        """Each program's mean of every field."""
        values = values or self.values
        out = {}
        for prog in self.programs:
            rows = [v for p, v in zip(self.pages, values, strict=True) if p.program == prog]
            out[prog] = [statistics.fmean(r[k] for r in rows) for k in range(len(FIELDS))]
        return out

    def touched(self, changes: dict[Key, float]) -> list[int]:
        if any(key[0] != "w" for key in changes):
            return list(range(len(self.pages)))
        feats = {key[1] for key in changes}
        return [k for k, p in enumerate(self.pages) if not feats.isdisjoint(p.features)]

    def trial(self, changes: dict[Key, float]) -> tuple[dict[str, list[float]], dict[int, tuple]]:
        """Each program's mean change of every field with `changes` on top of the numbers taken,
        and the touched pages' new figures (the numbers taken are applied again after)."""
        params = {**self.params, **changes}
        apply(params)
        new = {k: self.pages[k].figures() for k in self.touched(changes)}
        apply(self.params)
        self.trials += 1
        sums = {prog: [0.0] * len(FIELDS) for prog in self.programs}
        counts = dict.fromkeys(self.programs, 0)
        for p in self.pages:
            counts[p.program] += 1
        for k, fig in new.items():
            old = self.values[k]
            row = sums[self.pages[k].program]
            for f in range(len(FIELDS)):
                row[f] += fig[f] - old[f]
        return {prog: [s / counts[prog] for s in row] for prog, row in sums.items()}, new

    def take(self, changes: dict[Key, float], new: dict[int, tuple]) -> None:
        self.params.update(changes)
        apply(self.params)
        for k, fig in new.items():
            self.values[k] = fig


def _program_order(name: str) -> tuple[int, str]:
    return (
        0 if name == "ours" else 2 if name == "mod" else 1,
        f"{name[1:]:>3s}" if name[1:].isdigit() else name,
    )


def six(delta: list[float]) -> float:
    return statistics.fmean(delta[:SIX])


def passes(
    change: dict[str, list[float]], train: list[str], moved: float, args: argparse.Namespace
) -> tuple[bool, float]:
    """Does a move with these per-program changes pass the rule on the training programs `train`?
    Returns the verdict and the move's gain (mean over the programs of the six fields' mean, less
    the pull to the hand numbers)."""
    gain = statistics.fmean(six(change[p]) for p in train) - args.l1 * moved
    helped = sum(six(change[p]) > 1e-9 for p in train)
    if args.majority == "all":
        among = len(train)
    elif args.majority == "moved":
        among = sum(any(abs(d) > 1e-9 for d in change[p]) for p in train)
    else:
        among = 0
    worst = min(min(change[p]) for p in train)
    return gain > 1e-9 and helped * 2 > among and worst >= -args.tol, gain


# --- screening, folds, training ---------------------------------------------------------------------


def all_pages(args: argparse.Namespace) -> list[Page]:
    progs = [*PROGRAMS, "mod"] if args.mod else list(PROGRAMS)
    t0 = time.monotonic()
    pages = [p for prog in progs for p in load(prog, "tune", args.pages)]
    print(
        f"{len(pages)} tune pages of {len(progs)} programs read in {time.monotonic() - t0:.0f} s", flush=True
    )
    return pages


def keys_of(what: str) -> list[Key]:
    keep = set(what.split(","))
    kinds = {"bias": "bias", "w": "weights", "cost": "costs"}
    found = [k for k in HAND if "all" in keep or kinds[k[0]] in keep or (k[0] == "w" and k[1] in keep)]
    return sorted(found, key=lambda k: ("bias", "cost", "w").index(k[0]))  # (the page-wide ones first)


def screen(pool: Pool, args: argparse.Namespace) -> dict:
    """Every number moved alone by ±step: each program's change of every field (checkpointed)."""
    path = Path(args.out) / "screen.json"
    found = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    found.setdefault("hand", pool.hand)
    moves = found.setdefault("moves", {})
    keys = keys_of(args.what)
    t0 = time.monotonic()
    done = 0
    for key in keys:
        for sign in (1, -1):
            new = HAND[key] + sign * args.step
            name = f"{key_name(key)}={new:+g}"
            if name in moves:
                continue
            change, touched = pool.trial({key: new})
            moves[name] = {"pages": len(touched), "change": change}
            done += 1
            if done % 10 == 0:
                path.write_text(json.dumps(found), encoding="utf-8")
                spent = time.monotonic() - t0
                print(f"  {len(moves)} moves screened, {spent:.0f} s, {pool.trials} trials", flush=True)
    path.write_text(json.dumps(found), encoding="utf-8")
    return found


def candidates(screened: dict, train: list[str], args: argparse.Namespace) -> list[tuple[float, Key, float]]:
    """The single moves passing the rule on `train`, best first (one direction per number)."""
    best: dict[Key, tuple[float, Key, float]] = {}
    for name, move in screened["moves"].items():
        left, value = name.rsplit("=", 1)
        key, v = key_of(left), float(value)
        if key not in HAND:
            continue
        ok, gain = passes(move["change"], train, abs(v - HAND[key]), args)
        if ok and (key not in best or gain > best[key][0]):
            best[key] = (gain, key, v)
    return sorted(best.values(), key=lambda c: -c[0])


def fit(
    pool: Pool, screened: dict, train: list[str], args: argparse.Namespace, log=print
) -> dict[Key, float]:
    """Greedy from the hand numbers: each candidate, measured again on top of those taken, kept where
    it still passes the rule on `train`. Returns the moved numbers (the pool keeps them applied)."""
    pool.params = dict(HAND)
    apply(pool.params)
    pool.values = [p.figures() for p in pool.pages]
    todo = candidates(screened, train, args)[: args.top]
    log(f"  {len(todo)} candidates for {len(train)} training programs")
    for gain, key, v in todo:
        change, new = pool.trial({key: v})
        ok, now = passes(change, train, abs(v - HAND[key]), args)
        if ok:
            pool.take({key: v}, new)
        said = "took" if ok else "left"
        log(f"    {said} {key_name(key)} {HAND[key]:+g} -> {v:+g}  alone {gain:+.4f}  now {now:+.4f}")
    return {k: v for k, v in pool.params.items() if v != HAND[k]}


def row(label: str, figures: list[float], width: int = 8) -> str:
    return f"{label:28s}" + "".join(f"{v:{width}.3f}" for v in figures)


HEADER = f"{'':28s}" + "".join(f"{f.replace('_f1', '')[:7]:>8s}" for f in FIELDS)


def loo(pool: Pool, screened: dict, args: argparse.Namespace) -> None:
    """Each fold of each rule of `--rules` (`majority:tol[:folds]`, the first `folds` of `--folds`
    only; its table in OUT/loo-MAJORITY-TOL/)."""
    for rule in args.rules.split(","):
        majority, tol, *many = rule.split(":")
        folds = ",".join(args.folds.split(",")[: int(many[0])] if many else args.folds.split(","))
        ruled = argparse.Namespace(**{**vars(args), "majority": majority, "tol": float(tol), "folds": folds})
        ruled.out = str(Path(args.out) / f"loo-{majority}-{tol}")
        Path(ruled.out).mkdir(exist_ok=True)
        loo_rule(pool, screened, ruled)


def loo_rule(pool: Pool, screened: dict, args: argparse.Namespace) -> None:
    out = Path(args.out)
    path = out / "loo.json"
    folds = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    hand = pool.hand
    for held in args.folds.split(","):
        if held in folds:
            continue
        t0 = time.monotonic()
        train = [p for p in pool.programs if p != held]
        print(f"fold {held}", flush=True)
        moved = fit(pool, screened, train, args)
        learned = pool.means()
        folds[held] = {
            "hand": hand[held],
            "learned": learned[held],
            "moved": {key_name(k): v for k, v in moved.items()},
            "train_change": statistics.fmean(six(learned[p]) - six(hand[p]) for p in train),
            "seconds": round(time.monotonic() - t0),
        }
        path.write_text(json.dumps(folds, indent=1), encoding="utf-8")
        write_table(folds, out / "loo.txt", args)
        print((out / "loo.txt").read_text(encoding="utf-8"), flush=True)


def write_table(folds: dict, path: Path, args: argparse.Namespace) -> None:
    lines = [
        f"leave-one-program-out over the tune splits: step {args.step}, l1 {args.l1}, tol {args.tol}, "
        f"majority {args.majority}, top {args.top}",
        HEADER + "     six",
    ]
    changes = []
    for held, fold in folds.items():
        d = [b - a for a, b in zip(fold["hand"], fold["learned"], strict=True)]
        changes.append(d)
        lines.append(row(f"{held} hand", fold["hand"]) + f"{six(fold['hand']):8.3f}")
        lines.append(row(f"{held} learned", fold["learned"]) + f"{six(fold['learned']):8.3f}")
        lines.append(row(f"{held} change", d) + f"{six(d):8.3f}")
        moved = ", ".join(f"{k} {HAND[key_of(k)]:+g}->{v:+g}" for k, v in fold["moved"].items())
        lines.append(
            f"    {len(fold['moved'])} moved (training programs {fold['train_change']:+.4f}): {moved}"
        )
    if changes:
        lines.append(
            row("mean change held out", [statistics.fmean(c[k] for c in changes) for k in range(len(FIELDS))])
        )
        lines.append(row("worst change held out", [min(c[k] for c in changes) for k in range(len(FIELDS))]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check(args: argparse.Namespace) -> None:
    """With the hand numbers, each page's figures must be segment_validation's."""
    from benchmarks.segment_validation import run

    bad = 0
    for prog in args.only.split(","):
        pages = load(prog, args.split)
        folder = MODERN if prog == "mod" else PROGRAMS[prog] / args.split
        apply(HAND)
        t0 = time.monotonic()
        mine = [p.figures() for p in pages]
        t1 = time.monotonic()
        again = [p.figures() for p in pages]  # (from the caches)
        t2 = time.monotonic()
        theirs = {r["page"]: r for r in run(folder)["rows"]}
        t3 = time.monotonic()
        for p, a, b in zip(pages, mine, again, strict=True):
            want = tuple(theirs[p.name][f] for f in FIELDS)
            if not (a == b == want):
                bad += 1
                print(f"  {prog} {p.name}: {a} / {b} != {want}")
        print(
            f"{prog} {args.split}: {len(pages)} pages, first run {t1 - t0:.1f} s, cached {t2 - t1:.1f} s,"
            f" segment_validation {t3 - t2:.1f} s; {bad} differ",
            flush=True,
        )
    sys.exit(1 if bad else 0)


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
    todo = {k: v for k, v in params.items() if v != HAND[k]}
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
    ap.add_argument("mode", choices=("check", "screen", "loo", "train"))
    ap.add_argument("--only", default="ours", help="check: programs to check")
    ap.add_argument("--split", default="tune", help="check: split")
    ap.add_argument("--pages", type=int, default=0, help="at most this many tune pages per program")
    ap.add_argument("--mod", action="store_true", help="train on modern2 too (a program of its own)")
    ap.add_argument("--what", default="all", help="screen: all | bias,costs,weights | feature names")
    ap.add_argument("--step", type=float, default=0.5)
    ap.add_argument("--l1", type=float, default=0.002, help="gain asked per unit moved from the hand value")
    ap.add_argument("--tol", type=float, default=0.003, help="most any field of a training program may lose")
    ap.add_argument("--majority", choices=("all", "moved", "none"), default="all")
    ap.add_argument("--top", type=int, default=40, help="at most this many candidates per fit")
    ap.add_argument("--folds", default="l10,l12,l13,l14,l15,ours,l5,l7")
    ap.add_argument("--rules", default="all:0.003", help="loo: the rules to fold, MAJORITY:TOL,…")
    ap.add_argument("--out", default="/work/notes/s26/weights")
    ap.add_argument("--write", action="store_true", help="train: write the numbers into weights.py")
    args = ap.parse_args()
    if args.mode == "check":
        check(args)
        return
    Path(args.out).mkdir(parents=True, exist_ok=True)
    pool = Pool(all_pages(args))
    print(f"hand figures in {pool.trials} trials", flush=True)
    screened = screen(pool, args)
    if args.mode == "loo":
        loo(pool, screened, args)
    elif args.mode == "train":
        moved = fit(pool, screened, list(pool.programs), args)
        for key, v in sorted(moved.items()):
            print(f"{key_name(key)} {HAND[key]:+g} -> {v:+g}")
        if args.write:
            print(f"{write_weights(pool.params)} numbers written to reader/page/weights.py")


if __name__ == "__main__":
    main()
