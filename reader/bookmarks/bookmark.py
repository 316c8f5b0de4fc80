"""A bookmark as a value: the passage it keeps, what finds the passage again, and what cites it.

`Bookmark` is immutable: the store (`reader.bookmarks.store`) saves it as a TinyDB document in its
stored form (`to_dict`, `from_dict`), and the export writes that form out. Besides the passage's
selectors (`reader.bookmarks.anchor`) a bookmark keeps its source as a citation names it: the title
(`citation_title`), the authors, the paper, date and page, and the page's file (`page_file`) to open it
again when it is not open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.bookmarks.anchor import TextPositionSelector, TextQuoteSelector
from reader.model import Article, Author
from reader.page.decode import show_controls

SCHEMA_VERSION = 1


def normalize_tags(tags: Iterable[str] | str) -> tuple[str, ...]:
    """Tags as typed: a string is split on commas, spaces and Chinese commas; blanks and repeats dropped."""
    if isinstance(tags, str):
        tags = re.split(r"[,，、\s]+", tags)
    seen: dict[str, None] = {}
    for tag in tags:
        tag = str(tag).strip().lstrip("#")
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A bookmarked passage with what is needed to find it again and to cite it."""

    id: str
    created: str
    """ISO 8601 time in UTC."""
    updated: str
    article_id: str
    page: str
    """File name of the page."""
    page_sha: str
    """`Page.sha` of the page when bookmarked."""
    headline: str
    authors: tuple[Author, ...]
    paper: str
    date: str
    page_no: str
    quote_selector: TextQuoteSelector
    position_selector: TextPositionSelector
    note: str = ""
    tags: tuple[str, ...] = ()
    page_path: str = ""
    """Where the page file was when bookmarked (absolute), to open it again when it is not open."""
    schema: int = SCHEMA_VERSION

    @property
    def quote(self) -> str:
        """The bookmarked text."""
        return self.quote_selector.exact

    @property
    def start(self) -> int:
        return self.position_selector.start

    @property
    def end(self) -> int:
        return self.position_selector.end

    @property
    def author_names(self) -> str:
        return "、".join(a.name for a in self.authors)

    @property
    def created_at(self) -> datetime:
        return parse_time(self.created)

    @property
    def found_by(self) -> str:
        """What a search of the bookmarks matches against (`matches`), case-folded: the headline, the
        quote on one line, the note, the tags as `#tag`, the paper, date and page, the authors."""
        parts = [
            self.headline,
            " ".join(self.quote.split()),
            self.note,
            " ".join(f"#{tag}" for tag in self.tags),
            " ".join(p for p in (self.paper, self.date, self.page_no) if p),
            self.author_names,
        ]
        return "\n".join(p for p in parts if p).casefold()

    def to_dict(self) -> dict[str, Any]:
        """The stored (and JSON-exported) form."""
        return {
            "schema": self.schema,
            "id": self.id,
            "created": self.created,
            "updated": self.updated,
            "article_id": self.article_id,
            "page": self.page,
            "page_sha": self.page_sha,
            "page_path": self.page_path,
            "headline": self.headline,
            "authors": [a.to_dict() for a in self.authors],
            "paper": self.paper,
            "date": self.date,
            "page_no": self.page_no,
            "selector": [self.quote_selector.to_dict(), self.position_selector.to_dict()],
            "note": self.note,
            "tags": list(self.tags),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Bookmark:
        """Inverse of `to_dict`; tolerant of missing fields. Raises ValueError without id or quote.

        Text fields come back with control characters shown as symbols, as decoded pages show them:
        a hand-edited file (JSON's \\u001b is an ESC) must not drive the terminal, and a quote saved
        from a page decoded before that rule still matches the page's text."""

        def text(value: Any) -> str:
            return show_controls(str(value or ""))

        quote: TextQuoteSelector | None = None
        position = TextPositionSelector(-1, -1)
        for selector in data.get("selector") or ():
            if not isinstance(selector, dict):
                continue
            if selector.get("type") == "TextQuoteSelector":
                visible = {k: text(v) if isinstance(v, str) else v for k, v in selector.items()}
                quote = TextQuoteSelector.from_dict(visible)
            elif selector.get("type") == "TextPositionSelector":
                position = TextPositionSelector.from_dict(selector)
        if not data.get("id") or quote is None:
            raise ValueError("a bookmark needs an id and a TextQuoteSelector")
        authors = tuple(
            Author(text(a.get("role")), text(a.get("name")))
            for a in data.get("authors") or ()
            if isinstance(a, dict)
        )
        created = str(data.get("created") or "")
        return cls(
            id=str(data["id"]),
            created=created,
            updated=str(data.get("updated") or created),
            article_id=str(data.get("article_id") or ""),
            page=text(data.get("page")),
            page_sha=str(data.get("page_sha") or ""),
            page_path=str(data.get("page_path") or ""),
            headline=text(data.get("headline")),
            authors=authors,
            paper=text(data.get("paper")),
            date=text(data.get("date")),
            page_no=text(data.get("page_no")),
            quote_selector=quote,
            position_selector=position,
            note=text(data.get("note")),
            tags=tuple(text(tag) for tag in normalize_tags(data.get("tags") or ())),
            schema=int(data.get("schema") or SCHEMA_VERSION),
        )


def matches(text: str, query: str) -> bool:
    """Does `text` (case-folded: `Bookmark.found_by`) hold every space-separated term of `query`?"""
    return all(term in text for term in query.casefold().split())


def parse_time(value: str) -> datetime:
    """A stored ISO 8601 time as an aware datetime (UTC where it names no zone; the earliest time
    there is where it does not parse)."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


CITATION_CAPTION_CELLS = 48
"""Cells of a caption's opening (or an untitled article's) that name it in a citation."""


def page_file(path: str) -> str:
    """A page's file as a bookmark keeps it (`Bookmark.page_path`): the full path, links resolved, so
    that it is found again from any folder; an open page is compared by the same."""
    return str(Path(path).resolve())


def citation_title(article: Article) -> str:
    """The title a citation names: the headline, else the kicker or subtitle; a photo with no
    headline is named by the opening words of its caption, an article with no title at all by its own
    (`无题：…`).

    An article with no title is most often one the reader split off (S) because it is a story of its
    own: the title of the article it was cut from would cite another story, and a bare `[无题]` names
    none (every such quote of a paper's day cited alike). Its opening words are what a researcher
    cites an untitled piece by, and they are the same for every passage quoted from it."""
    title = article.headline or article.kicker or article.subtitle
    if title:
        return title
    if not article.paragraphs or not article.paragraphs[0].strip():
        return ""
    opening = article.short_title(CITATION_CAPTION_CELLS)
    return ("图片：" if article.kind == "photo" else "无题：") + opening
