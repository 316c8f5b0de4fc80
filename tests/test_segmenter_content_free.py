"""The segmenter follows how newspapers are laid out, never the words of one page.

No name, title or run of text from the bundled page (the only page with hand-checked truth in the
repository) may appear in `reader/page/`'s code, comments or docstrings: a rule keyed to one page's words
scores well on that page and fails on every other.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import reader.page

DATA = Path(__file__).parent / "data"
SOURCES = sorted(Path(reader.page.__file__).parent.glob("*.py"))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_strings() -> tuple[set[str], set[str]]:
    """The bundled page's author names, and its titles plus every 6-character run of its text
    holding at least four ideographs."""
    names: set[str] = set()
    runs: set[str] = set()
    for truth in DATA.glob("*.json"):
        for article in json.loads(truth.read_text(encoding="utf-8"))["articles"]:
            names.update(squeeze(a["name"]) for a in article.get("authors") or [])
            for field in ("kicker", "headline", "subtitle"):
                if article.get(field):
                    runs.add(squeeze(article[field]))
            for text in article.get("paragraphs") or []:
                text = squeeze(text)
                runs.update(text[i : i + 6] for i in range(len(text) - 5))
    words = {r for r in runs if len(re.findall(r"[\u4e00-\u9fff]", r)) >= 4}  # not `3月12日，`
    return {n for n in names if len(n) >= 2}, words


def test_no_text_from_the_bundled_page_in_the_segmenter() -> None:
    names, runs = page_strings()
    assert names and runs  # the truth file was read
    found = []
    for source in SOURCES:
        code = squeeze(source.read_text(encoding="utf-8"))
        found += [(source.name, n) for n in names if n in code]
        found += [(source.name, r) for r in runs if r in code]
    assert not found, found
