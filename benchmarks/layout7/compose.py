"""One page: articles, lone photos and page furniture laid out as an extracted page, with its truth.

Every convention is an independent random choice per article (or per page where a page decides it:
running head, OCR noise). An article is a set of blocks (photos, title stack, byline, box, body)
whose order depends on where its headline prints (before or after the body) and where its photos
go (before, after, inside the body, or at the top of the page). The truth's paragraphs are every
paragraph-like block printed with the article (box lines, subheads, captions and credit lines) in
page order; its authors are the byline's names only.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field

from benchmarks.layout7.texts import Pools, Source
from benchmarks.layout7.typeset import (
    date_spaces,
    fullwidth_mix,
    spaced_name,
    spaced_role,
    units,
    wrap,
)

NUMBERS = "①②③④⑤⑥⑦⑧⑨"
CN_DIGITS = "〇一二三四五六七八九"
WEEKDAYS = "一二三四五六日"
SECTIONS = [
    "要闻",
    "经济",
    "社会",
    "国际",
    "文化",
    "评论",
    "综合",
    "地方",
    "科技",
    "体育",
    "生态",
    "读者来信",
]
COLUMNS = [
    "经济透视",
    "一线调研",
    "基层传真",
    "民生观",
    "今日谈",
    "记者调查",
    "深度观察",
    "看台",
    "新风采",
    "走基层",
    "乡村行",
    "快评",
    "国际视点",
    "镜头",
    "热点解读",
]
PHOTO_AGENCIES = ["人民视觉", "影像中国", "新华社发", "视觉中国"]


@dataclass
class Block:
    """Printed lines and the truth paragraphs they carry."""

    lines: list[str]
    paras: list[str] = field(default_factory=list)


@dataclass
class Laid:
    """One laid-out item: its blocks in print order (a block named `top` goes to the page top)."""

    blocks: list[tuple[str, Block]]
    truth: dict
    tags: set[str]


@dataclass
class PageStyle:
    """Choices made once for a page."""

    date: datetime.date
    noise: bool
    section: str
    number: int
    starts_byline: bool = False


def cn_date(d: datetime.date) -> str:
    """A 1998-style dateline date in Chinese numerals (`一月五日`)."""

    def num(n: int) -> str:
        if n <= 10:
            return "十" if n == 10 else CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")

    return f"{num(d.month)}月{num(d.day)}日"


def _names(rng: random.Random, pools: Pools, k: int, avoid: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(pools.names)
        if n not in avoid and n not in out:
            out.append(n)
    return out


def _role_word(role: str) -> str:
    return {"记者": "本报记者", "通讯员": "本报通讯员"}.get(role, "")


def byline_lines(
    authors: list[tuple[str, str]], rng: random.Random, pools: Pools, tags: set[str]
) -> list[str]:
    """The byline block for `authors` in one of the printed styles."""
    roles = [r for r, _ in authors]
    if all(r == "" for r in roles):
        tags.add("byline_bare_name")
        spaced = rng.random() < 0.6
        return ["  ".join(spaced_name(n) if spaced else n for _, n in authors)]
    groups: dict[str, list[str]] = {}
    for r, n in authors:
        groups.setdefault(r, []).append(n)
    if len(authors) == 1 and roles[0] == "记者":
        style = rng.choices(["square", "plain", "spaced", "post", "xinhua"], [3, 3, 2, 1.5, 0.5])[0]
        name = authors[0][1]
        tags.add(f"byline_{style}")
        if style == "square":
            return [f"■ 本报记者 {name}"]
        if style == "plain":
            return [f"本报记者{name}" if rng.random() < 0.5 else f"本报记者 {name}"]
        if style == "spaced":
            return [f"本报记者  {spaced_name(name)}"]
        if style == "post":
            return [f"本报驻{rng.choice(pools.places)}记者  {spaced_name(name)}"]
        return [f"新华社记者 {name}"]
    tags.add("byline_multi")
    parts = []
    spaced = rng.random() < 0.7
    for role, names in groups.items():
        sep = "  " if spaced else rng.choice(["、", " "])
        parts.append(
            (_role_word(role) + "  " if role else "")
            + sep.join(spaced_name(n) if spaced else n for n in names)
        )
    if len(parts) > 1 and rng.random() < 0.5:
        tags.add("byline_two_lines")
        return parts
    square = "■ " if rng.random() < 0.2 else ""
    return [square + "  ".join(parts)]


def dateline_text(
    src: Source, authors: list[tuple[str, str]], day: datetime.date, rng: random.Random, pools: Pools
) -> str:
    """An inline dateline naming `authors`: `本报北京1月1日电  （记者X）`, `本报讯（通讯员 X）`, 新华社…电."""
    place = src.place or rng.choice(pools.places)
    date = cn_date(day) if src.year == 1998 and rng.random() < 0.5 else f"{day.month}月{day.day}日"
    inner = ""
    if authors:
        by_role: dict[str, list[str]] = {}
        for r, n in authors:
            by_role.setdefault(r, []).append(n)
        sep = rng.choice(["", " "])
        inner = " ".join(f"{r}{sep}{'、'.join(ns)}" for r, ns in by_role.items())
    kind = rng.choices(["dian", "xun", "xinhua"], [5, 3, 2])[0]
    if kind == "xun":
        return "本报讯" + (
            rng.choice(["", " "]) + f"（{inner}）" if inner else rng.choice(["  ", " ", "\u3000"])
        )
    head = f"本报{place}{date}电" if kind == "dian" else f"新华社{place}{date}电"
    if not inner:
        return head + "  "
    return head + rng.choice(["  ", "", " "]) + f"（{inner}）"


def credit_text(
    rng: random.Random, pools: Pools, allow_supply: bool, name: str | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """A photo credit and the (role, name) it names."""
    name = name or rng.choice(pools.names)
    shown = spaced_name(name) if rng.random() < 0.4 else name
    style = rng.choices(
        ["bare", "agency", "reporter", "xinhua", "supply"], [4, 2, 2, 1, 1 if allow_supply else 0]
    )[0]
    if style == "bare":
        return f"{shown}摄", [("", name)]
    if style == "agency":
        return f"{shown}摄（{rng.choice(PHOTO_AGENCIES)}）", [("", name)]
    if style == "reporter":
        return f"本报记者  {shown}摄", [("记者", name)]
    if style == "xinhua":
        return f"新华社记者 {name}摄", [("记者", name)]
    return f"{shown}供图", []


def _para_lines(text: str, width: int, style: str, mode: str) -> list[str]:
    indent = {"indent_full": "\u3000\u3000", "indent_ascii": "  "}.get(style, "")
    return wrap(text, width, mode, indent)


class ArticleLayout:
    """Lays out one source article; `laid()` gives its blocks and truth."""

    def __init__(self, src: Source, rng: random.Random, pools: Pools, page: PageStyle, first: bool) -> None:
        self.src, self.rng, self.pools, self.page = src, rng, pools, page
        # a page that opens with a byline (and the photos), the headline after the body
        self.first = first
        self.starts_byline = first and page.starts_byline
        self.tags: set[str] = {f"text_{'modern' if src.year > 2000 else '1998'}"}

    # ---- the text the article prints
    def paragraphs(self) -> tuple[list[str], str | None]:
        """Body paragraphs (cut at a paragraph end) and a trailer printed as its own paragraph."""
        rng, src = self.rng, self.src
        paras = list(src.paragraphs)
        limit = rng.randint(500, 1500)
        keep, total = [], 0
        for p in paras:
            if len(keep) >= 2 and total + len(p) > limit:
                break
            keep.append(p)
            total += len(p)
        if (
            len(keep) < len(paras)
            and src.year > 2000
            and paras[-1].startswith("（")
            and paras[-1].endswith("）")
        ):
            keep.append(paras[-1])  # the modern source's trailer stays with the cut text
        own_trailer = None
        if src.trailer and len(keep) == len(paras):
            if rng.random() < 0.6:
                keep[-1] = keep[-1] + src.trailer
            else:
                own_trailer = src.trailer
            self.tags.add("trailer")
        if keep[-1].startswith("（") and keep[-1].endswith("）"):
            self.tags.add("trailer")
        return keep, own_trailer

    def title(self) -> tuple[str | None, str, str | None, int]:
        """(kicker, headline, subtitle, headline width) as printed."""
        rng, src = self.rng, self.src
        headline = src.headline
        if src.year == 1998 and src.words and "  " not in headline and rng.random() < 0.15:
            cut = min(src.words, key=lambda w: abs(w - len(headline) / 2))
            left = headline[:cut]
            balanced = all(left.count(o) == left.count(c) for o, c in ("《》", "“”", "（）", "‘’"))
            # not after a one-character adverb ("不", "也"): the two parts are two phrases
            if 4 <= cut <= len(headline) - 4 and balanced and left[-1] not in "不没也都很最更就才又还再":
                headline = headline[:cut] + "  " + headline[cut:]
                self.tags.add("two_part_headline")
        elif "  " in headline:
            self.tags.add("two_part_headline")
        if not headline.endswith("）") and rng.random() < 0.16:
            headline += f"（{rng.choice(COLUMNS)}）"
        if headline.endswith("）") and "（" in headline[2:]:
            self.tags.add("column_tag")
        kicker = src.kicker
        if kicker is None and src.year == 1998 and not src.subtitle and rng.random() < 0.12:
            kicker = rng.choice(self.pools.kickers)
        if kicker:
            self.tags.add("kicker")
            if not kicker.endswith("——") and rng.random() < 0.3:
                kicker += "——"
                self.tags.add("kicker_dash")
        subtitle = src.subtitle
        if subtitle:
            self.tags.add("subtitle")
            if rng.random() < 0.55:
                subtitle = "——" + subtitle
                self.tags.add("subtitle_dash")
        # the title stack's width: one column, or spanning several
        width = rng.choice([self.width, self.width * 2, self.width * 3, 40])
        width = max(width, (units(headline) + 1) // 2 if " " in headline else 10)
        return kicker, headline, subtitle, width

    # ---- blocks
    def head_block(self, kicker: str | None, headline: str, subtitle: str | None, width: int) -> Block:
        lines: list[str] = []
        if kicker:
            kw = width if rng_bool(self.rng, 0.7) else self.width
            if " " in kicker:
                kw = max(kw, (units(kicker) + 1) // 2)
            k = wrap(kicker, kw)
            if len(k) > 1:
                self.tags.add("kicker_two_lines")
            lines += k
        h = wrap(headline, width)
        if len(h) > 1:
            self.tags.add("headline_wrapped")
        lines += h
        if subtitle:
            sw = max(width, (units(subtitle) + 1) // 2) if " " in subtitle else width
            lines += wrap(subtitle, sw)
        return Block(lines)

    def caption_blocks(self) -> list[Block]:
        """Photo captions with their credit lines, one block per photo group."""
        rng, pools, src = self.rng, self.pools, self.src
        photos: list[tuple[str, str | None]] = []
        if src.photos and rng.random() < 0.85:
            photos = [(c, cr) for c, cr in src.photos if not c.startswith("本版")][:5]
        elif src.year == 1998 and rng.random() < 0.2:
            for cap, _who, _title in rng.sample(pools.photos, rng.randint(1, 3)):
                photos.append((re.sub(r"^[0-9０-９]+、", "", cap), None))
        if not photos:
            return []
        self.tags.add("photos")
        width = rng.choice([self.width, self.width + rng.randint(2, 10), 30])
        numbered = len(photos) > 1 and rng.random() < 0.8
        credit_mode = rng.choices(["end", "own", "all", "none"], [3, 3, 2, 1])[0]
        if credit_mode == "all" and len(photos) == 1:
            credit_mode = "own"
        lines: list[str] = []
        paras: list[str] = []
        for i, (cap, source_credit) in enumerate(photos):
            if numbered:
                cap = cap.split("：", 1)[1] if cap[:2] in {f"图{c}" for c in NUMBERS} else cap
                cap = f"图{NUMBERS[i]}：{cap}"
                self.tags.add("caption_numbered")
            elif cap[:2] in {f"图{c}" for c in NUMBERS} and len(photos) == 1:
                cap = cap.split("：", 1)[1] if "：" in cap[:4] else cap
            credit = source_credit if source_credit and "均为" not in source_credit else None
            if credit is None and credit_mode in ("end", "own"):
                credit = credit_text(rng, pools, True)[0]
            if credit and credit_mode == "end":
                sep = rng.choice(["\u3000\u3000", "  ", " "])
                lines += wrap(cap + sep + credit, width, self.mode)
                paras.append(cap + credit.replace(" ", ""))
                self.tags.add("credit_caption_end")
            else:
                lines += wrap(cap, width, self.mode)
                paras.append(cap)
                if credit and credit_mode == "own":
                    lines.append(credit)
                    paras.append(credit.replace(" ", ""))
                    self.tags.add("credit_own_line")
        if credit_mode == "all":
            name = rng.choice(pools.names)
            credit = rng.choice([f"以上图片均为{name}摄", f"以上图片均为本报记者{name}摄", f"{name}供图"])
            lines.append(credit)
            paras.append(credit)
            self.tags.add("credit_all")
        return [Block(lines, paras)]

    def laid(self) -> Laid:
        rng, src, pools = self.rng, self.src, self.pools
        paras, own_trailer = self.paragraphs()
        short = sum(map(len, paras)) <= 380 and len(paras) <= 3
        if short and rng.random() < 0.5:
            self.width = rng.randint(22, 32)
            self.tags.add("wide_short_item")
        else:
            self.width = rng.randint(12, 20)
        style = rng.choices(["blank", "indent_full", "indent_ascii", "flush"], [35, 25, 10, 30])[0]
        self.tags.add(f"para_{style}")
        mode = rng.choices(["cut", "hang", "push"], [10, 55, 35])[0]
        self.tags.add(f"kinsoku_{mode}")
        self.mode = mode
        kicker, headline, subtitle, hwidth = self.title()
        head_after = rng.random() < 0.18 or self.starts_byline
        self.tags.add("head_after" if head_after else "head_before")

        # who wrote it, and how the page says so
        authors = list(src.authors)
        dateline: str | None = None
        byline: list[str] = []
        end_signature = False
        if src.commentary:
            byline = byline_lines(authors, rng, pools, self.tags)
            end_signature = rng.random() < 0.15
        elif src.dateline and rng.random() < 0.85:
            dateline = src.dateline
        else:
            if not authors and rng.random() < 0.55:
                authors = [
                    ("记者", n) for n in _names(rng, pools, rng.choices([1, 2, 3], [5, 3, 1])[0], set())
                ]
            if authors and rng.random() < 0.18:
                authors.append(("通讯员", _names(rng, pools, 1, {n for _, n in authors})[0]))
                self.tags.add("byline_tongxunyuan")
            if authors and rng.random() < 0.3 and len(authors) <= 3:
                dateline = dateline_text(
                    src, authors, self.page.date - datetime.timedelta(days=1), rng, pools
                )
            elif not authors and rng.random() < 0.4:
                dateline = dateline_text(src, [], self.page.date - datetime.timedelta(days=1), rng, pools)
            elif authors:
                byline = byline_lines(authors, rng, pools, self.tags)
        if self.starts_byline and not byline:
            if not authors or dateline:
                authors = [("记者", _names(rng, pools, 1, set())[0])]
            dateline = None
            byline = byline_lines(authors, rng, pools, self.tags)
            end_signature = False
        if self.starts_byline:
            self.tags.add("starts_byline")
        if dateline:
            self.tags.add("dateline")
            if self.page.noise and rng.random() < 0.4:
                dateline = date_spaces(dateline)
        if byline and self.page.noise and rng.random() < 0.5:
            byline = [spaced_role(b) for b in byline]
            self.tags.add("ocr_role_spaces")

        # the body: paragraphs with boxes, subheads, trailers; OCR noise on the printed text
        body: list[tuple[str, str]] = []  # (kind, text): para, sub
        box: list[str] = []
        if rng.random() < 0.06:
            box = ["核心阅读", rng.choice(pools.summaries)]
            self.tags.add("box_core")
        elif rng.random() < 0.05:
            box = ["编者按：" + rng.choice(pools.summaries)]
            self.tags.add("box_editor_note")
        body += [("para", p) for p in paras]
        if len(paras) >= 4 and rng.random() < 0.22:
            self.tags.add("subhead")
            spots = sorted(
                rng.sample(range(1, len(paras) - 1), min(rng.randint(1, 3), len(paras) - 2)), reverse=True
            )
            for at in spots:
                if rng.random() < 0.3 and pools.questions:
                    subs = [rng.choice(pools.questions)]
                    self.tags.add("subhead_question")
                    if rng.random() < 0.5:
                        subs.append(rng.choice(pools.headings))
                else:
                    subs = [rng.choice(pools.headings)]
                for s in reversed(subs):
                    body.insert(at, ("sub", s))
        if own_trailer:
            body.append(("para", own_trailer))
        if len(paras) >= 5 and rng.random() < 0.06:
            at = len(body) - 2
            body.insert(at, ("sub", "记者手记"))
            self.tags.add("box_notes")
        if src.authors and not src.commentary and rng.random() < 0.08:
            helper = _names(rng, pools, 1, {n for _, n in authors})[0]
            body.append(("para", f"（{helper}参与采写）"))
            self.tags.add("trailer")

        truth_paras: list[str] = []
        printed: list[tuple[str, str]] = []
        for kind, text in body:
            t = text
            if self.page.noise and kind == "para" and rng.random() < 0.3:
                t = fullwidth_mix(t, rng)
                self.tags.add("digits_mixed")
            p = t
            if self.page.noise and kind == "para" and rng.random() < 0.5:
                p = date_spaces(t)
                if p != t:
                    self.tags.add("ocr_inner_spaces")
            truth_paras.append(t)
            printed.append((kind, p))
        if dateline and rng.random() < 0.75:
            # inline: the dateline opens the first paragraph
            printed[0] = (printed[0][0], dateline + printed[0][1])
            dateline_own = False
        else:
            dateline_own = bool(dateline)
            if dateline:
                self.tags.add("dateline_own_line")
        self._printed = [p for _, p in printed]

        body_lines: list[str] = []
        ends: list[bool] = []
        for i, (kind, p) in enumerate(printed):
            if style == "blank" and i:
                body_lines.append("")
                ends.append(True)
            if kind == "sub":
                got = wrap(p, max(self.width, (units(p) + 1) // 2))
            else:
                got = _para_lines(p, self.width, style, mode)
            body_lines += got
            ends += [False] * (len(got) - 1) + [True]
        if rng.random() < 0.75:
            body_lines = self.column_breaks(body_lines, ends)
        body_block = Block(body_lines, truth_paras)
        box_block = None
        if box:
            bw = rng.choice([self.width, self.width + 4, 30])
            lines = []
            for b in box:
                lines += wrap(b, bw, self.mode)
            box_block = Block(lines, list(box))

        captions = self.caption_blocks()
        # photos at the page top belong to the page's first article (a reader can tell whose they are)
        weights = [4, 4, 2 if self.first else 0, 1]
        where = rng.choices(["pre", "post", "top", "mid"], weights)[0] if captions else None
        if self.starts_byline and captions:
            where = "pre"
        if where:
            self.tags.add(f"photos_{where}")

        blocks: list[tuple[str, Block]] = []
        head = self.head_block(kicker, headline, subtitle, hwidth)
        by = Block(list(byline)) if byline else (Block([dateline]) if dateline_own and dateline else None)
        if where == "top":
            blocks.append(("top", captions[0]))
        if head_after:
            if by and not end_signature:
                blocks.append(("byline", by))
            if where == "pre":
                blocks.append(("captions", captions[0]))
        else:
            if where == "pre":
                blocks.append(("captions", captions[0]))
            blocks.append(("head", head))
            if by and not end_signature:
                blocks.append(("byline", by))
        if box_block:
            blocks.append(("box", box_block))
        if where == "mid" and len(truth_paras) >= 3:
            cut = rng.randint(1, len(truth_paras) - 1)
            first, second = self.split_body(body_block, cut, style)
            blocks += [("body", first), ("captions", captions[0]), ("body", second)]
        else:
            blocks.append(("body", body_block))
            if where == "mid":
                where = "post"
                blocks.append(("captions", captions[0]))
        if where == "post":
            blocks.append(("captions", captions[0]))
        if by and end_signature:
            blocks.append(("byline", by))
            self.tags.add("byline_at_end")
        if head_after:
            blocks.append(("head", head))

        truth_byline = " ".join(byline) if byline else dateline
        truth = {
            "kind": "article",
            "kicker": kicker,
            "headline": headline,
            "subtitle": subtitle,
            "byline": truth_byline.strip() if truth_byline else None,
            "authors": [{"role": r, "name": n} for r, n in authors] if (byline or dateline) else [],
            "paragraphs": [],  # filled in page order by the page
        }
        return Laid(blocks, truth, self.tags)

    def column_breaks(self, lines: list[str], ends: list[bool]) -> list[str]:
        """Blank lines where a column ends, wherever that falls (mid-sentence too)."""
        height = self.rng.randint(14, 36)
        out: list[str] = []
        count = self.rng.randint(0, height - 1)
        for line, end in zip(lines, ends, strict=True):
            out.append(line)
            if line:
                count += 1
            if count >= height:
                count = 0
                if out[-1] and line:
                    out.append("")
                    if not end:
                        self.tags.add("column_break_midpara")
        while out and not out[-1]:
            out.pop()
        return out

    def split_body(self, block: Block, cut: int, style: str) -> tuple[Block, Block]:
        """The body in two blocks at paragraph `cut` (a caption prints between them)."""
        before = block.paras[:cut]
        # the printed lines: find the line that starts paragraph `cut` by counting paragraph text
        need = sum(len("".join(p.split())) for p in self._printed[:cut])
        got = 0
        for i, line in enumerate(block.lines):
            if got >= need:
                return Block(_trim(block.lines[:i]), before), Block(_trim(block.lines[i:]), block.paras[cut:])
            got += len("".join(line.split()))
        return block, Block([], [])


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[0]:
        lines = lines[1:]
    while lines and not lines[-1]:
        lines = lines[:-1]
    return lines


def rng_bool(rng: random.Random, p: float) -> bool:
    """True with probability p."""
    return rng.random() < p


def lone_photo(rng: random.Random, pools: Pools) -> Laid:
    """A photo that stands alone: optional title, caption, credit (kind photo)."""
    cap, who, title = rng.choice(pools.photos)
    tags = {"lone_photo"}
    width = rng.randint(16, 34)
    credit, authors = credit_text(rng, pools, False, who)
    lines: list[str] = []
    show_title = title if title and rng.random() < 0.6 else None
    if show_title:
        lines.append(show_title)
        tags.add("lone_photo_title")
    if rng.random() < 0.5:
        lines += wrap(cap + rng.choice(["  ", "\u3000\u3000", " "]) + credit, width, "hang")
    else:
        lines += wrap(cap, width, "hang") + [credit]
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": show_title,
        "subtitle": None,
        "byline": credit,
        "authors": [{"role": r, "name": n} for r, n in authors],
        "paragraphs": [cap],
    }
    return Laid([("photo", Block(lines))], truth, tags)


def furniture(rng: random.Random, page: PageStyle, pools: Pools) -> tuple[list[str], list[str], set[str]]:
    """(head lines, foot lines, tags): running head with page number, section and date; editors."""
    d = page.date
    date = f"{d.year}年{d.month}月{d.day}日  星期{WEEKDAYS[d.weekday()]}"
    n = page.number
    sec = page.section
    style = rng.randint(0, 4)
    if style == 0:
        head = [f"{n}  {'  '.join(sec)}  {date}"]
    elif style == 1:
        head = [f"人民日报  {date}", f"第{n}版  {sec}"]
    elif style == 2:
        head = [f"{date}  {sec}  第{n}版"]
    elif style == 3:
        head = [f"第 {n} 版", sec, date]
    else:
        head = [f"{sec}  {n}", date.replace("  ", " ")]
    tags = {"furniture_head"}
    editors = "  ".join(spaced_name(x) for x in rng.sample(pools.names, rng.randint(1, 3)))
    foot = [f"本版责编：{editors}"]
    if rng.random() < 0.7:
        foot.append(f"版式设计：{spaced_name(rng.choice(pools.names))}")
        tags.add("furniture_design")
    if rng.random() < 0.3:
        foot = ["  ".join(foot)]
    if rng.random() < 0.2:
        return head + foot, [], tags | {"furniture_top_editors"}
    if rng.random() < 0.12:
        return [], head + foot, tags | {"furniture_foot_head"}
    return head, foot, tags


def page_date(rng: random.Random, year_hint: int) -> datetime.date:
    """A date outside 2025 (kept for the independent check)."""
    year = year_hint if rng.random() < 0.4 else rng.choice([y for y in range(1999, 2027) if y != 2025])
    start = datetime.date(year, 1, 1)
    return start + datetime.timedelta(days=rng.randint(0, 364))


def compose(
    sources: list[Source], photos: int, rng: random.Random, pools: Pools
) -> tuple[str, list[dict], list[str], list[str]]:
    """(page text, truth articles, furniture lines, tags) for `sources` and `photos` lone photos."""
    year = max(s.year for s in sources)
    page = PageStyle(
        date=page_date(rng, year),
        noise=rng.random() < 0.3,
        section=rng.choice(SECTIONS),
        number=rng.randint(1, 20),
        starts_byline=rng.random() < 0.15,
    )
    tags: set[str] = set()
    if page.noise:
        tags.add("ocr_noise")
    items = [ArticleLayout(s, rng, pools, page, i == 0).laid() for i, s in enumerate(sources)]
    for _ in range(photos):
        lead = page.starts_byline or any(name == "top" for name, _ in items[0].blocks)
        items.insert(rng.randint(1 if lead else 0, len(items)), lone_photo(rng, pools))
    head_lines, foot_lines, ftags = furniture(rng, page, pools)
    tags |= ftags
    out: list[str] = list(head_lines)
    if out:
        out.append("")
    truths: list[dict] = []
    tops = [(it, b) for it in items for name, b in it.blocks if name == "top"]
    for it, b in tops:
        out += b.lines + [""]
        it.truth["paragraphs"] += b.paras
    for k, it in enumerate(items):
        tags |= it.tags
        for name, b in it.blocks:
            if name == "top":
                continue
            if not b.lines:
                continue
            if out and out[-1] and rng.random() < 0.75:
                out.append("")
            out += b.lines
            it.truth["paragraphs"] += b.paras
        if k + 1 < len(items) and rng.random() < 0.92:
            out.append("")
        truths.append(it.truth)
    if foot_lines:
        out += [""] + foot_lines
    if (
        len(
            {
                tuple(sorted(t for t in it.tags if t.startswith("head_")))
                for it in items
                if it.truth["kind"] == "article"
            }
        )
        > 1
    ):
        tags.add("head_mixed")
    widths = {t for it in items for t in it.tags if t == "wide_short_item"}
    tags |= widths
    return "\n".join(out).strip("\n") + "\n", truths, head_lines + foot_lines, sorted(tags)
