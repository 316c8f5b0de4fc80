"""Real article texts for layout13: the 2026 Markdown articles and the January 1998 People's Daily.

A story keeps only what its own source printed: its kicker, headline, subtitle, byline, dateline,
body paragraphs (subheads, boxes and trailers included, as printed) and its photos' captions with
their credits. Nothing is borrowed from another story. Texts dated 2025 are refused: that year is
held out for the independent check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

#: Role labels a byline line may start with, longest first; the role recorded for each.
ROLE_LABEL = re.compile(
    r"^(本报驻\S{1,8}?记者|本报\S{0,3}?记者|本报\S{0,3}?通讯员|新华社\S{0,3}?记者|人民网记者|记者|通讯员)"
)
CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
DATELINE = re.compile(
    r"^((?:本报|新华社|据新华社|中新社)[^\s，。（“”讯电]{0,16}电|本报讯)"
    r"(\s*（[^）（]{1,40}）)?\s*"
)
SENTENCE_END = tuple("。！？”…）」』；：")


@dataclass
class Byline:
    """One byline group as printed: a role label (may be empty: a bare signed name) and names."""

    label: str
    names: list[str]

    @property
    def role(self) -> str | None:
        """The role recorded in truth for this label."""
        if not self.label:
            return None
        return "通讯员" if "通讯员" in self.label else "记者"


@dataclass
class Caption:
    """A photo's caption as printed and its credit (None when the caption carries none)."""

    text: str
    credit: str | None = None
    names: list[str] | None = None  # the credit's people as the source tagged them, if it did


@dataclass
class Story:
    """One article as its source printed it."""

    sid: str
    source: str
    date: str
    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    dateline: str | None = None
    dateline_authors: list[tuple[str | None, str]] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    caption_at: int = 0
    photo_only: bool = False

    def authors(self) -> list[dict]:
        """Truth authors: the byline's names, else the dateline's."""
        if self.bylines:
            return [{"role": b.role, "name": n} for b in self.bylines for n in b.names]
        return [{"role": r, "name": n} for r, n in self.dateline_authors]

    def byline_truth(self) -> str | None:
        """Truth byline text: spaces folded, letter-spaced names closed up."""
        if self.bylines:
            parts = []
            for b in self.bylines:
                parts.extend(([b.label] if b.label else []) + b.names)
            return " ".join(parts)
        if self.dateline:
            return fold(self.dateline).replace(" （", "（")
        return None

    def contributors(self) -> list[str]:
        """People a trailer names as having taken part, e.g. （X参与采写）."""
        out = []
        for p in self.paragraphs[-2:]:
            m = re.fullmatch(r"（(.{2,40})参与采写）", p.strip())
            if m:
                for part in re.split(r"[、，和]", m.group(1)):
                    part = ROLE_LABEL.sub("", part.replace(" ", ""))
                    if CJK_NAME.match(part):
                        out.append(part)
        return out


def fold(text: str) -> str:
    """Runs of whitespace folded to one space."""
    return " ".join(text.split())


def parse_names(rest: str) -> list[str] | None:
    """Names of a byline tail printed with two-space gaps; letter-spaced two-character names rejoined."""
    tokens = rest.split()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1:
            if i + 1 >= len(tokens) or len(tokens[i + 1]) != 1:
                return None
            tok += tokens[i + 1]
            i += 1
        if not CJK_NAME.match(tok):
            return None
        names.append(tok)
        i += 1
    return names or None


def parse_byline(line: str) -> Byline | None:
    """A `> ` byline line: role label + names, or bare names."""
    line = line.strip()
    m = ROLE_LABEL.match(line)
    label = m.group(1) if m else ""
    names = parse_names(line[len(label) :])
    if names is None:
        return None
    return Byline(label, names)


def parse_dateline_people(inner: str) -> list[tuple[str | None, str]] | None:
    """Authors inside a dateline's parentheses: 记者X、Y  通讯员Z."""
    out: list[tuple[str | None, str]] = []
    role: str | None = None
    for tok in re.split(r"[、\s]+", inner.strip("（） ")):
        if not tok:
            continue
        m = re.match(r"^(.*?)(记者|通讯员)(.*)$", tok)
        if m:
            role = m.group(2)
            tok = m.group(3)
            if not tok:
                continue
        if not CJK_NAME.match(tok):
            return None
        out.append((role, tok))  # role None: names signed with no role word
    return out


def split_dateline(paragraph: str) -> tuple[str, list[tuple[str | None, str]], str] | None:
    """(dateline, authors, rest) when a first paragraph opens with a dateline."""
    m = DATELINE.match(paragraph)
    if not m:
        return None
    rest = paragraph[m.end() :]
    if len(rest) < 10:
        return None
    authors: list[tuple[str | None, str]] = []
    if m.group(2):
        people = parse_dateline_people(m.group(2).strip())
        if people is None:
            return None
        authors = people
    return paragraph[: m.end()].rstrip(), authors, rest


def read_modern(path: Path) -> Story | None:
    """One 2026 Markdown article, or None when its shape is not one this program lays out."""
    text = modern_texts.read(path)
    if not text.date:
        return None
    bylines: list[Byline] = []
    for line in text.bylines:
        b = parse_byline(line)
        if b is None:
            return None
        bylines.append(b)
    headline, paragraphs = text.headline, text.paragraphs
    if not headline or len(paragraphs) < 2:
        return None
    story = Story(text.key, "modern", text.date, headline, paragraphs, text.kicker, text.subtitle, bylines)
    story.captions = [Caption(caption, credit or None) for caption, credit in text.photos]
    first = next((i for i, line in enumerate(text.lines) if line.mark == "photo"), 0)
    story.caption_at = len(text.head(first).paragraphs)  # paragraphs before the first photo
    dl = split_dateline(paragraphs[0])
    if dl:
        if bylines:
            return None  # a byline and a dateline both: the truth would have to choose
        story.dateline, story.dateline_authors, paragraphs[0] = dl
    return story


def modern_stories() -> list[Story]:
    """Every 2026 article this program can lay out, in file order (a 2025 text is refused)."""
    return [s for path in modern_texts.article_paths() if (s := read_modern(path)) is not None]


# ---- January 1998 -------------------------------------------------------------------------

PHOTO_NOTE = re.compile(r"（附(?:图片|照片)[０-９0-9一二三四五六七八九十]+张）$")
CREDIT_1998 = re.compile(r"（([^（）]{2,30}摄)）$")
BYLINE_ROLE_WORDS = ("记者", "通讯员")
#: A credit for the photo over the title or for a whole column: it belongs to no caption.
#: Marks that can sit inside one printed headline line; a 20+ character 1998 title with none of
#: them is two printed lines the corpus ran together.
RUN_TOGETHER_BREAK = re.compile(r"[，、：；！？“”『』《》—（）·\s]")
CAPTION_START = re.compile(r"^([０-９0-9]+[、：:]|[①-⑩]|图[①-⑩]?[：:]|图为)")
CREDIT_NOT_CAPTION = re.compile(r"^见?(压题照片|本栏|本版)")


def _credit_like(title: str) -> bool:
    # a byline (role label + a name) or a photographer's credit cut as a title line
    m = ROLE_LABEL.match(title)
    return bool(m and CJK_NAME.match(title[m.end() :])) or title.endswith(("摄影", "摄"))


def _credit_names(tokens: list[tuple[str, str]]) -> list[str]:
    """The names tagged nr inside a line's closing credit parentheses (surname + given name)."""
    start = max((k for k, (w, _) in enumerate(tokens) if w == "（"), default=len(tokens))
    names: list[str] = []
    name: list[str] = []
    for word, tag in tokens[start:]:
        if tag == "nr":
            if len(name) == 2 or (name and len(name[0]) > 1):
                names.append("".join(name))
                name = []
            name.append(word)
        elif name:
            names.append("".join(name))
            name = []
    return names if all(CJK_NAME.match(n) for n in names) else []


def _line_text(tokens: list[tuple[str, str]]) -> str:
    return "".join(w for w, _ in tokens)


def byline_1998(tokens: list[tuple[str, str]]) -> list[Byline] | None:
    """A 1998 byline line (本报记者何加正、李某) as groups, from the POS tags; None if it is not one."""
    text = _line_text(tokens)
    if len(text) > 30 or not any(r in text for r in BYLINE_ROLE_WORDS):
        return None
    groups: list[Byline] = []
    label = ""
    name: list[str] = []
    names: list[str] = []
    for word, tag in tokens + [("", "end")]:
        if tag == "nr":
            if len(name) == 2 or (name and len(name[0]) > 1):
                names.append("".join(name))
                name = []
            name.append(word)
            continue
        if name:
            names.append("".join(name))
            name = []
        if tag == "w" and word == "、":
            continue
        if names:
            if not label:
                return None
            groups.append(Byline(label, names))
            label, names = "", []
        label += word
    if label or not groups:
        return None
    for g in groups:
        if not ROLE_LABEL.match(g.label) or g.label != ROLE_LABEL.match(g.label).group(1):
            return None
        if not all(CJK_NAME.match(n) for n in g.names):
            return None
    return groups


def _is_body(text: str) -> bool:
    # 1998 titles quote with 『』: a line ending in one is not body text
    return text.endswith(("。", "！", "？", "”", "…", "）", "；", "：")) and len(text) >= 12 or len(text) > 60


def _is_title_line(tokens: list[tuple[str, str]]) -> bool:
    # a place and a name with no verb is a signature, not a title
    if tokens and tokens[-1][1] == "nr" and not any(t.startswith("v") for _, t in tokens):
        return False
    return _is_title(PHOTO_NOTE.sub("", _line_text(tokens)))


def _is_title(text: str) -> bool:
    return (
        4 <= len(text) <= 30
        and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 4
        and not text.endswith(SENTENCE_END[:5])
        and not text.endswith(("）", "：", "记者", "评论员", "通讯员"))
        and "●" not in text
        and not re.match(r"^[（(０-９0-9一二三四五六七八九十]+[、．.）)]", text)
        and "摄）" not in text
    )


def stories_1998(lines: list[list[tuple[str, str]]]) -> list[Story]:
    """Stories cut from the 1998 month: 1–3 title lines, an optional byline, 2+ body lines.

    Title blocks whose roles the text cannot tell are skipped, as are lines that fit no role, so
    every story's truth is what its printed lines say.
    """
    out: list[Story] = []
    n = len(lines)
    i = 0
    while i < n:
        titles: list[str] = []
        j = i
        while j < n and len(titles) < 4 and _is_title_line(lines[j]) and not byline_1998(lines[j]):
            titles.append(_line_text(lines[j]))
            j += 1
        if not titles:
            i += 1
            continue
        bylines = byline_1998(lines[j]) if j < n else None
        if bylines:
            j += 1
        paragraphs: list[str] = []
        captions: list[Caption] = []
        caption_at = 0
        while j < n:
            t = _line_text(lines[j])
            m = CREDIT_1998.search(t)
            not_caption = CREDIT_NOT_CAPTION.match(m.group(1)) if m and len(t) < 200 else None
            own_line = bool(m) and not t[: m.start()].strip()
            numbered = bool(paragraphs and CAPTION_START.match(paragraphs[-1]))
            if not_caption and (not_caption.group(1) == "压题照片" or own_line and not numbered):
                # the title photo's credit, or a column's credit on its own line under a line that
                # is no numbered caption: that line is the story's; the credit is left out
                text = t[: m.start()].strip()
                if text:
                    paragraphs.append(text)
            elif m and len(t) < 200:
                text = t[: m.start()].strip()
                if not text and paragraphs:
                    text = paragraphs.pop()  # the credit printed on its own line under its caption
                if not captions:
                    caption_at = len(paragraphs)
                captions.append(Caption(text, m.group(1), _credit_names(lines[j]) or None))
            elif PHOTO_NOTE.search(t):
                break
            elif paragraphs and DATELINE.match(t):
                break  # the next brief of a column of briefs
            elif _is_body(t) and "（图片）" not in t and not byline_1998(lines[j]):
                paragraphs.append(t)
            else:
                break
            j += 1
        noted = any(PHOTO_NOTE.search(t) for t in titles)
        if captions and not (noted and caption_at == 0 and paragraphs):
            # a caption inside a story's run of lines may be another photo's: print it alone; a
            # title noting one photo over that photo's caption alone is the photo's own title
            alone = noted and len(titles) == 1 and len(captions) == 1 and not paragraphs
            own = PHOTO_NOTE.sub("", titles[0]).strip() if alone else ""
            own = "" if _credit_like(own) else own
            for c in captions:
                if len(c.text) >= 12 and c.text.endswith(SENTENCE_END[:5]):
                    photo = Story(f"pd98-{j:05d}-photo{len(out)}", "1998", "1998-01", own, [])
                    photo.captions, photo.photo_only = [c], True
                    out.append(photo)
            captions = []
        story = _story_1998(i, titles, bylines or [], paragraphs, captions, caption_at)
        if story is not None:
            out.append(story)
        i = max(j, i + 1)
    return out


def _story_1998(
    at: int,
    titles: list[str],
    bylines: list[Byline],
    paragraphs: list[str],
    captions: list[Caption],
    cap_at: int,
) -> Story | None:
    titles = [PHOTO_NOTE.sub("", t).strip() for t in titles]
    if any(not t for t in titles) or any(not c.text for c in captions):
        return None
    if any(_credit_like(t) for t in titles):
        return None  # a byline or credit read as a title: its roles cannot be told
    kicker = subtitle = None
    if len(titles) == 1:
        head, dash, sub = titles[0].partition("——")
        headline, subtitle = head, (sub or None)
        if dash and not head:
            return None
    elif len(titles) == 2:
        a, b = titles
        if b.startswith("——") or (len(b) > len(a) and "——" not in a):
            headline, subtitle = a, b
        elif len(a) >= len(b) + 4 and "——" not in b:
            kicker, headline = a, b
        else:
            return None
    elif len(titles) == 3:
        kicker, headline, subtitle = titles
        if not (len(headline) < len(kicker) and len(headline) <= len(subtitle.lstrip("—"))):
            return None
    else:
        return None
    if subtitle is not None and len(subtitle.strip("—")) < 4:
        return None
    if len(headline) >= 20 and not RUN_TOGETHER_BREAK.search(headline):
        return None  # two title lines the corpus ran together: which is kicker or headline is unknown
    if not 2 <= len(paragraphs) <= 40 or headline == "图片新闻":
        return None
    if any(re.match(r"^[０-９0-9]+[、：:]", p) or re.search(r"摄）|照片）|摄影报道", p) for p in paragraphs):
        return None  # numbered photos or captions read as text: not one story
    if sum(bool(re.search(r"（[^（）]{2,10}）$", p)) for p in paragraphs) >= 2:
        return None  # a column of signed briefs
    paragraphs = paragraphs[:14]
    story = Story(f"pd98-{at:05d}", "1998", "1998-01", headline, paragraphs, kicker, subtitle, bylines)
    story.captions, story.caption_at = captions, min(cap_at, len(paragraphs))
    dl = split_dateline(paragraphs[0])
    if dl:
        if bylines or re.match(r"^(本报|新华社)?记者", dl[2]) or "报道：" in dl[2][:40]:
            return None  # a second byline inside the body ("记者X报道：")
        story.dateline, story.dateline_authors, paragraphs[0] = dl
    elif re.match(r"^(据?本报|据?新华社)\S{0,12}(电|讯)", paragraphs[0]):
        return None  # a dateline this program cannot read: leave the story out
    return story
