"""Read the real title stacks of 2026 People's Daily articles back: a measure no layout program shapes.

    python benchmarks/title_stacks.py [-v] [--source texts|blocks]

Two sources of stacks as the paper marked them (a kicker's closing "——", a subtitle's leading "——"
kept): the committed article texts (`benchmarks/texts/modern`), and the title blocks of 387 articles
of four other weeks (`benchmarks/texts/title_blocks`, title lines only). Every article with a kicker
(`### `) or a subtitle (`## `) but not both gives one stack. Each is printed over a byline and a short
body, once as one block (title lines straight over each other) and once with a blank line between
the lines, and in two settings: alone (the stack opens a page whose text is a wide block), and in a
page (after another story, its text in a 15-character column, the stack's own text set so too). A
stack counts as read when the kicker, headline and subtitle come back as marked (dashes and spaces
aside). Prints the count per source, setting, form and kind; `-v` also prints the misread stacks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import modern_texts  # noqa: E402
from reader.page.segment import segment  # noqa: E402

TEXTS = modern_texts.MODERN
BLOCKS = ROOT / "benchmarks" / "texts" / "title_blocks" / "2026.jsonl"
Stack = tuple[str | None, str, str | None]
# a neutral body, the same for every stack: alone, in wide lines; in a page, cut at `COLUMN`
BODY = [
    "春耕时节，田间地头一派繁忙景象。农机手驾驶着播种机来",
    "回穿梭，一垄垄新土整齐地铺展开来。",
    "",
    "今年以来，当地持续加大高标准农田建设力度，新建灌溉渠",
    "道二十余公里，让不少地块变成了良田。",
]
COLUMN = 15
# the story printed before the stack in a page, its text in the same column
BEFORE_TITLE = "集市里的烟火气"
BEFORE_TEXT = (
    "清晨的集市上人头攒动，摊主们忙着摆放新鲜的蔬菜瓜果。几位老人坐在树下聊着家常，孩子们在一旁追逐嬉戏。"
    "据介绍，这个集市已有上百年历史，如今经过改造提升，环境更加整洁，吸引了不少周边群众前来选购。"
)


def stacks(folder: Path = TEXTS) -> list[Stack]:
    """(kicker, headline, subtitle) of every article of the texts with a kicker or a subtitle, as marked."""
    texts = [modern_texts.read(path) for path in modern_texts.article_paths(folder)]
    return [(t.kicker, t.headline, t.subtitle) for t in texts if t.headline and (t.kicker or t.subtitle)]


def block_stacks(path: Path = BLOCKS) -> list[Stack]:
    """The same from the title blocks: articles with a kicker or a subtitle, not both."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        block = json.loads(line)
        kicker, headline, subtitle = block["kicker"], block["headline"], block["subtitle"]
        if headline and bool(kicker) != bool(subtitle):
            found.append((kicker, headline, subtitle))
    return found


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", "", (text or "").strip("—"))


def _column(text: str) -> list[str]:
    return [text[i : i + COLUMN] for i in range(0, len(text), COLUMN)]


def page_text(stack: Stack, apart: bool, in_page: bool) -> str:
    """The stack printed over a byline and the body, alone or after another story (`in_page`)."""
    lines = [line for line in stack if line]
    head = "\n\n".join(lines) if apart else "\n".join(lines)
    if not in_page:
        return f"{head}\n■ 本报记者 刘  桐\n\n" + "\n".join(BODY) + "\n"
    body = "".join(BODY)
    before = f"{BEFORE_TITLE}\n■ 本报记者 王  明\n\n" + "\n".join(_column(BEFORE_TEXT)) + "\n\n"
    return before + f"{head}\n■ 本报记者 刘  桐\n\n" + "\n".join(_column(body)) + "\n"


def read_back(stack: Stack, apart: bool, in_page: bool = False) -> tuple[str, str, str]:
    """The stack's article's (kicker, headline, subtitle) as read back: the article signed by the
    stack's byline (the one after the story before it, in a page)."""
    articles = [a for a in segment(page_text(stack, apart, in_page)).articles if a.kind == "article"]
    own = [a for a in articles if "刘桐" in _norm(a.byline)]
    if not own:
        return ("", "", "")
    first = own[0]
    return (_norm(first.kicker), _norm(first.headline), _norm(first.subtitle))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="print the misread stacks")
    ap.add_argument("--source", choices=("texts", "blocks"), action="append", help="default: both")
    args = ap.parse_args()
    sources = {"texts": stacks, "blocks": block_stacks}
    for source in args.source or list(sources):
        found = sources[source]()
        for in_page in (False, True):
            for apart in (False, True):
                counts = {"kicker": [0, 0], "subtitle": [0, 0]}
                for stack in found:
                    kind = "kicker" if stack[0] else "subtitle"
                    want = tuple(_norm(x) for x in stack)
                    got = read_back(stack, apart, in_page)
                    counts[kind][1] += 1
                    if got == want:
                        counts[kind][0] += 1
                    elif args.v:
                        print(f"  {' | '.join(want)}  ->  {' | '.join(got)}")
                setting = "in a page" if in_page else "alone"
                form = "blank line between title lines" if apart else "title lines in one block"
                print(
                    f"{source:6s} {setting:9s} {form:31s}"
                    + "  ".join(f"{kind}+headline {a}/{b}" for kind, (a, b) in counts.items())
                )


if __name__ == "__main__":
    main()
