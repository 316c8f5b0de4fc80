"""Read the real title stacks of the committed 2026 texts back: a measure no layout program shapes.

    python benchmarks/title_stacks.py [-v]

Every article of benchmarks/texts/modern with a kicker (`### `) or a subtitle (`## `) gives its title
lines as the paper marked them (a kicker's closing "——", a subtitle's leading "——" kept). Each stack
is printed over a byline and a short body, once as one block (title lines straight over each other)
and once with a blank line between the lines, and segmented; it counts as read when the kicker,
headline and subtitle come back as marked (dashes aside). Prints the count per form and kind; `-v`
also prints the misread stacks.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import modern_texts  # noqa: E402
from reader.page.segment import segment  # noqa: E402

TEXTS = modern_texts.MODERN
# a neutral body in a 15-character column, the same for every stack
BODY = [
    "春耕时节，田间地头一派繁忙景象。农机手驾驶着播种机来",
    "回穿梭，一垄垄新土整齐地铺展开来。",
    "",
    "今年以来，当地持续加大高标准农田建设力度，新建灌溉渠",
    "道二十余公里，让不少地块变成了良田。",
]


def stacks(folder: Path = TEXTS) -> list[tuple[str | None, str, str | None]]:
    """(kicker, headline, subtitle) of every article with a kicker or a subtitle, as marked."""
    texts = [modern_texts.read(path) for path in modern_texts.article_paths(folder)]
    return [(t.kicker, t.headline, t.subtitle) for t in texts if t.headline and (t.kicker or t.subtitle)]


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", "", (text or "").strip("—"))


def read_back(stack: tuple[str | None, str, str | None], apart: bool) -> tuple[str, str, str]:
    """The first article's (kicker, headline, subtitle) when the stack is printed over the body."""
    lines = [line for line in stack if line]
    head = "\n\n".join(lines) if apart else "\n".join(lines)
    text = f"{head}\n■ 本报记者 刘  桐\n\n" + "\n".join(BODY) + "\n"
    articles = [a for a in segment(text).articles if a.kind == "article"]
    if not articles:
        return ("", "", "")
    first = articles[0]
    return (_norm(first.kicker), _norm(first.headline), _norm(first.subtitle))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="print the misread stacks")
    args = ap.parse_args()
    found = stacks()
    for apart in (False, True):
        counts = {"kicker": [0, 0], "subtitle": [0, 0]}
        for stack in found:
            kind = "kicker" if stack[0] else "subtitle"
            want = tuple(_norm(x) for x in stack)
            got = read_back(stack, apart)
            counts[kind][1] += 1
            if got == want:
                counts[kind][0] += 1
            elif args.v:
                print(f"  {' | '.join(want)}  ->  {' | '.join(got)}")
        form = "blank line between title lines" if apart else "title lines in one block"
        print(f"{form:34s}" + "  ".join(f"{kind}+headline {a}/{b}" for kind, (a, b) in counts.items()))


if __name__ == "__main__":
    main()
