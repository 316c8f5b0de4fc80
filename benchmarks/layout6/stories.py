"""Real 2026 People's Daily articles (`benchmarks/texts/modern/*.md`) as stories to lay out.

Each Markdown file holds one article (kicker, headline, subtitle, byline, body paragraphs, photo
captions with their credits), read into marked lines by `benchmarks.modern_texts`. A story keeps the
text as the paper printed it; the truth texts an annotator would write (spaces folded, letter-spaced
names joined, the dateline split off the first paragraph) are derived here too, so the layout and the
truth read the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

TEXTS = (modern_texts.MODERN,)

CJK = r"\u3400-\u9fff"
ROLE_WORDS = ("本报特约记者", "本报通讯员", "本报记者", "新华社记者", "特约记者", "通讯员", "实习生", "记者")
# the role a byline's prefix gives its names (本报驻广西记者 reads as 记者)
ROLE_OF = {
    "本报特约记者": "特约记者",
    "特约记者": "特约记者",
    "本报通讯员": "通讯员",
    "通讯员": "通讯员",
    "本报记者": "记者",
    "新华社记者": "记者",
    "记者": "记者",
    "实习生": "实习生",
}
DATELINE = re.compile(r"^((?:据)?(?:新华社|本报)[^\s（，。：、“”]{0,14}?电|本报讯)")
NAME = re.compile(rf"^[{CJK}·]{{2,5}}$")
PLACE_END = ("省", "市", "县", "区", "州", "镇", "乡", "村")


@dataclass
class Photo:
    """A caption with its credit as printed (either may be empty)."""

    caption: str
    credit: str


@dataclass
class Block:
    """One body paragraph as printed, with its kind (para, subhead, boxhead, trailer)."""

    kind: str
    text: str


@dataclass
class Story:
    """One article of the paper."""

    key: str
    date: str
    kicker: str | None
    headline: str
    subtitle: str | None
    byline: str | None  # the `> ` line as printed (letter-spaced names)
    dateline: str | None  # the dateline leading the first paragraph, as printed
    blocks: list[Block]
    photos: list[Photo] = field(default_factory=list)

    @property
    def source_tags(self) -> set[str]:
        """Conventions the text itself carries (the page adds its own)."""
        tags = set()
        if self.kicker:
            tags.add("kicker")
            if self.kicker.endswith("——"):
                tags.add("kicker_dash")
        if re.search(r"（[^）]{2,}）$", self.headline):
            tags.add("column_tag")
        if re.search(r"\S {2}\S", self.headline):
            tags.add("two_part_headline")
        if self.subtitle:
            tags.add("subtitle")
        if any(b.kind == "subhead" for b in self.blocks):
            tags.add("subhead")
        if any(b.kind == "trailer" for b in self.blocks):
            tags.add("trailer")
        if any(b.kind == "boxhead" or b.text.startswith("——编") for b in self.blocks):
            tags.add("box")
        return tags


def fold(text: str) -> str:
    """Runs of white space as one space, ends stripped (how the truth keeps printed spaces)."""
    return " ".join(text.split())


def join_spaced(text: str) -> str:
    """A byline or credit as an annotator writes it: letter-spaced names joined, one space between parts.

    `本报记者  张  铁  贾丰丰` -> `本报记者 张铁 贾丰丰`; `黄  海摄（人民视觉）` -> `黄海摄（人民视觉）`.
    """
    tokens = text.replace("\u3000", " ").split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # a one-character token is half of a letter-spaced two-character name
        if len(tok) == 1 and re.match(rf"[{CJK}]", tok) and i + 1 < len(tokens):
            tok = tok + tokens[i + 1]
            i += 1
        out.append(tok)
        i += 1
    return " ".join(out)


def split_role(token: str) -> tuple[str | None, str]:
    """(role, rest) when `token` starts with a role word (本报驻广西记者 too), else (None, token)."""
    m = re.match(rf"^本报驻[{CJK}]{{1,6}}?记者", token)
    if m:
        return "记者", token[m.end() :]
    for word in ROLE_WORDS:
        if token.startswith(word):
            return ROLE_OF[word], token[len(word) :]
    return None, token


def clean_name(name: str) -> str:
    """A name without a photo credit's tail (陈欣波摄影报道 -> 陈欣波)."""
    for tail in ("摄影报道", "摄"):
        if name.endswith(tail):
            return name[: -len(tail)]
    return name


def byline_authors(text: str) -> list[dict]:
    """The (role, name) list of a byline or a dateline's parenthesis, roles carried over names."""
    joined = join_spaced(text)
    authors: list[dict] = []
    role: str | None = None
    tokens = re.split(r"[、，\s]+", joined)
    for n, tok in enumerate(tokens):
        if not tok:
            continue
        found, rest = split_role(tok)
        if found:
            role = found
            tok = rest
            if not tok:
                continue
        tok = clean_name(tok)
        if n == 0 and len(tokens) > 1 and tok.endswith(PLACE_END) and len(tok) >= 3:
            continue  # a place before the name (新疆且末县  李妍娇)
        if NAME.match(tok):
            authors.append({"role": role or "", "name": tok})
    return authors


def parse_dateline(first: str) -> tuple[str, str, str] | None:
    """(dateline as printed, its parenthesis as printed or '', the paragraph after) or None."""
    m = DATELINE.match(first)
    if not m:
        return None
    rest = first[m.end() :]
    gap = re.match(r"[ \u3000]*", rest).group(0)
    after = rest[len(gap) :]
    paren = ""
    pm = re.match(r"（([^）]{2,40})）", after)
    if pm and byline_authors(pm.group(1)) and not re.search(r"[，。]", pm.group(1)):
        paren = pm.group(0)
        after = after[pm.end() :]
    body = after.lstrip(" \u3000")
    if not body:
        return None
    return m.group(1), paren, body


def block_kind(text: str) -> str:
    """How a body paragraph is printed: a trailer, a box heading, a subhead or a paragraph."""
    if re.match(r"^（.*）$", text) and len(text) < 160:
        return "trailer"
    if text in ("记者手记", "■记者手记", "核心阅读", "延伸阅读", "■链接", "【点评】", "【对话人】"):
        return "boxhead"
    if len(text) <= 30 and not text.endswith(("。", "！", "？", "…", "”", "：", "；")):
        return "subhead"
    if len(text) <= 20 and text.endswith("？"):
        return "subhead"
    return "para"


def parse(path: Path) -> Story | None:
    """One Markdown article as a Story, or None when it cannot stand as one (a 2025 text is refused)."""
    text = modern_texts.read(path)
    if not text.headline or len(text.paragraphs) < 2:
        return None
    blocks = [Block(block_kind(p), p) for p in text.paragraphs]
    # a special of several signed parts (a byline inside the body) is several articles: left out
    if any(re.match(r"^(本报记者|本报通讯员|新华社记者)", b.text) for b in blocks):
        return None
    # so is one of several speakers, each under a sub-kicker and closed by its own 采访整理 trailer
    if sum(b.kind == "trailer" for b in blocks) >= 3:
        return None
    dateline = None
    byline = text.last("byline")
    parsed = parse_dateline(blocks[0].text)
    if parsed and not byline:
        dl, paren, rest = parsed
        dateline = dl + ("  " + paren if paren else "")
        blocks[0] = Block("para", rest)
    photos = [Photo(caption, credit) for caption, credit in text.photos]
    return Story(
        path.stem, text.date, text.kicker, text.headline, text.subtitle, byline, dateline, blocks, photos
    )


def load(folders: tuple[Path, ...] = TEXTS) -> list[Story]:
    """Every usable story, in file-name order."""
    out = []
    for folder in folders:
        for path in modern_texts.article_paths(folder):
            story = parse(path)
            if story is not None:
                out.append(story)
    return out
