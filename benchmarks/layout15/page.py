"""One extracted page: stories set in columns, in page order, with the truth a careful reader marks.

Every convention is an independent draw with the rate in `RATES` (README.md says what each one
prints and which truth fields it fills). Truth paragraphs are the source text with whitespace runs
folded, in the order the page prints them (captions and boxes included); what an extractor adds
(spaces round numbers, blank lines at column breaks, cut lines) never reaches the truth.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, field

from .texts import Story, fold
from .typeset import cut, letter_space, ocr_spaces

RATES = {
    "modern_page": 0.75,  # page laid out from 2026 texts (else January 1998)
    "headline_after": 0.3,  # per article: byline and body first, title stack after the body
    "title_gap": 0.4,  # per article: blank lines between kicker, headline and subtitle
    "column_tag": 0.07,  # per 2026 article: headline ends in a column tag （经济聚焦）
    "two_part": 0.15,  # per headline with one "，": printed as two parts joined by two spaces
    "subtitle_dash": 0.5,  # per subtitle without one: printed with a leading ——
    "byline_mark": 0.25,  # per byline: printed after a ■
    "byline_spread": 0.05,  # per byline: role letter-spaced (本 报 记 者)
    "byline_wentu": 0.3,  # per one-reporter byline of an article with photos: ends in 文/图
    "box": 0.08,  # per 2026 article of 5+ paragraphs: 核心阅读/导读/提要 box before the body
    "pull_quote": 0.05,  # per article of 4+ paragraphs: a sentence repeated in a box mid-body
    "end_mark": 0.5,  # per Xinhua article: （完） after the last paragraph
    "photos_before": 0.3,  # per article with photos: captions before it (else after, or top)
    "photos_top": 0.2,  # per article with photos: captions at the top of the page
    "credit_own_line": 0.4,  # per caption with a credit: credit on its own line
    "photo_item": 0.35,  # per page: a standalone photo (kind photo)
    "photo_item_title": 0.75,  # per standalone photo: its own title printed
    "running_head": 0.85,  # per page
    "feet": 0.6,  # per page: 本版责编 / 版式设计
    "ocr_page": 0.6,  # per page: spaces round numbers, each number at 20–70 %
    "split_ascii": 0.5,  # per page: Latin words and numbers cut over lines without a hyphen
    "no_blank_lines": 0.04,  # per page: no blank line at all
    "missing_breaks": 0.15,  # per page: ~15 % of paragraph breaks print no blank line
    "wide_short": 0.5,  # per short item (≤ 500 characters): lines 3–8 characters wider
    "width_jitter": 0.25,  # per article: its column 1–3 characters off the page's
}

COLUMN_TAGS = (
    "（经济聚焦）",
    "（新春走基层）",
    "（话说新农村）",
    "（民生观察）",
    "（一线调研）",
    "（身边的变化）",
)
SECTIONS = ("要闻", "综合", "经济", "社会", "地方", "文化", "评论", "视点", "民生", "生态", "国际", "科技")
BOX_HEADS = ("核心阅读", "导读", "提要")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
GIVEN = "文华明红伟芳军敏静丽强磊洋艳勇杰娟涛超霞平刚桂英玲鹏宇晨晓璐颖博欣然凯瑞婷昊岚萱琪"
WEEKDAYS = "一二三四五六日"
# one sentence: everything up to its closing mark (and a closing quote right after it)
SENTENCE = re.compile(r"[^。！？]+[。！？]”?")


def whole_sentences(paras: list[str]) -> list[str]:
    """The sentences of 18–70 characters in `paras`, each from its first character to its closing mark.

    A pull quote or a summary box repeats a whole sentence; a longer one is never cut to its tail.
    """
    found = []
    for p in paras:
        for m in SENTENCE.finditer(p):
            s = m.group(0)
            if 19 <= len(s.rstrip("”")) <= 71 and not s.startswith(("”", "，", "、", "；", "：", "）")):
                found.append(s)
    return found


@dataclass
class Built:
    """A laid-out page: its text, truth articles, convention tags and (line, cell limit) checks."""

    text: str
    articles: list[dict]
    tags: set[str] = field(default_factory=set)
    limits: list[tuple[str, int]] = field(default_factory=list)


class Page:
    """Builds one page from a seeded draw over the stories of one split."""

    def __init__(self, rng: random.Random, stories: list[Story], photos: list[Story]) -> None:
        self.rng = rng
        self.stories = stories
        self.photos = photos
        self.tags: set[str] = set()
        self.limits: list[tuple[str, int]] = []
        self.blocks: list[list[str]] = []  # printed blocks, parted by a blank line
        self.top: list[list[str]] = []  # caption blocks printed at the top of the page
        r = rng.random
        self.width = rng.randint(12, 20)
        self.height = rng.randint(22, 45)
        self.split_ascii = r() < RATES["split_ascii"]
        self.ocr = rng.uniform(0.2, 0.7) if r() < RATES["ocr_page"] else 0.0
        self.no_blanks = r() < RATES["no_blank_lines"]
        self.missing = 0.15 if r() < RATES["missing_breaks"] else 0.0
        for flag, tag in (
            (self.split_ascii, "ascii_split"),
            (self.ocr, "ocr_spaces"),
            (self.no_blanks, "no_blank_lines"),
            (self.missing, "missing_breaks"),
        ):
            if flag:
                self.tags.add(tag)

    # ---- lines -------------------------------------------------------------------------------
    def body_lines(self, paras: list[str], limit: int, counter: list[int]) -> list[str]:
        """Paragraphs cut at `limit` cells, blank lines between them and at column breaks."""
        out: list[str] = []
        for k, para in enumerate(paras):
            if k and out and out[-1] and self.rng.random() >= self.missing:
                out.append("")
            for line in cut(para, limit, self.split_ascii):
                self.limits.append((line, limit + 6))
                out.append(line)
                counter[0] += 1
                if counter[0] >= self.height:
                    counter[0] = 0
                    if out[-1]:
                        out.append("")
                        self.tags.add("column_break")
        while out and not out[-1]:
            out.pop()
        return out

    def noisy(self, text: str) -> str:
        """The text with the page's extractor spaces."""
        return ocr_spaces(text, self.rng, self.ocr) if self.ocr else text

    # ---- one article ---------------------------------------------------------------------------
    def article(self, s: Story) -> dict:
        """Print story `s` and give its truth."""
        r = self.rng.random
        tags = self.tags
        w = self.width
        if s.size <= 500 and r() < RATES["wide_short"]:
            w = min(28, w + self.rng.randint(3, 8))
            tags.add("wide_short")
        elif r() < RATES["width_jitter"]:
            w = max(12, min(20, w + self.rng.choice((-3, -2, -1, 1, 2, 3))))
        limit = 2 * w
        headline = s.headline or ""
        if s.era == "2026" and not headline.endswith("）") and r() < RATES["column_tag"]:
            headline += self.rng.choice(COLUMN_TAGS)
            tags.add("column_tag")
        if headline.count("，") == 1 and "  " not in headline and r() < RATES["two_part"]:
            headline = headline.replace("，", "  ")
            tags.add("two_part_headline")
        elif "  " in headline:
            tags.add("two_part_headline")
        if headline.endswith("）"):
            tags.add("column_tag")
        for k, para in enumerate(s.paras):
            short = len(para) <= 24 and not re.search("[。；]$", para)
            if para.startswith("编者按"):
                tags.add("editor_note")
            elif "记者手记" in para and short:
                tags.add("reporter_notes")
            elif short and para.endswith("？") and k + 1 < len(s.paras) and len(s.paras[k + 1]) <= 24:
                tags.add("question_subhead")
            elif short and k:
                tags.add("subhead")
        if s.paras[-1].startswith("（") and s.paras[-1].endswith("）"):
            tags.add("trailer")
        stack: list[str] = []
        if s.kicker:
            stack.append(s.kicker)
            tags.add("kicker_dash" if s.kicker.endswith("——") else "kicker")
            if len(s.kicker) > w:
                tags.add("kicker_long")
        stack.append(headline)
        if s.subtitle:
            sub = s.subtitle
            if not sub.startswith("——") and r() < RATES["subtitle_dash"]:
                sub = "——" + sub
            tags.add("subtitle_dash" if sub.startswith("——") else "subtitle")
            stack.append(sub)
        gap = r() < RATES["title_gap"]
        title_block = [x for part in stack for x in (part, "")][:-1] if gap else stack

        byline_truth = s.byline_truth
        byline_block: list[str] = []
        if s.bylines:
            mark = r() < RATES["byline_mark"]
            for k, line in enumerate(s.bylines):
                printed = line
                if r() < RATES["byline_spread"] and re.match("^本报记者", printed):
                    printed = "本 报 记 者" + printed[4:]
                    tags.add("byline_spread")
                if k == 0 and mark:
                    printed = "■ " + printed
                    tags.add("byline_mark")
                byline_block.append(printed)
            if (
                len(s.authors) == 1
                and s.authors[0][0] == "记者"
                and s.photos
                and not s.photo_item
                and r() < RATES["byline_wentu"]
            ):
                byline_block[-1] += "  文/图"
                byline_truth = f"{byline_truth} 文/图"
                tags.add("byline_wentu")
            if len(s.authors) > 1:
                tags.add("byline_multi")
            if any(not role for role, _ in s.authors):
                tags.add("byline_bare")

        # body paragraphs (truth, printed)
        body = [(fold(p), p) for p in s.paras]
        if s.dateline:
            tags.add("dateline")
            first = fold(s.paras[0])
            body[0] = (first, s.dateline + ("" if s.dateline.endswith("：") else "") + s.paras[0])
        if (s.dateline or s.paras[0]).startswith(("新华社", "据新华社")) and r() < RATES["end_mark"]:
            t, p = body[-1]
            body[-1] = (t + "（完）", p + "（完）")
            tags.add("end_mark")
        if len(s.paras) >= 4 and r() < RATES["pull_quote"]:
            found = whole_sentences(s.paras[1:])
            if found:
                q = self.rng.choice(found)
                at = len(body) // 2
                body.insert(at, (q, q))
                tags.add("pull_quote")
        box: list[tuple[str, str]] = []
        if s.era == "2026" and len(s.paras) >= 5 and r() < RATES["box"]:
            found = whole_sentences(s.paras[2:])
            if found:
                head = self.rng.choice(BOX_HEADS)
                box = [(head, head), (found[0], found[0])]
                tags.add("summary_box")

        captions: list[tuple[str, str]] = []
        for cap, credit in s.photos:
            if credit == "资料图片":
                captions.append((fold(cap) + "（资料图片）", cap + "（资料图片）"))
                tags.add("archive_caption")
            elif credit and r() < RATES["credit_own_line"]:
                captions.append((fold(cap), cap))
                captions.append((join_letters(credit), credit))
                tags.add("credit_own_line")
            elif credit:
                captions.append((fold(cap) + join_letters(credit), cap + "  " + credit))
                tags.add("credit_end")
            else:
                captions.append((fold(cap), cap))
        where = "none"
        if captions:
            x = r()
            where = (
                "top"
                if x < RATES["photos_top"]
                else "before"
                if x < RATES["photos_top"] + RATES["photos_before"]
                else "after"
            )
            tags.add("photos_" + where)

        counter = [self.rng.randint(0, self.height - 1)]
        cap_limit = 2 * self.rng.randint(w, min(30, 2 * w))
        cap_block = []
        for _t, p in captions:
            lines = cut(self.noisy(p), cap_limit, self.split_ascii)
            self.limits += [(x, cap_limit + 6) for x in lines]
            cap_block += lines
        box_block = []
        for _t, p in box:
            box_block += self.body_lines([p], limit - 4, [0])
        body_block = self.body_lines([self.noisy(p) for _, p in body], limit, counter)

        after = r() < RATES["headline_after"]
        tags.add("headline_after" if after else "headline_before")
        if where == "top":
            self.top.append(cap_block)
        pre = [cap_block] if where == "before" else []
        post = [cap_block] if where == "after" else []
        mid = [b for b in (box_block, body_block) if b]
        if after:  # a page can start with a byline and photo captions
            order = [byline_block] + pre + mid + post + [title_block]
        else:
            order = pre + [title_block, byline_block] + mid + post
        self.blocks += order

        paras_truth: list[str] = []
        if where in ("top", "before"):
            paras_truth += [t for t, _ in captions]
        paras_truth += [t for t, _ in box] + [t for t, _ in body]
        if where == "after":
            paras_truth += [t for t, _ in captions]
        return {
            "kind": "article",
            "kicker": fold(s.kicker) if s.kicker else None,
            "headline": fold(headline),
            "subtitle": fold(s.subtitle).lstrip("—") if s.subtitle else None,
            "byline": byline_truth,
            "authors": [{"role": role, "name": name} for role, name in s.authors],
            "paragraphs": [p for p in paras_truth if p],
        }

    def photo(self, s: Story) -> dict:
        """A standalone photo: optional title, caption in wide lines, credit on its own line or at the end."""
        r = self.rng.random
        self.tags.add("photo_item")
        limit = 2 * self.rng.randint(24, 40)
        credit = s.bylines[0]
        caption = s.paras[0]
        if r() < 0.5:
            text = (
                self.noisy(caption) + "  ■ " + credit.removesuffix("摄").replace("  ", " ")
                if r() < 0.5
                else self.noisy(caption) + "  " + credit
            )
            lines = cut(text, limit, self.split_ascii)
        else:
            lines = cut(self.noisy(caption), limit, self.split_ascii) + [credit]
        self.limits += [(x, limit + 6) for x in lines]
        titled = s.headline and r() < RATES["photo_item_title"]
        if titled:
            self.tags.add("photo_item_title")
            block = [s.headline, ""] + lines if r() < 0.6 else lines + ["", s.headline]
        else:
            block = lines
        self.blocks.append(block)
        return {
            "kind": "photo",
            "kicker": None,
            "headline": s.headline if titled else None,
            "subtitle": None,
            "byline": s.byline_truth,
            "authors": [{"role": role, "name": name} for role, name in s.authors],
            "paragraphs": [fold(caption)],
        }

    # ---- furniture -----------------------------------------------------------------------------
    def name(self) -> str:
        """A made-up editor's name."""
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2))))
        return self.rng.choice(SURNAMES) + given

    def running_head(self, date: str) -> list[str]:
        """The page's running head: page number, section, date and weekday."""
        d = datetime.date.fromisoformat(date)
        when = f"{d.year}年{d.month}月{d.day}日"
        wd = "星期" + WEEKDAYS[d.weekday()]
        no = self.rng.randint(2, 16)
        sec = self.rng.choice(SECTIONS)
        form = self.rng.randrange(4)
        if form == 0:
            return [f"{no}  {sec}  {when}  {wd}"]
        if form == 1:
            return [f"{when}  {wd}  {sec}  {no}"]
        if form == 2:
            return [f"{when}  {wd}", f"{sec}  {no}"]
        return [f"人民日报  {when}  {wd}  第{no}版  {sec}"]

    def feet(self) -> list[str]:
        """本版责编 and 版式设计 lines."""
        eds = "  ".join(letter_space(self.name()) for _ in range(self.rng.randint(1, 3)))
        design = letter_space(self.name())
        if self.rng.random() < 0.5:
            return [f"本版责编：{eds}  版式设计：{design}"]
        return [f"本版责编：{eds}", f"版式设计：{design}"]

    # ---- the page ------------------------------------------------------------------------------
    def build(self, date: str) -> Built:
        """Lay out the stories (and photo) given to the page."""
        articles = []
        photo_at = self.rng.randint(0, len(self.stories)) if self.photos else -1
        for k, s in enumerate(self.stories + [None]):  # type: ignore[list-item]
            if k == photo_at:
                articles.append(self.photo(self.photos[0]))
            if s is not None:
                articles.append(self.article(s))
        head = self.running_head(date) if self.rng.random() < RATES["running_head"] else []
        feet = self.feet() if self.rng.random() < RATES["feet"] else []
        self.tags |= {"running_head"} if head else set()
        self.tags |= {"feet"} if feet else set()
        # captions printed at the top of the page come first, in their articles' order
        top = [b for b in self.top]
        blocks = [head] + top + self.blocks + [feet]
        blocks = [b for b in blocks if b]
        if self.no_blanks:
            lines = [x for b in blocks for x in b if x]
        else:
            lines = [x for b in blocks for x in b + [""]]
        text = "\n".join(lines).rstrip("\n") + "\n"
        return Built(text, self.fix_top(articles), self.tags, self.limits)

    def fix_top(self, articles: list[dict]) -> list[dict]:
        """Articles as printed; top-of-page captions already lead their article's paragraphs."""
        return articles


def join_letters(credit: str) -> str:
    """A credit as a reader writes it: letter-spaced names closed up, other gaps one space."""
    credit = re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) {2}([\u4e00-\u9fff])(?=摄|$|\s)", r"\1\2", credit)
    return fold(credit)
