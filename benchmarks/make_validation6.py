"""Write the sixth validation set: real 2026 texts laid out by a program written blind (`layout6`).

    python benchmarks/make_validation6.py [--out DIR] [--tune N] [--valid N] [--seed S]

Writes DIR/{tune,valid}/page_NNNNNN.txt with its truth page_NNNNNN.json and a manifest.json
mapping each page to its convention tags (read by `benchmarks/segment_validation.py --dir`).
The stories (`benchmarks/texts/modern`, 2026 only) are split once by a fixed seed: tune and valid
never share a story. A split has fewer stories than article slots, so a story is used on several
pages of its own split (each time cut, titled, signed and set anew; never twice on one page); the
pages that reuse one are tagged `story_reused`. Every page passes `layout6.check` or the run stops.

Truth choices (where the bundled page's truth and issue 11 do not decide, what an annotator writes):
- the dateline opening a first paragraph (本报北京1月1日电  （记者X）, 新华社…电, 本报讯（记者 X）)
  is the byline, not body text; its names are the authors, the role carried over 、-listed names;
- a byline's names are the authors: 本报记者/新华社记者/本报驻X记者 -> 记者, 本报通讯员 -> 通讯员,
  a bare name (signed commentary) or a name after a place has no role (""); a trailer's names are
  not authors; an article with no byline and no dateline has none;
- captions printed with an article are its paragraphs in page order: a credit on its own line is a
  paragraph of its own, a credit at the caption's end stays in it (after one space);
- a standalone photo is an item of kind photo: its title (if any) is the headline, its caption the
  paragraph, its credit the byline; the credit's photographer is the author (本报记者 X摄 -> 记者 X,
  X摄 -> no role); 供图 and 资料图片 credits name no author;
- boxes (核心阅读 + summary, 编者按：…, 记者手记), subheads and trailers stay in the body as paragraphs;
- texts keep the paper's own spaces folded to one (a two-part headline has one space); OCR spaces,
  letter-spacing and the ■ and —— around titles and bylines are not part of any field.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout6.check import check  # noqa: E402
from benchmarks.layout6.page import build  # noqa: E402
from benchmarks.layout6.stories import Story, byline_authors, load  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / ".data" / "validation6"


def split_stories(
    stories: list[Story], seed: int, tune_share: float = 0.2
) -> tuple[list[Story], list[Story]]:
    """Stories for tune and for valid: disjoint, drawn once by `seed`."""
    order = sorted(stories, key=lambda s: s.key)
    random.Random(seed).shuffle(order)
    cut = round(len(order) * tune_share)
    return order[:cut], order[cut:]


def is_subhead(text: str) -> bool:
    """A short line that can head a section of another story (not a signature, label, quote or verse)."""
    return (
        4 <= len(text) <= 20
        and not text.startswith(("——", "【", "（"))
        and not text.endswith(("——", "，", "网友"))
        and "：" not in text
        and "  " not in text
    )


def write_split(stories: list[Story], folder: Path, pages: int, seed: int) -> dict:
    """Lay out `pages` pages from `stories` into `folder`; the manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page_*"):
        old.unlink()
    names = sorted({a["name"] for s in stories if s.byline for a in byline_authors(s.byline)})
    subheads = [
        (s.key, b.text) for s in stories for b in s.blocks if b.kind == "subhead" and is_subhead(b.text)
    ]
    questions = [
        (s.key, q)
        for s in stories
        for b in s.blocks
        for q in re.findall(r"[^。！？”“]*？", b.text)
        if 4 <= len(q) <= 16 and q[0] not in "的了是和与，、"
    ]
    pool = [(ph, s) for s in stories for ph in s.photos if not ph.caption.startswith(("数据来源", "本版"))]
    queue: list[Story] = []
    order_rng = random.Random(seed)
    seen: set[str] = set()
    manifest = {}
    for n in range(pages):
        rng = random.Random(seed * 1_000_003 + n)
        count = rng.choice([2, 3, 3, 4, 4, 4, 5, 5, 6])
        page_stories: list[Story] = []
        while len(page_stories) < count:
            if not queue:
                queue = list(stories)
                order_rng.shuffle(queue)
            story = queue.pop()
            if all(story.key != s.key for s in page_stories):
                page_stories.append(story)
        keys = {s.key for s in page_stories}
        free = [(ph, s) for ph, s in pool if s.key not in keys]
        chosen = rng.sample(free, min(len(free), rng.choice([0, 0, 0, 1, 1, 2])))
        photos = []
        for ph, s in chosen:
            title = None
            if rng.random() < 0.5:
                title = re.sub(r"（[^）]*）$", "", " ".join(s.headline.split())).strip() or None
            photos.append((ph, title))
        text, truth, furniture, tags = build(
            page_stories, photos, rng, names, rng.randint(1, 20), (subheads, questions)
        )
        if keys & seen:
            tags.add("story_reused")
        seen |= keys
        tags.add("text_modern")
        name = f"page_{n:06d}.txt"
        truth = {"page": name, "articles": truth["articles"], "furniture": furniture}
        errors = check(text, truth, furniture)
        if errors:
            raise SystemExit(
                f"{folder / name}: the truth check failed:\n  " + "\n  ".join(errors) + "\n" + text
            )
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).with_suffix(".json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), "utf-8"
        )
        manifest[name] = sorted(tags)
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Write the tune and valid splits and print what they hold."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args(argv)
    tune, valid = split_stories(load(), args.seed)
    for split, stories, pages, seed in (
        ("tune", tune, args.tune, args.seed * 10 + 1),
        ("valid", valid, args.valid, args.seed * 10 + 2),
    ):
        manifest = write_split(stories, args.out / split, pages, seed)
        counts: dict[str, int] = {}
        for tags in manifest.values():
            for t in tags:
                counts[t] = counts.get(t, 0) + 1
        arts = sum(
            len(json.loads((args.out / split / n).with_suffix(".json").read_text("utf-8"))["articles"])
            for n in manifest
        )
        print(f"{split}: {len(manifest)} pages, {arts} items, {len(stories)} stories -> {args.out / split}")
        print("  " + "  ".join(f"{t}:{c}" for t, c in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
