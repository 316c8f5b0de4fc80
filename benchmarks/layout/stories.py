"""Real article texts for the layout program: the People's Daily of January 1998 and modern Markdown.

A `Story` is what one article says (headline, body, who wrote it, where it was filed), never how a
page prints it; `benchmarks.layout.page` decides that. Article boundaries in the 1998 file are
reconstructed: a short line without closing punctuation after body text starts an article; byline
lines (`本报记者 王政`, `本报驻南非记者温宪`) and bare names (a signed commentary) may follow it; the
first paragraph's dateline (`本报济南十二月三十一日电`, `新华社波恩１２月３０日电（记者吕鸿）`,
`…电记者张书政报道：`) is taken off and its reporters kept. Photo items (`…（图片）`) give captions
and their photographers; `（作者为…）` lines give trailers. Everything printed later comes from here.

Modern texts are per-article Markdown (kicker, headline, subtitle, byline: `benchmarks/modern_texts.py`
reads their marks).
Texts dated 2025 are refused: that year is kept for an independent check (2026 texts are used).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

HELD_OUT_YEAR = 2025

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_CLOSING = "。！？…”」）：；，、!?"
_CN_NUM = "〇一二三四五六七八九十"
_DATE = rf"[0-9{_CN_NUM}]+月[0-9{_CN_NUM}]+日"
_DATELINE = re.compile(
    rf"^(?:据)?(?P<pub>本报|新华社|中新社)(?:(?P<place>(?!讯)[\u4e00-\u9fff·]{{2,10}}?)(?:{_DATE})?电|讯)"
    r"(?:（(?P<inner>[^）]{2,30})）|(?P<said>(?:[^，。：“]{0,10}?记者)?[\u4e00-\u9fff、·]{2,30}?报道)：)?"
)
_BYLINE_LINE = re.compile(
    r"^(?:本报|新华社|人民日报)(?:驻(?P<place>[\u4e00-\u9fff]{2,8}))?(?:特派|特约|见习)?记者"
)
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


class RefusedText(ValueError):
    """A text from a year kept for the independent check."""


@dataclass
class Story:
    """One real article: what it says and who wrote it, not how a page prints it."""

    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    authors: list[tuple[str, str]] = field(default_factory=list)  # (role, name) as the source credits them
    place: str | None = None  # where it was filed, from its dateline
    trailer: str | None = None  # "（作者为…）" closing the body
    column: str | None = None  # a column tag the source prints after the headline (without brackets)
    headline_words: list[int] = field(default_factory=list)  # offsets in the headline between words
    source: str = ""
    year: int = 1998


@dataclass
class Photo:
    """A real photo caption with its photographer."""

    caption: str
    photographer: str
    title: str | None = None


@dataclass
class Texts:
    """Everything the layout program draws on, all from real pages."""

    stories: list[Story] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # reporters credited somewhere in the sources
    places: list[str] = field(default_factory=list)  # dateline places and foreign posts
    questions: list[str] = field(default_factory=list)  # short questions printed in bodies
    columns: list[str] = field(default_factory=list)  # column tags printed after headlines
    kickers: list[str] = field(default_factory=list)  # long heading lines, wider than a column

    def extend(self, other: Texts) -> None:
        """Add another source's texts."""
        for name in ("stories", "photos", "names", "places", "questions", "columns", "kickers"):
            getattr(self, name).extend(getattr(other, name))


def halfwidth(text: str) -> str:
    """Full-width digits and Latin letters as ASCII (as modern extraction prints them)."""
    text = text.translate(_FULLWIDTH)
    return re.sub(r"(?<=\d)．(?=\d)", ".", text)


def _names_from_tokens(tokens: list[tuple[str, str]]) -> list[str]:
    """Person names in tagged tokens: a one-character surname joins the given name after it."""
    names: list[str] = []
    pending = ""
    for word, tag in tokens:
        if tag != "nr":
            pending = ""
            continue
        if pending:
            names.append(pending + word)
            pending = ""
        elif len(word) == 1:
            pending = word
        else:
            names.append(word)
    return [n for n in names if _NAME.match(n)]


def _split_names(text: str) -> list[str]:
    return [n for n in re.split(r"[、，\s]+", text) if _NAME.match(n)]


def _reporters(inner: str) -> list[tuple[str, str]]:
    """(role, name) pairs in a dateline's bracket or `记者X、Y报道` phrase."""
    out: list[tuple[str, str]] = []
    inner = re.sub(r"(?:摄影)?报道$", "", inner)
    for role, names in re.findall(r"(记者|通讯员)([^记通]+)", inner):
        out.extend((role, n) for n in _split_names(names))
    return out


_PHOTO_TITLE = re.compile(r"（(?:附)?图片[0-9０-９]*张?）$")


def _is_heading(text: str) -> bool:
    if _PHOTO_TITLE.search(text):
        return 3 <= len(text) <= 40
    return 3 <= len(text) <= 40 and text[-1] not in _CLOSING and not text.startswith("（")


def _questions(paragraph: str) -> list[str]:
    found = re.findall(r"(?:^|(?<=[。！？”]))([^。！？“”]{4,13}？)", paragraph)
    return [q for q in found if "\u4e00" <= q[0] <= "\u9fff" and not re.search(r"[‘’『』]", q)]


def stories_1998(lines: list[list[tuple[str, str]]]) -> Texts:
    """Articles, photo captions, reporters, places and questions of the January 1998 text."""
    texts = Texts()
    blocks: list[tuple[list[list[tuple[str, str]]], list[list[tuple[str, str]]]]] = []
    for tokens in lines:
        text = "".join(w for w, _ in tokens)
        if not text:
            continue
        if _is_heading(text) and (not blocks or blocks[-1][1]):
            blocks.append(([tokens], []))
        elif blocks and not blocks[-1][1] and (_is_heading(text) or len(text) <= 6):
            blocks[-1][0].append(tokens)
        elif blocks:
            blocks[-1][1].append(tokens)
    for head, body in blocks:
        _take_block(head, body, texts)
    # Column tags ("（经济聚焦）") name a recurring column: short real headings serve as their words.
    texts.columns = sorted(
        {s.headline for s in texts.stories if 3 <= len(s.headline) <= 6 and s.headline.isalpha()}
    )
    texts.names = sorted(set(texts.names))
    texts.places = sorted(set(texts.places))
    texts.questions = sorted(set(texts.questions))
    return texts


def _take_block(head: list[list[tuple[str, str]]], body: list[list[tuple[str, str]]], texts: Texts) -> None:
    head_texts = [halfwidth("".join(w for w, _ in t)) for t in head]
    body_texts = [halfwidth("".join(w for w, _ in t)) for t in body]
    title = head_texts[0]
    photo = _PHOTO_TITLE.search(title)
    if photo:
        # a photo item: title, caption, "（新华社记者周确摄）"
        if len(body_texts) >= 1 and len(head_texts) == 1:
            m = re.search(r"（(?:(?:新华社|本报)(?:特约)?记者)?([\u4e00-\u9fff]{2,4})摄）$", body_texts[-1])
            cap = body_texts[0] if len(body_texts) == 1 else body_texts[0]
            if m and 20 <= len(cap) <= 160 and not cap.startswith("（"):
                cap = cap[: cap.rfind("（")] if cap.endswith("摄）") else cap
                texts.photos.append(Photo(cap, m.group(1), title[: photo.start()] or None))
                texts.names.append(m.group(1))
        return
    authors: list[tuple[str, str]] = []
    headings: list[str] = []
    place = None
    for tokens, text in zip(head, head_texts, strict=True):
        m = _BYLINE_LINE.match(text)
        if m:
            names = _names_from_tokens(tokens)
            authors.extend(("记者", n) for n in names)
            texts.names.extend(names)
            if m.group("place"):
                texts.places.append(m.group("place"))
        elif all(tag == "nr" for _, tag in tokens) and len(text) <= 8:
            names = _names_from_tokens(tokens)
            authors.extend(("", n) for n in names)
        elif headings and tokens and tokens[-1][1] == "nr" and len(text) <= 20:
            # a writer with their post (文化部艺术局副局长戴英禄): a signature, not a subtitle
            authors.extend(("", n) for n in _names_from_tokens(tokens)[-1:])
        else:
            headings.append(text)
    if not headings or len(headings) > 2 or not body_texts:
        return
    if any(re.search(r"本报|新华社|记者|编辑|评论员", h) for h in headings):
        return
    headline, subtitle = headings[0], (headings[1] if len(headings) == 2 else None)
    # Word boundaries where a headline could be printed in two parts: not before a particle or
    # localiser (的, 上) and not after a preposition or conjunction.
    words, at = [], 0
    tokens = next(t for t, h in zip(head, head_texts, strict=True) if h == headline)
    for (word, tag), (_, after) in zip(tokens, [*tokens[1:], ("", "w")], strict=True):
        at += len(word)
        if tag[:1] not in ("p", "c", "u") and after[:1] in ("n", "v", "a", "t", "m", "r", "s"):
            words.append(at)
    if "——" in headline and subtitle is None:
        headline, _, subtitle = headline.partition("——")
    if subtitle is not None:
        subtitle = subtitle.strip("—－- ")  # the layout program prints its own dash, or none
        if not subtitle or re.search(r"[●■]", subtitle):
            return
    # Longer heading lines are mostly a kicker and a headline printed as one (the file lost the
    # space between them), which no page would print.
    if 16 < len(headline) <= 26:
        texts.kickers.append(headline)  # long enough to run over a column, as kickers often do
    if not 4 <= len(headline) <= 16 or (subtitle and not 4 <= len(subtitle) <= 30):
        return
    first = body_texts[0]
    m = _DATELINE.match(first)
    if m:
        place = m.group("place")
        inner = m.group("inner") or m.group("said") or ""
        found = _reporters(inner)
        authors.extend(found)
        texts.names.extend(n for _, n in found)
        if place:
            texts.places.append(place)
        first = first[m.end() :].lstrip("：:")
        body_texts = [first] + body_texts[1:]
    trailer = None
    last = body_texts[-1]
    t = re.search(r"（作者(?:为|系|单位：)[^（）]{2,40}）$", last)
    if t:
        trailer = t.group(0)
        body_texts[-1] = last[: t.start()]
        if not body_texts[-1]:
            body_texts.pop()
    if any(_DATELINE.match(p) for p in body_texts[1:]):
        return  # several news items printed under one heading
    for p in body_texts:
        texts.questions.extend(_questions(p))
    if len(body_texts) < 2 or any(len(p) < 12 or p[-1] not in "。！？”…）" for p in body_texts):
        return  # poems, lists, tables: not what a news page's article looks like
    if sum(map(len, body_texts)) < 150 or any(re.search(r"\s", p) for p in body_texts):
        return
    texts.stories.append(
        Story(
            headline=headline,
            paragraphs=body_texts,
            subtitle=subtitle,
            authors=authors,
            place=place,
            trailer=trailer,
            headline_words=words[:-1],
            source="人民日报 1998-01",
            year=1998,
        )
    )


_MD_DATE = re.compile(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)")


def story_markdown(markdown: str, source: str) -> Story | None:
    """A modern article from per-article Markdown; `source` is its path (its date is read from it)."""
    m = _MD_DATE.search(source)
    year = int(m.group(1)) if m else None
    if year is None or year == HELD_OUT_YEAR:
        raise RefusedText(f"{source}: no text dated {HELD_OUT_YEAR} is used (kept for the check)")
    text = modern_texts.parse(markdown, Path(source).stem)
    headline = text.headline or None
    paragraphs = [p.replace("\u3000", "").strip() for p in text.paragraphs]
    kicker = text.kicker or None
    subtitle = (text.subtitle or "").lstrip("—").strip() or None
    byline = " ".join(text.bylines) or None
    if not headline or len(paragraphs) < 2:
        return None
    column = None
    c = re.search(r"（([^（）]{2,12})）$", headline)
    if c:
        column = c.group(1)
    authors = byline_authors(byline) if byline else []
    return Story(
        headline=headline,
        paragraphs=paragraphs,
        kicker=kicker,
        subtitle=subtitle,
        authors=authors,
        column=column,
        source=source,
        year=year,
    )


def byline_authors(byline: str) -> list[tuple[str, str]]:
    """(role, name) pairs of a printed byline such as `本报记者  李增辉  姜  峰  本报通讯员 王欣`:
    two single characters in a row are one letter-spaced name."""
    out: list[tuple[str, str]] = []
    for role, chunk in re.findall(r"(记者|通讯员)([^记通]*)", byline):
        tokens = [t for t in re.split(r"[\s、，]+", chunk.strip()) if t]
        k = 0
        while k < len(tokens):
            name = tokens[k]
            if len(name) == 1 and k + 1 < len(tokens) and len(tokens[k + 1]) == 1:
                name += tokens[k + 1]
                k += 1
            k += 1
            if _NAME.match(name):
                out.append((role, name))
    return out


def texts_markdown(folder: Path) -> Texts:
    """Every article Markdown under `folder` (files dated 2025 are refused)."""
    texts = Texts()
    for path in sorted(folder.rglob("*.md")):
        if path.name == "README.md":  # the folder's notes, not an article
            continue
        story = story_markdown(path.read_text(encoding="utf-8"), str(path.relative_to(folder)))
        if story is None:
            continue
        texts.stories.append(story)
        texts.names.extend(n for _, n in story.authors)
        if story.column:
            texts.columns.append(story.column)
        for p in story.paragraphs:
            texts.questions.extend(_questions(p))
    return texts
