"""The truth check every laid-out page must pass (a page that fails is an error, not a page).

- every truth paragraph is printed, in truth order, across the whole page;
- every title, byline and standalone-photo field is printed between its article's neighbours;
- every printed character is in the truth or the furniture (■ and the dashes of a title or byline
  are its decoration);
- the truth scores 1.0 on every field against itself with the shared scorer;
- the truth is well formed (kinds, a headline for each article, no empty paragraph).

Texts are compared with white space removed: the page's spaces are the paper's or OCR noise, and
the truth keeps only the paper's.

    python -m layout6.check DIR      (from benchmarks/: checks every page of a generated folder)
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DECORATION = set("■—")
FIELDS = ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body")


def _scorer():
    """The shared scorer (score_pages.score): the repository's copy, else /work/shared's."""
    for path in (ROOT / "tests" / "tools" / "score_pages.py", Path("/work/shared/tools/score_pages.py")):
        if path.exists():
            spec = importlib.util.spec_from_file_location("score_pages", path)
            module = importlib.util.module_from_spec(spec)
            assert spec.loader is not None
            spec.loader.exec_module(module)
            return module.score
    raise FileNotFoundError("score_pages.py")


_SCORE = None


def squeeze(text: str) -> str:
    """`text` without any white space."""
    return "".join(text.split())


def check(page_text: str, truth: dict, furniture: list[str]) -> list[str]:
    """The problems of one page and its truth (empty when the page is good)."""
    global _SCORE
    errors: list[str] = []
    arts = truth.get("articles") or []
    for n, a in enumerate(arts):
        if a.get("kind") not in ("article", "photo"):
            errors.append(f"article {n}: kind {a.get('kind')!r}")
        if a.get("kind") == "article" and not a.get("headline"):
            errors.append(f"article {n}: no headline")
        if not a.get("paragraphs") or any(not p or p != p.strip() for p in a["paragraphs"]):
            errors.append(f"article {n}: empty paragraph or paragraph with outer spaces")
    page = squeeze(page_text)
    covered = [False] * len(page)

    def cover(start: int, end: int, decorate: bool = False) -> None:
        for i in range(start, end):
            covered[i] = True
        if decorate:
            i = start - 1
            while i >= 0 and page[i] in DECORATION and not covered[i]:
                covered[i] = True
                i -= 1
            i = end
            while i < len(page) and page[i] in DECORATION and not covered[i]:
                covered[i] = True
                i += 1

    def find_free(needle: str, lo: int, hi: int) -> int:
        at = page.find(needle, lo, hi)
        while at != -1 and any(covered[at : at + len(needle)]):
            at = page.find(needle, at + 1, hi)
        return at

    # bodies in order across the page
    spans: list[tuple[int, int]] = []
    cursor = 0
    for n, a in enumerate(arts):
        first = last = None
        for p in a.get("paragraphs") or []:
            needle = squeeze(p)
            at = page.find(needle, cursor)
            if at == -1:
                errors.append(f"article {n}: paragraph not printed in order: {p[:30]!r}")
                continue
            cover(at, at + len(needle))
            cursor = at + len(needle)
            first = at if first is None else first
            last = cursor
        spans.append((first if first is not None else cursor, last if last is not None else cursor))
    # furniture before titles: the first article's titles are searched from the page's start, where a
    # byline naming the page's editor (本版责编：X above the signed piece by X) would take the
    # furniture's copy of the name and leave the furniture line unmatched
    for line in furniture:
        needle = squeeze(line)
        at = find_free(needle, 0, len(page))
        if at == -1:
            errors.append(f"furniture not printed: {line!r}")
            continue
        cover(at, at + len(needle))
    # titles and bylines between the neighbours' bodies
    for n, a in enumerate(arts):
        lo = spans[n - 1][1] if n else 0
        hi = spans[n + 1][0] if n + 1 < len(spans) else len(page)
        for name in ("kicker", "headline", "subtitle", "byline"):
            value = a.get(name)
            if not value:
                continue
            needle = squeeze(value).strip("—")
            at = find_free(needle, lo, hi)
            if at == -1:
                errors.append(f"article {n}: {name} not printed near its body: {value!r}")
                continue
            cover(at, at + len(needle), decorate=True)
    loose = [i for i, c in enumerate(covered) if not c]
    if loose:
        i = loose[0]
        errors.append(
            f"{len(loose)} printed characters in no truth text, first at …{page[max(0, i - 10) : i + 10]}…"
        )
    if _SCORE is None:
        _SCORE = _scorer()
    figures, _ = _SCORE(truth, truth)
    bad = [f for f in FIELDS if abs(figures[f] - 1.0) > 1e-9]
    if bad:
        errors.append(f"truth does not score 1.0 against itself on {bad}")
    return errors


def main(argv: list[str]) -> int:
    """Check every page of a generated folder; print the failures; exit 1 on any."""
    folder = Path(argv[0])
    failed = 0
    for page in sorted(folder.glob("page_*.txt")):
        truth = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        errors = check(page.read_text(encoding="utf-8"), truth, truth.get("furniture", []))
        if errors:
            failed += 1
            print(page.name, *errors, sep="\n  ")
    print(f"{failed} of {len(list(folder.glob('page_*.txt')))} pages fail")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
