"""Write laid-out pages, their truth and a manifest of the conventions each page uses."""

from __future__ import annotations

import argparse
import collections
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.layout.page import Page
from benchmarks.layout.stories import Photo, Texts, stories_1998, texts_markdown

MODERN = Path(__file__).resolve().parent / "texts"
# The committed 2026 article texts (benchmarks/texts/modern/README.md); only `--modern-only` reads them,
# so the default splits stay what they were.
MODERN_TEXTS = Path(__file__).resolve().parent.parent / "texts" / "modern"


def load_texts(with_1998: bool = True) -> Texts:
    """Every real text the layout program draws on: committed modern Markdown, and the 1998 month
    (downloaded on first use) unless `with_1998` is false."""
    texts = Texts()
    if MODERN.is_dir():
        texts.extend(texts_markdown(MODERN))
    if with_1998:
        from benchmarks.people_daily_1998 import fetch_corpus, read_tagged_lines

        texts.extend(stories_1998(read_tagged_lines(fetch_corpus())))
    texts.names = sorted(set(texts.names))
    texts.places = sorted(set(texts.places))
    texts.questions = sorted(set(texts.questions))
    texts.columns = sorted(set(texts.columns))
    texts.kickers = sorted(set(texts.kickers))
    return texts


_MODERN_PLACE = re.compile(r"^(?:本报|新华社)([\u4e00-\u9fff]{2,4}?)\d{1,2}月\d{1,2}日电")
_MODERN_PHOTO = re.compile(r"^!\[(?P<caption>[^\]　]+)　　(?P<credit>[^\]]+?)摄(?:（[^）]*）)?\]")


def modern_texts(folder: Path = MODERN_TEXTS) -> Texts:
    """The committed 2026 texts alone, with the pools a page needs besides stories: dateline places,
    and photos from the captions kept as `![caption　　credit]()` lines (`…摄` credits only)."""
    texts = texts_markdown(folder)
    for path in sorted(folder.rglob("2*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _MODERN_PLACE.match(line)
            if m:
                texts.places.append(m.group(1))
            m = _MODERN_PHOTO.match(line)
            if m:
                credit = re.sub(r"^(?:本报|新华社)?记者", "", m.group("credit")).strip()
                texts.photos.append(Photo(caption=m.group("caption"), photographer=credit))
    for name in ("names", "places", "questions", "columns", "kickers"):
        setattr(texts, name, sorted(set(getattr(texts, name))))
    return texts


def write_split(
    texts: Texts, seeds: range, folder: Path, make_page: Callable[[Texts, int], Any] = Page, digits: int = 5
) -> dict[str, list[str]]:
    """Pages `NAME.txt` with truth `NAME.json` for each seed, and `manifest.json` (page -> tags).
    `make_page(texts, seed)` lays a page out (this layout program's `Page` unless another is given)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in list(folder.glob("*.txt")) + list(folder.glob("*.json")):
        old.unlink()
    manifest: dict[str, list[str]] = {}
    for seed in seeds:
        page = make_page(texts, seed)
        name = f"page_{seed:0{digits}d}"
        (folder / f"{name}.txt").write_text(page.text, encoding="utf-8")
        truth = {"page": f"{name}.txt", "seed": seed, **page.truth}
        (folder / f"{name}.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        manifest[f"{name}.txt"] = sorted(page.tags)
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


def write_splits(
    texts: Texts,
    out: Path,
    tune: int,
    valid: range,
    make_page: Callable[[Texts, int], Any] = Page,
    digits: int = 5,
) -> None:
    """The tuning split (seeds 0..tune-1) and the validation split (seeds `valid`) under `out`, with the
    count of pages per convention tag printed."""
    for split, seeds in (("tune", range(tune)), ("valid", valid)):
        manifest = write_split(texts, seeds, out / split, make_page, digits)
        counts = collections.Counter(tag for tags in manifest.values() for tag in tags)
        print(f"{split}: {len(manifest)} pages in {out / split}")
        print("  " + ", ".join(f"{tag} {n}" for tag, n in sorted(counts.items())))


def main(
    doc: str,
    default_out: Path,
    first_valid_seed: int,
    default_valid: int,
    make_page: Callable[[Texts, int], Any] = Page,
    digits: int = 5,
) -> None:
    """The command line of a `make_validation` script: `--out DIR --tune N --valid N`, or
    `--modern-only --out DIR [--pages N]`: one folder of pages laid out from the committed 2026 texts
    alone (seeds from `first_valid_seed`), for a measure on modern conventions."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--out", type=Path, default=default_out)
    ap.add_argument("--tune", type=int, default=60)
    ap.add_argument("--valid", type=int, default=default_valid)
    ap.add_argument("--modern-only", action="store_true", help="lay out only benchmarks/texts/modern")
    ap.add_argument("--pages", type=int, default=100, help="pages with --modern-only")
    args = ap.parse_args()
    if args.modern_only:
        texts = modern_texts()
        print(
            f"texts: {len(texts.stories)} modern stories, {len(texts.photos)} photos, "
            f"{len(texts.names)} names, {len(texts.places)} places"
        )
        seeds = range(first_valid_seed, first_valid_seed + args.pages)
        manifest = write_split(texts, seeds, args.out, make_page, digits)
        print(f"{len(manifest)} pages in {args.out}")
        return
    texts = load_texts()
    print(
        f"texts: {len(texts.stories)} stories, {len(texts.photos)} photos, {len(texts.names)} names, "
        f"{len(texts.places)} places, {len(texts.questions)} questions, {len(texts.columns)} column tags"
    )
    valid = range(first_valid_seed, first_valid_seed + args.valid)
    write_splits(texts, args.out, args.tune, valid, make_page, digits)
