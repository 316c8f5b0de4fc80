"""A newspaper page composed from real article texts, printed as an extractor prints it, with truth.

Every convention is an independent random choice (see `Page.__init__` for the page-wide ones and
`_Article` for the per-article ones); each choice that a page uses becomes a tag in the manifest, so
the scores can be read per convention. Truth follows the hand-checked format: articles and photo
items in page order; a headline as printed (a column tag included, the two parts of a two-part
headline joined by one space); the authors a byline or dateline names (never a caption's credit nor
a trailer's helpers); paragraphs as the text says them, without the extractor's spaces, an article's
captions and their credit lines among them in page order, boxes and subheads included.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field

from benchmarks.layout.stories import Photo, Story, Texts
from benchmarks.layout2.typeset import Style, letter_space, ocr_space, wrap

SECTIONS = ["要闻", "国际", "经济", "社会", "文化", "评论", "地方", "体育", "理论", "副刊", "综合", "视点"]
COLUMN_TAGS = [
    "经济聚焦",
    "新春走基层",
    "话说新农村",
    "民生观察",
    "一线调研",
    "人民时评",
    "来信调查",
    "今日谈",
]
CIRCLED = "①②③④⑤⑥"
WEEKDAYS = "一二三四五六日"
_DATELINE_START = re.compile(r"(本报|新华社|据|中新社)")
# captions that open with a dateline or a number of their own are news items or photo series
_OWN_HEAD = re.compile(r"(本报|新华社|据|中新社|图片新闻|\d[：:、])")
_ENUMERATED = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]")
_PHOTO_NOTE = re.compile(r"[（(](?:附)?图片")
PUBLISHERS = {"本报", "本刊", "新华社", "中新社", "人民日报"}
AGENCIES = ["人民视觉", "新华社发", "人民图片", "视觉中国"]


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]+[。！？]”?", text) if len(s) >= 8]


@dataclass
class Printed:
    """What one item prints (lines, "" for a blank) and what a reader should get from it."""

    lines: list[str]
    truth: dict
    tags: set[str] = field(default_factory=set)


class Page:
    """One laid-out page: `text` (as extracted), `truth` (hand-checked format) and `tags`."""

    def __init__(self, texts: Texts, seed: int) -> None:
        rng = random.Random(seed)
        self.rng = rng
        self.texts = texts
        texts.names = [n for n in texts.names if n not in PUBLISHERS]
        self.style = Style.draw(rng)
        self.tags: set[str] = set(self.style.tags())
        self.date = datetime.date(1998, 1, 1) + datetime.timedelta(days=rng.randrange(31))
        placement = rng.choices(["before", "after", "mixed"], [0.6, 0.2, 0.2])[0]
        self.tags.add(f"headline_{placement}")
        self.page_photos = [p for p in texts.photos if not _OWN_HEAD.match(p.caption)]
        stories = self._pick_stories(rng)
        wide = rng.random() < 0.3
        items: list[Printed] = []
        top_captions: list[str] = []
        for k, story in enumerate(stories):
            after = placement == "after" or (placement == "mixed" and rng.random() < 0.5)
            width = self.style.width
            if wide and k == min(range(len(stories)), key=lambda i: sum(map(len, stories[i].paragraphs))):
                width += rng.randint(4, 10)  # a short item run in wider lines than the rest
                self.tags.add("wide_item")
            art = _Article(self, story, after, width, k == 0)
            items.append(art.printed)
            if art.top_lines:
                top_captions += art.top_lines  # its photos printed at the top of the page
        for _ in range(rng.choices([0, 1, 2], [0.6, 0.33, 0.07])[0] if self.page_photos else 0):
            items.insert(rng.randrange(len(items) + 1), self._photo_item())
        if items and items[0].tags & {"byline_first"}:
            self.tags.add("page_starts_with_byline")
        body: list[str] = list(top_captions)
        if top_captions:
            body.append("")
        for item in items:
            body.extend(item.lines)
            body.extend([""] * rng.choices([1, 2], [0.75, 0.25])[0])
            self.tags |= item.tags - {"byline_first"}
        body = self._column_breaks(body)
        head, foot = self._furniture(rng)
        lines = head + body + foot
        while lines and not lines[-1]:
            lines.pop()
        self.text = "\n".join(lines) + "\n"
        self.truth = {"articles": [item.truth for item in items]}

    # -- page-wide pieces --------------------------------------------------------------------

    def _pick_stories(self, rng: random.Random) -> list[Story]:
        usable = [
            s
            for s in self.texts.stories
            if not _DATELINE_START.match(s.paragraphs[0]) and not _ENUMERATED.match(s.headline)
        ]
        want = rng.randint(3, 6)
        budget = rng.randint(2500, 6000)
        out: list[Story] = []
        tries = 0
        while len(out) < want and tries < 200:
            tries += 1
            story = rng.choice(usable)
            size = sum(map(len, story.paragraphs))
            if story in out or (out and size > budget):
                continue
            out.append(story)
            budget -= size
        return out

    def _column_breaks(self, lines: list[str]) -> list[str]:
        """A blank line wherever a column ends, mid-sentence or not."""
        out: list[str] = []
        count = 0
        height = self.style.column_height
        for line in lines:
            if line:
                if count >= height:
                    if out and out[-1]:
                        out.append("")
                        self.tags.add("column_break_mid_text")
                    count = 0
                count += 1
            out.append(line)
        return out

    def _furniture(self, rng: random.Random) -> tuple[list[str], list[str]]:
        d = self.date
        day = f"{d.year}年{d.month}月{d.day}日"
        weekday = f"星期{WEEKDAYS[d.weekday()]}"
        no = rng.randint(1, 16)
        section = rng.choice(SECTIONS)
        sep = rng.choice(["  ", "　", " ", "   "])
        head: list[str] = []
        foot: list[str] = []
        kind = rng.choices(
            ["paper", "number_first", "date_first", "short", "none"], [0.2, 0.25, 0.2, 0.15, 0.2]
        )[0]
        if kind == "paper":
            head = [
                sep.join(["人民日报", day, weekday]),
                rng.choice([f"第{no}版", f"{no:02d}", f"第 {no} 版"]),
            ]
        elif kind == "number_first":
            head = [sep.join([f"{no}" if rng.random() < 0.5 else f"{no:02d}", section, day, weekday])]
        elif kind == "date_first":
            head = [sep.join([day, weekday, section, f"{no}"])]
        elif kind == "short":
            head = [sep.join([section, f"{no:02d}"])]
        if head:
            self.tags.add(f"running_head_{kind}")
            head.append("")
        names = self.texts.names
        if rng.random() < 0.6:
            self.tags.add("editor_credits")
            parts = [f"本版责编：{letter_space(rng.choice(names), rng, 0.3)}"]
            if rng.random() < 0.4:
                parts[0] += "  " + rng.choice(names)
            if rng.random() < 0.6:
                parts.append(f"版式设计：{rng.choice(names)}")
            if rng.random() < 0.3:
                parts.append(f"图片编辑：{rng.choice(names)}")
            if rng.random() < 0.5:
                foot.extend(["", *parts])  # one credit a line
            else:
                foot.extend(["", "  ".join(parts)])
        if rng.random() < 0.25:
            self.tags.add("page_number_alone")
            foot.extend(["", str(no)])
        return head, foot

    def _photo_item(self) -> Printed:
        """A photo standing alone: maybe a title, its caption(s), the photographer's credit."""
        rng = self.rng
        photos = rng.sample(self.page_photos, min(len(self.page_photos), rng.choices([1, 2], [0.8, 0.2])[0]))
        tags = {"photo_item"}
        lines: list[str] = []
        title = photos[0].title if rng.random() < 0.5 else None
        if title:
            tags.add("photo_titled")
            lines += [title, ""] if rng.random() < 0.5 else [title]
        name = photos[0].photographer
        form = rng.choices(["end_she", "end_marker", "own_line", "all"], [0.35, 0.25, 0.25, 0.15])[0]
        if len(photos) > 1:
            form = "all"
        elif form == "all":
            form = "own_line"  # "以上图片均为…" speaks of several photos
        width = rng.choice([self.style.width, self.style.width + rng.randint(4, 12), 200])
        paragraphs = []
        credit = ""
        for k, photo in enumerate(photos):
            caption = photo.caption
            if len(photos) > 1:
                caption = f"图{CIRCLED[k]}：{caption}"
            paragraphs.append(caption)
            printed = caption
            if k == len(photos) - 1:
                if form == "end_she":
                    credit = f"{name}摄"
                    printed += rng.choice(
                        [f"（{credit}）", f"  {letter_space(name, rng)}摄", f"（新华社记者 {credit}）"]
                    )
                elif form == "end_marker":
                    credit = f"本报记者 {name}"
                    printed += f" ■ 本报记者 {name}"
            lines += [ocr_space(x, self.style, rng) for x in wrap(printed, width, self.style)]
        if form == "own_line":
            credit = f"{name}摄"
            lines.append(
                f"{letter_space(name, rng)}摄" + (f"（{rng.choice(AGENCIES)}）" if rng.random() < 0.4 else "")
            )
        elif form == "all":
            credit = f"{name}摄"
            lines.append(f"以上图片均为{letter_space(name, rng, 0.3)}摄")
        tags.add(f"photo_credit_{form}")
        role = "记者" if form == "end_marker" else ""
        truth = {
            "kind": "photo",
            "kicker": None,
            "headline": title,
            "subtitle": None,
            "byline": credit,
            "authors": [{"role": role, "name": name}],
            "paragraphs": paragraphs,
        }
        return Printed(lines, truth, tags)


class _Article:
    """One article's printed lines, its truth and the conventions it used."""

    def __init__(self, page: Page, story: Story, after: bool, width: int, first: bool) -> None:
        self.page, self.rng, self.style, self.width = page, page.rng, page.style, width
        # photos go to the top of the page only over the page's first article: above any other,
        # another article would stand between them and theirs
        self.may_top = first
        self.texts = page.texts
        self.tags: set[str] = {"headline_after_body" if after else "headline_before_body"}
        self.top_lines: list[str] = []
        rng = self.rng
        heads, truth_heads = self._headings(story)
        byline_lines, inline, byline_text, authors = self._byline(story)
        paragraphs = list(story.paragraphs)
        body_print: list[tuple[str, str]] = []  # (kind, text): "para", "head" (a line of its own)
        truth_paras: list[str] = []

        def para(text: str, kind: str = "para") -> None:
            body_print.append((kind, text))
            # a caption's spaced-out credit is print, not text: the truth has none of its spaces
            truth_paras.append("".join(text.split()) if kind in ("caption", "credit") else text)

        note = None
        if rng.random() < 0.06:
            donor = rng.choice(self.texts.stories).paragraphs
            sents = _sentences(rng.choice(donor))[:2]
            if sents:
                note = "编者按：" + "".join(sents)
                self.tags.add("box_editor_note")
        note_first = note is not None and rng.random() < 0.5
        if rng.random() < 0.08 and len(paragraphs) >= 2:
            sents = _sentences("".join(paragraphs[1:]))
            if len(sents) >= 2:
                self.tags.add("box_core_reading")
                para("核心阅读", "head")
                para("".join(rng.sample(sents, 2)), "box")
        if note and not note_first:
            para(note, "box")
        captions, credit_lines, where = self._captions()
        if where == "before":
            for c in captions:
                para(c, "caption")
            for c in credit_lines:
                para(c, "credit")
        subhead_at = set()
        if len(paragraphs) >= 4 and rng.random() < 0.2:
            subhead_at = set(
                rng.sample(range(1, len(paragraphs)), rng.randint(1, min(3, len(paragraphs) - 1)))
            )
        notebook = len(paragraphs) >= 3 and rng.random() < 0.05
        numbered = rng.random() < 0.3
        for k, text in enumerate(paragraphs):
            if k in subhead_at:
                self._subhead(para, numbered, len([s for s in subhead_at if s <= k]))
            if notebook and k == len(paragraphs) - 1:
                self.tags.add("box_reporter_notebook")
                para("记者手记", "head")
            para(text)
        if story.trailer:
            trailer = story.trailer
            if rng.random() < 0.2:
                trailer = trailer[:-1] + f"，本报记者{rng.choice(self.texts.names)}整理）"
                self.tags.add("trailer_compiled_by")
            self.tags.add("trailer")
            para(trailer)
        if rng.random() < 0.05:
            self.tags.add("trailer_helpers")
            names = "、".join(rng.sample(self.texts.names, min(len(self.texts.names), rng.randint(1, 2))))
            para(f"（{names}参与采写）")
        if where == "after":
            for c in captions:
                para(c, "caption")
            for c in credit_lines:
                para(c, "credit")
        # print: headings, byline, body (inline dateline on the first body paragraph)
        body_lines = self._body_lines(body_print, inline)
        note_lines: list[str] = []
        if note_first:
            # an editor's note boxed above the byline
            truth_paras.insert(0, note)
            note_lines = self._set(note, self.width) + [""]
        if where == "top":
            top = [c for c in captions] + credit_lines
            self.top_lines = [ln for c in top for ln in self._set(c, self._caption_width)]
            truth_paras = ["".join(c.split()) for c in top] + truth_paras
            self.tags.add("captions_top_of_page")
        lines: list[str] = []
        if after:
            lines += note_lines + byline_lines + ([""] if byline_lines and rng.random() < 0.5 else [])
            lines += body_lines + [""] + heads
            if byline_lines and not note_lines:
                self.tags.add("byline_first")
        else:
            lines += heads + ([""] if rng.random() < 0.8 else [])
            lines += note_lines + byline_lines + ([""] if byline_lines and rng.random() < 0.5 else [])
            lines += body_lines
        truth = {
            "kind": "article",
            **truth_heads,
            "byline": byline_text,
            "authors": [{"role": r, "name": n} for r, n in authors],
            "paragraphs": truth_paras,
        }
        self.printed = Printed(lines, truth, self.tags)

    # -- headings --------------------------------------------------------------------------

    def _headings(self, story: Story) -> tuple[list[str], dict]:
        rng, texts = self.rng, self.texts
        headline = story.headline
        printed_headline = headline
        if story.headline_words and len(headline) >= 8 and rng.random() < 0.15:
            cut = min(story.headline_words, key=lambda at: abs(at - len(headline) / 2))
            ideographs = "\u4e00" <= headline[cut - 1] <= "\u9fff" and "\u4e00" <= headline[cut] <= "\u9fff"
            if 3 <= cut <= len(headline) - 3 and ideographs:
                joint = rng.choice(["  ", "　", "   "])
                printed_headline = headline[:cut] + joint + headline[cut:]
                headline = headline[:cut] + " " + headline[cut:]
                self.tags.add("headline_two_part")
        if story.column is None and rng.random() < 0.1:
            tag = rng.choice(COLUMN_TAGS + texts.columns[:20])
            printed_headline += f"（{tag}）"
            headline += f"（{tag}）"
            self.tags.add("headline_column_tag")
        kicker = story.kicker
        if kicker is None and rng.random() < 0.25:
            long_ones = [k for k in texts.kickers if not _ENUMERATED.match(k)]
            if long_ones and rng.random() < 0.5:
                kicker = rng.choice(long_ones)
                self.tags.add("kicker_long")
            else:
                kicker = rng.choice(texts.stories).headline
            self.tags.add("kicker")
        printed_kicker = kicker
        if kicker and rng.random() < 0.25:
            printed_kicker = kicker + "——"
            self.tags.add("kicker_dash")
        subtitle = story.subtitle
        if subtitle and _PHOTO_NOTE.search(subtitle):
            subtitle = None  # `（附图片1张）`: the 1998 file's note on its photos, never printed so
        if subtitle is None and rng.random() < 0.1:
            subtitle = rng.choice(texts.stories).headline
        printed_subtitle = subtitle
        if subtitle:
            self.tags.add("subtitle")
            if rng.random() < 0.5:
                printed_subtitle = "——" + subtitle
                self.tags.add("subtitle_dash")
        lines: list[str] = []
        for text in (printed_kicker, printed_headline, printed_subtitle):
            if text:
                if lines and rng.random() < 0.35:
                    lines.append("")
                lines.append(text)
        return lines, {"kicker": kicker, "headline": headline, "subtitle": subtitle}

    # -- bylines ---------------------------------------------------------------------------

    def _byline(self, story: Story) -> tuple[list[str], str | None, str | None, list[tuple[str, str]]]:
        """Own lines, an inline dateline (or None), the byline as recorded, (role, name) pairs."""
        rng, texts = self.rng, self.texts
        # the 1998 loader sometimes takes a publisher for a name (`本报记者 X 新华社记者 Y`)
        authors = [(r, n) for r, n in story.authors if n and n not in PUBLISHERS]
        if not authors:
            if rng.random() < 0.35:
                self.tags.add("no_byline")
                return [], None, None, []
            authors = [
                ("记者", n)
                for n in rng.sample(
                    texts.names, min(len(texts.names), rng.choices([1, 2, 3], [0.6, 0.3, 0.1])[0])
                )
            ]
            if rng.random() < 0.25:
                authors.append(("通讯员", rng.choice(texts.names)))
        if all(r == "" for r, _ in authors):
            self.tags.add("byline_signed_name")
            names = [n for _, n in authors][:2]
            line = "  ".join(letter_space(n, rng, 0.7) for n in names)
            return [line], None, " ".join(names), [("", n) for n in names]
        authors = [(r or "记者", n) for r, n in authors]
        reporters = [n for r, n in authors if r == "记者"]
        others = [n for r, n in authors if r == "通讯员"]
        form = rng.choices(
            ["line", "posted", "dateline_city", "dateline_xinhua", "dateline_xun", "wen_tu"],
            [0.42, 0.1, 0.2, 0.08, 0.17, 0.03],
        )[0]
        if form == "posted" and (len(reporters) != 1 or others):
            form = "line"
        if form == "wen_tu" and (len(reporters) != 1 or others):
            form = "line"
        if form == "dateline_xinhua" and others:
            form = "dateline_xun"
        self.tags.add(f"byline_{form}")
        d = self.page.date - datetime.timedelta(days=1)
        place = story.place or rng.choice(["北京", "上海", "广州", "天津", "重庆", "南京", "成都", "武汉"])
        if form.startswith("dateline"):
            inner = ("记者" + "、".join(reporters)) if reporters else ""
            if others:
                inner += (" " if inner else "") + "通讯员" + "、".join(others)
            if form == "dateline_xun" and rng.random() < 0.7:
                inner = inner.replace("记者", "记者 ").replace("通讯员", "通讯员 ")
            src = {
                "dateline_city": f"本报{place}{d.month}月{d.day}日电",
                "dateline_xinhua": f"新华社{place}{d.month}月{d.day}日电",
                "dateline_xun": "本报讯",
            }[form]
            gap = rng.choice(["", " ", "  ", "　"])
            printed = f"{src}{gap}（{inner}）" + rng.choice(["", " ", "  "])
            recorded = f"{src}（{' '.join(inner.split())}）"
            return [], printed, recorded, [("记者", n) for n in reporters] + [("通讯员", n) for n in others]
        if form == "wen_tu":
            shooter = rng.choice(texts.names)
            line = f"文/{reporters[0]}  图/{shooter}"
            return [line], None, line, [("", reporters[0]), ("摄影", shooter)]
        marker = "■ " if rng.random() < 0.4 else ""
        spaced = len(reporters) + len(others) > 1 and rng.random() < 0.6
        sep = rng.choice(["  ", " ", "　"])

        def names(ns: list[str]) -> str:
            return sep.join(letter_space(n, rng, 0.7 if spaced else 0.0) for n in ns)

        role = "本报记者"
        if form == "posted":
            role = f"本报驻{rng.choice(texts.places)}记者"
        elif rng.random() < 0.1:
            role = " ".join(role) + " "  # a letter-spaced role word, a space before the name
            self.tags.add("byline_spaced_role")
        if spaced:
            self.tags.add("byline_spaced_names")
        lines = []
        if reporters:
            lines.append(f"{marker}{role}{rng.choice([' ', '  ', ''])}{names(reporters)}")
        if others:
            self.tags.add("byline_two_roles")
            second = f"本报通讯员{rng.choice([' ', '  '])}{names(others)}"
            if lines and rng.random() < 0.5:
                lines[0] += "  " + second
            else:
                lines.append(second)
        recorded = " ".join(" ".join(x.lstrip("■ ").split()) for x in lines)
        pairs = [("记者", n) for n in reporters] + [("通讯员", n) for n in others]
        return lines, None, recorded, pairs

    # -- body ------------------------------------------------------------------------------

    def _subhead(self, para, numbered: bool, number: int) -> None:
        rng = self.rng
        if rng.random() < 0.35 and self.texts.questions:
            q = rng.choice(self.texts.questions)
            para(q, "head")
            self.tags.add("subhead_question")
            if rng.random() < 0.6:
                short = [s.headline for s in self.texts.stories if 4 <= len(s.headline) <= self.width]
                if short:
                    para(rng.choice(short), "head")
                    self.tags.add("subhead_with_subsubhead")
            return
        short = [s.headline for s in self.texts.stories if 4 <= len(s.headline) <= min(12, self.width)]
        if not short:
            return
        text = rng.choice(short)
        if numbered:
            text = "一二三四五六"[number - 1] + "、" + text
        elif rng.random() < 0.2:
            text = "■ " + text if rng.random() < 0.5 else text
        para(text, "head")
        self.tags.add("subhead")

    def _captions(self) -> tuple[list[str], list[str], str | None]:
        rng = self.rng
        if rng.random() >= 0.2:
            return [], [], None
        pool = self.page.page_photos
        if not pool:
            return [], [], None
        photos: list[Photo] = rng.sample(pool, min(len(pool), rng.choices([1, 2, 3], [0.6, 0.25, 0.15])[0]))
        where = rng.choices(
            ["before", "after", "top"], [0.3, 0.3, 0.4] if self.may_top else [0.4, 0.45, 0.15]
        )[0]
        if where == "top" and not self.may_top:
            where = "before"
        self.tags.add(f"captions_{where}")
        self._caption_width = rng.choice([self.width, self.width + rng.randint(4, 12), 200])
        numbered = len(photos) > 1 and rng.random() < 0.85
        form = rng.choices(["end", "own_line", "all", "supplied"], [0.4, 0.25, 0.2, 0.15])[0]
        if form == "all" and len(photos) == 1:
            form = "end"
        self.tags.add(f"caption_credit_{form}")
        captions, credits = [], []
        for k, photo in enumerate(photos):
            text = photo.caption
            if numbered:
                text = f"图{CIRCLED[k]}：{text}"
            elif rng.random() < 0.3:
                text = "图为" + text
            if form == "end":
                text += rng.choice(
                    [
                        f"（{photo.photographer}摄）",
                        f"  {photo.photographer}摄",
                        f"（新华社记者 {photo.photographer}摄）",
                    ]
                )
            elif form == "supplied":
                text += rng.choice([f"  {photo.photographer}供图", "  受访者供图", "（资料图片）"])
            captions.append(text)
            if form == "own_line":
                agency = f"（{rng.choice(AGENCIES)}）" if rng.random() < 0.4 else ""
                credits_line = f"{photo.photographer}摄{agency}"
                captions.append(credits_line)
        if form == "all":
            credits.append(f"以上图片均为{photos[0].photographer}摄")
        # printed letter-spacing never reaches the truth: captions are compared as body text
        return captions, credits, where

    def _set(self, text: str, width: float) -> list[str]:
        return [ocr_space(x, self.style, self.rng) for x in wrap(text, width, self.style)]

    def _body_lines(self, body: list[tuple[str, str]], inline: str | None) -> list[str]:
        """Body pieces set in the column, the inline dateline opening the first real paragraph."""
        rng, style = self.rng, self.style
        out: list[str] = []
        first_line = style.first_line
        for k, (kind, text) in enumerate(body):
            if k and style.blank_between:
                out.append("")
            if kind == "head":
                if not style.blank_between and rng.random() < 0.5:
                    out.append("")
                out.append(text)
                if not style.blank_between and rng.random() < 0.5:
                    out.append("")
                continue
            if kind in ("caption", "credit"):
                width = getattr(self, "_caption_width", self.width)
                out += self._set(text, width)
                continue
            if inline is not None and kind == "para":
                text, inline = inline + text, None
                lines = wrap(text, self.width, style, first_line if first_line != "dropped" else "")
            else:
                lines = wrap(text, self.width, style, first_line)
            out += [ocr_space(x, style, rng) for x in lines]
        return out
