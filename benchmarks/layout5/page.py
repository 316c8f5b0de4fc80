"""One laid-out page and its truth, from stories and a seeded random source.

Every convention is its own random choice, drawn once per page (or per article where a real page
decides per article: headline placement, caption placement); the page records each choice it made
as a tag, and the truth is built from the same parts the page prints. Furniture is printed but is
in no article; stray OCR spaces are printed but not in the truth (the truth is the text as a
reader would correct it); digit width is changed in the story itself, so the truth keeps it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .stories import Photo, Story, nospace, squash
from .typeset import cut_point, digit_spaces, letterspace, stray_space, swap_width, wrap

WEEKDAYS = "一二三四五六日"
SECTIONS = (
    "要闻",
    "经济",
    "社会",
    "文化",
    "国际",
    "评论",
    "政治",
    "生态",
    "体育",
    "副刊",
    "各地传真",
    "读者来信",
)
PROVINCES = ("浙江", "湖南", "四川", "广西", "新疆", "辽宁", "甘肃", "福建", "河南", "江西", "云南", "吉林")
CIRCLED = "①②③④⑤⑥⑦⑧"


@dataclass
class Block:
    """Printed lines, with whether they run in a column (column breaks fall inside them)."""

    lines: list[str]
    column: bool = True


@dataclass
class Choices:
    """The page-wide conventions drawn for one page."""

    width: int
    hang: bool
    column_height: int | None
    head_mode: str
    stack_blank: bool
    square: bool
    spaced_names: bool
    caption_mode: str
    caption_wide: bool
    credit_own_line: bool
    ocr_spaces: float
    ocr_digits: bool
    ocr_width: bool
    letterspaced_byline: bool
    kicker_wrap: bool
    headline_wrap: bool
    furniture: str
    tags: set[str] = field(default_factory=set)


def draw_choices(rng: random.Random) -> Choices:
    """Each convention drawn independently; the tags say which ones this page uses."""
    c = Choices(
        width=rng.randint(12, 20),
        hang=rng.random() < 0.5,
        column_height=rng.choice([None, rng.randint(16, 30), rng.randint(30, 70)]),
        head_mode=rng.choice(["before", "before", "after", "mixed"]),
        stack_blank=rng.random() < 0.35,
        square=rng.random() < 0.4,
        spaced_names=rng.random() < 0.6,
        caption_mode=rng.choice(["before", "after", "top", "mixed"]),
        caption_wide=rng.random() < 0.5,
        credit_own_line=rng.random() < 0.4,
        ocr_spaces=rng.choice([0.0, 0.0, 0.03, 0.08]),
        ocr_digits=rng.random() < 0.3,
        ocr_width=rng.random() < 0.2,
        letterspaced_byline=rng.random() < 0.15,
        kicker_wrap=rng.random() < 0.5,
        headline_wrap=rng.random() < 0.25,
        furniture=rng.choice(["top", "bottom", "both", "middle", "none"]),
    )
    t = c.tags
    t.add("width_narrow" if c.width <= 14 else "width_wide" if c.width >= 18 else "width_mid")
    t.add("punct_hang" if c.hang else "punct_pushback")
    if c.column_height:
        t.add("column_breaks")
    t.add(f"head_{c.head_mode}")
    if c.stack_blank:
        t.add("stack_blank_lines")
    if c.square:
        t.add("byline_square")
    if c.spaced_names:
        t.add("byline_spaced_names")
    if c.ocr_spaces:
        t.add("ocr_stray_spaces")
    if c.ocr_digits:
        t.add("ocr_digit_spaces")
    if c.ocr_width:
        t.add("ocr_digit_width")
    t.add(f"furniture_{c.furniture}")
    return c


def print_names(names: list[str], spaced: bool) -> str:
    """Reporter names as printed: two-character names letter-spaced to three cells when `spaced`."""
    if not spaced:
        return " ".join(names)
    return "  ".join(f"{n[0]}  {n[1]}" if len(n) == 2 else n for n in names)


@dataclass
class Laid:
    """A story as this page prints it, with the truth parts it yields."""

    story: Story
    byline_printed: str | None = None
    byline_truth: str | None = None
    authors: list[tuple[str, str]] = field(default_factory=list)
    head_after: bool = False
    captions: str = "before"
    width: int = 16
    boxes: list[str] = field(default_factory=list)


def prepare(story: Story, c: Choices, rng: random.Random, tags: set[str]) -> Laid:
    """Per-article choices: byline form, headline and caption placement, boxes."""
    laid = Laid(story, width=c.width)
    laid.authors = list(story.authors)
    kind = story.byline_kind
    if kind == "reporter":
        role_word = story.byline.split()[0]
        names = [n for _, n in story.authors]
        if role_word == "本报记者" and len(names) == 1 and rng.random() < 0.2 and story.source == "modern":
            role_word = f"本报驻{rng.choice(PROVINCES)}记者"
            tags.add("byline_resident")
        if len(names) > 1:
            tags.add("byline_several")
        laid.byline_printed = (
            role_word + ("  " if c.spaced_names else " ") + print_names(names, c.spaced_names)
        )
        laid.byline_truth = role_word + " " + " ".join(names)
        if c.square:
            laid.byline_printed = "■ " + laid.byline_printed
    elif kind in ("bare", "place"):
        names = [n for _, n in story.authors]
        if kind == "bare":
            laid.byline_printed = print_names(names, c.spaced_names)
            laid.byline_truth = names[0]
        else:
            place = story.byline.split()[0]
            laid.byline_printed = place + "  " + print_names(names, c.spaced_names)
            laid.byline_truth = place + " " + names[0]
    elif kind == "dateline":
        laid.byline_truth = squash(story.byline)
    if c.head_mode == "mixed":
        laid.head_after = rng.random() < 0.5
    else:
        laid.head_after = c.head_mode == "after"
    if story.photos:
        laid.captions = (
            rng.choice(["before", "after"]) if c.caption_mode in ("mixed", "top") else c.caption_mode
        )
    return laid


def body_paragraphs(laid: Laid, rng: random.Random, tags: set[str]) -> list[str]:
    """The body as printed, boxes included (they stay in the body)."""
    paras = list(laid.story.paragraphs)
    if len(paras) >= 4 and rng.random() < 0.12:
        firsts = [re.split(r"(?<=[。！？])", p)[0] for p in paras[1:4]]
        summary = "".join(f for f in firsts if f.endswith(("。", "！", "？")))
        if len(summary) >= 20:
            paras = ["核心阅读", summary] + paras
            tags.add("box_core_reading")
    elif len(paras) >= 4 and rng.random() < 0.08 and not paras[0].startswith("编者按"):
        firsts = [re.split(r"(?<=[。！？])", p)[0] for p in paras[1:3]]
        note = "".join(f for f in firsts if f.endswith(("。", "！", "？")))
        if len(note) >= 20:
            paras = ["编者按：" + note] + paras
    elif len(paras) >= 5 and rng.random() < 0.1:
        k = len(paras) - rng.randint(2, 3)
        paras = paras[:k] + ["记者手记"] + paras[k:]
        tags.add("box_reporter_notes")
    if any(p.startswith("编者按") for p in paras):
        tags.add("box_editor_note")
    if any(len(p) <= 24 and p.endswith(("？", "?")) for p in paras[1:]):
        tags.add("subhead_question")
    return paras


def word_cut(text: str, near: int) -> int:
    """A break between two words (jieba) near `near`: an editor breaks a headline at a word."""
    import jieba  # noqa: PLC0415 (only the headline wrap needs it; ~1 s to load)

    ends, at = [], 0
    for word in jieba.cut(text):
        at += len(word)
        ends.append(at)
    ok = [k for k in ends[:-1] if cut_point(text, k) == k]
    return min(ok, key=lambda k: abs(k - near)) if ok else cut_point(text, near)


def stack_blocks(laid: Laid, c: Choices, rng: random.Random, tags: set[str]) -> list[Block]:
    """Kicker, headline and subtitle lines (set across columns, so no column breaks in them)."""
    s = laid.story
    out: list[list[str]] = []
    if s.kicker:
        if c.kicker_wrap and len(s.kicker) > c.width + 2:
            cut = cut_point(s.kicker, len(s.kicker) // 2 + rng.randint(-2, 2))
            out.append([s.kicker[:cut], s.kicker[cut:]])
            tags.add("kicker_wrapped")
        else:
            out.append([s.kicker])
    head = s.headline
    if c.headline_wrap and len(nospace(head)) >= 12:
        if "  " in head:
            a, _, b = head.partition("  ")
        else:
            cut = head.find("，") + 1 or word_cut(head, len(head) // 2 + rng.randint(-1, 1))
            a, b = head[:cut], head[cut:]
        if a.strip() and b.strip():
            out.append([a.strip(), b.strip()])
            tags.add("headline_wrapped")
        else:
            out.append([head])
    else:
        out.append([head])
    if s.subtitle:
        out.append([s.subtitle])
    if c.stack_blank:
        return [Block(lines, column=False) for lines in out]
    return [Block([line for lines in out for line in lines], column=False)]


def credited_lines(caption: str, credit: str, width: int, c: Choices) -> list[str]:
    """A caption's lines with its credit after two spaces on the last line, or on a line of its own."""
    lines = wrap(caption, width, c.hang) if caption else []
    if not credit:
        return lines
    if lines and not c.credit_own_line and len(lines[-1]) + len(credit) + 2 <= width + len(credit) // 2:
        lines[-1] += "  " + credit
    else:
        lines.append(credit)
    return lines


def caption_blocks(photos: list[Photo], c: Choices, width: int) -> tuple[list[Block], list[str]]:
    """Captions as printed (credit at the end or on its own line) and as truth paragraphs."""
    blocks, truth = [], []
    numbered = len(photos) > 1 and not any(p.caption.startswith("图") for p in photos)
    cap_width = width * 3 + 4 if c.caption_wide else width
    for k, p in enumerate(photos):
        caption = p.caption
        if numbered and k < len(CIRCLED):
            caption = f"图{CIRCLED[k]}：{caption}"
        credit = p.credit
        lines = credited_lines(caption, credit, cap_width, c)
        truth.append(squash(caption + " " + nospace(credit)) if credit else caption)
        blocks.append(Block(lines, column=False))
    return blocks, truth


def body_block(paragraph: str, width: int, c: Choices) -> Block:
    return Block(wrap(paragraph, width, c.hang))


def article_blocks(laid: Laid, c: Choices, rng: random.Random, tags: set[str]) -> tuple[list[Block], dict]:
    """The article's printed blocks in page order, and its truth."""
    s = laid.story
    paras = body_paragraphs(laid, rng, tags)
    width = laid.width
    body: list[Block] = []
    truth_body: list[str] = []
    for k, p in enumerate(paras):
        printed = p
        if k == 0 and s.byline_kind == "dateline":
            gap = rng.choice(["", " ", "  "])
            printed = s.byline + gap + p
        block = body_block(printed, width, c)
        body.append(block)
        truth_body.append(p)
    byline: list[Block] = []
    if laid.byline_printed:
        text = laid.byline_printed
        if c.letterspaced_byline and s.byline_kind == "reporter":
            role, _, names = text.removeprefix("■ ").partition(" ")
            text = ("■ " if c.square else "") + letterspace(role) + " " + names.strip()
            tags.add("ocr_letterspaced_line")
        byline = [Block([text])]
    stack = stack_blocks(laid, c, rng, tags)
    cap_blocks, cap_truth = caption_blocks(s.photos, c, width)
    if s.photos:
        tags.add(f"captions_{laid.captions}")
        tags.add("credit_own_line" if c.credit_own_line else "credit_end")
    seq: list[Block] = []
    paragraphs: list[str] = []
    if s.photos and laid.captions in ("before", "top"):
        seq += cap_blocks
        paragraphs += cap_truth
    at_end = "byline_at_end" in s.tags
    if laid.head_after:
        seq += (body + byline if at_end else byline + body) + stack
    else:
        seq += stack + (body + byline if at_end else byline + body)
    paragraphs += truth_body
    if s.photos and laid.captions == "after":
        seq += cap_blocks
        paragraphs += cap_truth
    truth = {
        "kind": "article",
        "kicker": squash(s.kicker) if s.kicker else None,
        "headline": squash(s.headline),
        "subtitle": squash(s.subtitle) if s.subtitle else None,
        "byline": laid.byline_truth,
        "authors": [{"role": r, "name": n} for r, n in laid.authors],
        "paragraphs": paragraphs,
    }
    return seq, truth


def photo_item(
    title: str | None, photos: list[Photo], c: Choices, rng: random.Random
) -> tuple[list[Block], dict]:
    """A photo standing alone: its title (if any), captions, and one credit line or credit at the end."""
    cap_width = c.width * 3 + 4 if c.caption_wide else c.width
    credits = [p.credit for p in photos if p.credit]
    shared = len(photos) > 1 and len(set(credits)) == 1 and len(credits) == len(photos)
    lines: list[str] = []
    paragraphs = []
    blocks = []
    if title:
        blocks.append(Block([title], column=False))
    authors: list[tuple[str, str]] = []
    bylines = []
    for k, p in enumerate(photos):
        credit = "" if shared and k < len(photos) - 1 else p.credit
        if shared and k == len(photos) - 1:
            credit = "以上图片均为" + credit if not credit.startswith("以上") else credit
        caption = p.caption
        paragraphs.append(caption)
        if credit:
            bylines.append(nospace(credit))
            for a in p.authors:
                if a not in authors:
                    authors.append(a)
        lines = credited_lines(caption, credit, cap_width, c)
        blocks.append(Block(lines, column=False))
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": title,
        "subtitle": None,
        "byline": " ".join(bylines) or None,
        "authors": [{"role": r, "name": n} for r, n in authors],
        "paragraphs": paragraphs,
    }
    return blocks, truth


def furniture_lines(c: Choices, rng: random.Random, names: list[str]) -> tuple[list[str], list[str]]:
    """Running head and page credits (本版责编, 版式设计), as (head lines, foot lines)."""
    year = rng.choice([2024, 2026])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    weekday = WEEKDAYS[rng.randint(0, 6)]
    number = rng.randint(1, 20)
    section = rng.choice(SECTIONS)
    date = f"{year}年{month}月{day}日  星期{weekday}"
    head = rng.choice(
        [
            [f"{number}  {section}", date],
            [f"{date}  {section}  {number:02d}"],
            [f"人民日报  {date}", f"{section}  {number}"],
        ]
    )
    picked = rng.sample(names, min(len(names), 4)) if names else ["张  伟", "李  明", "王  芳", "刘  洋"]
    foot = [f"本版责编：{'  '.join(picked[:3])}"]
    if rng.random() < 0.6:
        foot.append(f"版式设计：{picked[-1]}")
    return head, foot


def render(blocks: list[Block], c: Choices, rng: random.Random) -> str:
    """Blocks as page text: a blank line between blocks and wherever a column ends."""
    out: list[str] = []
    in_column = 0
    for block in blocks:
        if out and out[-1] != "":
            out.append("")
        for line in block.lines:
            if c.ocr_spaces and rng.random() < c.ocr_spaces:
                line = stray_space(line, rng)
            if c.ocr_digits:
                line = digit_spaces(line)
            out.append(line)
            if block.column and c.column_height:
                in_column += 1
                if in_column >= c.column_height:
                    in_column = 0
                    if out[-1] != "":
                        out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def apply_width(story: Story, to_full: bool) -> None:
    """Digits of the body and dateline printed at the other width."""
    story.paragraphs = [swap_width(p, to_full) for p in story.paragraphs]
    if story.byline_kind == "dateline" and story.byline:
        story.byline = swap_width(story.byline, to_full)


def names_of(stories: list[Story]) -> list[str]:
    out = []
    for s in stories:
        for _, n in s.authors:
            if n not in out:
                out.append(n)
    return out


def spaced(name: str) -> str:
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def build_page(
    stories: list[Story],
    photos: list[tuple[str | None, list[Photo]]],
    rng: random.Random,
    pool_names: list[str],
) -> tuple[str, dict, list[str], list[str]]:
    """Lay out `stories` (copies; they are changed) and standalone `photos`.

    Returns the page text, its truth, its convention tags and its furniture lines.
    """
    c = draw_choices(rng)
    tags = set(c.tags)
    items: list[tuple[list[Block], dict]] = []
    lays = []
    for s in stories:
        if c.ocr_width:
            apply_width(s, to_full=s.source == "modern")
        lays.append(prepare(s, c, rng, tags))
    short = [laid for laid in lays if sum(len(p) for p in laid.story.paragraphs) < 500]
    if short and rng.random() < 0.35:
        wide = rng.choice(short)
        wide.width = c.width + rng.randint(4, 10)
        tags.add("wide_item")
    top = None
    if c.caption_mode == "top":
        # the first article with photos goes to the top of the page, its captions printed first
        top = next((laid for laid in lays if laid.story.photos), None)
        if top is not None:
            lays.remove(top)
            lays.insert(0, top)
            top.captions = "top"
    for laid in lays:
        items.append(article_blocks(laid, c, rng, tags))
        tags |= laid.story.tags
    result = list(range(len(items)))
    for title, group in photos:
        items.append(photo_item(title, group, c, rng))
        tags.add("photo_titled" if title else "photo_untitled")
        # standalone photos go anywhere but above a page-top caption
        result.insert(rng.randint(1 if top else 0, len(result)), len(items) - 1)
    blocks: list[Block] = []
    truth_articles = []
    head, foot = furniture_lines(c, rng, [spaced(n) for n in pool_names])
    if c.furniture in ("top", "both"):
        blocks.append(Block(head, column=False))
    furniture = []
    if c.furniture in ("top", "both"):
        furniture += head
    if c.furniture in ("bottom", "middle", "both"):
        furniture += foot
    if c.furniture == "bottom":
        furniture += head
    middle = rng.randint(1, max(1, len(result) - 1))
    for pos, k in enumerate(result):
        if c.furniture == "middle" and pos == middle:
            blocks.append(Block(foot, column=False))
        blocks += items[k][0]
        truth_articles.append(items[k][1])
    if c.furniture in ("bottom", "both"):
        blocks.append(Block(foot if c.furniture == "both" else head + foot, column=False))
    text = render(blocks, c, rng)
    return text, {"articles": truth_articles}, sorted(tags), furniture
