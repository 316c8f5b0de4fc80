"""Bookmarks exported for use elsewhere: Markdown to read and quote from, JSON holding every field.

Each Markdown entry cites its source in the GB/T 7714-2015 form for newspaper articles, the form
Chinese journals ask for: `作者. 题名[N]. 报纸名, 出版日期(版次).`, leaving out what is unknown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from reader.bookmarks.store import SCHEMA_VERSION, Bookmark

Format = Literal["md", "json"]
FORMATS: tuple[Format, ...] = ("md", "json")

MAX_AUTHORS = 3
"""GB/T 7714 lists three authors, then 等."""


def date_text(value: str) -> str:
    """`2024年3月5日` or `2024/3/5` as `2024-03-05`; anything else as it is."""
    match = re.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", value)
    if not match:
        return value.strip()
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def page_no_text(value: str) -> str:
    """`第4版`, `04` or `A4` as `4`, `4`, `A4`."""
    match = re.fullmatch(r"\s*第?\s*([A-Za-z]*)0*(\d+)\s*版?\s*", value)
    if match:
        return match.group(1) + match.group(2)
    return value.strip()


def citation(bookmark: Bookmark) -> str:
    """The source of a bookmark as a GB/T 7714 newspaper reference; unknown parts are left out."""
    parts = []
    names = [a.name for a in bookmark.authors if a.name]
    if names:
        shown = names[:MAX_AUTHORS] + (["等"] if len(names) > MAX_AUTHORS else [])
        parts.append(", ".join(shown) + ".")
    parts.append(f"{bookmark.headline or '[无题]'}[N].")
    date, page_no = date_text(bookmark.date), page_no_text(bookmark.page_no)
    source = ", ".join(p for p in (bookmark.paper.strip(), date) if p)
    if page_no:
        source += f"({page_no})"
    if source:
        parts.append(source + ".")
    return " ".join(parts)


def _blockquote(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return "\n>\n".join(f"> {p}" for p in paragraphs)


def to_markdown(bookmarks: Sequence[Bookmark], title: str = "读报书签") -> str:
    """A readable list of the quotes, each with its citation, note and tags."""
    lines = [f"# {title}", "", f"共 {len(bookmarks)} 条。", ""]
    for n, bookmark in enumerate(bookmarks, 1):
        lines += [f"## {n}. {bookmark.headline or '[无题]'}", "", _blockquote(bookmark.quote), ""]
        lines += [f"出处：{citation(bookmark)}", ""]
        if bookmark.note:
            # A backslash before a newline is a CommonMark line break (trailing spaces get stripped).
            lines += ["笔记：" + bookmark.note.replace("\n", "\\\n"), ""]
        if bookmark.tags:
            lines += ["标签：" + "、".join(bookmark.tags), ""]
    return "\n".join(lines)


def to_json(bookmarks: Iterable[Bookmark]) -> str:
    """Every field of every bookmark, UTF-8 text not escaped."""
    records = [b.to_dict() for b in bookmarks]
    document = {
        "format": "duba-bookmarks",
        "schema": SCHEMA_VERSION,
        "count": len(records),
        "bookmarks": records,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export(bookmarks: Sequence[Bookmark], fmt: Format = "md") -> str:
    """The bookmarks in the given format (`md` or `json`)."""
    if fmt == "md":
        return to_markdown(bookmarks)
    if fmt == "json":
        return to_json(bookmarks)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
