"""The article model: what the segmenter produces and every later stage reads.

Plain dataclasses with no dependency beyond the standard library, so the
segmenter, the index, the bookmark store and the UI all share one vocabulary.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["article", "photo"]

UNCERTAIN_BELOW = 0.55
"""Articles whose confidence is under this are marked uncertain.

The confidence is the chance that an article's boundaries and titles are right (`reader.page.doubt`).
Chosen on the tune splits of the outside page sets to mark about the share of articles the reader
marked before the confidence was refitted on layouts 2–9 (a sixth), with more of the wrong ones among
them and more of the wrong ones marked: see `benchmarks/confidence_calibration.py`."""

SHORT_TITLE_CELLS = 40
"""Terminal cells a short title takes at most (command palette, citations, `duba search`)."""

SENTENCE_ENDS = "。！？；"


def cell_width(text: str) -> int:
    """Terminal cells `text` takes: East Asian wide and full-width characters two, combining marks none.

    The same count as Rich's for the text of pages (kept here so the model needs no UI library).
    """
    return sum(char_cells(char) for char in text)


@functools.lru_cache(maxsize=8192)
def char_cells(char: str) -> int:
    """Terminal cells of one character (`cell_width` of a text is their sum)."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cut_to_cells(text: str, width: int, ellipsis: str = "…") -> str:
    """`text` cut to at most `width` cells, the cut marked with `ellipsis` (by cells, never characters)."""
    if 2 * len(text) <= width:  # no character takes more than two cells
        return text
    room = width - cell_width(ellipsis)
    used = 0
    cut = 0
    for n, char in enumerate(text):  # stops where the text is known not to fit (a caption may be long)
        used += char_cells(char)
        if used <= room:
            cut = n + 1
        elif used > width:
            return text[:cut] + ellipsis if room >= 0 else ""
    return text


@dataclass(frozen=True, slots=True)
class Author:
    """One person credited in a byline, with the role word as printed (记者, 通讯员, 摄影, or "")."""

    role: str
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "name": self.name}


@dataclass(slots=True)
class Article:
    """One article or photo item of a page."""

    id: str
    kind: Kind = "article"
    kicker: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    authors: list[Author] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    page: str = ""
    """File name of the page the article came from."""
    corrected: bool = False
    """True when a reader's correction (reader.corrections) changed this article."""
    confidence: float = 1.0
    """How sure the segmenter is of this article's boundaries and titles (0–1)."""
    contributors: list[str] = field(default_factory=list)
    """People a trailer at the body's end names as helpers (`（肖航参与采写）`): not authors."""

    @property
    def uncertain(self) -> bool:
        """Is the segmenter unsure of this article's boundaries or title (shown dimmed, marked in JSON)?
        An article the reader has corrected is the reader's own answer, so it is never unsure."""
        return self.confidence < UNCERTAIN_BELOW and not self.corrected

    @property
    def text(self) -> str:
        """The body as one string, paragraphs joined by newlines; bookmark offsets index into this."""
        return "\n".join(self.paragraphs)

    @property
    def title(self) -> str:
        """What to call the article in a list: headline, else kicker, else the opening words."""
        for candidate in (self.headline, self.kicker, self.subtitle):
            if candidate:
                return candidate
        return self.paragraphs[0] if self.paragraphs else ""

    def short_title(self, width: int = SHORT_TITLE_CELLS, ellipsis: str = "…") -> str:
        """What to call the article where room is short, at most `width` terminal cells.

        The headline (else kicker, else subtitle) on one line; for a photo or an article with none, the
        opening of its first paragraph, up to the end of its first sentence. Cut by cell width, so a
        caption never stands in as a whole paragraph-long "headline". A photo printed with its credit
        alone (`新华社记者 韩超摄`) is called by its credit, not by nothing.
        """
        for candidate in (self.headline, self.kicker, self.subtitle):
            if candidate and candidate.strip():
                return cut_to_cells(" ".join(candidate.split()), width, ellipsis)
        opening = " ".join(self.paragraphs[0].split()) if self.paragraphs else ""
        if not opening:
            return cut_to_cells(" ".join((self.byline or "").split()), width, ellipsis)
        ends = [opening.find(mark) for mark in SENTENCE_ENDS if mark in opening]
        if ends and min(ends) + 1 < len(opening):  # more follows the first sentence: say so
            opening = opening[: min(ends)] + ellipsis
        return cut_to_cells(opening, width, ellipsis)

    @property
    def author_names(self) -> str:
        """Authors' names joined for a citation line."""
        return "、".join(a.name for a in self.authors)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by `duba segment --json` (field names as scored)."""
        return (
            {
                "id": self.id,
                "kind": self.kind,
                "kicker": self.kicker,
                "headline": self.headline,
                "subtitle": self.subtitle,
                "byline": self.byline,
                "authors": [a.to_dict() for a in self.authors],
                "paragraphs": list(self.paragraphs),
                "confidence": self.confidence,
            }
            | ({"corrected": True} if self.corrected else {})
            | ({"contributors": list(self.contributors)} if self.contributors else {})
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any], page: str = "") -> Article:
        """Inverse of `to_dict` (used by the segmentation cache)."""
        return cls(
            id=data["id"],
            kind=data.get("kind", "article"),
            kicker=data.get("kicker"),
            headline=data.get("headline"),
            subtitle=data.get("subtitle"),
            byline=data.get("byline"),
            authors=[Author(a.get("role", ""), a.get("name", "")) for a in data.get("authors", [])],
            paragraphs=list(data.get("paragraphs", [])),
            page=data.get("page", page),
            corrected=bool(data.get("corrected", False)),
            confidence=float(data.get("confidence", 1.0)),
            contributors=list(data.get("contributors", [])),
        )


def article_id(paragraphs: list[str], headline: str | None = None) -> str:
    """A stable id from content, not position: the same article text gives the same id on every run."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update((headline or "").encode("utf-8"))
    digest.update(b"\x00")
    digest.update("\n".join(paragraphs).encode("utf-8"))
    return digest.hexdigest()


@dataclass(slots=True)
class PageMeta:
    """What is known about a page: from a sidecar file or the page's running head. Unknown stays empty."""

    paper: str = ""
    date: str = ""
    page_no: str = ""
    section: str = ""
    editors: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    """Section labels set over a package of stories (`新闻速览`), set aside from the text, in page order."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "paper": self.paper,
            "date": self.date,
            "page_no": self.page_no,
            "section": self.section,
            "editors": list(self.editors),
            "labels": list(self.labels),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageMeta:
        return cls(
            paper=data.get("paper") or "",
            date=data.get("date") or "",
            page_no=str(data.get("page_no") or data.get("page") or ""),
            section=data.get("section") or "",
            editors=list(data.get("editors") or []),
            labels=list(data.get("labels") or []),
        )


@dataclass(slots=True)
class Page:
    """A segmented page: its source file, a hash of its bytes, metadata and articles."""

    path: str
    name: str
    sha: str
    meta: PageMeta
    articles: list[Article]
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What is worth saying about the page that is no problem: a page file edited after it was corrected
    whose corrections all still fit (`reader.corpus`)."""
    blank: bool = False
    """The file holds no text at all, only white space."""
    stale: list[str] = field(default_factory=list)
    """Those of `warnings` that say a stored correction no longer fits the page (the page file or the
    segmenter changed since it was made), one line for each: the reader offers to drop them or to keep
    them unsaid."""
