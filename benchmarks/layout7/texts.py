"""The texts layout7 draws on: the January 1998 People's Daily and the 2026 Markdown articles.

A `Source` is what one article says (kicker, headline, subtitle, who wrote it, where it was filed, its
paragraphs, its own photo captions), never how a page prints it. The 1998 month is read with
`benchmarks.layout.stories.stories_1998` (its article reconstruction); the 2026 files are read with
`benchmarks.modern_texts` and made sources here, with their datelines (`本报北京1月1日电  （记者X）`)
taken off the first paragraph and their image lines (`![caption　　credit]()`) kept as the article's
own captions. Texts dated 2025 are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts
from benchmarks.layout.stories import byline_authors, stories_1998
from benchmarks.people_daily_1998 import fetch_corpus, read_tagged_lines

_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_DATELINE = re.compile(
    r"^(?:据)?(?:本报|新华社|中新社)(?:[\u4e00-\u9fff·]{2,10}?(?:\d{1,2}月\d{1,2}日)?电|讯)"
    r"(?:\s*（(?P<inner>[^）]{2,40})）)?\s*"
)
_NOT_A_NAME = re.compile(r"^(?:新华社|本报)|社$")
_BYLINE_PARA = re.compile(r"^(?:本报|新华社)(?:驻\S{2,8})?(?:记者|通讯员)\s*[\u4e00-\u9fff\s、]{2,30}$")


@dataclass
class Source:
    """One real article as the source gives it."""

    key: str
    year: int
    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    authors: list[tuple[str, str]] = field(default_factory=list)
    dateline: str | None = None  # the source's own printed dateline (2026 texts)
    place: str | None = None
    trailer: str | None = None  # "（作者为…）" the 1998 reconstruction took off the last paragraph
    photos: list[tuple[str, str | None]] = field(default_factory=list)  # (caption, credit)
    words: list[int] = field(default_factory=list)  # word boundaries in the headline

    @property
    def commentary(self) -> bool:
        """Signed with bare names and no role: a commentary or a guest article."""
        return bool(self.authors) and all(role == "" for role, _ in self.authors)


@dataclass
class Pools:
    """Material shared by all pages: captions, names, places, short headings, questions, kickers."""

    photos: list[tuple[str, str, str | None]] = field(default_factory=list)  # caption, photographer, title
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    kickers: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)


def _dateline_authors(inner: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if "记者" not in inner and "通讯员" not in inner:
        return [("", n) for n in re.split(r"[、，\s]+", inner.strip()) if _NAME.match(n)]
    for role, chunk in re.findall(r"(记者|通讯员)([^记通]+)", inner):
        for name in re.split(r"[、，\s]+", chunk.strip()):
            if _NAME.match(name):
                out.append((role, name))
    return out


def parse_modern(path: Path) -> Source | None:
    """A 2026 article file; None when it is not a two-paragraph article with a headline."""
    text = modern_texts.read(path)
    if not text.headline:
        return None
    bylines = text.bylines
    paragraphs = [p.replace("\u3000", "").strip() for p in text.paragraphs]
    if paragraphs and _BYLINE_PARA.match(paragraphs[0]):
        bylines.append(paragraphs.pop(0))
    authors: list[tuple[str, str]] = []
    for b in bylines:
        found = byline_authors(b)
        if found:
            authors.extend(found)
        else:
            name = "".join(b.split())
            if _NAME.match(name):
                authors.append(("", name))
    dateline = None
    if paragraphs:
        m = _DATELINE.match(paragraphs[0])
        if m and m.end() < len(paragraphs[0]):
            dateline = paragraphs[0][: m.end()].rstrip()
            paragraphs[0] = paragraphs[0][m.end() :]
            if not authors and m.group("inner"):
                authors = _dateline_authors(m.group("inner"))
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) < 2:
        return None
    photos: list[tuple[str, str | None]] = []
    for cap, credit in text.photos:
        if cap and ("摄" in credit or "供图" in credit):
            photos.append((cap, credit))
        elif cap and not credit:
            photos.append((cap, None))
    return Source(
        key=path.stem,
        year=2026,
        headline=text.headline,
        paragraphs=paragraphs,
        kicker=text.kicker or None,
        subtitle=(text.subtitle or "").lstrip("—").strip() or None,
        authors=authors,
        dateline=dateline,
        photos=photos,
    )


def load() -> tuple[list[Source], list[Source], Pools]:
    """(1998 sources, 2026 sources, shared pools), in a fixed order."""
    texts = stories_1998(read_tagged_lines(fetch_corpus()))
    old: list[Source] = []
    for i, s in enumerate(texts.stories):
        if re.match(r"^[一二三四五六七八九十0-9]+[、．.]", s.headline):
            continue  # a numbered part of a longer article, not an article's headline
        if re.match(r"^据?(?:本报|新华社|中新社)", s.paragraphs[0]):
            continue  # a dateline the reconstruction did not take off: its reporters are unknown
        paras = list(s.paragraphs)
        old.append(
            Source(
                key=f"1998-{i:04d}",
                year=1998,
                headline=s.headline,
                paragraphs=paras,
                subtitle=s.subtitle,
                authors=[(r, n) for r, n in s.authors if not _NOT_A_NAME.search(n)],
                place=s.place,
                trailer=s.trailer,
                words=list(s.headline_words),
            )
        )
    new = [s for p in modern_texts.article_paths() if (s := parse_modern(p)) is not None]
    pools = Pools(
        photos=[(p.caption, p.photographer, p.title) for p in texts.photos],
        names=sorted(
            {n for n in texts.names if _NAME.match(n) and not _NOT_A_NAME.search(n)}
            | {n for s in new for _, n in s.authors}
        ),
        places=sorted({p for p in texts.places if 2 <= len(p) <= 4}),
        headings=sorted({s.headline for s in texts.stories if 4 <= len(s.headline) <= 11}),
        questions=sorted(q for q in texts.questions if 5 <= len(q) <= 13),
        kickers=sorted(set(texts.kickers)),
        summaries=sorted(
            {p for s in texts.stories for p in s.paragraphs if 50 <= len(p) <= 110 and p.endswith("。")}
        ),
    )
    return old, new, pools
