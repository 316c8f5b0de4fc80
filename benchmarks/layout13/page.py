"""Pages: stories of one split laid out with one page's habits, running head and feet around them."""

from __future__ import annotations

import datetime
import hashlib
import random
from dataclasses import dataclass

from .article import Habits, Piece, Rendered, render_article, render_photo
from .stories import Story, modern_stories, stories_1998
from .text import full_width, half_width, width

PAGE_RATES = {
    "era_modern": 0.55,  # a page of 2026 texts only
    "era_1998": 0.25,  # a page of 1998 texts only (else mixed)
    "para_blank_always": 0.5,  # blank line at every paragraph end
    "para_blank_mostly": 0.3,  # at 85% of them (else none: breaks only from short lines)
    "indent": 0.12,  # paragraphs open with two ideographic spaces
    "ocr_some": 0.3,  # OCR spaces around 40% of digit runs
    "ocr_most": 0.2,  # around 90% of them
    "name_gap_two": 0.6,  # two-character names letter-spaced with two spaces
    "name_gap_one": 0.25,  # with one (else closed up)
    "byline_mark": 0.3,  # pages whose bylines open with ■ (80% of them there)
    "role_spaced": 0.1,  # role labels letter-spaced: 本 报 记 者
    "title_blank": 0.5,  # pages with blank lines between kicker, headline and subtitle
    "head_after_none": 0.4,  # pages where every headline comes before its body
    "head_after_some": 0.35,  # pages where 30% come after (else 80% after)
    "digits_half_1998": 0.3,  # 1998 full-width digits extracted as half-width
    "digits_full_modern": 0.08,  # 2026 digits set full-width
    "running_head": 0.85,
    "running_head_bottom": 0.2,  # running head printed after the page's text
    "feet": 0.6,  # 本版责编 / 版式设计 lines
    "feet_mid": 0.15,  # feet printed between two items
    "photos_alone": 0.45,  # one or two standalone photos on the page
}

SECTIONS = ["要闻", "经济", "社会", "国际", "文化", "评论", "地方", "综合", "政治", "科技", "体育", "生态"]
WEEKDAYS = "一二三四五六日"
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
GIVEN = "文明华建国平志伟军海燕红晓林静雪峰磊洋勇超敏丽强娟艳杰涛斌波宁欣佳悦琳昊宇晨楠"


def _upto(name: str) -> float:
    """A rate's upper bound when it is one of a run of exclusive choices listed in order."""
    keys = list(PAGE_RATES)
    group = name.rsplit("_", 1)[0]
    total = 0.0
    for k in keys[: keys.index(name) + 1]:
        if k.rsplit("_", 1)[0] == group:
            total += PAGE_RATES[k]
    return total


def _in_tune(sid: str) -> bool:
    return int(hashlib.sha1(sid.encode()).hexdigest(), 16) % 5 == 0


@dataclass
class Pools:
    """One split's stories: 2026 articles, 1998 articles, 1998 standalone photos."""

    modern: list[Story]
    old: list[Story]
    photos: list[Story]


def load_pools(lines_1998: list, split: str) -> Pools:
    """Stories of a split; tune and valid share none (a story's split is a hash of its id)."""
    tune = split == "tune"
    modern = [s for s in modern_stories() if _in_tune(s.sid) == tune]
    old_all = stories_1998(lines_1998)
    old = [s for s in old_all if not s.photo_only and _in_tune(s.sid) == tune]
    photos = [s for s in old_all if s.photo_only and _in_tune(s.sid) == tune]
    return Pools(modern, old, photos)


class Queue:
    """Stories handed out in a shuffled order, every one before any repeats."""

    def __init__(self, items: list[Story], rng: random.Random) -> None:
        self.items, self.rng, self.left = items, rng, []

    def take(self) -> Story:
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _habits(rng: random.Random, era: str) -> tuple[Habits, set[str]]:
    tags: set[str] = set()
    r = rng.random()
    para_blank = 1.0 if r < _upto("para_blank_always") else 0.85 if r < _upto("para_blank_mostly") else 0.0
    if para_blank == 0.0:
        tags.add("para_blank_none")
    r = rng.random()
    ocr = 0.4 if r < _upto("ocr_some") else 0.9 if r < _upto("ocr_most") else 0.0
    if ocr:
        tags.add("ocr_spaces")
    r = rng.random()
    gap = "  " if r < _upto("name_gap_two") else " " if r < _upto("name_gap_one") else ""
    r = rng.random()
    after = 0.0 if r < _upto("head_after_none") else 0.3 if r < _upto("head_after_some") else 0.8
    norm = str
    if era != "modern" and rng.random() < PAGE_RATES["digits_half_1998"]:
        norm = half_width
        tags.add("digits_half")
    elif era == "modern" and rng.random() < PAGE_RATES["digits_full_modern"]:
        norm = full_width
        tags.add("digits_full")
    indent = rng.random() < PAGE_RATES["indent"]
    if indent:
        tags.add("indent")
    col = rng.randint(6, 24)
    h = Habits(
        width=rng.randint(12, 20),
        para_blank=para_blank,
        indent=indent,
        ocr=ocr,
        name_gap=gap,
        mark=0.8 if rng.random() < PAGE_RATES["byline_mark"] else 0.0,
        role_spaced=rng.random() < PAGE_RATES["role_spaced"],
        title_blank=0.8 if rng.random() < PAGE_RATES["title_blank"] else 0.1,
        col_height=(col, col + rng.randint(0, 12)),
        after=after,
        norm=norm,
    )
    return h, tags


def _date(rng: random.Random, era: str, stories: list[Story]) -> datetime.date:
    for s in stories:
        if s.source == "modern":
            return datetime.date.fromisoformat(s.date)
    return datetime.date(1998, 1, rng.randint(1, 31))


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def running_head(rng: random.Random, day: datetime.date) -> tuple[list[str], str]:
    """The page's running head in one of the shapes extractors give it."""
    n = rng.randint(1, 20)
    sec = rng.choice(SECTIONS)
    date = f"{day.year}年{day.month}月{day.day}日"
    wd = "星期" + WEEKDAYS[day.weekday()]
    shape = rng.randrange(4)
    if shape == 0:
        return [f"{n}  {sec}  {date}  {wd}"], "running_head_line"
    if shape == 1:
        return [f"{date}  {wd}", f"{sec}  {n:02d}"], "running_head_two_lines"
    if shape == 2:
        return [f"第{n}版", sec, f"{date} {wd}"], "page_number_line"
    return [f"人民日报  {date}  {wd}  {sec}  {n}"], "running_head_line"


def feet(rng: random.Random) -> list[str]:
    """本版责编 / 版式设计 lines with made-up names."""
    eds = "  ".join(_name(rng) for _ in range(rng.randint(1, 3)))
    design = _name(rng)
    if rng.random() < 0.5:
        return [f"本版责编：{eds}", f"版式设计：{design}"]
    return [f"本版责编：{eds}  版式设计：{design}"]


@dataclass
class Page:
    """A laid-out page: its text, truth, convention tags, the story ids it used and width limits."""

    text: str
    truth: dict
    tags: list[str]
    sources: list[str]
    limits: list[tuple[str, float]]


def build_page(rng: random.Random, queues: dict[str, Queue]) -> Page:
    """One page from the split's queues."""
    r = rng.random()
    era = "modern" if r < _upto("era_modern") else "1998" if r < _upto("era_1998") else "mixed"
    h, tags = _habits(rng, era)
    tags.add("era_" + era)
    target = rng.randint(2500, 7000)
    stories: list[Story] = []
    total = 0
    seen: set[str] = set()
    while total < target and len(stories) < 8 or len(stories) < 2:
        pool = "modern" if era == "modern" or (era == "mixed" and rng.random() < 0.4) else "old"
        s = queues[pool].take()
        if s.sid in seen:
            continue
        seen.add(s.sid)
        stories.append(s)
        total += sum(map(len, s.paragraphs))
    items: list[Rendered] = [render_article(s, h, rng) for s in stories]
    sources = [s.sid for s in stories]
    if queues["photos"].items and rng.random() < PAGE_RATES["photos_alone"]:
        for _ in range(rng.randint(1, 2)):
            p = queues["photos"].take()
            if p.sid in seen:
                continue
            seen.add(p.sid)
            sources.append(p.sid)
            items.insert(rng.randint(0, len(items)), render_photo(p, h, rng))
    # only one item's photos may sit at the top of the page
    tops = [i for i, it in enumerate(items) if it.top]
    for i in tops[1:]:
        items[i].pieces.insert(0, items[i].top)
        items[i].top = None
    blocks: list[Piece] = []
    head_lines: list[str] = []
    day = _date(rng, era, stories)
    if rng.random() < PAGE_RATES["running_head"]:
        head_lines, shape = running_head(rng, day)
        tags |= {"running_head", shape}
    bottom = bool(head_lines) and rng.random() < PAGE_RATES["running_head_bottom"]
    if head_lines and not bottom:
        blocks.append(Piece(head_lines, 60))
    if tops:
        blocks.append(items[tops[0]].top)
        tags.add("captions_top")
    foot = feet(rng) if rng.random() < PAGE_RATES["feet"] else []
    foot_at = rng.randint(1, len(items) - 1) if foot and rng.random() < PAGE_RATES["feet_mid"] else len(items)
    truth_articles = []
    for i, it in enumerate(items):
        if i == foot_at and foot:
            blocks.append(Piece(foot, 60))
            tags.add("feet_mid")
        blocks += it.pieces
        tags |= it.tags
        truth_articles.append(it.truth)
    if foot and foot_at == len(items):
        blocks.append(Piece(foot, 60))
    if foot:
        tags.add("feet")
    if head_lines and bottom:
        blocks.append(Piece(head_lines, 60))
        tags.add("running_head_bottom")
    if any(it.truth["kind"] == "article" for it in items[:1]) and "head_after" in items[0].tags:
        tags.add("page_starts_body")
    out: list[str] = []
    limits: list[tuple[str, float]] = []
    for b in blocks:
        if not b.lines:
            continue
        if out:
            out.append("")
        out += b.lines
        limits += [(x, b.limit) for x in b.lines]
    text = "\n".join(out) + "\n"
    for line, lim in limits:
        assert width(line) <= lim + 1e-9, (line, lim)
    return Page(text, {"articles": truth_articles}, sorted(tags), sources, limits)


def build_split(lines_1998: list, split: str, n_pages: int, seed: int = 13) -> list[Page]:
    """`n_pages` pages of one split, the same on every run."""
    pools = load_pools(lines_1998, split)
    rng = random.Random(f"layout13-{split}-{seed}")
    queues = {
        "modern": Queue(pools.modern, random.Random(f"modern-{split}-{seed}")),
        "old": Queue(pools.old, random.Random(f"old-{split}-{seed}")),
        "photos": Queue(pools.photos, random.Random(f"photos-{split}-{seed}")),
    }
    return [build_page(rng, queues) for _ in range(n_pages)]
