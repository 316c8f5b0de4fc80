"""Write the fifth validation set: real People's Daily texts laid out by `benchmarks/layout5`.

    python benchmarks/make_validation5.py [--tune N] [--valid N] [--out DIR]

Writes DIR/tune (seeds 0..N-1) and DIR/valid (seeds 800000..), each with one `page_NNNNNN.txt` page, its
`page_NNNNNN.json` truth and a `manifest.json` mapping every page to its convention tags (the format
`benchmarks/segment_validation.py --dir` reads). Tune and valid pages draw on disjoint stories.
Every truth is checked on writing (`layout5.check`); a page that fails is an error, not skipped.
The 1998 month is downloaded into the git-ignored benchmarks/.data on first use.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.layout5.check import problems  # noqa: E402
from benchmarks.layout5.page import build_page  # noqa: E402
from benchmarks.layout5.stories import Photo, Story, name_lines, read_1998, read_modern  # noqa: E402
from benchmarks.people_daily_1998 import fetch_corpus, read_tagged_lines  # noqa: E402

DEFAULT_OUT = HERE / ".data" / "validation5"
VALID_SEED = 800000


def load_pools() -> dict[str, dict[str, list[Story]]]:
    """Stories for each split: every fifth story (by position) for tune, the rest for valid."""
    modern = read_modern()
    tagged = read_tagged_lines(fetch_corpus())
    old = read_1998(["".join(w for w, _ in line) for line in tagged], name_lines(tagged))
    pools: dict[str, dict[str, list[Story]]] = {}
    for split, keep in (("tune", lambda k: k % 5 == 0), ("valid", lambda k: k % 5 != 0)):
        mine_modern = [s for k, s in enumerate(modern) if keep(k)]
        mine_old = [s for k, s in enumerate(old) if keep(k)]
        pools[split] = {
            "modern": [s for s in mine_modern],
            "1998": [s for s in mine_old if s.paragraphs],
            "photo_1998": [s for s in mine_old if "photo_story" in s.tags],
        }
    return pools


def pick_photos(
    rng: random.Random, pool: dict[str, list[Story]], used: set[int]
) -> list[tuple[str | None, list[Photo]]]:
    """Zero to two photos standing alone, titled or not, from stories not on the page."""
    out: list[tuple[str | None, list[Photo]]] = []
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        fresh = [s for s in pool["photo_1998"] if id(s) not in used]
        if fresh and rng.random() < 0.4:
            s = rng.choice(fresh)
            used.add(id(s))
            photos = copy.deepcopy(s.photos)
            out.append((s.headline if rng.random() < 0.6 else None, photos))
            continue
        with_photos = [s for s in pool["modern"] if s.photos and id(s) not in used]
        if not with_photos:
            continue
        s = rng.choice(with_photos)
        used.add(id(s))
        credited = [p for p in s.photos if p.credit and p.caption and not p.credit.startswith("以上")]
        if not credited:
            continue
        photos = [copy.deepcopy(rng.choice(credited))]
        out.append((s.headline.split("（")[0] if rng.random() < 0.3 else None, photos))
    return out


def make_page(
    seed: int, pool: dict[str, list[Story]], names: list[str]
) -> tuple[str, dict, list[str], list[str]]:
    """One page from a seed: its text, truth, tags and furniture lines."""
    rng = random.Random(seed)
    mode = rng.choice(["modern", "1998", "mixed", "mixed"])
    count = rng.randint(3, 7)
    stories: list[Story] = []
    budget = rng.randint(3500, 7000)
    used: set[int] = set()
    for _ in range(200):  # bounded: a small pool may run out of unused stories
        if len(stories) >= count:
            break
        source = mode if mode != "mixed" else rng.choice(["modern", "1998"])
        illustrated = [x for x in pool[source] if x.photos and x.paragraphs]
        # stories printed with their photos are few; draw them more often than their share
        s = rng.choice(illustrated if illustrated and rng.random() < 0.15 else pool[source])
        if id(s) in used:
            continue
        size = sum(len(p) for p in s.paragraphs)
        if stories and size > budget:
            if len(stories) >= 2:
                break
            continue
        used.add(id(s))
        budget -= size
        stories.append(copy.deepcopy(s))
    photos = pick_photos(rng, pool, used)
    text, truth, tags, furniture = build_page(stories, photos, rng, names)
    tags = sorted(set(tags) | {f"source_{mode}"})
    return text, truth, tags, furniture


def write_split(folder: Path, seeds: range, pool: dict[str, list[Story]]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("*.txt"), *folder.glob("*.json")]:
        old.unlink()
    names = sorted({n for s in pool["modern"] + pool["1998"] for _, n in s.authors if len(n) in (2, 3)})
    manifest = {}
    bad = 0
    for seed in seeds:
        text, truth, tags, furniture = make_page(seed, pool, names)
        name = f"page_{seed:06d}.txt"
        truth["page"] = name
        found = problems(text, truth, furniture)
        if found:
            bad += 1
            print(f"{folder.name}/{name}: " + "; ".join(found[:3]), file=sys.stderr)
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).with_suffix(".json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        manifest[name] = tags
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune", type=int, default=50)
    ap.add_argument("--valid", type=int, default=200)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    pools = load_pools()
    bad = write_split(args.out / "tune", range(args.tune), pools["tune"])
    bad += write_split(args.out / "valid", range(VALID_SEED, VALID_SEED + args.valid), pools["valid"])
    print(f"{args.tune} tune and {args.valid} valid pages in {args.out}; {bad} with truth problems")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
