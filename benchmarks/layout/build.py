"""Write laid-out pages, their truth and a manifest of the conventions each page uses."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.layout.page import Page
from benchmarks.layout.stories import Texts, stories_1998, texts_markdown

MODERN = Path(__file__).resolve().parent / "texts"


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


def write_split(texts: Texts, seeds: range, folder: Path) -> dict[str, list[str]]:
    """Pages `NAME.txt` with truth `NAME.json` for each seed, and `manifest.json` (page -> tags)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in list(folder.glob("*.txt")) + list(folder.glob("*.json")):
        old.unlink()
    manifest: dict[str, list[str]] = {}
    for seed in seeds:
        page = Page(texts, seed)
        name = f"page_{seed:05d}"
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
