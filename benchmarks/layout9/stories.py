"""Read the real 2026 People's Daily article texts (benchmarks/texts/modern/*.md) into stories.

A story is what the paper printed for one article, before any layout: kicker, headline, subtitle, the
byline's people (from the `> ` line or the opening dateline's parenthesis), the body paragraphs (the
dateline cut off the first one) and the photo captions. Files this reader cannot read for sure (a byline
it cannot split into role and names, a dateline and a byline both) are skipped, never guessed: a wrong
truth is worse than a missing story. Files dated 2025 are refused (kept for the independent check).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

MODERN = modern_texts.MODERN

# byline role prefixes as printed -> the role recorded in the truth
ROLES = (
    ("本报特约记者", "特约记者"),
    ("本报记者", "记者"),
    ("本报通讯员", "通讯员"),
    ("新华社记者", "记者"),
)
DATELINE = re.compile(
    r"^((?:本报|新华社|据新华社)[^，。“”、（）\s]{0,12}?(?:电|讯))([ 　]*（([^）]{1,30})）)?"
)
PLACE_ENDS = set("省市县区州镇乡村")  # a place printed before a name ("某县  X"), not a name
NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


@dataclass
class Photo:
    """One printed photo: its caption and the credit printed with it (None when it has none)."""

    caption: str
    credit: str | None


@dataclass
class Story:
    """One article as printed in the paper, before layout."""

    key: str
    date: str
    kicker: str | None
    headline: str
    subtitle: str | None
    byline: str | None  # the byline line as the source prints it (None for a datelined story)
    dateline: str | None  # "本报北京9月2日电" (the place/date part), None when there is none
    authors: list[tuple[str, str]]  # (role, name), role "" for a bare name
    paragraphs: list[str]
    photos: list[Photo] = field(default_factory=list)

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)

    @property
    def signed(self) -> bool:
        """A commentary signed with a bare name (no role)."""
        return bool(self.authors) and all(role == "" for role, _ in self.authors) and self.dateline is None


def split_names(text: str) -> list[str] | None:
    """Names from a run like `马跃峰  苏  滨`: single letters pair up into a letter-spaced name."""
    tokens = text.replace("、", " ").split()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1:
            if i + 1 >= len(tokens) or len(tokens[i + 1]) != 1:
                return None
            tok = tok + tokens[i + 1]
            i += 1
        if not NAME.match(tok) or (len(tok) >= 4 and tok[-1] in PLACE_ENDS):
            return None
        names.append(tok)
        i += 1
    return names or None


def parse_byline(line: str) -> list[tuple[str, str]] | None:
    """(role, name) pairs of a `> ` byline, or None when it is not a plain role + names line."""
    line = line.strip()
    for prefix, role in ROLES:
        if line.startswith(prefix):
            names = split_names(line[len(prefix) :])
            return [(role, n) for n in names] if names else None
    names = split_names(line)
    return [("", n) for n in names] if names else None


def parse_paren(text: str) -> list[tuple[str, str]] | None:
    """(role, name) pairs of a dateline parenthesis: `记者A、B`, `记者 A 通讯员 B`, `A、B`."""
    out: list[tuple[str, str]] = []
    role = ""
    for part in re.split(r"(记者|通讯员)", text):
        part = part.strip(" 　、")
        if part in ("记者", "通讯员"):
            role = part
            continue
        if not part:
            continue
        names = [n for n in re.split(r"[、\s]+", part) if n]
        if not all(NAME.match(n) for n in names):
            return None
        out += [(role, n) for n in names]
    return out or None


def read_story(path: Path) -> Story | None:
    """One Markdown text as a Story, or None when it cannot be read for sure."""
    text = modern_texts.read(path)
    headline, byline, paragraphs = text.headline, text.last("byline"), text.paragraphs
    if not text.date or not text.in_order():
        return None
    if not headline or len(paragraphs) < 2 or headline.endswith("——"):
        return None
    sub_kickers = [p for p in paragraphs if p.endswith("——") and len(p) < 50]
    trailers = [i for i, p in enumerate(paragraphs[:-1]) if p.startswith("（") and p.endswith("整理）")]
    if len(sub_kickers) >= 2 and trailers:
        return None  # several speakers' pieces under one title: one article or several is not sure
    if any(len(p) < 30 and p.startswith(tuple(prefix for prefix, _ in ROLES)) for p in paragraphs):
        return None  # parts with bylines of their own under one title: likewise not sure
    authors: list[tuple[str, str]] = []
    dateline = None
    m = DATELINE.match(paragraphs[0])
    if m:
        if byline:
            return None  # two sources of authors: not read for sure
        dateline = m.group(1)
        if m.group(3):
            parsed = parse_paren(m.group(3))
            if parsed is None:
                return None
            authors = parsed
        rest = paragraphs[0][m.end() :].lstrip(" 　")
        if not rest:
            return None
        paragraphs[0] = rest
    elif byline:
        parsed = parse_byline(byline)
        if parsed is None:
            return None
        authors = parsed
    photos = [
        Photo(caption, credit or None)
        for caption, credit in text.photos
        if not caption.startswith(("数据来源", "本版")) and "制图" not in caption + credit
    ]
    return Story(
        text.key,
        text.date,
        text.kicker,
        headline,
        text.subtitle,
        byline,
        dateline,
        authors,
        paragraphs,
        photos,
    )


def load_stories(folder: Path = MODERN) -> list[Story]:
    """Every readable story in `folder`, in file-name order (a 2025 file is refused, never opened)."""
    return [story for path in modern_texts.article_paths(folder) if (story := read_story(path)) is not None]
