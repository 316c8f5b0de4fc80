"""Count the page text the segmenter loses: ideographs of a page that end up in no article.

    python benchmarks/text_kept.py [--dir DIR ...] [--examples K]

For every `*.txt` page under the given folders (default: the corpus page and the laid-out sets
under `benchmarks/.data/`), the page is segmented with `reader.page.segment.explain`. Its units
hold every line the segmenter did not set aside as page furniture (running heads, page numbers,
date lines, editors' credits), so the page's ideographs are counted over the units' text and
compared, as multisets (`collections.Counter`), with the ideographs of every article's kicker,
headline, subtitle, byline, paragraphs and contributors. Only ideographs are compared: cleaning
legitimately changes spaces and punctuation. A contributors' trailer (`（肖航参与采写）`) keeps
only the names, so its remaining words are counted apart as `trailer words`, not as lost.

Prints the pages with any loss, the total of lost characters and a few examples of lost text.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.page.segment import explain  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
DEFAULT_DIRS = [
    ROOT / "corpus",
    *(DATA / s for s in ("validation", "validation2", "validation3", "validation4", "modern2")),
]
IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
TRAILER_WORDS = Counter("参与采写")


def ideographs(text: str) -> Counter:
    """The multiset of ideographs in `text`."""
    return Counter(IDEOGRAPH.findall(text))


def kept_text(article) -> str:
    """Every text field of an article that a reader sees."""
    parts = [article.kicker, article.headline, article.subtitle, article.byline, *article.paragraphs]
    return "\n".join(p for p in [*parts, *article.contributors] if p)


def lost_runs(units: list[str], lost: Counter) -> list[str]:
    """Runs of the units' text made only of lost characters (greedy, for examples)."""
    left = Counter(lost)
    runs = []
    for text in units:
        run = ""
        for ch in text:
            if IDEOGRAPH.match(ch) and left[ch] > 0:
                run += ch
                left[ch] -= 1
            elif run and not IDEOGRAPH.match(ch):
                run += ch
            else:
                if len(IDEOGRAPH.findall(run)) >= 2:
                    runs.append(run.strip())
                run = ""
        if len(IDEOGRAPH.findall(run)) >= 2:
            runs.append(run.strip())
    return runs


def check(path: Path) -> tuple[int, int, Counter, list[str]]:
    """(page ideographs, lost ideographs, lost multiset, unit texts) for one page file."""
    rows, result = explain(path.read_text(encoding="utf-8"), path.name)
    units = [row.text for row in rows]
    page = ideographs("\n".join(units))
    kept = Counter()
    for article in result.articles:
        kept += ideographs(kept_text(article))
    lost = page - kept
    trailers = sum(bool(a.contributors) for a in result.articles)
    lost -= Counter({ch: n * trailers for ch, n in TRAILER_WORDS.items()})
    return sum(page.values()), sum(lost.values()), lost, units


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, action="append", help="folder of pages (repeatable)")
    parser.add_argument("--examples", type=int, default=3, help="examples of lost text per page")
    args = parser.parse_args(argv)
    files = []
    for folder in args.dir or DEFAULT_DIRS:
        files += sorted(p for p in folder.rglob("*.txt") if not p.name.endswith(".meta.txt"))
    total_chars = total_lost = with_loss = 0
    for path in files:
        chars, lost_n, lost, units = check(path)
        total_chars += chars
        total_lost += lost_n
        if lost_n:
            with_loss += 1
            examples = lost_runs(units, lost)[: args.examples]
            print(
                f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {lost_n} lost  {examples}"
            )
    print(f"{len(files)} pages, {total_chars} ideographs outside furniture")
    print(f"{with_loss} pages with loss, {total_lost} ideographs lost")


if __name__ == "__main__":
    main()
