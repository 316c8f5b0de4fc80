"""Titles centred in their column by leading spaces read as titles, not as indented paragraphs.

Some extractors keep where a line stands across its column, so a headline or a byline set in the
middle opens with a run of spaces, wider than any paragraph's indent. Read as an indent, it made the
headline the first line of a paragraph. A page so extracted must read as the same page set flush.
"""

from __future__ import annotations

from pathlib import Path

from reader.corpus import load_page

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def centred(text: str, width: int = 40) -> str:
    """Every short line that finishes no sentence and stands next to a blank line (the page's
    titles, bylines and running heads) set in the middle of a `width`-cell column."""
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines):
        bare = line.strip()
        apart = k == 0 or not lines[k - 1].strip() or k + 1 == len(lines) or not lines[k + 1].strip()
        if bare and apart and len(bare) < 14 and bare[-1] not in "。！？”" and not line.startswith("\u3000"):
            line = " " * ((width - 2 * len(bare)) // 2) + bare
        out.append(line)
    return "\n".join(out)


def articles(path: Path) -> list[dict]:
    return [a.to_dict() for a in load_page(path, use_cache=False, corrections=False).articles]


def test_a_page_with_centred_titles_reads_as_the_page_set_flush(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    text = centred(PAGE.read_text(encoding="utf-8"))
    assert text.count("\n      ") >= 8  # (the page's titles and bylines are set in)
    page.write_text(text, encoding="utf-8")
    assert articles(page) == articles(PAGE)
