"""Files that hold several printed pages, parted by form feeds.

`pdftotext` prints a whole issue into one file, a form feed between its pages. Each page has its own
running head, columns and habits (indents, blank lines, where its headlines stand), so each is
segmented on its own and their articles follow one another in the file's order. A file with no
form feed is one page. (Decoding reads a form feed as `decode.PAGE_BREAK`.)
"""

from __future__ import annotations

from typing import Any, TypeVar

from reader.page import rx
from reader.page.decode import PAGE_BREAK

Segmentation = TypeVar("Segmentation", bound=Any)
"""(`reader.page.segment.Segmentation`, which imports this module: named here, not imported)"""

_BREAKS = rx.compile(f"[\f{PAGE_BREAK}]")  # (a form feed as decoding reads it, or as given)


def sheets(text: str) -> list[str]:
    """The printed pages of a file's text, parted at its form feeds, blank ones left out; the text
    itself where it holds no form feed or nothing but one page."""
    if "\f" not in text and PAGE_BREAK not in text:
        return [text]
    parts = [part for part in _BREAKS.split(text) if part.strip()]
    return parts or [_BREAKS.sub("\n", text)]


def joined(results: list[Segmentation]) -> Segmentation:
    """One file's segmentation from its pages', in page order: the first page's metadata (read from
    its running head), every page's articles, warnings, doubts and furniture."""
    first = results[0]
    for other in results[1:]:
        first.articles += other.articles
        first.warnings += [w for w in other.warnings if w not in first.warnings]
        first.doubts.update(other.doubts)
        first.furniture += other.furniture
    return first
