"""Bookmarks exported for use elsewhere: Markdown to read and quote from, JSON holding every field,
CSL-JSON and RIS for reference managers.

Each Markdown entry cites its source in the GB/T 7714-2015 form for newspaper articles, the form
Chinese journals ask for: `作者. 题名[N]. 报纸名, 出版日期(版次).`. A paper or a date the page does not
give is said to be unknown in brackets, as GB/T 7714 writes an unknown place or publisher
(`[出版地不详]`): `[报纸名不详]`, `[出版日期不详]`; left out, `题名[N]. 2026-08-19(12).` read as if the
date were the source. Unknown authors and page are left out, as the standard does. When the paper or
the date is unknown (a loose page file with no running head), the entry also names the page's file
(`来源文件：`), and the CSL item gives it as its `archive_location`: without it nothing said where the
quote was read. A page the library holds is named by its path from the library's folder, as the
corrections export names it (`reader.archive.roots`); any other by its full path.

CSL-JSON (the Citation Style Language's data format, which Zotero, Mendeley and pandoc import) gives
each article quoted as an `article-newspaper` item: title, container-title (the paper), issued
date-parts, page, section, authors, and its quotes with their notes as the note. A Chinese name of
two to four Han characters is given as family and given name (a two-character surname such as 欧阳
is recognised), so citation styles sort and print it as a Chinese name; any other name is a literal.
Bookmarks citing one article (the same citation) are one item, and one RIS record: a reference
manager holds an article once.

RIS (`to_ris`), the tagged format every reference manager imports (EndNote, NoteExpress, Zotero,
Mendeley, JabRef, RefWorks), gives each article quoted as a `NEWS` record, its fields where Zotero's
RIS importer (its translator RIS.js) and EndNote read them for that type: `TI` the headline, `AU` each
author (a Han name as `family, given`, as CSL splits it), `T2` the paper, `PY` the year and `DA` the
date (`YYYY/MM/DD/`), `SP` the page, `SE` the section, `AN` the page's file where the citation cannot
say where it was printed, `LA`, `KW` one tag a line, `N1` each quote and, in a note of its own, its
note (Zotero makes each `N1` a note of the item), `ID` its first bookmark's id; `ER` ends it. A
line of a quote or note after its first goes on a line of its own with no tag, which importers add to
the value before it; one that would read as a tag (`AB  - …`) is set in by a space, which they strip.

BibTeX (`to_bibtex`) gives each article quoted as a `@newspaper` entry, as the GB/T 7714 styles for
LaTeX read it (gbt7714-bibtex-style's gbt7714 package; biblatex-gb7714-2015, which takes `journal` as
`journaltitle`): `author` (names joined by `and`), `title`, `journal` the paper, `date` and `year`,
`number` the page (版次: printed `人民日报, 1998-01-04(2).`), `keywords` the tags, `annote` the
quotes and notes, which the styles do not print. Its key is `duba` with the date and the first
bookmark's id (ASCII: classic BibTeX reads no other); LaTeX's special characters are escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from reader.bookmarks.bookmark import SCHEMA_VERSION, Bookmark
from reader.page import rx

Format = Literal["md", "json", "csl", "ris", "bib"]
FORMATS: tuple[Format, ...] = ("md", "json", "csl", "ris", "bib")

MAX_AUTHORS = 3
"""GB/T 7714 lists three authors, then 等."""

UNKNOWN_PAPER = "[报纸名不详]"
UNKNOWN_DATE = "[出版日期不详]"


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
    """The source of a bookmark as a GB/T 7714 newspaper reference: an unknown paper or date is said
    to be unknown (`UNKNOWN_PAPER`, `UNKNOWN_DATE`), unknown authors and page are left out."""
    parts = []
    names = [a.name for a in bookmark.authors if a.name]
    if names:
        shown = names[:MAX_AUTHORS] + (["等"] if len(names) > MAX_AUTHORS else [])
        parts.append(", ".join(shown) + ".")
    parts.append(f"{bookmark.headline or '[无题]'}[N].")
    paper, date = bookmark.paper.strip() or UNKNOWN_PAPER, date_text(bookmark.date) or UNKNOWN_DATE
    page_no = page_no_text(bookmark.page_no)
    parts.append(f"{paper}, {date}" + (f"({page_no})" if page_no else "") + ".")
    return " ".join(parts)


def cited(bookmark: Bookmark, roots: Sequence[Path] = ()) -> str:
    """The quote with its source under it, as the Markdown export gives them (no Markdown): what `Y`
    copies in the reader to paste into a paper or a note. `roots` as for `source_file`."""
    lines = [bookmark.quote, f"出处：{citation(bookmark)}"]
    if source := source_file(bookmark, roots):
        lines.append(f"来源文件：{source}")
    return "\n".join(lines)


def source_file(bookmark: Bookmark, roots: Sequence[Path] = ()) -> str:
    """The page file a bookmark was made on, when its citation cannot say where it was printed (the
    paper or the date unknown); else empty. Where one of `roots` (the library's folders,
    `reader.archive.roots.library_roots`) holds it, its path from that folder, as the corrections
    export gives it; else its full path."""
    if bookmark.paper.strip() and date_text(bookmark.date):
        return ""
    if bookmark.page_path and roots:
        from reader.archive.roots import from_root

        if (inside := from_root(Path(bookmark.page_path), roots)) is not None:
            return inside
    return bookmark.page_path or bookmark.page


def _blockquote(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return "\n>\n".join(f"> {p}" for p in paragraphs)


def to_markdown(bookmarks: Sequence[Bookmark], title: str = "读报书签", roots: Sequence[Path] = ()) -> str:
    """A readable list of the quotes, each with its citation, note and tags (`roots`: `source_file`)."""
    lines = [f"# {title}", "", f"共 {len(bookmarks)} 条。", ""]
    for n, bookmark in enumerate(bookmarks, 1):
        lines += [f"## {n}. {bookmark.headline or '[无题]'}", "", _blockquote(bookmark.quote), ""]
        lines += [f"出处：{citation(bookmark)}", ""]
        if source := source_file(bookmark, roots):
            lines += [f"来源文件：{source}", ""]
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


_COMPOUND = "欧阳司马诸葛上官东方皇甫尉迟公孙慕容长孙宇文司徒夏侯令狐西门南宫独孤端木轩辕呼延申屠万俟闻人澹台"
COMPOUND_SURNAMES = frozenset(_COMPOUND[i : i + 2] for i in range(0, len(_COMPOUND), 2))
_HAN_NAME = rx.compile(r"[\u4e00-\u9fff]{2,4}")


def csl_name(name: str) -> dict[str, str]:
    """A CSL name: `{"family": "刘", "given": "桐"}` for a Han name, else `{"literal": name}`."""
    name = name.strip()
    if _HAN_NAME.fullmatch(name):
        cut = 2 if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES else 1
        return {"family": name[:cut], "given": name[cut:]}
    return {"literal": name}


def _date_parts(value: str) -> list[int] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", date_text(value))
    if not match:
        return None
    return [int(part) for part in match.groups() if part]


def by_reference(bookmarks: Iterable[Bookmark], roots: Sequence[Path] = ()) -> list[list[Bookmark]]:
    """The bookmarks grouped by the article they cite, in the order each article first comes, each
    group's quotes in the article's order: those
    whose citation (`citation`, and `source_file` where it names the page's file) is the same are
    quotes of one article, which a reference manager holds once. (One item a bookmark imported the
    same article into Zotero as often as it was quoted.)"""
    groups: dict[tuple[str, str], list[Bookmark]] = {}
    for bookmark in bookmarks:
        groups.setdefault((citation(bookmark), source_file(bookmark, roots)), []).append(bookmark)
    # an article's quotes in the order the article prints them (the store lists the newest first)
    return [sorted(group, key=lambda b: b.position_selector.start) for group in groups.values()]


def _quotes_noted(group: Sequence[Bookmark]) -> list[str]:
    """Each quote of an article, and after it its note (`笔记：…`) where it has one."""
    out = []
    for bookmark in group:
        out.append(bookmark.quote)
        if bookmark.note.strip():
            out.append("笔记：" + bookmark.note)
    return out


def _tags(group: Sequence[Bookmark]) -> list[str]:
    """The tags of an article's bookmarks, each once, in order."""
    return list(dict.fromkeys(tag for bookmark in group for tag in bookmark.tags))


def _section(bookmark: Bookmark, sections: Mapping[str, str] | None) -> str:
    """The section of `bookmark`'s page in `sections` (see `to_csl`), else ""."""
    if not sections:
        return ""
    return sections.get(bookmark.id) or sections.get(bookmark.page_sha, "")


def to_csl(
    bookmarks: Iterable[Bookmark], sections: Mapping[str, str] | None = None, roots: Sequence[Path] = ()
) -> str:
    """CSL-JSON: a list of `article-newspaper` items, one per article quoted (`by_reference`; its id
    the id of its first bookmark), its quotes and their notes in `note`.

    `sections` gives the section of a bookmark's page, which bookmarks do not store (the library's
    catalogue knows it), by the bookmark's id (of identical copies of a page, the section of its own),
    else by the page's content hash (`Bookmark.page_sha`); `roots` as for `source_file`.
    """
    items = []
    for group in by_reference(bookmarks, roots):
        bookmark = group[0]
        item: dict[str, Any] = {
            "id": bookmark.id,
            "type": "article-newspaper",
            "title": bookmark.headline or "[无题]",
            "language": "zh-CN",
        }
        if bookmark.paper.strip():
            item["container-title"] = bookmark.paper.strip()
        parts = _date_parts(bookmark.date)
        if parts:
            item["issued"] = {"date-parts": [parts]}
        if page_no_text(bookmark.page_no):
            item["page"] = page_no_text(bookmark.page_no)
        if source := source_file(bookmark, roots):
            item["archive_location"] = source
        section = _section(bookmark, sections)
        if section:
            item["section"] = section
        names = [a.name for a in bookmark.authors if a.name.strip()]
        if names:
            item["author"] = [csl_name(n) for n in names]
        item["note"] = "\n\n".join(_quotes_noted(group))
        if tags := _tags(group):
            item["keyword"] = ", ".join(tags)
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


_RIS_TAG = re.compile(r"[A-Z][A-Z0-9] {1,2}-")


def _ris_field(tag: str, value: str) -> list[str]:
    """The lines of one field: the tag and the value's first line, then its other lines untagged."""
    lines = [line.strip() for line in value.split("\n") if line.strip()]
    if not lines:
        return []
    rest = [f" {line}" if _RIS_TAG.match(line) else line for line in lines[1:]]
    return [f"{tag}  - {lines[0]}", *rest]


def _ris_name(name: str) -> str:
    parts = csl_name(name)
    return f"{parts['family']}, {parts['given']}" if "family" in parts else parts["literal"]


def to_ris(
    bookmarks: Iterable[Bookmark], sections: Mapping[str, str] | None = None, roots: Sequence[Path] = ()
) -> str:
    """RIS: one `NEWS` record per article quoted (`by_reference`, see the module notes). `sections`
    gives the section of a bookmark's page (as for `to_csl`); `roots` as for `source_file`."""
    out: list[str] = []
    for group in by_reference(bookmarks, roots):
        bookmark = group[0]
        lines = ["TY  - NEWS", *_ris_field("TI", bookmark.headline or "[无题]")]
        for author in bookmark.authors:
            if author.name.strip():
                lines += _ris_field("AU", _ris_name(author.name))
        lines += _ris_field("T2", bookmark.paper.strip())
        date = date_text(bookmark.date)
        if match := re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", date):
            year, month, day = match.groups()
            lines += _ris_field("PY", year)
            lines += _ris_field("DA", f"{year}/{month or ''}/{day or ''}/")
        lines += _ris_field("SP", page_no_text(bookmark.page_no))
        lines += _ris_field("SE", _section(bookmark, sections))
        lines += _ris_field("AN", source_file(bookmark, roots))
        lines += _ris_field("LA", "zh-CN")
        for tag in _tags(group):
            lines += _ris_field("KW", tag)
        for note in _quotes_noted(group):
            lines += _ris_field("N1", note)
        lines += _ris_field("ID", bookmark.id)
        out += [*lines, "ER  - ", ""]
    return "\n".join(out)


_TEX_SPECIAL = {c: "\\" + c for c in "&%$#_{}"} | {
    "\\": r"\textbackslash{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _tex(text: str) -> str:
    """`text` for a BibTeX field: LaTeX's special characters escaped, lines joined by a space."""
    return " ".join(
        "".join(_TEX_SPECIAL.get(c, c) for c in line) for line in text.split("\n") if line.strip()
    )


def to_bibtex(bookmarks: Iterable[Bookmark], roots: Sequence[Path] = ()) -> str:
    """BibTeX: one `@newspaper` entry per article quoted (`by_reference`, see the module notes)."""
    out: list[str] = []
    for group in by_reference(bookmarks, roots):
        bookmark = group[0]
        date = date_text(bookmark.date)
        dated = re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", date)
        key = "duba" + (date.replace("-", "") if dated else "") + "-" + bookmark.id[:8]
        fields = [
            ("author", " and ".join(_tex(a.name) for a in bookmark.authors if a.name.strip())),
            ("title", _tex(bookmark.headline or "[无题]")),
            ("journal", _tex(bookmark.paper.strip())),
            ("date", date if dated else ""),
            ("year", date[:4] if dated else ""),
            ("number", _tex(page_no_text(bookmark.page_no))),
            ("keywords", _tex(", ".join(_tags(group)))),
            ("annote", _tex(" / ".join(_quotes_noted(group)))),
            ("howpublished", _tex(source_file(bookmark, roots))),
        ]
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
        out.append(f"@newspaper{{{key},\n{body}\n}}\n")
    return "\n".join(out)


def export(
    bookmarks: Sequence[Bookmark],
    fmt: Format = "md",
    sections: Mapping[str, str] | None = None,
    roots: Sequence[Path] = (),
) -> str:
    """The bookmarks in the given format (`md`, `json`, `csl`, `ris` or `bib`); `sections` as for `to_csl`,
    `roots` (the library's folders) as for `source_file`."""
    if fmt == "md":
        return to_markdown(bookmarks, roots=roots)
    if fmt == "json":
        return to_json(bookmarks)
    if fmt == "csl":
        return to_csl(bookmarks, sections, roots)
    if fmt == "ris":
        return to_ris(bookmarks, sections, roots)
    if fmt == "bib":
        return to_bibtex(bookmarks, roots)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
