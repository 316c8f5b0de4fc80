"""Make the modern article texts stories, and parse bylines and datelines.

A story is one article as the paper printed it, from the marked lines `benchmarks/modern_texts.py`
reads: kicker, headline, subtitle, byline, photos and paragraphs (every other non-blank line).
Heading and byline marks are honoured only before the first paragraph; later ones are body text.
A story with no byline whose first paragraph opens with a dateline ("本报北京1月1日电  （记者X）",
"新华社北京…电", "据新华社…电") gets that dateline as its byline, cut from the paragraph (as the
bundled page's truth does with "本报讯（记者 X）").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

MODERN = modern_texts.MODERN

# roles as the byline prints them, longest first; the value is the role recorded in the truth
ROLE_WORDS = [
    (re.compile(r"^本报驻\S{1,6}?记者"), "记者"),
    (re.compile(r"^(?:本报|新华社|人民网)?特约记者"), "特约记者"),
    (re.compile(r"^(?:本报|新华社|人民网|光明日报)?记者"), "记者"),
    (re.compile(r"^(?:本报)?通讯员"), "通讯员"),
    (re.compile(r"^(?:本报)?实习生"), "实习生"),
]
NAME = re.compile(r"^[\u4e00-\u9fff·]{1,5}$")
DATELINE = re.compile(
    r"^((?:据)?(?:本报|新华社)[\u4e00-\u9fff0-9]{0,14}?电|本报讯)"
    r"([ \u3000]*)"
    r"(（(?:(?:记者|通讯员|实习生|特约记者)?[ \u3000]*[\u4e00-\u9fff·]{2,5}[、 \u3000]*)+）)?"
    r"[ \u3000]*"
)


@dataclass
class Photo:
    caption: str
    credit: str | None = None


@dataclass
class Story:
    name: str  # file stem, e.g. 2026-01-13_08_01
    date: str
    kicker: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    byline: str | None = None  # the `> ` line as the source prints it (double spaces kept)
    dateline: str | None = None  # cut from the first paragraph when there is no byline
    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)

    def authors(self) -> list[tuple[str, str]]:
        return parse_people(self.byline or self.dateline or "")


def strip_role(token: str) -> tuple[str | None, str]:
    for pattern, role in ROLE_WORDS:
        m = pattern.match(token)
        if m:
            return role, token[m.end() :]
    return None, token


def parse_people(text: str) -> list[tuple[str, str]]:
    """(role, name) pairs of a byline or a dateline's parentheses.

    Tokens are split at spaces and "、"; a role word sets the role of the names after it; two
    one-character tokens in a row are one letter-spaced name ("姜  峰"); a bare name has role "".
    A place before a bare name ("新疆且末县  李妍娇") and "摄影报道" are not names.
    """
    m = DATELINE.match(text)
    if m:
        text = (m.group(3) or "").strip("（）")
    text = text.replace("■", " ")
    tokens = [t for t in re.split(r"[\s\u3000、]+", text) if t]
    people: list[tuple[str, str]] = []
    role = ""
    pending = ""
    for token in tokens:
        got, rest = strip_role(token)
        if got is not None:
            if pending:
                people.append((role, pending))
                pending = ""
            role = got
            token = rest
            if not token:
                continue
        token = re.sub(r"(摄影报道|摄)$", "", token)
        if len(token) == 1:
            if pending:
                people.append((role, pending + token))
                pending = ""
            else:
                pending = token
            continue
        if pending:
            people.append((role, pending))
            pending = ""
        if not NAME.match(token) or len(token) > 4:
            continue  # a place, not a name
        people.append((role, token))
    if pending:
        people.append((role, pending))
    return people


def read_story(path: Path) -> Story:
    """One Markdown article as a Story (a 2025 text is refused)."""
    text = modern_texts.read(path)
    body = text.body_start()
    head = text.head(body)  # heading and byline marks after the first paragraph are body text
    story = Story(
        name=text.key,
        date=text.date,
        kicker=head.kicker,
        headline=head.headline,
        subtitle=head.subtitle,
        byline=head.last("byline"),
        paragraphs=[line.text for line in text.lines[body:] if line.mark != "photo"],
        photos=[Photo(caption, credit or None) for caption, credit in text.photos],
    )
    if story.byline is None and story.paragraphs:
        m = DATELINE.match(story.paragraphs[0])
        if m and m.end() < len(story.paragraphs[0]):
            story.dateline = story.paragraphs[0][: m.end()].rstrip(" \u3000")
            story.paragraphs[0] = story.paragraphs[0][m.end() :]
    return story


def read_stories(folder: Path = MODERN) -> list[Story]:
    """Every usable story, sorted by file name: a headline and at least two paragraphs."""
    stories = [read_story(path) for path in modern_texts.article_paths(folder)]
    return [story for story in stories if story.headline and len(story.paragraphs) >= 2]


def split_of(story: Story) -> str:
    """tune for about one story in five (by a hash of its file name), valid for the rest."""
    h = int(hashlib.sha256(("layout11:" + story.name).encode()).hexdigest(), 16)
    return "tune" if h % 5 == 0 else "valid"
