"""Which lines of a page the segmenter loses, by kind of line and by layout program.

    python benchmarks/text_loss.py [--dir DIR ...] [--examples K] [--lines]

`text_kept.py` counts a page's ideographs that end up in no article; it compares ideographs only and
trusts the furniture the segmenter sets aside. This script looks further:

- it compares ideographs, digits and Latin letters (NFKC: full-width digits and letters count as
  their plain forms), so a page number or a name in Latin letters is counted too;
- it attributes what is lost to the page's lines: a line whose text is found in no article field
  (joined without spaces and punctuation) takes the lost characters it holds, and is printed with
  the role of the unit it was in (`headline`, `byline`, `body`, ...) and its kind (names alone, a
  dateline, a line of one or two characters, ...);
- it checks every line set aside as page furniture (running heads, page numbers, date lines, editors'
  credits, a brief column's name) against the page's truth, where there is one (`page_*.json`): a
  line the truth prints in an article is a story's line taken for furniture, and counted as lost;
  the others are counted by kind and shown in `PageMeta` (`duba segment --json` prints it);
- it sums everything by program (the set a page belongs to: `validation10` is l10, `modern2` mod).

Prints per program and per kind the lines and characters lost, a few examples of each, and totals.
With `--lines` prints every lost line, with `--aside` every line set aside as furniture (the blind
sets' lines are counted, never shown). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import read_page_noted  # noqa: E402
from reader.page.blocks import DATELINE_HEAD, is_bare_names  # noqa: E402
from reader.page.furniture import _DATE, _EDITOR, _PAGE_NO  # noqa: E402
from reader.page.segment import _analyse  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
# what is compared: ideographs, digits, Latin letters (after NFKC)
KEPT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]")
TRAILER_WORDS = Counter("参与采写")


def default_dirs() -> list[Path]:
    """The corpus page and every laid-out set (tune and valid) with modern2."""
    dirs = [ROOT / "corpus"]
    for d in sorted(DATA.glob("validation*")):
        dirs += [d / "tune", d / "valid"]
    dirs.append(DATA / "modern2")
    return [d for d in dirs if d.is_dir()]


def program(path: Path) -> str:
    """The layout program a page belongs to, as the splits are named (l10, ours, mod, corpus)."""
    for part in path.parts:
        if part == "validation":
            return "ours"
        if m := re.fullmatch(r"validation(\d+)", part):
            return f"l{m.group(1)}"
        if part == "modern2":
            return "mod"
    return "corpus"


def blind(path: Path) -> bool:
    """Is the page in a blind set (l11v to l15v): counted, never shown."""
    folder = path.parent.parent.name
    return path.parent.name == "valid" and re.fullmatch(r"validation1[1-5]", folder) is not None


def key(text: str) -> str:
    """What is compared of `text`: its ideographs, digits and Latin letters, in order."""
    return "".join(KEPT.findall(unicodedata.normalize("NFKC", text)))


def fields(article) -> list[str]:
    """Every text field of an article a reader sees (an `Article` or a truth's dict)."""
    get = article.get if isinstance(article, dict) else lambda f: getattr(article, f)
    parts = [get("kicker"), get("headline"), get("subtitle"), get("byline"), *(get("paragraphs") or [])]
    return [p for p in [*parts, *(get("contributors") or [])] if p]


def furniture_kind(text: str) -> str:
    """What kind of furniture a line set aside looks like."""
    if _EDITOR.search(text):
        return "furniture: editors"
    if _DATE.search(text) or _PAGE_NO.search(text):
        return "furniture: running head"
    if len(key(text)) <= 4:
        return "furniture: short (section, page code, column name)"
    return "furniture: other"


def line_kind(text: str, role: str) -> str:
    """The kind of a lost line: its unit's role and what the line looks like."""
    bare = text.strip()
    if is_bare_names(bare):
        shape = "names alone"
    elif DATELINE_HEAD.match(bare):
        shape = "dateline"
    elif len(key(bare)) <= 2:
        shape = "1-2 chars"
    else:
        shape = "text"
    return f"{role}: {shape}"


def check(path: Path, truth: list[dict] | None) -> tuple[int, list[tuple[str, str, int]]]:
    """(the page's compared characters, [(kind, line, lost characters)]) for one page."""
    text = read_page_noted(path)[0]
    units, labelling, _items, result = _analyse(text, path.name)
    kept_fields = [key(f) for a in result.articles for f in fields(a)]
    joined = "|".join(kept_fields)
    kept = Counter("".join(kept_fields))
    trailers = sum(bool(a.contributors) for a in result.articles)
    # the units' lines, each with its unit's role
    unit_lines: list[tuple[str, str]] = []
    for unit, state in zip(units, labelling.states, strict=True):
        for line in unit.lines:
            unit_lines.append((line.text, state.role))
    in_units = "".join(key(t) for t, _ in unit_lines)  # (a line cut in two: `runin`)
    raw = [line.strip() for line in text.split("\n") if line.strip()]
    page = Counter()
    for line in raw:
        page += Counter(key(line))
    out: list[tuple[str, str, int]] = []
    truth_joined = "|".join(key(f) for a in truth for f in fields(a)) if truth is not None else None
    # lines set aside before the units (furniture): a raw line whose text is in no unit
    aside: list[str] = []
    left = Counter(key(t) for t, _ in unit_lines)
    for line in raw:
        k = key(line)
        if not k:
            continue
        if left[k] > 0:
            left[k] -= 1
        elif k not in in_units:
            aside.append(line)
    lost_aside = Counter()
    for line in aside:
        k = key(line)
        kind = furniture_kind(line)
        if truth_joined is not None and len(k) >= 4 and k in truth_joined and k not in joined:
            out.append(("furniture in truth: " + kind.split(": ", 1)[1], line, len(k)))
            lost_aside += Counter(k)
        else:
            out.append((kind, line, 0))
    # what the units hold and no article keeps
    unit_chars = Counter()
    for t, _ in unit_lines:
        unit_chars += Counter(key(t))
    lost = unit_chars - kept
    lost -= Counter({ch: n * trailers for ch, n in TRAILER_WORDS.items()})
    # attribute: lines found in no article field first, then (rarely) lines found
    ordered = [(t, r) for t, r in unit_lines if key(t) and key(t) not in joined]
    for t, role in ordered:
        k = key(t)
        here = Counter(k) & lost
        n = sum(here.values())
        if n:
            lost -= here
            out.append((line_kind(t, role), t, n))
    n = sum(lost.values())
    if n:
        out.append(("unattributed", "".join(sorted(lost.elements())), n))
    return sum(page.values()), out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, action="append", help="folder of pages (repeatable)")
    parser.add_argument("--examples", type=int, default=4, help="examples per kind")
    parser.add_argument("--lines", action="store_true", help="print every lost line")
    parser.add_argument("--aside", action="store_true", help="print every line set aside as furniture")
    args = parser.parse_args(argv)
    files: list[Path] = []
    for folder in args.dir or default_dirs():
        files += sorted(p for p in folder.rglob("*.txt") if not p.name.endswith(".meta.txt"))
    total = 0
    lost_by: dict[str, Counter] = defaultdict(Counter)  # kind -> program -> characters
    lines_by: dict[str, Counter] = defaultdict(Counter)  # kind -> program -> lines
    examples: dict[str, list[str]] = defaultdict(list)
    aside_by: dict[str, Counter] = defaultdict(Counter)
    pages_lost = Counter()
    for path in files:
        tp = path.with_suffix(".json")
        truth = json.loads(tp.read_text("utf-8"))["articles"] if tp.exists() else None
        chars, found = check(path, truth)
        total += chars
        prog = program(path)
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        any_lost = False
        for kind, line, n in found:
            if kind.startswith("furniture:"):
                aside_by[kind][prog] += 1
                if args.aside and not blind(path):
                    print(f"ASIDE {prog} {rel}: [{kind}] {line}")
                if len(examples[kind]) < args.examples * 3 and not blind(path):
                    examples[kind].append(f"{rel}: {line}")
                continue
            any_lost = True
            lost_by[kind][prog] += n
            lines_by[kind][prog] += 1
            if len(examples[kind]) < args.examples and not blind(path):
                examples[kind].append(f"{rel}: {line} ({n})")
            if args.lines and not blind(path):
                print(f"LOST {prog} {rel}: [{kind}] {line} ({n})")
        pages_lost[prog] += any_lost
    print(f"{len(files)} pages, {total} characters compared (ideographs, digits, letters)")
    print("\nLost, by kind (characters / lines), ranked by programs:")
    for kind in sorted(lost_by, key=lambda k: (-len(lost_by[k]), -sum(lost_by[k].values()))):
        c = lost_by[kind]
        print(
            f"  {kind:40s} {sum(c.values()):6d} chars {sum(lines_by[kind].values()):5d} lines "
            f"{len(c):2d} programs  " + " ".join(f"{p}:{n}" for p, n in c.most_common())
        )
        for e in examples[kind]:
            print(f"      {e}")
    print("\nSet aside as furniture (lines; none of them found in the truth's articles):")
    for kind in sorted(aside_by):
        c = aside_by[kind]
        print(f"  {kind:40s} {sum(c.values()):6d} lines  " + " ".join(f"{p}:{n}" for p, n in c.most_common()))
        for e in examples[kind][: args.examples * 3]:
            print(f"      {e}")
    all_lost = sum(sum(c.values()) for c in lost_by.values())
    print(f"\n{sum(pages_lost.values())} pages with loss, {all_lost} characters lost of {total}")
    print("by program: " + " ".join(f"{p}:{sum(lost_by[k][p] for k in lost_by)}" for p in sorted(pages_lost)))


if __name__ == "__main__":
    main()
