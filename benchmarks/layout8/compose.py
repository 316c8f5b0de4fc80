"""Layout8's page composer: stories → the text a PDF extractor gives for a city daily's page + its truth.

Every convention is an independent random choice per page or per article (probabilities in
README.md). The truth is written from the clean texts the page is printed from, as a hand-checker
would write it: kicker/headline/subtitle as printed (a two-part headline keeps its gap), the byline's
people as authors, body paragraphs without the inline dateline, captions printed with an article as
paragraphs of it (in page order, credit lines included), a photo standing alone as kind "photo".
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.layout8.sources import Person, Photo, Story

NO_START = set("，。、；：？！”’）》」』…,.;:?!)%·—")
NO_END = set("“‘（《「『")
FULL_TO_ASCII = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
COLUMN_TAGS = (
    "经济聚焦",
    "新春走基层",
    "话说新农村",
    "民生一线",
    "一线调研",
    "身边事",
    "今日关注",
    "基层治理",
    "乡村行",
    "城事",
)
SECTIONS = ("要闻", "综合新闻", "经济", "社会", "城市新闻", "区县传真", "国际", "文化", "评论", "民生")
WEEKDAYS = "一二三四五六日"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def cells(text: str) -> float:
    """Printed width in full-width cells (ASCII is half a cell)."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def wrap(text: str, width: float) -> list[str]:
    """Lines of at most `width` cells, with Chinese line-breaking (no closing mark at a line start)."""
    lines: list[str] = []
    cur = ""
    w = 0.0
    for ch in text:
        cw = 0.5 if ch.isascii() else 1.0
        if w + cw > width and cur:
            if ch in NO_START:
                cur += ch  # pushed back onto the line, as typesetters do
                lines.append(cur)
                cur, w = "", 0.0
                continue
            carry = ""
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            if cur:
                lines.append(cur)
            cur, w = carry, cells(carry)
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def spaced_name(name: str) -> str:
    """A two-character name letter-spaced as printed ("姜  峰")."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def ocr_spaces(line: str, rng: random.Random) -> str:
    """Spaces an extractor puts around runs of Latin letters and digits inside Chinese text."""

    def repl(m: re.Match) -> str:
        if rng.random() < 0.6:
            return f" {m.group(0)} "
        return m.group(0)

    out = re.sub(r"[0-9A-Za-z.%]+", repl, line)
    return out.strip(" ") if out.strip(" ") else out


@dataclass
class Line:
    """One printed line; `keep` lines (titles) take no column break before them."""

    text: str
    keep: bool = False


@dataclass
class Rendered:
    """An item's printed lines and its truth record."""

    lines: list[Line]
    truth: dict
    tags: set[str] = field(default_factory=set)


@dataclass
class PageStyle:
    """The page-wide choices."""

    width: int
    paras: str  # "blank" | "indent" | "flush"
    heads: str  # "before" | "after" | "mixed"
    column_height: int | None
    ocr: bool
    gap_after_title: bool
    editor: str | None
    running_head: str | None
    head_at_top: bool
    editor_at_bottom: bool
    enabled: frozenset[str] = frozenset()

    def on(self, name: str, rng: random.Random, p: float) -> bool:
        """A gated convention: enabled on this page, then drawn per article with probability p."""
        return name in self.enabled and rng.random() < p


# Conventions a page enables (each with probability GATE) before they are drawn per article, so that
# the per-convention lines of segment_validation.py compare pages with and without them.
GATED = (
    "two_part_headline",
    "spaced_names",
    "helpers",
    "spaced_role",
    "wide_item",
    "mixed_widths",
    "place_kicker",
    "column_tag",
    "kicker_dash",
    "stack_gap",
    "box_core",
    "box_note",
    "box_notes",
    "trailer",
    "headline_two_lines",
    "photo_standalone",
)
GATE = 0.4


def page_style(rng: random.Random, names: list[str], day: dt.date, section: str, number: int) -> PageStyle:
    """Draw the page-wide conventions."""
    paras = rng.choices(("blank", "indent", "flush"), (0.55, 0.25, 0.2))[0]
    heads = rng.choices(("before", "after", "mixed"), (0.55, 0.2, 0.25))[0]
    date_cn = f"{day.year}年{day.month}月{day.day}日"
    week = f"星期{WEEKDAYS[day.weekday()]}"
    running = None
    if rng.random() < 0.55:
        running = rng.choice(
            (
                f"{number}  {section}  {date_cn} {week}",
                f"{date_cn}  {week}  {section}  第{number}版",
                f"{section}  {number:02d}  {date_cn}  {week}",
                f"{date_cn} {week}    {section}    {number}",
            )
        )
    editor = None
    if rng.random() < 0.45:
        a, b, c = rng.sample(names, 3)
        editor = rng.choice(
            (
                f"本版责编：{a}  版式设计：{b}",
                f"本版责编：{a}  {b}  版式设计：{c}",
                f"责任编辑：{a}",
                f"本版编辑：{a}  美编：{b}",
            )
        )
    return PageStyle(
        width=rng.randint(12, 20),
        paras=paras,
        heads=heads,
        column_height=rng.randint(28, 60) if rng.random() < 0.85 else None,
        ocr=rng.random() < 0.3,
        gap_after_title=rng.random() < 0.8,
        editor=editor,
        running_head=running,
        head_at_top=rng.random() < 0.8,
        editor_at_bottom=rng.random() < 0.7,
        enabled=frozenset(g for g in GATED if rng.random() < GATE),
    )


def _two_part(headline: str, style: PageStyle, rng: random.Random, tags: set[str]) -> str:
    if "  " in headline:
        tags.add("two_part_headline")
        return headline
    parts = headline.split("，")
    if len(parts) == 2 and all(3 <= len(p) <= 12 for p in parts) and style.on("two_part_headline", rng, 0.7):
        tags.add("two_part_headline")
        return "  ".join(parts)
    return headline


def _byline_parts(
    story: Story, style: PageStyle, rng: random.Random, names: list[str], tags: set[str]
) -> tuple[str, str, str, list]:
    """How the byline prints: (mode, printed, truth byline, authors). Mode: line | inline | none."""
    people = list(story.people)
    spaced = style.on("spaced_names", rng, 0.8)
    sep = "  " if rng.random() < 0.6 else " "

    def nm(n: str) -> str:
        return spaced_name(n) if spaced else n

    if spaced and any(len(p.name) == 2 for p in people):
        tags.add("byline_spaced_names")
    if story.bare:
        tags.add("byline_bare")
        printed = sep.join(spaced_name(p.name) if spaced else p.name for p in people)
        return "line", printed, " ".join(p.name for p in people), [("", p.name) for p in people]
    if people and people[0].role == "记者" and style.on("helpers", rng, 0.35):
        helpers = [n for n in rng.sample(names, rng.randint(1, 2)) if n not in {p.name for p in people}]
        people += [Person("本报通讯员", "通讯员", n) for n in helpers]
    authors = [(p.role, p.name) for p in people]
    if len({p.role for p in people}) > 1:
        tags.add("byline_multi_role")
    if any("驻" in p.prefix for p in people):
        tags.add("byline_zhu")
    if story.agency:
        date = story.date or ""
        place = story.place or ""
        dateline = f"{story.agency}{place}{date}电" if (place or date) else f"{story.agency}讯"
        form = rng.choices(("dateline", "local", "line"), (0.6, 0.25, 0.15))[0] if people else "dateline"
        if form == "local" or dateline.endswith("讯"):
            dateline = "本报讯" if story.agency == "本报" else dateline
        if form != "line":
            tags.add(
                "dateline_xinhua"
                if story.agency == "新华社"
                else ("dateline_local" if dateline == "本报讯" else "dateline_city")
            )
            if not people:
                return "inline", dateline + ("  " if rng.random() < 0.7 else ""), dateline, []
            inner_p = _group(people, nm, " ", local=True)
            inner_t = _group(people, lambda n: n, " ", local=True)
            gap = "  " if dateline != "本报讯" and rng.random() < 0.7 else ""
            after = " " if rng.random() < 0.4 else ""
            return "inline", f"{dateline}{gap}（{inner_p}）{after}", f"{dateline}（{inner_t}）", authors
    if not people:
        return "none", "", "", []
    if rng.random() < 0.2 and people[0].prefix.startswith("本报"):
        tags.add("dateline_local")
        inner_p = _group(people, nm, " ", local=True)
        return (
            "inline",
            f"本报讯（{inner_p}）",
            f"本报讯（{_group(people, lambda n: n, ' ', local=True)}）",
            authors,
        )
    tags.add("byline_reporter")
    mark = "■ " if rng.random() < 0.35 else ""
    printed = mark + _group(people, nm, sep, local=False, split=rng.random() < 0.5)
    if mark and style.on("spaced_role", rng, 0.6):
        first = people[0].prefix
        printed = printed.replace(first, " ".join(first), 1)  # an extractor's spaced role: "本 报 记 者"
        tags.add("byline_spaced_role")
    return "line", printed, _group(people, lambda n: n, " ", local=False), authors


def _group(people: list[Person], nm, sep: str, local: bool, split: bool = False) -> str:
    """People grouped under their role: "本报记者  甲  乙  本报通讯员  丙" (a line byline, `split` puts
    each role on its own line) or, inside a dateline's parentheses, "记者 甲 乙 通讯员 丙"."""
    groups: list[tuple[str, list[str]]] = []
    for p in people:
        prefix = p.role if local else p.prefix
        if groups and groups[-1][0] == prefix:
            groups[-1][1].append(nm(p.name))
        else:
            groups.append((prefix, [nm(p.name)]))
    if local:
        return " ".join(f"{role} {' '.join(ns)}" for role, ns in groups)
    parts = [sep.join([prefix, *ns]) for prefix, ns in groups]
    return ("\n" if split else sep).join(parts)


def _caption_lines(
    photos: list[Photo], width: float, rng: random.Random, tags: set[str]
) -> tuple[list[str], list[str]]:
    """Printed lines and truth paragraphs of an article's captions."""
    printed: list[str] = []
    truth: list[str] = []
    credits = {p.credit for p in photos if p.caption}
    shared = len(photos) >= 2 and len(credits) == 1 and "" not in credits and rng.random() < 0.6
    if any(p.number for p in photos):
        tags.add("photo_numbered")
    for ph in photos:
        credit = ph.credit
        if (
            credit
            and credit.endswith("摄")
            and ph.credit_person
            and ph.credit_person.role == ""
            and rng.random() < 0.2
        ):
            credit = credit[:-1] + "供图"
        if "供图" in credit:
            tags.add("photo_supplied")
        cap = (f"{ph.number}：" if ph.number else "") + ph.caption
        if not ph.caption:
            printed += wrap(credit, width)
            truth.append(credit)
            continue
        if shared or not credit:
            printed += wrap(cap, width)
            truth.append(cap)
            continue
        where = rng.choices(("end", "line", "paren"), (0.4, 0.4, 0.2))[0]
        shown = _spaced_credit(credit, rng)
        if where == "end":
            printed += wrap(f"{cap}  {shown}", width)
            truth.append(f"{cap} {credit}")
        elif where == "paren":
            printed += wrap(f"{cap}（{shown}）", width)
            truth.append(f"{cap}（{credit}）")
        else:
            printed += wrap(cap, width) + [shown]
            truth += [cap, credit]
    if shared:
        credit = credits.pop()
        line = f"以上图片均为{credit}"
        printed.append(_spaced_credit(line, rng))
        truth.append(line)
        tags.add("photo_all_credit")
    return printed, truth


def _spaced_credit(credit: str, rng: random.Random) -> str:
    """A credit's two-character photographer name letter-spaced, sometimes ("黄  海摄")."""
    if rng.random() < 0.4:
        return re.sub(r"(?<=[者为 ])([\u4e00-\u9fff])([\u4e00-\u9fff])(?=摄|供图)", r"\1  \2", credit)
    return credit


class Composer:
    """Lays stories out into pages; one instance per page set (its name pool for editors and helpers)."""

    def __init__(self, names: list[str]):
        self.names = names

    def article(self, story: Story, style: PageStyle, rng: random.Random, first: bool = False) -> Rendered:
        """One article's printed lines and truth."""
        s = copy.deepcopy(story)
        tags: set[str] = set()
        width = style.width
        total = s.size()
        if total < 700 and style.on("wide_item", rng, 0.6):
            width = rng.randint(max(22, style.width + 4), 40)
            tags.add("wide_item")
        elif style.on("mixed_widths", rng, 0.45):
            width = max(12, min(20, style.width + rng.choice((-3, -2, -1, 1, 2, 3))))
            tags.add("mixed_widths")
        # title stack
        if s.kicker is None and s.place and s.agency == "本报" and style.on("place_kicker", rng, 0.5):
            s.kicker = s.place
            s.place, s.date = "", ""
            tags.add("place_kicker")
        headline = _two_part(s.headline or "", style, rng, tags)
        if "（" not in headline and s.agency != "新华社" and style.on("column_tag", rng, 0.3):
            headline += f"（{rng.choice(COLUMN_TAGS)}）"
        if re.search(r"（[^）]{2,6}）$", headline):
            tags.add("column_tag")
        kicker = s.kicker
        if kicker:
            tags.add("kicker")
            if not kicker.endswith("——") and style.on("kicker_dash", rng, 0.5):
                kicker += "——"
            if kicker.endswith("——"):
                tags.add("kicker_dash")
        subtitle_line = None
        if s.subtitle:
            dash = rng.random() < 0.5
            subtitle_line = ("——" if dash else "") + s.subtitle
            tags.add("subtitle_dash" if dash else "subtitle_plain")
        title_lines = ([kicker] if kicker else []) + _headline_lines(headline, style, rng, tags)
        if subtitle_line:
            title_lines.append(subtitle_line)
        stack_gap = style.on("stack_gap", rng, 0.6)
        # byline
        mode, printed_by, truth_by, authors = _byline_parts(s, style, rng, self.names, tags)
        # body paragraphs (truth) and boxes
        paras = list(s.paragraphs)
        subheads = set(s.subheads)
        if len(paras) >= 4 and style.on("box_core", rng, 0.3):
            paras.insert(0, "核心阅读")
            subheads = {k + 1 for k in subheads} | {0}
            tags.add("box_core")
        elif (
            len(paras) >= 3
            and not paras[0].startswith("编者按")
            and mode != "inline"
            and style.on("box_note", rng, 0.25)
        ):
            paras[0] = "编者按：" + paras[0]
            tags.add("box_note")
        if len(paras) >= 5 and s.people and not s.bare and style.on("box_notes", rng, 0.3):
            paras.insert(len(paras) - 2, "记者手记")
            subheads = subheads | {len(paras) - 3}
            tags.add("box_notes")
        if subheads:
            tags.add("subhead")
            if any(paras[k].endswith("？") for k in subheads if k < len(paras)):
                tags.add("question_subhead")
        if s.trailer:
            tags.add("trailer")
        elif s.people and not s.bare and style.on("trailer", rng, 0.3):
            helper = rng.choice(self.names)
            trailer = f"（{helper}参与采写）"
            if rng.random() < 0.3:
                paras[-1] += trailer
            else:
                paras.append(trailer)
            tags.add("trailer")
        body_lines = self._body(paras, subheads, printed_by if mode == "inline" else "", width, style, rng)
        # photos
        cap_lines: list[str] = []
        cap_truth: list[str] = []
        where = None
        if s.photos:
            tags.add("photo_article")
            cap_width = width if rng.random() < 0.5 else min(60, width * rng.choice((2, 3)))
            cap_lines, cap_truth = _caption_lines(s.photos, cap_width, rng, tags)
            where = rng.choices(("before", "after", "top"), (0.35, 0.45, 0.2))[0]
        after = style.heads == "after" or (style.heads == "mixed" and rng.random() < 0.4)
        if first and rng.random() < 0.15:
            after = True
            if where:
                where = "top"
            tags.add("starts_mid")
        out: list[Line] = []
        by_block = [Line(x) for x in printed_by.split("\n")] if mode == "line" else []
        titles = []
        for k, t in enumerate(title_lines):
            if k and stack_gap:
                titles.append(Line("", keep=True))
            titles.append(Line(t, keep=True))
        caps = [Line(x) for x in cap_lines]
        gap = [Line("")] if style.gap_after_title else []
        if after:
            tags.add("headline_after")
            # the byline heads the column, the title stack follows the body (and its photos)
            if where == "top":
                out += by_block + ([Line("")] if by_block else []) + caps + [Line("")]
            else:
                out += by_block + ([Line("")] if by_block else [])
            if where == "before":
                out += caps + [Line("")]
            out += body_lines
            if where == "after":
                out += [Line("")] + caps
            out += [Line("")] + titles
        else:
            if where == "top":
                out += caps + [Line("")]
            out += titles + gap + by_block
            if by_block and (style.gap_after_title or style.paras == "blank"):
                out.append(Line(""))
            if where == "before":
                out += caps + [Line("")]
            out += body_lines
            if where == "after":
                out += [Line("")] + caps
        if where in ("top", "before"):
            truth_paras = cap_truth + paras
        elif where == "after":
            truth_paras = paras + cap_truth
        else:
            truth_paras = paras
        truth = {
            "kind": "article",
            "kicker": kicker,
            "headline": headline,
            "subtitle": s.subtitle,
            "byline": truth_by or None,
            "authors": [{"role": r, "name": n} for r, n in authors],
            "paragraphs": truth_paras,
        }
        return Rendered(out, truth, tags)

    def _body(
        self,
        paras: list[str],
        subheads: set[int],
        lead: str,
        width: float,
        style: PageStyle,
        rng: random.Random,
    ) -> list[Line]:
        out: list[Line] = []
        first_text = 1 if paras[0] == "核心阅读" else 0  # the dateline opens the text, after the box
        for k, p in enumerate(paras):
            text = (lead + p) if k == first_text and lead else p
            if style.paras == "indent" and k not in subheads:
                text = "\u3000\u3000" + text
            lines = wrap(text, width)
            if style.ocr:
                lines = [ocr_spaces(x, rng) for x in lines]
            if k and (
                style.paras == "blank" or k in subheads or (k - 1) in subheads and style.paras != "flush"
            ):
                out.append(Line(""))
            out += [Line(x) for x in lines]
        return out

    def photo(self, story: Story, style: PageStyle, rng: random.Random) -> Rendered:
        """A stand-alone photo: optional title, a wide caption, the credit at its end or on its own line."""
        ph = story.photos[0]
        tags = {"photo_standalone"}
        width = rng.randint(max(26, style.width + 6), 62)
        person = ph.credit_person
        credit = ph.credit
        if person and person.prefix == "本报记者" and rng.random() < 0.3:
            credit = f"■ 本报记者 {person.name}"
        title = story.headline if rng.random() < 0.6 else None
        lines: list[Line] = []
        if title:
            tags.add("photo_title")
            lines += [Line(title, keep=True), Line("")] if rng.random() < 0.5 else [Line(title, keep=True)]
        where = rng.choices(("end", "line", "paren"), (0.45, 0.4, 0.15))[0] if credit else "none"
        shown = _spaced_credit(credit, rng) if credit else ""
        if where == "end":
            text = f"{ph.caption} {shown}" if credit.startswith("■") else f"{ph.caption}  {shown}"
            lines += [Line(x) for x in wrap(text, width)]
        elif where == "paren":
            lines += [Line(x) for x in wrap(f"{ph.caption}（{shown}）", width)]
        else:
            lines += [Line(x) for x in wrap(ph.caption, width)]
            if shown:
                lines.append(Line(shown))
        by = credit.removeprefix("■ ").removesuffix("摄").strip() if credit else None
        truth = {
            "kind": "photo",
            "kicker": None,
            "headline": title,
            "subtitle": None,
            "byline": by,
            "authors": [{"role": person.role, "name": person.name}] if person else [],
            "paragraphs": [ph.caption],
        }
        return Rendered(lines, truth, tags)


def _headline_lines(headline: str, style: PageStyle, rng: random.Random, tags: set[str]) -> list[str]:
    """A long one-part headline run over two lines, sometimes: the first line full (12–16 characters),
    the rest below, as a title set in a box narrower than itself. A two-part headline keeps its one line
    (split at its gap it would read as a kicker and a headline)."""
    if len(headline) > 17 and "  " not in headline and style.on("headline_two_lines", rng, 0.5):
        cut = min(rng.randint(12, 16), len(headline) - 4)
        while cut < len(headline) - 2 and (headline[cut] in NO_START or headline[cut - 1] in NO_END):
            cut += 1
        tags.add("headline_two_lines")
        return [headline[:cut], headline[cut:]]
    return [headline]


def assemble(items: list[Rendered], style: PageStyle, rng: random.Random) -> str:
    """The page text: items in order, furniture, and blank lines where columns break."""
    lines: list[Line] = []
    for k, item in enumerate(items):
        if k:
            lines.append(Line(""))
            if rng.random() < 0.2:
                lines.append(Line(""))
        lines += item.lines
    if style.column_height:
        broken: list[Line] = []
        count = 0
        for ln in lines:
            if not ln.text:
                count += 1
                broken.append(ln)
                continue
            if count >= style.column_height and not ln.keep and broken and broken[-1].text:
                broken.append(Line(""))  # a column break, even in mid-sentence
                count = 0
            broken.append(ln)
            count += 1
        lines = broken
    text = [ln.text for ln in lines]
    if style.running_head:
        head = style.running_head
        text = [head, ""] + text if style.head_at_top else text + ["", head]
    if style.editor:
        text = text + ["", style.editor] if style.editor_at_bottom else [style.editor, ""] + text
    # collapse runs of blank lines beyond two
    out: list[str] = []
    for t in text:
        if not t and len(out) >= 2 and not out[-1] and not out[-2]:
            continue
        out.append(t)
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out).rstrip("\n") + "\n"


def to_ascii_digits(story: Story) -> Story:
    """A 1998 story with full-width digits printed as ASCII (a page-wide choice)."""
    s = copy.deepcopy(story)
    t = FULL_TO_ASCII
    s.headline = s.headline.translate(t) if s.headline else s.headline
    s.kicker = s.kicker.translate(t) if s.kicker else s.kicker
    s.subtitle = s.subtitle.translate(t) if s.subtitle else s.subtitle
    s.date = s.date.translate(t) if s.date else s.date
    s.paragraphs = [p.translate(t) for p in s.paragraphs]
    s.photos = [Photo(p.caption.translate(t), p.credit, p.number, p.credit_person) for p in s.photos]
    return s
