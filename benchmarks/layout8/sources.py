"""Layout8's text sources: real article texts read into `Story` structures.

Two sources: the January 1998 People's Daily (one paragraph a line, titles as short lines with no
closing punctuation; read with `benchmarks/people_daily_1998.py`) and the committed 2026 Markdown texts
of `benchmarks/texts/modern` (read into marked lines with `benchmarks/modern_texts.py`). A story keeps
only what the layout program needs to print it and to write its truth: the title stack, the byline's
people (role prefix, role, name), an inline dateline, the body paragraphs (subheads, boxes and trailers
included as printed) and the article's photos. Stories whose byline or dateline cannot be read with
certainty are dropped rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

CLOSERS = "。！？…”’）)』」；：:;!?."
CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
ROLE_TOKEN = re.compile(r"^(本报|新华社)?(驻[\u4e00-\u9fff]{1,6})?(特派|特约)?(记者|通讯员)$")
GLUED_ROLE = re.compile(
    r"^((?:本报|新华社)?(?:驻[\u4e00-\u9fff]{1,6}?)?(?:特派|特约)?(?:记者|通讯员))([\u4e00-\u9fff]{2,3})$"
)
DATELINE = re.compile(
    r"^(据)?(本报|新华社)([\u4e00-\u9fff]{0,8}?)([0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日)?[电讯]"
)
PAREN_REPORTERS = re.compile(r"^\s*（(记者|通讯员)([^）]{2,40})）\s*")
REPORTED = re.compile(r"^\s*(记者)([\u4e00-\u9fff、]{2,20})报道：")
ORDINAL = re.compile(r"^(第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]+、|[０-９0-9]+、)")
PHOTO_CREDIT_1998 = re.compile(r"（((?:新华社|本报)?(?:记者|通讯员)?)([\u4e00-\u9fff]{2,4})摄）$")


@dataclass
class Person:
    """One person of a byline: the printed prefix ("本报记者", "本报驻南京记者"), role and name."""

    prefix: str
    role: str
    name: str


@dataclass
class Photo:
    """A photo's caption and credit, clean (no letter spacing); either may be empty."""

    caption: str
    credit: str = ""
    number: str = ""  # "图①" when the source numbers it
    credit_person: Person | None = None


@dataclass
class Story:
    """One article (or stand-alone photo) as its source gives it."""

    source: str
    headline: str | None
    kicker: str | None = None
    subtitle: str | None = None
    people: list[Person] = field(default_factory=list)
    bare: bool = False  # a signed commentary: names with no role
    place: str | None = None  # the dateline's place and date, e.g. ("北京", "1月1日")
    date: str | None = None
    agency: str | None = None  # "本报" or "新华社" when the source had a dateline
    paragraphs: list[str] = field(default_factory=list)
    subheads: set[int] = field(default_factory=set)
    trailer: bool = False
    photos: list[Photo] = field(default_factory=list)
    is_photo: bool = False
    day: str = ""  # the date, YYYY-MM-DD

    def size(self) -> int:
        """Characters of body text."""
        return sum(len(p) for p in self.paragraphs) + sum(len(p.caption) for p in self.photos)


def _role(token: str) -> tuple[str, str] | None:
    m = ROLE_TOKEN.match(token)
    return (token, m.group(4)) if m else None


def parse_byline(line: str) -> tuple[list[Person], bool] | None:
    """People of a printed byline ("本报记者  侯琳良  李  蕊"); (people, bare) or None if unsure."""
    tokens = []
    for tok in line.replace("、", " ").split():
        glued = GLUED_ROLE.match(tok)
        tokens.extend(glued.groups() if glued else (tok,))
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            merged.append(tok + tokens[i + 1])
            i += 2
            continue
        merged.append(tok)
        i += 1
    people: list[Person] = []
    prefix = role = None
    for tok in merged:
        r = _role(tok)
        if r:
            prefix, role = r
            continue
        if not CJK_NAME.match(tok):
            return None
        people.append(Person(prefix or "", role or "", tok))
    if not people:
        return None
    bare = prefix is None
    if bare and len(people) > 2:
        return None
    return people, bare


def split_names(text: str) -> list[str] | None:
    """Names of "王政、刘温馨" or "王政 刘温馨"; None when one is not a plain name."""
    names = [n for n in re.split(r"[、\s]+", text.strip()) if n]
    return names if names and all(CJK_NAME.match(n) for n in names) else None


def take_dateline(story: Story) -> bool:
    """Move a leading dateline (and its reporters) out of the first paragraph; False if unreadable."""
    first = story.paragraphs[0]
    m = DATELINE.match(first)
    if not m:
        if re.match(r"^(据|综合)?(本报|新华社)", first) and "电" in first[:25]:
            return False  # a dateline of another shape (a country in parentheses…): not guessed
        if first.startswith("本报讯"):
            rest = first[3:]
            agency, place, date = "本报", "", ""
        else:
            return True
    else:
        rest = first[m.end() :]
        agency, place, date = m.group(2), m.group(3), m.group(4) or ""
        if m.group(1):
            return False  # "据新华社…电": a relayed report, left out
    people: list[Person] = []
    pm = PAREN_REPORTERS.match(rest) or REPORTED.match(rest)
    if pm:
        names = split_names(pm.group(2))
        if names is None:
            return False
        people = [Person("本报记者" if agency == "本报" else "新华社记者", pm.group(1), n) for n in names]
        rest = rest[pm.end() :]
    elif rest.lstrip().startswith("（"):
        return False
    rest = rest.strip()
    if len(rest) < 10 or "报道：" in rest[:40]:
        return False
    if story.people and people:
        return False
    story.paragraphs[0] = rest
    story.agency, story.place, story.date = agency, place, date
    story.people = story.people or people
    return True


def _is_title(line: str) -> bool:
    if line.endswith("）") and "图片" in line[-8:]:
        line = _clean_title(line)
    return 0 < len(line) <= 40 and line[-1] not in CLOSERS and not line.startswith("（")


def _clean_title(line: str) -> str:
    return re.sub(r"（(附)?图片[０-９0-9一二三四五六七八九十]*张?）$", "", line).strip()


def stories_1998(lines: list[list[tuple[str, str]]]) -> list[Story]:
    """Articles and photo items of the 1998 month, in order."""
    paras = ["".join(w for w, _ in line).strip() for line in lines]
    named = {
        paras[k]: found for k, line in enumerate(lines) if len(paras[k]) <= 24 and (found := names_line(line))
    }
    # a line that ends in a name and has no verb is a signature with the writer's post, not a title
    signed = {
        paras[k]
        for k, line in enumerate(lines)
        if len(paras[k]) <= 24
        and line
        and line[-1][1] == "nr"
        and not any(t == "v" for _, t in line)
        and paras[k] not in named
    }
    out: list[Story] = []
    i = 0
    n = len(paras)
    while i < n:
        if not _is_title(paras[i]):
            i += 1
            continue
        stack = []
        while i < n and _is_title(paras[i]) and len(stack) < 5:
            stack.append(paras[i])
            i += 1
        body = []
        while i < n and not _is_title(paras[i]):
            body.append(paras[i])
            i += 1
        story = None if signed.intersection(stack) else _story_1998(stack, body, named)
        if story:
            out.append(story)
    return out


ROLE_WORDS = ("本报", "新华社", "驻", "特约", "特派", "记者", "通讯员")


def names_line(tokens: list[tuple[str, str]]) -> tuple[list[Person], bool] | None:
    """A 1998 line that is only a byline, read from its tags: role words then names (`李/nr 日新/nr`
    is one name), e.g. glued signatures like 甲乙丙丁 that no spacing separates; None otherwise."""
    words = [(w, t) for w, t in tokens if w.strip()]
    prefix = ""
    i = 0
    while i < len(words) and words[i][1] != "nr":
        w, t = words[i]
        if w in ROLE_WORDS or (t == "ns" and prefix.endswith("驻")):
            prefix += w
            i += 1
        else:
            return None
    names: list[str] = []
    cur = ""
    for w, t in words[i:]:
        if t == "w" and w in "、，":
            if cur:
                names.append(cur)
            cur = ""
            continue
        if t != "nr":
            return None
        if cur and len(cur) == 1:
            cur += w  # surname and given name are two tokens
        else:
            if cur:
                names.append(cur)
            cur = w
    if cur:
        names.append(cur)
    if not names or not all(CJK_NAME.match(n) and len(n) >= 2 for n in names):
        return None
    if prefix and not prefix.endswith(("记者", "通讯员")):
        return None
    role = "记者" if prefix.endswith("记者") else ("通讯员" if prefix else "")
    return [Person(prefix, role, n) for n in names], not prefix


def _story_1998(stack: list[str], body: list[str], named: dict | None = None) -> Story | None:
    photo_item = any(s.endswith("（图片）") for s in stack)
    people: list[Person] = []
    bare = False
    titles = []
    for s in stack:
        parsed = (named or {}).get(s) or (parse_byline(s) if len(s) <= 20 else None)
        if parsed and not titles and s in (named or {}):
            return None  # names above the title: a signature line, the title lost
        if parsed and (not parsed[1] or titles):
            people, bare = parsed
            continue
        if people:
            return None  # a title after the byline: an unusual stack
        titles.append(_clean_title(s))
    if (
        not titles
        or len(titles) > 2
        or any(
            not t
            or t.endswith(("，", "、"))
            or t.startswith(("—", "本报", "新华社", "记者", "通讯员", "特约"))
            for t in titles
        )
    ):
        return None
    if len(titles) == 2 and len(titles[1]) <= 6:
        return None  # a short second line is as likely a signature glued from two names
    if (
        not 4 <= len(titles[-1]) <= 22
        or ORDINAL.match(titles[0])
        or (len(stack) == 1 and CJK_NAME.match(titles[0]) and len(titles[0]) < 4)
    ):
        return None  # merged title lines, an in-body subhead, or a lone signature
    kicker = subtitle = None
    if len(titles) == 2:
        if len(titles[0]) > len(titles[1]) or len(titles[0]) <= 6:
            kicker, headline = titles
        else:
            headline, subtitle = titles
    else:
        headline = titles[0]
    if "——" in headline.strip("—") and subtitle is None:
        head, _, sub = headline.partition("——")
        headline, subtitle = head.strip("—"), sub.strip("—")
    if subtitle:
        subtitle = subtitle.strip("—")
        if not headline or not subtitle:
            return None
    photos: list[Photo] = []
    paragraphs: list[str] = []
    merged: list[str] = []
    for p in body:
        if PHOTO_CREDIT_1998.fullmatch(p) and merged:
            merged[-1] += p  # a credit printed as its own line belongs to the caption before it
        else:
            merged.append(p)
    for p in merged:
        m = PHOTO_CREDIT_1998.search(p)
        if m:
            caption = p[: m.start()].strip()
            who = m.group(1)
            role = "记者" if "记者" in who else ("通讯员" if "通讯员" in who else "")
            credit = f"{who} {m.group(2)}摄" if who else f"{m.group(2)}摄"
            photos.append(Photo(caption, credit, "", Person(who, role, m.group(2))))
            continue
        paragraphs.append(p)
    story = Story("1998", headline, kicker, subtitle, people, bare, paragraphs=paragraphs, photos=photos)
    if photo_item:
        if len(photos) != 1 or paragraphs or not photos[0].caption:
            return None
        story.is_photo = True
        return story
    if len(paragraphs) < 2 or any(len(p) < 12 or p[-1] not in CLOSERS for p in paragraphs):
        return None
    if sum(map(len, paragraphs)) < 30 * len(paragraphs) or any(
        p.startswith(("●", "■", "◆", "压题", "图为")) for p in paragraphs
    ):
        return None  # lists, picture notes and programme lines, not an article's prose
    if any("附图片" in p or p.endswith("（图片）") for p in paragraphs):
        return None  # the next item's title run into this body
    if any(DATELINE.match(p) for p in paragraphs[1:]) or any(
        ph.caption.startswith(("压题", "题图")) for ph in photos
    ):
        return None  # untitled briefs run together, or a picture note
    if any(p.startswith(("本报记者", "新华社记者")) for p in paragraphs):
        return None
    if not take_dateline(story):
        return None
    _trim(story, 1800)
    return story


def _trim(story: Story, limit: int) -> None:
    """Cut a long body at a paragraph end (keeping at least two paragraphs)."""
    total = 0
    for k, p in enumerate(story.paragraphs):
        total += len(p)
        if total > limit and k >= 2:
            story.paragraphs = story.paragraphs[:k]
            story.subheads = {s for s in story.subheads if s < k}
            story.trailer = False
            return


def read_modern(path: Path) -> Story | None:
    """One committed 2026 text as a story (None when its byline or dateline is unsure)."""
    text = modern_texts.read(path)
    if not text.headline or len(text.paragraphs) < 2 or len(text.bylines) > 1:
        return None
    people: list[Person] = []
    bare = False
    if text.bylines:
        parsed = parse_byline(text.bylines[0])
        if parsed is None:
            return None
        people, bare = parsed
    if any(p.startswith(("本报记者", "新华社记者", "【对话人】")) for p in text.paragraphs):
        return None
    paragraphs = [" ".join(p.split()) for p in text.paragraphs]
    photos: list[Photo] = []
    for cap, credit in text.photos:
        number = ""
        m = re.match(r"^(图[①-⑩])：", cap)
        if m:
            number, cap = m.group(1), cap[m.end() :]
        credit = " ".join(credit.split())
        if not cap and not credit:
            continue
        credit = _unspace_names(credit)
        photos.append(Photo(cap.strip(), credit, number, credit_person(credit)))
    story = Story(
        path.name,
        text.headline,
        text.kicker,
        text.subtitle and text.subtitle.lstrip("—"),
        people,
        bare,
        paragraphs=paragraphs,
        photos=photos,
        day=text.key[:10],
    )
    if not take_dateline(story):
        return None
    for k, p in enumerate(story.paragraphs):
        if len(p) <= 22 and p[-1] not in "。！…”；：" and k + 1 < len(story.paragraphs):
            story.subheads.add(k)
    last = story.paragraphs[-1]
    story.trailer = last.startswith("（") and last.endswith("）")
    _trim(story, 2200)
    return story


def credit_person(credit: str) -> Person | None:
    """The photographer of a credit ("本报记者 李蕊摄", "黄丽摄（影像中国）"), or None."""
    m = re.match(r"^((?:本报|新华社)?(?:记者|通讯员)?)\s*([\u4e00-\u9fff]{2,4})摄(（[^）]*）)?$", credit)
    if not m:
        return None
    who = m.group(1)
    return Person(who, "记者" if "记者" in who else ("通讯员" if "通讯员" in who else ""), m.group(2))


def _unspace_names(text: str) -> str:
    """Letter-spaced names in a credit ("黄  丽摄") written without the spacing."""
    return re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=摄|$|（| )", r"\1\2", text)


def modern_stories() -> list[Story]:
    """Every usable committed 2026 text, in file order."""
    out = []
    for path in modern_texts.article_paths():
        story = read_modern(path)
        if story is not None:
            out.append(story)
    return out
