"""A whole page: story choice, page furniture, group features, briefs, stand-alone photos (layout16)."""

from __future__ import annotations

import datetime
import random
import re

from .article import Style, render_article, render_photo
from .sources import Story

SECTIONS = [
    "要闻",
    "经济",
    "社会",
    "文化",
    "法治",
    "政治",
    "国际",
    "评论",
    "生态",
    "各地传真",
    "科技",
    "体育",
]
WEEKDAYS = "一二三四五六日"
GROUP_TITLES = ["新春走基层", "一线见闻", "基层新风貌", "记者蹲点", "奋进新征程  建功新时代"]
BRIEF_HEADS = ["简讯", "新闻速览", "本版综合", "各地传真", "国际简讯", "经济快讯"]
P = {
    "source_modern": 0.55,
    "source_1998": 0.35,  # the rest: mixed
    "para_blank": 0.45,
    "para_indent": 0.30,  # the rest: none (a short last line only)
    "kinsoku": 0.85,
    "noise": 0.25,
    "group_feature": 0.08,
    "briefs": 0.10,
    "standalone_photo": 0.35,
    "photo_story_first": 0.4,
    "second_photo": 0.25,
    "running_head_top": 0.75,
    "editors_line": 0.7,
    "designer_line": 0.5,
}


class Pool:
    """Stories of one source and split, drawn in a shuffled cycle (least used first)."""

    def __init__(self, stories: list[Story], rng: random.Random):
        self.stories = sorted(stories, key=lambda s: s.sid)
        rng.shuffle(self.stories)
        self.at = 0

    def take(self, rng: random.Random, ok, used: set[str]) -> Story | None:
        n = len(self.stories)
        for k in range(min(n, 60)):
            s = self.stories[(self.at + k) % n]
            if s.sid not in used and ok(s):
                self.stories[(self.at + k) % n], self.stories[self.at % n] = (
                    self.stories[self.at % n],
                    self.stories[(self.at + k) % n],
                )
                self.at += 1
                used.add(s.sid)
                return s
        return None


def furniture(rng: random.Random, date: datetime.date, editors: list[str]) -> tuple[list[str], list[str]]:
    no = rng.randint(1, 20)
    sec = rng.choice(SECTIONS)
    d = f"{date.year}年{date.month}月{date.day}日"
    wd = "星期" + WEEKDAYS[date.weekday()]
    head = rng.choice(
        [
            f"{no}  {sec}  {d}  {wd}",
            f"人民日报  {d}  {wd}  第{no}版  {sec}",
            f"{d}  {wd}  {sec}  {no}",
            f"第{no:02d}版  {sec}  {d} {wd}",
        ]
    )
    top, bottom = [], []
    (top if rng.random() < P["running_head_top"] else bottom).append(head)
    if rng.random() < P["editors_line"]:
        names = rng.sample(editors, 2)
        spaced = ["  ".join(n) if len(n) == 2 and rng.random() < 0.5 else n for n in names]
        line = "本版责编：" + "  ".join(spaced)
        if rng.random() < P["designer_line"]:
            line += rng.choice(["\n", "  "]) + "版式设计：" + rng.choice(editors)
        bottom += line.split("\n")
    return top, bottom


def _short(s: Story) -> bool:
    return not s.photo_only and len(s.paragraphs) <= 3 and s.size() <= 500 and not s.photos


def _group_part(s: Story) -> bool:
    staff = bool(s.authors) and all(a["role"] for a in s.authors)
    return bool(s.byline) and staff and not s.photo_only and len(s.paragraphs) <= 5 and s.size() <= 1100


def build_page(rng: random.Random, pools: dict[str, Pool], editors: list[str]) -> tuple[str, dict, dict]:
    """One page: (raw text, truth, manifest entry)."""
    r = rng.random()
    source = (
        "2026" if r < P["source_modern"] else "1998" if r < P["source_modern"] + P["source_1998"] else "mixed"
    )
    chars = rng.randint(12, 20)
    r = rng.random()
    mark = "blank" if r < P["para_blank"] else "indent" if r < P["para_blank"] + P["para_indent"] else "none"
    st = Style(
        width=2 * chars,
        para_mark=mark,
        col_height=rng.randint(8, 40),
        kinsoku=rng.random() < P["kinsoku"],
        noise=rng.random() < P["noise"],
        rng=rng,
    )
    st.tags += [f"source:{source}", f"width:{chars}", f"para:{mark}"] + (["noise_digits"] if st.noise else [])
    used: set[str] = set()
    budget = rng.randint(2500, 6000)

    def pick(ok=lambda s: True) -> Story | None:
        srcs = ["2026", "1998"] if source == "mixed" else [source]
        rng.shuffle(srcs)
        for src in srcs:
            s = pools[src].take(rng, lambda x: not x.photo_only and ok(x), used)
            if s:
                return s
        return None

    items: list[tuple[list[str], list[dict]]] = []
    top: list[str] = []
    size = 0
    if rng.random() < P["group_feature"]:
        parts = [p for p in (pick(_group_part) for _ in range(rng.randint(2, 3))) if p]
        if len(parts) >= 2:
            pars: list[str] = []
            for p in parts:
                pars += [p.headline, p.byline] + p.paragraphs
            g = Story(
                sid="group", source="group", date="", headline=rng.choice(GROUP_TITLES), paragraphs=pars
            )
            lines, t = render_article(g, st, top)
            items.append((lines, [t]))
            size += g.size()
            st.tags.append("group_feature")
    if rng.random() < P["briefs"]:
        briefs = [b for b in (pick(_short) for _ in range(rng.randint(3, 4))) if b]
        if len(briefs) >= 2:
            lines, truths = [rng.choice(BRIEF_HEADS), ""], []
            for b in briefs:
                bl, t = render_article(b, st, top, headline_first=True)
                lines += bl + [""]
                truths.append(t)
                size += b.size()
            items.append((lines, truths))
            st.tags.append("briefs_roundup")
    if rng.random() < P["photo_story_first"]:
        s = pick(lambda x: bool(x.photos) and x.size() <= budget)
        if s:
            lines, t = render_article(s, st, top)
            items.append((lines, [t]))
            size += s.size()
    target = rng.randint(2, 5)
    tries = 0
    while len(items) < target and size < budget and tries < 8:
        tries += 1
        room = budget - size
        s = pick(lambda x, room=room: x.size() <= max(room, 900))
        if not s:
            continue
        lines, t = render_article(s, st, top)
        items.append((lines, [t]))
        size += s.size()
    if not items:
        s = pick()
        lines, t = render_article(s, st, top)
        items.append((lines, [t]))
    rng.shuffle(items)
    # stand-alone photos
    n_photos = (rng.random() < P["standalone_photo"]) + (rng.random() < P["second_photo"])
    for _ in range(n_photos):
        src = rng.choice(["2026", "1998"]) if source == "mixed" else source
        if src == "1998":
            s = pools["1998"].take(rng, lambda x: x.photo_only, used)
            if s:
                lines, t = render_photo(s.headline, s.paragraphs[0], None, st)
                items.insert(rng.randrange(len(items) + 1), (lines, [t]))
                st.tags.append("standalone_photo")
        else:
            s = pools["2026"].take(rng, lambda x: any(_standalone(c) for c, _ in x.photos), used)
            if s:
                cap, credit = next(p for p in s.photos if _standalone(p[0]))
                lines, t = render_photo(None, cap, credit, st)
                items.insert(rng.randrange(len(items) + 1), (lines, [t]))
                st.tags.append("standalone_photo")

    date = _page_date(rng, used, pools)
    head, foot = furniture(rng, date, editors)
    out: list[str] = head + ([""] if head else []) + top
    truth: list[dict] = []
    if top:
        st.tags.append("page_starts_with_captions")
    for lines, ts in items:
        out += lines + [""] * rng.choice([1, 1, 2])
        truth += ts
    out += foot
    text = "\n".join(out).strip("\n") + "\n"
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    tags = sorted(set(st.tags))
    return text, {"articles": truth}, {"tags": tags, "stories": sorted(used)}


def _standalone(cap: str) -> bool:
    return len(cap) >= 15 and not cap.startswith(("以上", "本版"))


def _page_date(rng: random.Random, used: set[str], pools: dict[str, Pool]) -> datetime.date:
    for sid in sorted(used):
        m = re.match(r"m:(2026)-(\d\d)-(\d\d)", sid)
        if m:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 300))
