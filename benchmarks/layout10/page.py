"""A layout10 page: items in extraction order, columns cut into lines, furniture, and the truth.

The newspaper model: a broadsheet page of narrow columns (one width per page, 12–20 characters; a
short item may run wider), read by a PDF/OCR extractor column by column, item by item. The extractor
prints a blank line where a column ends (even mid-sentence), keeps each title line whole, and puts
the page's running head and its editors' line where its reading order meets them.
"""

from __future__ import annotations

import datetime
import random

from .compose import SUPPLIERS, Chunk, Composer, Item
from .stories import Photo, Story
from .typeset import SP, cut, printed, spaced_name

SECTIONS = ("要闻", "经济", "社会", "文化", "国际", "评论", "法治", "生态", "体育", "科技", "地方", "综合")
WEEKDAYS = "一二三四五六日"


def page_date(stories: list[Story], rng: random.Random) -> datetime.date:
    """The page's date: its first 2026 story's, or a day of January 1998."""
    for s in stories:
        if s.era == "2026" and len(s.date) == 10:
            return datetime.date.fromisoformat(s.date)
    return datetime.date(1998, 1, rng.randint(1, 31))


def furniture(rng: random.Random, date: datetime.date, ocr: bool) -> tuple[list[str], list[str], set[str]]:
    """The running head's lines and the editors' lines."""
    no = rng.randint(2, 20)
    section = rng.choice(SECTIONS)
    ds = f"{date.year}年{date.month}月{date.day}日"
    if ocr and rng.random() < 0.5:
        ds = f"{date.year} 年 {date.month} 月 {date.day} 日"
    wd = "星期" + WEEKDAYS[date.weekday()]
    form = rng.randrange(4)
    if form == 0:
        head = [f"{no}  {section}  {ds}  {wd}"]
    elif form == 1:
        head = [f"人民日报  {ds}  {wd}", f"第{no}版  {section}"]
    elif form == 2:
        head = [f"{ds}　{wd}　　{section}　　{no:02d}"]
    else:
        head = [f"{section}", f"{ds}  {wd}  第 {no} 版"]
    names = [spaced_name(n) for n in rng.sample(NAMES_FOR_EDITORS, 3)]
    foot_form = rng.randrange(3)
    if foot_form == 0:
        foot = [f"本版责编：{names[0]}  {names[1]}", f"版式设计：{names[2]}"]
    elif foot_form == 1:
        foot = [f"本版责编：{names[0]}  {names[1]}  {names[2]}"]
    else:
        foot = [f"本版责编：{names[0]}　　版式设计：{names[1]}"]
    return (
        [h.replace(SP, " ") for h in head],
        [f.replace(SP, " ") for f in foot],
        {"furniture_form" + str(form)},
    )


NAMES_FOR_EDITORS = (
    "刘晓",
    "王一鸣",
    "陈静",
    "张宁",
    "赵越",
    "孙立新",
    "周洁",
    "吴迪",
    "郑雯",
    "黄河清",
    "林峰",
    "何敏",
)


class PageMaker:
    """Lays out pages from a pool of stories with one random generator per page."""

    def __init__(self, stories: list[Story], names: list[str], seed: int):
        self.articles = [s for s in stories if not s.photo_only]
        self.photos = [s for s in stories if s.photo_only]
        self.modern = [s for s in self.articles if s.era == "2026"]
        self.old = [s for s in self.articles if s.era == "1998"]
        self.names = names
        self.seed = seed
        order = random.Random(seed)
        order.shuffle(self.modern)
        order.shuffle(self.old)
        order.shuffle(self.photos)
        self.cursor = {"2026": 0, "1998": 0, "photo": 0}

    def take(self, era: str, avoid: set[str]) -> Story:
        pool = {"2026": self.modern, "1998": self.old, "photo": self.photos}[era]
        for _ in range(len(pool)):
            s = pool[self.cursor[era] % len(pool)]
            self.cursor[era] += 1
            if s.sid not in avoid:
                return s
        raise RuntimeError("story pool too small")

    def page(self, number: int) -> tuple[str, dict, list[str]]:
        """One page: its text, its truth (without the page name) and its convention tags."""
        rng = random.Random(f"{self.seed}:{number}")
        tags: set[str] = set()
        width = rng.randint(12, 20)
        tags.add(f"width_{'12-14' if width <= 14 else '15-17' if width <= 17 else '18-20'}")
        style = rng.choices(["blank", "indent", "flush"], [0.5, 0.3, 0.2])[0]
        tags.add("paras_" + style)
        ctx = {
            "width": width,
            "ocr": rng.random() < 0.3,
            "head_after": rng.choice([0.0, 0.2, 0.5, 0.8]),
            "mixed_widths": rng.random() < 0.35,
            # how often a body follows its title or byline with no blank line between
            "tight": rng.choice([0.0, 0.3, 1.0]),
            "names": self.names,
        }
        mix = rng.choices(["2026", "1998", "mixed"], [0.5, 0.3, 0.2])[0]
        n = rng.randint(3, 6)
        used: set[str] = set()
        chosen: list[Story] = []
        for _ in range(n):
            era = mix if mix != "mixed" else rng.choice(["2026", "1998"])
            s = self.take(era, used)
            used.add(s.sid)
            chosen.append(s)
        pictured = [s for s in chosen if s.photos]
        if pictured and rng.random() < 0.5:
            # the page's lead story is the one with a photo
            chosen.remove(pictured[0])
            chosen.insert(0, pictured[0])
        composer = Composer(rng, ctx)
        items: list[Item] = []
        for k, s in enumerate(chosen):
            items.append(composer.article(s, first=(k == 0)))
        # stand-alone photos: a 1998 titled photo, or a 2026 photo taken from a story not on the page
        for _ in range(rng.choices([0, 1, 2], [0.55, 0.35, 0.1])[0]):
            item = self.standalone(composer, rng, used)
            if item is not None:
                items.insert(rng.randint(0, len(items)), item)
        date = page_date(chosen, rng)
        head, foot, ftags = furniture(rng, date, ctx["ocr"])
        tags |= ftags
        lines = self.print_page(items, head, foot, rng, style, tags)
        for it in items:
            tags |= it.tags
        if ctx["head_after"] > 0:
            tags.add("page_head_after_mix")
        truth = {"articles": [it.truth for it in items]}
        text = "\n".join(lines).rstrip("\n") + "\n"
        return text, truth, sorted(tags)

    def standalone(self, composer: Composer, rng: random.Random, used: set[str]) -> Item | None:
        if rng.random() < 0.5 and self.photos:
            s = self.take("photo", used)
            used.add(s.sid)
            return composer.photo(s.photos[:1], s.headline)
        for _ in range(20):
            s = self.take("2026", used)
            good = [p for p in s.photos if len(p.caption) >= 12 and p.credit]
            if good:
                used.add(s.sid)
                if len(good) > 1 and rng.random() < 0.5:
                    k = rng.randint(2, min(3, len(good)))
                    start = rng.randint(0, len(good) - k)
                    return composer.photo(good[start : start + k], None)
                one = rng.choice(good)
                if rng.random() < 0.1:
                    one = Photo(one.caption, rng.choice(SUPPLIERS))
                return composer.photo([one], None)
        return None

    def print_page(
        self, items: list[Item], head: list[str], foot: list[str], rng, style: str, tags: set[str]
    ):
        """The page's lines in extraction order."""
        col_height = rng.randint(18, 60)
        col_blank = rng.random() < 0.85
        tags.add("col_blank" if col_blank else "col_noblank")
        drop = rng.choice([0.0, 0.1, 0.25]) if style == "blank" else 0.0
        out: list[str] = []

        def blank() -> None:
            if out and out[-1] != "":
                out.append("")

        head_where = rng.choices(["top", "end", "none"], [0.8, 0.1, 0.1])[0]
        foot_where = rng.choices(["end", "mid", "none"], [0.75, 0.15, 0.1])[0]
        tags.add("furniture_head_" + head_where)
        tags.add("furniture_foot_" + foot_where)
        if head_where == "top":
            out += head
            blank()
        for it in items:
            for ch in it.top_captions:
                out += self.flow(ch, rng, "blank", 0.0, 10**6, False)
                blank()
        for k, it in enumerate(items):
            if k and rng.random() < 0.9:
                blank()
            state = {"count": rng.randint(0, col_height - 1)}
            for j, ch in enumerate(it.chunks):
                if j and not ch.tight:
                    blank()
                if ch.kind in ("title", "byline"):
                    out += [printed(line) for line in ch.lines]
                else:
                    out += self.flow(ch, rng, style, drop, col_height, col_blank, state)
            if k == 0 and foot_where == "mid":
                blank()
                out += foot
                blank()
        if foot_where == "end":
            blank()
            out += foot
        if head_where == "end":
            blank()
            out += head
        # collapse runs of blank lines
        lines: list[str] = []
        for line in out:
            if line == "" and (not lines or lines[-1] == ""):
                continue
            lines.append(line)
        return lines

    def flow(self, ch: Chunk, rng, style, drop, col_height, col_blank, state=None) -> list[str]:
        """A chunk's paragraphs cut into column lines, with paragraph marks and column breaks."""
        state = state if state is not None else {"count": 0}
        out: list[str] = []
        kinds = ch.kinds or ["caption"] * len(ch.paras)
        for k, (p, kind) in enumerate(zip(ch.paras, kinds, strict=True)):
            plain = kind in ("subhead", "label") or ch.kind == "caption"
            if (
                k
                and (style == "blank" or plain or kinds[k - 1] in ("subhead", "label"))
                and rng.random() >= drop
                and (style == "blank" or rng.random() < 0.5)
            ):
                out.append("")
            indent = "\u3000\u3000" if style == "indent" and not plain else ""
            for line in cut(p, ch.width, indent):
                if state["count"] >= col_height:
                    state["count"] = 0
                    if col_blank:
                        out.append("")
                out.append(line)
                state["count"] += 1
        return out
