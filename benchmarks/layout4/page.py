"""A whole page: furniture, articles and photos standing alone, set, extracted and scored by its truth.

`make_page(seed, texts)` draws everything from `random.Random(seed)`: which texts, how many items,
column widths (12–20 characters, mixed or not, a short item sometimes wider), how the extraction
marks paragraphs, OCR noise, running head and footer, where standalone photos go, and how often
headlines come after their bodies. It returns the page text, its truth (shared truth format) and
the sorted convention tags of the page, for `benchmarks/make_validation4.py`.
"""

from __future__ import annotations

import random

from benchmarks.layout4.article import Printed, compose, fold, squeeze, standalone_photo
from benchmarks.layout4.sources import Story, Texts
from benchmarks.layout4.typeset import Style, ocr, typeset

SECTIONS = (
    "要闻", "经济", "社会", "国际", "文化", "评论", "体育", "视点", "地方", "科技", "生态", "教育", "民生",
)  # fmt: skip
WEEKDAYS = "一二三四五六日"


def style_of(rng: random.Random) -> Style:
    """How this page is set and extracted."""
    paragraph = rng.choices(("blank", "indent", "both"), (0.5, 0.3, 0.2))[0]
    return Style(
        paragraph=paragraph,
        indent=rng.choice(("　　", "　　", "  ")),
        column=rng.randint(12, 40),
        digit_space=rng.choices((0.0, 0.5, 0.95), (0.5, 0.25, 0.25))[0],
        letter_space=rng.choices((0.0, 0.03), (0.8, 0.2))[0],
        stray_space=rng.choices((0.0, 0.04), (0.7, 0.3))[0],
        title_gap=rng.random() < 0.5,
        gap_rate=1.0 if paragraph == "blank" else rng.choice((0.5, 0.8, 1.0)),
    )


def furniture(rng: random.Random, texts: Texts) -> tuple[list[str], list[str]]:
    """The running head (page number, section, date) and the footer (editors), either possibly empty."""
    year = rng.choice((1998, 2023, 2024, 2025))
    date = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    day = f"星期{WEEKDAYS[rng.randrange(7)]}"
    number, section = rng.randint(1, 24), rng.choice(SECTIONS)
    head: list[str] = []
    if rng.random() < 0.7:
        head = rng.choice(
            (
                [f"{number}  {section}  {date}  {day}"],
                [f"{date}  {day}  {section}  {number}"],
                [f"人民日报  {date}  {day}  第{number}版  {section}"],
                [f"{date}  {day}", f"{section}  {number}"],
                [f"第 {number} 版", f"{section}  {date}  {day}"],
            )
        )
    foot: list[str] = []
    if rng.random() < 0.6:
        editors = "  ".join(rng.sample(texts.names, rng.choice((1, 2, 3))))
        designer = rng.choice(texts.names)
        foot = rng.choice(
            (
                [f"本版责编：{editors}"],
                [f"本版责编：{editors}", f"版式设计：{designer}"],
                [f"本版责编：{editors}  版式设计：{designer}"],
                [f"版式设计：{designer}"],
            )
        )
    return head, foot


def choose_stories(rng: random.Random, texts: Texts, n: int) -> list[Story]:
    """`n` different stories from the 1998 text, the modern texts, or both."""
    mix = rng.choices(("old", "new", "mixed"), (0.5, 0.2, 0.3))[0]
    if mix == "old" or not texts.modern:
        return rng.sample(texts.stories, min(n, len(texts.stories)))
    if mix == "new":
        return rng.sample(texts.modern, min(n, len(texts.modern)))
    modern = min(rng.randint(1, n), len(texts.modern))
    return rng.sample(texts.modern, modern) + rng.sample(texts.stories, min(n - modern, len(texts.stories)))


def make_page(seed: int, texts: Texts) -> tuple[str, dict, list[str]]:
    """Page text, truth and convention tags for `seed`."""
    rng = random.Random(seed)
    tags: set[str] = set()
    style = style_of(rng)
    n = rng.choices((1, 2, 3, 4, 5, 6), (0.05, 0.17, 0.28, 0.25, 0.15, 0.1))[0]
    stories = choose_stories(rng, texts, n)
    rng.shuffle(stories)
    base = rng.randint(12, 20)
    mixed = rng.random() < 0.35
    widths = [max(12, min(20, base + rng.randint(-4, 4))) if mixed else base for _ in stories]
    if mixed and len(set(widths)) > 1:
        tags.add("widths_mixed")
    if len(stories) > 1 and rng.random() < 0.3:
        short = min(range(len(stories)), key=lambda i: sum(map(len, stories[i].paragraphs)))
        widths[short] = rng.randint(21, 32)
        tags.add("width_wide_item")
    page = {
        "photo_rate": rng.choices((0.0, 0.2, 0.45), (0.35, 0.35, 0.3))[0],
        "headline_after": rng.choices((0.0, 0.2, 0.6, 0.95), (0.45, 0.2, 0.15, 0.2))[0],
    }
    items: list[Printed] = [compose(rng, s, texts, w, page) for s, w in zip(stories, widths, strict=True)]
    for item in items[1:]:
        if "photos_top" in item.tags:
            item.tags.discard("photos_top")
            item.tags.add("photos_before_head")
    alone = rng.choices((0, 1, 2), (0.55, 0.33, 0.12))[0]
    for photo in rng.sample(texts.photos, min(alone, len(texts.photos))):
        item = standalone_photo(rng, photo, rng.choice((base, rng.randint(20, 40))))
        items.insert(rng.randint(0, len(items)), item)
    head, foot = furniture(rng, texts)
    head = [ocr(line, rng, style) for line in head]
    foot = [ocr(line, rng, style) for line in foot]
    lines: list[str] = []
    spacing = rng.choice((1, 1, 2, 3))
    if head:
        lines += head + [""] * spacing
        tags.add("furniture_head")
    foot_at = rng.choices(("end", "start", "middle"), (0.6, 0.15, 0.25))[0] if foot else None
    if foot_at == "start":
        lines += foot + [""] * spacing
    for n_item, item in enumerate(items):
        if foot_at == "middle" and n_item == len(items) // 2 and n_item:
            lines += foot + [""] * spacing
        lines += typeset(item.blocks, rng, style) + [""] * spacing
    if foot_at == "end":
        lines += foot
    if foot:
        tags.add(f"furniture_foot_{foot_at}")
    for item in items:
        tags |= item.tags
    first = items[0].blocks[0].role
    if first == "byline":
        tags.add("page_starts_byline")
    elif first in ("caption", "credit"):
        tags.add("page_starts_captions")
    if {"headline_after", "headline_before"} <= tags:
        tags.add("headline_mixed")
    if style.digit_space:
        tags.add("ocr_digits")
    if style.letter_space or style.stray_space:
        tags.add("ocr_spaces")
    tags.add(f"paragraphs_{style.paragraph}")
    if any(s.modern for s in stories):
        tags.add("text_modern")
    if any(not s.modern for s in stories):
        tags.add("text_1998")
    text = "\n".join(line.rstrip() for line in lines).strip("\n") + "\n"
    truth = {"articles": [item.truth for item in items]}
    return text, truth, sorted(tags)


def check(text: str, truth: dict) -> list[str]:
    """What is wrong with a page's truth: texts not on the page, empty bodies, unscorable fields."""
    problems = []
    flat = squeeze(text)
    for n, article in enumerate(truth["articles"]):
        if not article["paragraphs"] or not all(article["paragraphs"]):
            problems.append(f"article {n}: empty body or paragraph")
        for name in ("kicker", "headline", "subtitle", "byline"):
            value = article.get(name)
            if value is not None and squeeze(value) not in flat:
                problems.append(f"article {n}: {name} {value!r} not on the page")
        for p in article["paragraphs"]:
            if squeeze(p) not in flat:
                problems.append(f"article {n}: paragraph {p[:20]!r} not on the page")
        for a in article["authors"]:
            if squeeze(a["name"]) not in flat:
                problems.append(f"article {n}: author {a['name']!r} not on the page")
        if article.get("byline") is not None and article["byline"] != fold(article["byline"]):
            problems.append(f"article {n}: byline not folded")
    return problems
