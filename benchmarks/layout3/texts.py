"""Real article texts for the third layout program: what each article says, never how it is printed.

Two sources, read by this module's own rules (only the Markdown marks are read by the shared
`benchmarks/modern_texts.py`; nothing else is shared with the other layout programs):

- the People's Daily of January 1998 (`benchmarks.people_daily_1998`, word/POS-tagged, one paragraph
  a line). Articles are cut at heading lines (short, no closing punctuation); the first heading line is
  the headline, a second one its subtitle (a `标题——副题` line is split at the dash); a byline line
  (`本报记者王楚`, `本报驻南非记者温宪`) may follow; a leading dateline (`本报苏州1月1日电记者龚雯报道：`,
  `新华社波恩12月30日电（记者吕鸿）`, `本报讯`) is taken off the first paragraph and its reporters kept.
  `…（图片）` items give photo captions with their photographers.
- the committed 2026 Markdown (`benchmarks/texts/modern/`: kicker, headline, subtitle, byline,
  photos with their credits). Files dated 2025 are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

MODERN = modern_texts.MODERN

_FULL = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in "（），：；！？｛｝"}
_CLOSE = "。！？…”’）」：；，、!?."
_NUM = "0-9一二三四五六七八九十〇"
DATELINE = re.compile(
    rf"^据?(?P<pub>本报|新华社|中新社)(?P<place>(?!讯)[\u4e00-\u9fff·]{{2,8}}?)?"
    rf"(?P<date>[{_NUM}]+月[{_NUM}]+日)?(?P<kind>电|讯)"
    r"(?:\s*（(?P<paren>[^）]{0,50})）|(?P<rep>[^，。：；“]{2,70}?)报道：)?"
)
_ROLE = re.compile(r"(通讯员|记者)")


def _dateline_kind(m: re.Match[str]) -> str:
    if m.group("pub") != "本报":
        return "新华社"
    return "本报讯" if m.group("kind") == "讯" else "本报电"


def halfwidth(text: str) -> str:
    """Full-width digits, Latin letters and most ASCII punctuation as ASCII (brackets stay full-width)."""
    return text.translate(_FULL).replace("\u3000", "")


@dataclass
class Caption:
    """A photo caption and its credit as printed (`黄海摄`, `新华社记者周确摄`, `X供图`)."""

    text: str
    credit: str | None = None
    title: str | None = None


@dataclass
class Article:
    """One real article: headings, who wrote it (role, name), where it was filed, its paragraphs."""

    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    authors: list[tuple[str, str]] = field(default_factory=list)
    signed: bool = False  # a commentary signed with a bare name
    place: str | None = None
    dateline_kind: str | None = None  # 本报电 / 本报讯 / 新华社 as filed
    captions: list[Caption] = field(default_factory=list)
    source: str = ""


@dataclass
class Pool:
    """Everything the layout program draws on."""

    articles: list[Article] = field(default_factory=list)
    photos: list[Caption] = field(default_factory=list)  # standalone photos
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # short questions printed in bodies
    phrases: list[str] = field(default_factory=list)  # short heading lines (sub-subheads, photo titles)
    columns: list[str] = field(default_factory=list)  # column tags printed after headlines


def _balanced(text: str) -> bool:
    """Brackets and quotes close (a heading cut in the source does not)."""
    return all(text.count(a) == text.count(b) for a, b in ("《》", "（）", "“”", "『』"))


def _is_photo(text: str) -> bool:
    return text.endswith("（图片）") and len(text) <= 44


def _is_heading(text: str) -> bool:
    text = re.sub(r"（附图片[^）]*）$", "", text) or text  # `标题（附图片4张）` is a heading
    return _is_photo(text) or (
        2 <= len(text) <= 40
        and text[-1] not in _CLOSE
        and not text.startswith(("（", "—"))
        and "。" not in text
        and not re.match(r"^(本报|新华社)", text)
    )


_BYLINE = re.compile(r"^(本报|新华社)?(驻[\u4e00-\u9fff]{2,8})?(特约)?(记者|通讯员)[\u4e00-\u9fff、 ]{2,20}$")


def _signature(toks: list[tuple[str, str, int]]) -> bool:
    """A bare name on its own line (a signed commentary)."""
    return bool(toks) and sum(len(w) for w, _, _ in toks) <= 12 and all(tag == "nr" for _, tag, _ in toks)


def _names_in(tokens: list[tuple[str, str, int]], start: int, end: int, text: str) -> list[tuple[str, str]]:
    """(role, name) for the person names tagged between character offsets start..end."""
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(tokens):
        word, tag, at = tokens[k]
        if tag == "nr" and start <= at < end:
            name = word
            if len(word) == 1 and k + 1 < len(tokens) and tokens[k + 1][1] == "nr":
                name += tokens[k + 1][0]
                k += 1
            before = text[max(start, at - 12) : at]
            roles = _ROLE.findall(before)
            if 2 <= len(name) <= 4:
                out.append((roles[-1] if roles else "记者", name))
        k += 1
    return out


def _offsets(line: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str, int]]]:
    text, toks, at = "", [], 0
    for word, tag in line:
        w = halfwidth(word)
        toks.append((w, tag, at))
        text += w
        at += len(w)
    # `（附图片2张）` is the archive's note that photos went with the text, not printed text
    return re.sub(r"（附图片[^）]*）$", "", text).strip() or text, toks


def articles_1998(lines: list[list[tuple[str, str]]]) -> Pool:
    """Articles and photos reconstructed from the tagged 1998 month."""
    pool = Pool()
    rows = [_offsets(line) for line in lines if line]
    i = 0
    while i < len(rows):
        text, _ = rows[i]
        photo = _is_photo(text)
        if not _is_heading(text) or (_signature(rows[i][1]) and not photo):
            i += 1
            continue
        heads = []
        while i < len(rows) and len(heads) < 3 and _is_heading(rows[i][0]):
            if heads and (_signature(rows[i][1]) or _BYLINE.match(rows[i][0])):
                break
            heads.append(rows[i][0])
            i += 1
            if photo:
                break
        first = heads[0]
        if photo:
            caption = []
            while i < len(rows) and not _is_heading(rows[i][0]):
                if not caption or not (DATELINE.match(rows[i][0]) or caption[-1].endswith("）")):
                    caption.append(rows[i][0])
                i += 1
            credit = None
            for c in caption:
                m = re.search(r"（((?:新华社|本报)?记者)?([\u4e00-\u9fff]{2,4})摄）$", c)
                if m:
                    credit = (m.group(1) or "") + m.group(2) + "摄"
            body = [re.sub(r"（[^（）]*(摄|照片)）$", "", c) for c in caption if not c.startswith("（")]
            body = [b for b in body if len(b) > 12]
            if body and credit:
                title = first.removesuffix("（图片）").strip() or None
                pool.photos.append(Caption("".join(body[:2]), credit, title))
            continue
        authors: list[tuple[str, str]] = []
        signed = False
        # a byline line or a bare signature after the headings
        while i < len(rows):
            t, toks = rows[i]
            if _BYLINE.match(t):
                authors += _names_in(toks, 0, len(t), t)
                i += 1
            elif _signature(toks):
                authors += [("", n) for _, n in _names_in(toks, 0, len(t), t)]
                signed = bool(authors)
                i += 1
            else:
                break
        paras = []
        while i < len(rows) and not _is_heading(rows[i][0]):
            paras.append(rows[i])
            i += 1
        decks = []
        while paras and paras[0][0][-1] not in _CLOSE:
            decks.append(paras.pop(0)[0])  # unpunctuated lines under the headline are its decks
        cut = next((k for k in range(1, len(paras)) if DATELINE.match(paras[k][0])), len(paras))
        paras = paras[:cut]  # a second dispatch without a headline of its own is left out
        if len(paras) < 2:
            continue
        headline = re.sub(r"（附图片[^）]*）", "", first).strip()
        subtitle = None
        if "——" in headline.strip("—"):
            headline, subtitle = (p.strip() for p in headline.strip("—").split("——", 1))
        if len(heads) > 1:
            subtitle = re.sub(r"（附图片[^）]*）", "", heads[1]).strip() or subtitle
        elif decks and not subtitle and len(decks[0]) <= 40:
            subtitle = decks[0]
        if (
            len(re.findall(r"[\u4e00-\u9fff]", headline)) < 3
            or headline.startswith("图片")
            or not _balanced(headline)
        ):
            continue
        art = Article(headline=headline, subtitle=subtitle, paragraphs=[], authors=authors, signed=signed)
        t0, toks0 = paras[0]
        m = DATELINE.match(t0)
        if m and len(t0) > m.end() + 10:
            art.place = m.group("place")
            art.dateline_kind = _dateline_kind(m)
            if not authors:
                art.authors = _names_in(toks0, 0, m.end(), t0)
            paras[0] = (t0[m.end() :].lstrip("，"), toks0)
        art.paragraphs = [p for p, _ in paras if p]
        if sum(len(p) >= 20 for p in art.paragraphs) < 2:
            continue
        art.source = "人民日报 1998-01"
        pool.articles.append(art)
    _gather(pool)
    return pool


def _gather(pool: Pool) -> None:
    """The pools drawn from the articles: names, places, questions, short phrases, column tags."""
    for art in pool.articles:
        pool.names += [n for _, n in art.authors if len(n) in (2, 3)]
        if art.place:
            pool.places.append(art.place)
        for p in art.paragraphs:
            pool.questions += [q for q in re.findall(r"(?:^|[。！？])([\u4e00-\u9fff，]{4,12}？)", p)]
        if len(art.headline) <= 12 and not art.headline.endswith("）"):
            pool.phrases.append(art.headline)
        c = re.search(r"（([^（）]{2,14})）$", art.headline)
        if c and art.source != "人民日报 1998-01":
            pool.columns.append(c.group(1))


def _modern_byline(line: str) -> tuple[list[tuple[str, str]], bool]:
    """(role, name) pairs of a printed byline (`本报记者  李  蕊  陈隽逸`, `韩春瑶`, `默  达`)."""
    if not _ROLE.search(line):
        tokens = line.split()
        name = "".join(tokens)
        return ([("", name)], True) if 2 <= len(name) <= 4 else ([], False)
    out = []
    for role, chunk in re.findall(r"(记者|通讯员)([^记通]*)", line):
        tokens = [t for t in re.split(r"[\s、，]+", chunk) if t]
        k = 0
        while k < len(tokens):
            name = tokens[k]
            if len(name) == 1 and k + 1 < len(tokens) and len(tokens[k + 1]) == 1:
                name += tokens[k + 1]
                k += 1
            k += 1
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", name):
                out.append((role, name))
    return out, False


def article_markdown(markdown: str, source: str) -> Article | None:
    """One modern article from its Markdown; None when it has no headline or too little body."""
    text = modern_texts.parse(markdown, Path(source).stem)
    art = Article(
        headline=text.headline or "",
        paragraphs=text.paragraphs,
        source=source,
        kicker=(text.kicker or "").rstrip("—") or None,
        subtitle=(text.subtitle or "").lstrip("—") or None,
        captions=[Caption(caption, credit or None) for caption, credit in text.photos if caption or credit],
    )
    byline = text.last("byline")
    if byline is not None:
        art.authors, art.signed = _modern_byline(byline)
    if not art.headline or len(art.paragraphs) < 2:
        return None
    m = DATELINE.match(art.paragraphs[0])
    if m:
        art.place = m.group("place")
        art.dateline_kind = _dateline_kind(m)
        if not art.authors and m.group("paren"):
            art.authors = [
                ("记者", n) for n in re.split(r"[、，\s]+", re.sub(r"^记者", "", m.group("paren"))) if n
            ]
        art.paragraphs[0] = art.paragraphs[0][m.end() :].strip()
    art.paragraphs = [halfwidth(p) if p.isascii() else p for p in art.paragraphs if p]
    return art


def modern_pool(folder: Path = MODERN) -> Pool:
    """The committed modern articles."""
    pool = Pool()
    for path in modern_texts.article_paths(folder):
        modern_texts.refuse_held_out(path.stem)
        art = article_markdown(path.read_text(encoding="utf-8"), path.name)
        if art is None:
            continue
        pool.articles.append(art)
        pool.photos += [c for c in art.captions if c.credit and c.credit.endswith("摄")]
    _gather(pool)
    return pool


def load_pool() -> Pool:
    """Both sources together (the 1998 month is downloaded on first use)."""
    from benchmarks.people_daily_1998 import fetch_corpus, read_tagged_lines

    pool = articles_1998(read_tagged_lines(fetch_corpus()))
    modern = modern_pool()
    pool.articles += modern.articles
    for name in ("names", "places", "questions", "phrases", "columns"):
        setattr(pool, name, sorted(set(getattr(pool, name) + getattr(modern, name))))
    return pool
