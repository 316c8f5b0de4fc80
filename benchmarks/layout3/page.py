"""Lay real articles out as the text a PDF extractor gives for one newspaper page, with its truth.

Every convention is a seeded random choice, per page or per article (see `benchmarks/layout3/__init__.py`
for the list). The printed text reads in extraction order: a running head, then items one after the
other, body lines cut at the column width, a blank line at every column break (even mid-sentence),
headline blocks on lines of their own before or after their body. The truth holds what a reader
should get back: per article its kind, kicker, headline, subtitle, byline, authors (the byline's
names only) and paragraphs (body text without the dateline, with captions and credit lines where the
page prints them, without OCR spaces); a standalone photo is an item of kind `photo`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from benchmarks.layout3.texts import Article, Caption, Pool

_NO_LINE_START = "，。、；：？！）》”’…—%"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
_WEEK = "一二三四五六日"
_SECTIONS = ("要闻", "经济", "社会", "文化", "评论", "国际", "地方", "综合", "民生", "政治")
_DAYS_BEFORE = (0, 31, 59, 90, 120, 151)


def _width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(text: str, width: float) -> list[str]:
    """Lines of at most `width` cells (ASCII counts half); a closing mark never starts a line."""
    lines: list[str] = []
    cur, w = "", 0.0
    for ch in text:
        if w + _width(ch) > width and cur and ch not in _NO_LINE_START:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += _width(ch)
    if cur:
        lines.append(cur)
    return lines


def clean(text: str) -> str:
    """Text as the truth holds it: no spaces between Chinese characters, digits and marks."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"(?<![A-Za-z]) | (?![A-Za-z])", "", text)


def spaced(name: str) -> str:
    """A two-character name letter-spaced as printed (`姜  峰`)."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


@dataclass
class Flow:
    """The page text as lines; a blank line where a column ends (every `height` body lines)."""

    height: int
    lines: list[str] = field(default_factory=list)
    col: int = 0
    mid_breaks: int = 0

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def line(self, text: str) -> None:
        self.lines.append(text)

    def body(self, text: str, width: float, indent: str = "") -> None:
        """A paragraph cut into lines; a column break inside it gives a blank line mid-paragraph."""
        rows = wrap(indent + text, width)
        for k, row in enumerate(rows):
            if self.col >= self.height:
                if k > 0:
                    self.mid_breaks += 1
                self.blank()
                self.col = 0
            self.lines.append(row.strip(" ") or row)
            self.col += 1


@dataclass
class Printed:
    """One article as the page prints it: blocks in print order and its truth record."""

    blocks: list[tuple[str, object]]
    truth: dict
    top: list[tuple[str, object]] = field(default_factory=list)  # captions printed at the top of the page


class Page:
    """One laid-out page: `text` (what extraction gives), `truth` ({"articles": [...]}), `tags`."""

    def __init__(self, pool: Pool, seed: int) -> None:
        self.rng = rng = random.Random(seed)
        self.pool = pool
        self.tags: set[str] = set()
        self.width = rng.randint(12, 20)
        band = "narrow" if self.width <= 14 else "medium" if self.width <= 17 else "wide"
        self.tags.add(f"width_{band}")
        self.para_mode = rng.choice(("blank", "indent", "indent_blank"))
        self.tags.add(f"para_{self.para_mode}")
        self.ocr = rng.random() < 0.35
        self.spaced_names = rng.random() < 0.5
        self.after_share = rng.choice((0.0, 0.15, 0.35, 0.6, 1.0))
        self.month = rng.randint(1, 5)
        self.day = rng.randint(1, 28)
        self.flow = Flow(height=rng.randint(16, 40))
        n_articles = min(rng.randint(3, 6), len(pool.articles))
        n_photos = rng.choice((0, 0, 1, 1, 2)) if pool.photos else 0
        wide = rng.randrange(n_articles) if rng.random() < 0.5 else -1
        modern = [a for a in pool.articles if a.source != "人民日报 1998-01"]
        old = [a for a in pool.articles if a.source == "人民日报 1998-01"]
        items: list[Printed] = []
        used: set[int] = set()
        for k in range(n_articles):
            art = rng.choice(modern if modern and (not old or rng.random() < 0.35) else old)
            while id(art) in used:  # an article is printed once on a page
                art = rng.choice(modern + old)
            used.add(id(art))
            self.tags.add("text_modern" if art in modern else "text_1998")
            items.append(self.article(art, wide=k == wide, first=k == 0))
        for cap in rng.sample(pool.photos, min(n_photos, len(pool.photos))):
            items.insert(rng.randint(1, len(items)), self.photo(cap))
        self.print_page(items)

    # --- pieces -------------------------------------------------------------------------------

    def date_text(self) -> str:
        week = _WEEK[(_DAYS_BEFORE[self.month - 1] + self.day + 2) % 7]  # 2026-01-01 was a Thursday
        return f"2026年{self.month}月{self.day}日 星期{week}"

    def ocr_digits(self, text: str) -> str:
        """`3月12日` printed as `3 月 12 日` (some extractions space digits off Chinese)."""
        if not self.ocr:
            return text
        rng = self.rng
        return re.sub(
            r"(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?%?)(?=[\u4e00-\u9fff])",
            lambda m: f" {m.group(1)} " if rng.random() < 0.6 else m.group(1),
            text,
        )

    def names_line(self, authors: list[tuple[str, str]], posted: str | None) -> str:
        """`本报记者  李增辉  姜  峰` (roles grouped), or `本报驻X记者  Y`."""
        sep = "  " if self.spaced_names else " "
        parts = []
        for role in ("记者", "通讯员"):
            names = [n for r, n in authors if r == role]
            if not names:
                continue
            if self.spaced_names:
                names = [spaced(n) for n in names]
                self.tags.add("byline_spaced_names")
            label = f"本报驻{posted}记者" if posted and role == "记者" else f"本报{role}"
            if self.ocr and self.rng.random() < 0.4:
                label = " ".join(label)
                self.tags.add("byline_ocr_spaced_role")
            parts.append(label + sep + sep.join(names))
        if len(parts) > 1 and self.rng.random() < 0.5:
            self.tags.add("byline_two_lines")
            return "\n".join(parts)  # reporters on one line, correspondents on the next
        return sep.join(parts)

    def dateline(self, art: Article, style: str, authors: list[tuple[str, str]]) -> str:
        place = art.place or self.rng.choice(self.pool.places or ["北京"])
        date = f"{self.month}月{self.day}日"
        reps = "、".join(n for r, n in authors if r == "记者")
        corr = "、".join(n for r, n in authors if r == "通讯员")
        who = "  ".join(x for x in (f"记者{reps}" if reps else "", f"通讯员{corr}" if corr else "") if x)
        if style == "xun":
            inner = " ".join(x for x in (f"记者 {reps}" * bool(reps), f"通讯员 {corr}" * bool(corr)) if x)
            return f"本报讯（{inner}）" if inner else "本报讯"
        if style == "xinhua":
            return f"新华社{place}{date}电" + (f"（{who}）" if who else "")
        return f"本报{place}{date}电" + (f"  （{who}）" if who else "")

    def captions(self, caps: list[Caption]) -> tuple[list[str], list[str]]:
        """Printed caption lines and their truth paragraphs (credits own-line, at the end, or shared)."""
        rng = self.rng
        numbered = len(caps) > 1 and rng.random() < 0.6
        shared = len(caps) > 1 and rng.random() < 0.35
        printed, truth = [], []
        photographer = rng.choice(self.pool.names or ["李明"])
        for k, cap in enumerate(caps):
            text = (f"图{_CIRCLED[k]}：" if numbered else "") + cap.text
            credit = None if shared else cap.credit
            if credit and re.fullmatch(r"[\u4e00-\u9fff]{2}摄", credit) and self.spaced_names:
                credit = spaced(credit[:2]) + "摄"
            style = rng.choice(("end", "own")) if credit else "none"
            if style == "end":
                printed.append(f"{text}　　{credit}")
                truth.append(clean(text + credit))
                self.tags.add("caption_credit_end")
            else:
                printed.append(text)
                truth.append(clean(text))
                if credit:
                    printed.append(credit)
                    truth.append(clean(credit))
                    self.tags.add("caption_credit_own_line")
            if credit and credit.endswith("供图"):
                self.tags.add("caption_credit_supplied")
        if shared:
            line = f"以上图片均为{photographer}摄"
            printed.append(line)
            truth.append(line)
            self.tags.add("caption_credit_all")
        if numbered:
            self.tags.add("caption_numbered")
        return printed, truth

    def article(self, art: Article, wide: bool, first: bool) -> Printed:
        rng = self.rng
        k = rng.randint(2, 7)
        while k < len(art.paragraphs) and sum(len(p) >= 20 for p in art.paragraphs[:k]) < 2:
            k += 1
        paras = [p for p in art.paragraphs[:k] if p]
        while len(paras) > 2 and (len(paras[-1]) < 20 and paras[-1][-1] not in "。！？”）"):
            paras.pop()  # a body does not end on a subhead
        while sum(map(len, paras)) > 1400 and len(paras) > 2:
            paras.pop()
        if wide:
            paras = paras[:3]
        authors = list(art.authors)
        kicker, subtitle, headline = art.kicker, art.subtitle, art.headline
        if not kicker and subtitle and art.source == "人民日报 1998-01" and rng.random() < 0.3:
            kicker, subtitle = subtitle, None
        if not re.search(r"（[^（）]+）$", headline) and rng.random() < 0.15:
            headline += f"（{rng.choice(self.pool.columns)}）"
        if re.search(r"（[^（）]+）$", headline):
            self.tags.add("headline_column_tag")
        if "  " in headline or " " in headline:
            headline = re.sub(r" +", "  ", headline)
            self.tags.add("headline_two_part")
        if kicker:
            self.tags.add("kicker")
        if subtitle:
            self.tags.add("subtitle")
        # bylines
        if art.signed and authors:
            style = "signed"
        elif authors:
            style = rng.choice(("line", "line", "marker", "posted", "city", "city", "xun", "xinhua"))
        elif art.dateline_kind:
            style = {"本报讯": "xun", "新华社": "xinhua"}.get(art.dateline_kind, "city")
        else:
            style = "none"
        if style in ("posted",) and not any(r == "记者" for r, _ in authors):
            style = "line"
        self.tags.add(f"byline_{style}")
        if style in ("line", "marker", "city", "xun") and authors and rng.random() < 0.3:
            if style == "xun" and rng.random() < 0.4:
                authors = [("通讯员", n) for _, n in authors]  # 本报讯（通讯员 X）
            else:
                authors.append(("通讯员", rng.choice(self.pool.names)))
            self.tags.add("byline_correspondent")
        byline_text, byline_line, lead = None, None, ""
        if style == "signed":
            names = [n for _, n in authors]
            letter_spaced = rng.random() < 0.6
            byline_line = "  ".join(spaced(n) if len(n) == 2 and letter_spaced else n for n in names)
            byline_text = " ".join(names)
        elif style in ("line", "marker", "posted"):
            posted = rng.choice(self.pool.places) if style == "posted" else None
            byline_line = self.names_line(authors, posted)
            byline_text = " ".join(
                (f"本报驻{posted}记者" if posted and role == "记者" else f"本报{role}") + " " + " ".join(ns)
                for role in ("记者", "通讯员")
                if (ns := [n for r, n in authors if r == role])
            )
            if style == "marker":
                byline_line = "■ " + byline_line
        elif style in ("city", "xun", "xinhua"):
            lead = self.dateline(art, style, authors)
            byline_text = lead
            if not any(r == "记者" or r == "通讯员" for r, _ in authors):
                authors = []
        # the body as printed and as the truth holds it
        body_truth = [clean(p) for p in paras]
        body_print = list(paras)
        extra = rng.random()
        sources = [p for p in paras[1:] if len(p) >= 30 and not p.startswith("（")]
        if extra < 0.1 and sources:
            summary = re.split(r"(?<=[。！？])", rng.choice(sources))[0]
            body_print[:0] = ["核心阅读", summary]
            body_truth[:0] = ["核心阅读", clean(summary)]
            self.tags.add("box_core_reading")
        elif extra < 0.18 and len(re.split(r"(?<=[。！？])", paras[0])[0]) >= 15:
            note = "编者按：" + re.split(r"(?<=[。！？])", paras[0])[0]
            body_print.insert(0, note)
            body_truth.insert(0, clean(note))
            self.tags.add("box_editor_note")
        elif extra < 0.27 and len(paras) >= 3:
            body_print.insert(len(body_print) - 1, "记者手记")
            body_truth.insert(len(body_truth) - 1, "记者手记")
            self.tags.add("box_reporter_notebook")
        if len(paras) >= 3 and rng.random() < 0.3:
            at = rng.randint(1, len(paras) - 1) + (len(body_print) - len(paras))
            heads = []
            if self.pool.questions and rng.random() < 0.5:
                heads.append(rng.choice(self.pool.questions))
                self.tags.add("subhead_question")
                if rng.random() < 0.6:
                    heads.append(rng.choice(self.pool.phrases))
                    self.tags.add("subhead_with_subsubhead")
            else:
                heads.append(rng.choice(self.pool.phrases))
            self.tags.add("subhead")
            body_print[at:at] = heads
            body_truth[at:at] = heads
        if rng.random() < 0.12 and not body_truth[-1].startswith("（"):
            helper = rng.choice(self.pool.names)
            trailer = rng.choice((f"（{helper}参与采写）", f"（本报记者{helper}整理）"))
            body_print.append(trailer)
            body_truth.append(trailer)
        if body_truth[-1].startswith("（") and body_truth[-1].endswith("）"):
            self.tags.add("trailer")
        if lead:
            body_print[0] = lead + ("" if lead.endswith("）") or lead == "本报讯" else "  ") + body_print[0]
        # captions
        caps = list(art.captions[:3])
        if not caps and self.pool.photos and rng.random() < 0.2:
            caps = rng.sample(self.pool.photos, rng.choice((1, 1, 2, 3)))
            caps = [Caption(c.text, c.credit) for c in caps]
        cap_print, cap_truth = self.captions(caps) if caps else ([], [])
        where = rng.choice(("before", "after", "top") if first else ("before", "after")) if caps else None
        if where:
            self.tags.add(f"captions_{where}")
        paragraphs = body_truth + cap_truth if where == "after" else cap_truth + body_truth
        after = rng.random() < self.after_share
        self.tags.add("headline_after_body" if after else "headline_before_body")
        width = self.width + rng.randint(6, 14) if wide else self.width
        if wide:
            self.tags.add("wide_item")
        header: list[str] = []
        if kicker:
            dash = rng.random() < 0.4
            header.append(kicker + ("——" if dash else ""))
            if dash:
                self.tags.add("kicker_dash")
        header.append(headline)
        if subtitle:
            dash = rng.random() < 0.5
            header.append(("——" if dash else "") + subtitle)
            if dash:
                self.tags.add("subtitle_dash")
        blocks: list[tuple[str, object]] = []
        top: list[tuple[str, object]] = []
        if not after:
            blocks.append(("header", header))
        if byline_line:
            blocks.append(("byline", byline_line))
        if where == "top":
            top.append(("captions", (cap_print, width)))
        elif where == "before":
            blocks.append(("captions", (cap_print, width)))
        blocks.append(("body", (body_print, width)))
        if where == "after":
            blocks.append(("captions", (cap_print, width)))
        if after:
            blocks.append(("header", header))
        truth = {
            "kind": "article",
            "kicker": kicker,
            "headline": headline,
            "subtitle": subtitle,
            "byline": byline_text,
            "authors": [{"role": r, "name": n} for r, n in authors],
            "paragraphs": paragraphs,
        }
        return Printed(blocks, truth, top)

    def photo(self, cap: Caption) -> Printed:
        """A photo standing alone: caption in wide lines, its credit, a title of its own or none."""
        rng = self.rng
        self.tags.add("photo_item")
        title = (cap.title or rng.choice(self.pool.phrases)) if rng.random() < 0.5 else None
        credit = cap.credit or "本报记者 李明摄"
        m = re.fullmatch(r"((?:新华社|本报)?记者)?\s*([\u4e00-\u9fff]{2,4})摄", credit)
        # the role word printed, if any
        role, name = ("记者" if m and m.group(1) else ""), (m.group(2) if m else None)
        own = rng.random() < 0.5
        width = rng.randint(24, 48)
        lines = wrap(self.ocr_digits(cap.text), width)
        printed_credit = credit
        if m and rng.random() < 0.4:
            printed_credit = "■ " + (m.group(1) or "本报记者") + " " + name
            role = "记者"
        if own:
            lines.append(printed_credit)
            self.tags.add("photo_credit_own_line")
        else:
            lines[-1] += " " + printed_credit
            self.tags.add("photo_credit_end")
        if title:
            self.tags.add("photo_titled")
            lines = [title, ""] + lines if rng.random() < 0.85 else lines + ["", title]
        truth = {
            "kind": "photo",
            "kicker": None,
            "headline": title,
            "subtitle": None,
            "byline": clean(printed_credit.lstrip("■ ")),
            "authors": [{"role": role, "name": name}] if name else [],
            "paragraphs": [clean(cap.text)],
        }
        return Printed([("photo", lines)], truth)

    # --- the page -----------------------------------------------------------------------------

    def running_head(self) -> list[str]:
        rng = self.rng
        number = rng.randint(1, 20)
        section = rng.choice(_SECTIONS)
        style = rng.choice(("paper", "number_first", "date_first", "number_alone"))
        self.tags.add(f"running_head_{style}")
        if style == "paper":
            return [f"人民日报　{self.date_text()}", f"{number}", ""]
        if style == "number_first":
            return [f"{number:02d}", section, self.date_text(), ""]
        if style == "date_first":
            return [self.date_text(), f"{section}  {number}", ""]
        return [f"{number}", ""]

    def furniture(self) -> list[str]:
        if self.rng.random() < 0.5:
            return []
        self.tags.add("editor_credits")
        names = self.rng.sample(self.pool.names, 3)
        out = [f"本版责编：{names[0]}  {names[1]}"]
        if self.rng.random() < 0.7:
            out.append(f"版式设计：{names[2]}")
        return out

    def print_page(self, items: list[Printed]) -> None:
        flow = self.flow
        indent = "　　" if self.para_mode != "blank" else ""
        gap = self.para_mode != "indent"
        furniture = self.furniture()
        top_furniture = furniture and self.rng.random() < 0.3
        for row in self.running_head():
            flow.line(row)
        if top_furniture:
            for row in furniture:
                flow.line(row)
            flow.blank()
        tops = [b for it in items for b in it.top]
        if tops:
            self.tags.add("captions_top_of_page")
        first_kind = None
        for kind, payload in tops + [b for it in items for b in it.blocks]:
            flow.blank()
            if first_kind is None:
                first_kind = kind
            if kind == "header":
                for row in payload:  # type: ignore[union-attr]
                    flow.line(row)
            elif kind == "byline":
                flow.line(str(payload))
            elif kind == "photo":
                for row in payload:  # type: ignore[union-attr]
                    flow.line(row)
            else:
                paras, width = payload  # type: ignore[misc]
                for k, para in enumerate(paras):
                    if k and gap:
                        flow.blank()
                    short = len(para) <= 16 and para[-1] not in "。！？”"
                    flow.body(self.ocr_digits(para), width, "" if short or kind != "body" else indent)
        if first_kind == "byline":
            self.tags.add("page_starts_with_byline")
        if first_kind == "captions":
            self.tags.add("page_starts_with_captions")
        if flow.mid_breaks:
            self.tags.add("column_break_mid_paragraph")
        if self.ocr:
            self.tags.add("ocr_spaces")
        if furniture and not top_furniture:
            flow.blank()
            for row in furniture:
                flow.line(row)
        self.text = "\n".join(flow.lines).rstrip() + "\n"
        self.truth = {"articles": [it.truth for it in items]}
