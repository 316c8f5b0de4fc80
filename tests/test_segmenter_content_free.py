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


MODERN = Path(__file__).parent.parent / "benchmarks" / "texts" / "modern"


def modern_strings() -> set[str]:
    """From the real 2026 article texts committed for the layout programs: every 6-character run of each
    title's pieces (split at spaces and punctuation, so a column tag like `（快评）` or a kicker's `——` is
    left out) holding five ideographs, and every byline name of three or more letters."""
    found: set[str] = set()
    for text in MODERN.glob("*.md"):
        for line in text.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                for piece in re.split(r"[\s（）()，、：；—…！？。“”‘’·《》]+", line.lstrip("#")):
                    found.update(
                        run
                        for i in range(max(len(piece) - 5, 0))
                        if len(re.findall(r"[\u4e00-\u9fff]", run := piece[i : i + 6])) >= 5
                    )
            elif line.startswith("> "):
                for name in re.split(r"\s{2,}", line[2:].strip()):
                    name = squeeze(name)
                    if 3 <= len(name) <= 4 and not re.search(r"[记者报社员电讯（）]", name):
                        found.add(name)
    return found


def test_no_title_or_name_from_the_committed_texts_in_the_segmenter() -> None:
    """The same for the real texts the layout programs set (benchmarks/texts/modern): a docstring's example
    of a wrapped title or a byline is made up, not quoted from a page the segmenter is measured on."""
    strings = modern_strings()
    assert len(strings) > 500  # the texts were read
    found = []
    for source in SOURCES:
        code = squeeze(source.read_text(encoding="utf-8"))
        found += [(source.name, s) for s in sorted(strings) if s in code]
    assert not found, found
