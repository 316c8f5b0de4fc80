"""One article (or a photo standing alone) as printed: its blocks in page order and its truth.

Every convention is its own draw from the page's random generator: kicker, column tag, two-part
headline, subtitle, byline form, inline dateline, boxes, subheads, trailers, photos and their
credits, where the photos go and whether the headline is printed before or after the body. A block
records what is printed (`text`) and what the truth keeps of it (`truth`: a paragraph of the body,
or None for titles, bylines and furniture); the truth's paragraphs are the blocks' truths in page
order, so what is printed and what is scored cannot drift apart.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from benchmarks.layout4.sources import Person, Photo, Story, Texts

PLACES = (
    "北京", "上海", "天津", "重庆", "广州", "南京", "杭州", "成都", "武汉", "西安", "沈阳", "长春",
    "哈尔滨", "济南", "郑州", "长沙", "南昌", "合肥", "福州", "昆明", "贵阳", "南宁", "兰州",
    "西宁", "银川", "拉萨", "乌鲁木齐", "呼和浩特", "太原", "石家庄", "海口", "深圳",
)  # fmt: skip
ABROAD = ("美国", "日本", "俄罗斯", "法国", "德国", "英国", "埃及", "巴西", "南非", "印度", "泰国", "意大利")
COLUMN_TAGS = (
    "经济聚焦", "新春走基层", "话说新农村", "人民论坛", "今日谈", "记者调查", "一线视角", "产经观察",
    "环球走笔", "暖闻热评", "民生一线", "人民时评", "评论员观察", "直击现场",
)  # fmt: skip
PHOTO_AGENCIES = ("人民视觉", "影像中国", "新华社发", "人民图片")
SCHOLARS = (
    "中国社会科学院研究员", "北京大学教授", "中国人民大学马克思主义学院副教授",
    "国务院发展研究中心研究员", "清华大学公共管理学院教授", "中央党校（国家行政学院）教授",
)  # fmt: skip
QUESTIONS = ("{x}怎么办？", "{x}难在哪里？", "如何{x}？", "{x}从何而来？", "{x}要怎么做？")
CIRCLED = "①②③④⑤⑥"
CLOSE = "，。、；：！？”’）》」』…"


@dataclass
class Block:
    """One printed element: `flow` blocks are set in the article's columns, others on lines of their own."""

    role: str
    text: str
    truth: str | None = None
    flow: bool = True
    width: int = 16
    indent: bool = True
    ocr: bool = True


@dataclass
class Printed:
    """An article's blocks in page order, its truth, and the conventions it used."""

    blocks: list[Block]
    truth: dict
    tags: set[str] = field(default_factory=set)
    top: bool = False
    """Its first blocks are photos set at the top of the page."""


def spaced(name: str) -> str:
    """A name as a byline prints it: two characters letter-spaced (`姜  峰`), longer ones as they are."""
    return "  ".join(name) if len(name) == 2 else name


def squeeze(text: str) -> str:
    """`text` without whitespace."""
    return re.sub(r"\s+", "", text)


def fold(text: str) -> str:
    """Runs of whitespace as one space (how the truth records a printed byline)."""
    return " ".join(text.split())


def clauses(text: str, low: int, high: int) -> list[str]:
    """The clauses of `text` (between punctuation) whose length is in [low, high], without quotes."""
    parts = re.split(r"[，。；：！？（）“”‘’《》\s]", text)
    return [
        p
        for p in parts
        if low <= len(p) <= high
        and re.fullmatch(r"[\u4e00-\u9fff0-9０-９、]+", p)
        and not p.endswith(("电", "讯"))
    ]


def phrase(clause: str) -> bool:
    """Can this clause stand as a title line (no figures, not opening on a preposition or conjunction)?"""
    return (
        not re.search(r"[0-9０-９]|记者|通讯员|摄|图为", clause)
        and clause[0] not in "与在从对但而据并和为将把被由就也又如则有"
    )


def pick_people(rng: random.Random, names: list[str], n: int) -> list[str]:
    """`n` different names."""
    return rng.sample(names, n)


def date_text(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


@dataclass
class Byline:
    """A byline or dateline as printed, with the truth's byline string and people."""

    lines: list[str]
    people: list[Person]
    tag: str
    dateline: str | None = None
    """Printed before the first paragraph instead of on lines of its own."""


def top_byline(rng: random.Random, story: Story, names: list[str], width: int) -> Byline:
    """A byline set above the body in one of the forms real pages use."""
    if story.bare:
        return Byline([spaced(n) for _, n in story.people[:1]] or [], story.people[:1], "byline_bare")
    if story.people and rng.random() < 0.6:
        people = story.people
    else:
        people = [("记者", n) for n in pick_people(rng, names, rng.choice((1, 1, 1, 2, 3)))]
    reporters = [n for role, n in people if role == "记者"]
    others = [n for role, n in people if role != "记者"]
    if not reporters:
        return Byline(
            ["本报通讯员  " + "  ".join(spaced(n) for n in others)],
            [("通讯员", n) for n in others],
            "byline_plain",
        )
    form = rng.random()
    if len(reporters) > 1:
        line = "本报记者  " + "  ".join(spaced(n) for n in reporters)
        lines = [line]
        if len(squeeze(line)) > width and rng.random() < 0.6:
            cut = rng.randint(1, len(reporters) - 1)
            lines = [
                "本报记者  " + "  ".join(spaced(n) for n in reporters[:cut]),
                "  ".join(spaced(n) for n in reporters[cut:]),
            ]
        if rng.random() < 0.3:
            lines[0] = "■ " + lines[0]
        out = Byline(lines, [("记者", n) for n in reporters], "byline_multi")
    elif form < 0.35:
        out = Byline(
            [rng.choice(("■ ", "■", "■  ")) + "本报记者  " + spaced(reporters[0])],
            [("记者", reporters[0])],
            "byline_box",
        )
    elif form < 0.5:
        where = rng.choice(ABROAD)
        out = Byline(
            [f"本报驻{where}记者  {spaced(reporters[0])}"], [("记者", reporters[0])], "byline_stationed"
        )
    elif form < 0.6:
        out = Byline([f"新华社记者  {spaced(reporters[0])}"], [("记者", reporters[0])], "byline_xinhua")
    else:
        out = Byline([f"本报记者  {spaced(reporters[0])}"], [("记者", reporters[0])], "byline_plain")
    helpers = others or (pick_people(rng, names, rng.choice((1, 2))) if rng.random() < 0.15 else [])
    if helpers:
        out.lines.append("本报通讯员  " + "  ".join(spaced(n) for n in helpers))
        out.people = out.people + [("通讯员", n) for n in helpers]
        out.tag += "+helpers"
    return out


def dateline(rng: random.Random, story: Story, names: list[str]) -> Byline:
    """An inline dateline (`本报北京1月1日电  （记者X）`) that opens the first paragraph."""
    if story.dateline is not None:
        people = story.dateline_people
        lead, _, rest = story.dateline.partition("（")
        gap = rng.choice(("  ", "", " "))
        printed = lead.rstrip() + (gap + "（" + rest if rest else "")
        return Byline([], people, "dateline_source", dateline=printed)
    kind = rng.random()
    who = pick_people(rng, names, rng.choice((1, 1, 2)))
    if kind < 0.45:
        gap = rng.choice(("  ", "", " "))
        people = [("记者", n) for n in who]
        printed = f"本报{rng.choice(PLACES)}{date_text(rng)}电{gap}（记者{'、'.join(who)}）"
        tag = "dateline_benbao"
    elif kind < 0.7:
        people = [("记者", n) for n in who]
        printed = f"新华社{rng.choice(PLACES + ABROAD)}{date_text(rng)}电（记者{'、'.join(who)}）"
        tag = "dateline_xinhua"
    else:
        role = rng.choice(("记者", "通讯员"))
        people = [(role, who[0])]
        inner = f"{role} {who[0]}"
        if len(who) > 1:
            people.append(("通讯员", who[1]))
            inner = f"记者 {who[0]} 通讯员 {who[1]}"
            people[0] = ("记者", who[0])
        printed = f"本报讯{rng.choice(('', ' '))}（{inner}）"
        tag = "dateline_xun"
    return Byline([], people, tag, dateline=printed)


def credit_text(rng: random.Random, photo: Photo, spaced_name: bool = True) -> str:
    """A photo credit (`黄  海摄（人民视觉）`, `本报记者  张三摄`); the truth keeps it `squeeze`d."""
    org = photo.org or rng.choice(("", "", "本报记者", "新华社记者"))
    name = spaced(photo.name) if spaced_name else photo.name
    text = (org + "  " if org else "") + name + "摄"
    if not org and rng.random() < 0.35:
        text += f"（{rng.choice(PHOTO_AGENCIES)}）"
    return text


def photo_pairs(
    rng: random.Random, photos: list[Photo], tags: set[str]
) -> tuple[list[tuple[str, str | None]], str]:
    """(caption, credit) for 1998 photos, numbered or not, and the `以上图片均为X摄` line when one
    credit covers them all (then no caption has its own)."""
    numbered = len(photos) > 1 and rng.random() < 0.7
    together = numbered and rng.random() < 0.3
    pairs: list[tuple[str, str | None]] = []
    for n, photo in enumerate(photos):
        caption = (f"图{CIRCLED[n]}：" if numbered else "") + photo.caption
        if together:
            pairs.append((caption, None))
        elif rng.random() < 0.12:
            credit = rng.choice(
                ("受访者供图", f"{rng.choice(PLACES)}市委宣传部供图", f"{spaced(photo.name)}供图")
            )
            pairs.append((caption, credit if rng.random() < 0.5 else squeeze(credit)))
            tags.add("credit_supplied")
        else:
            pairs.append((caption, credit_text(rng, photo)))
    if numbered:
        tags.add("captions_numbered")
    if together:
        org = photos[0].org or rng.choice(("本报记者", ""))
        tags.add("credit_all")
        return pairs, f"以上图片均为{org}{photos[0].name}摄"
    return pairs, ""


def article_photos(
    rng: random.Random, pairs: list[tuple[str, str | None]], last: str, width: int, tags: set[str]
) -> list[Block]:
    """The caption blocks of an article's photos: each credit on a line of its own (a paragraph of its
    own in the truth) or at its caption's end (part of the caption's paragraph); `last` closes them."""
    own_line = rng.random() < 0.55
    blocks = []
    for caption, credit in pairs:
        if credit is None:
            blocks.append(Block("caption", caption, caption, width=width, indent=False))
        elif own_line:
            blocks.append(Block("caption", caption, caption, width=width, indent=False))
            blocks.append(Block("credit", credit, squeeze(credit), flow=False, indent=False))
            tags.add("credit_line")
        else:
            if not credit.startswith("以上") and rng.random() < 0.3:
                credit = f"（{credit}）"
            printed = caption + rng.choice(("  ", "　　", " ", "")) + credit
            blocks.append(Block("caption", printed, caption + squeeze(credit), width=width, indent=False))
            tags.add("credit_end")
        if credit and credit.startswith("以上"):
            tags.add("credit_all")
        if credit and "供图" in credit:
            tags.add("credit_supplied")
    if last:
        blocks.append(Block("credit", last, last, flow=False, indent=False))
    return blocks


def subhead(rng: random.Random, paragraph: str) -> list[str]:
    """An in-body subhead for `paragraph` (a clause of it), or a question over a one-line sub-subhead."""
    short = clauses(paragraph, 5, 12)
    if not short:
        return []
    if rng.random() < 0.4:
        core = [c for c in clauses(paragraph, 3, 6) if phrase(c)] or [c[:5] for c in short if phrase(c)]
        if not core:
            return [rng.choice(short)]
        question = rng.choice(QUESTIONS).format(x=rng.choice(core))
        longer = clauses(paragraph, 8, 16)
        return [question, rng.choice(longer)] if longer else [question]
    return [rng.choice(short)]


def body_blocks(
    rng: random.Random, story: Story, paragraphs: list[str], width: int, tags: set[str], donor: list[str]
) -> list[Block]:
    """The body: boxes and subheads around the story's paragraphs (all of them body text). A box
    retells sentences of `donor` (the story's own text), as a summary or an editor's note does."""
    blocks = [Block("body", p, p, width=width) for p in paragraphs]
    if len(blocks) >= 4 and rng.random() < 0.15:
        at = sorted(
            rng.sample(range(2, len(blocks)), min(len(blocks) - 2, rng.choice((1, 2, 3)))), reverse=True
        )
        for n in at:
            heads = subhead(rng, blocks[n].text)
            if len(heads) == 2:
                tags.add("subhead_question")
            for text in reversed(heads):
                blocks.insert(n, Block("subhead", text, text, flow=False, indent=False))
            if heads:
                tags.add("subheads")
    sentences = [s + "。" for p in donor for s in p.split("。") if 15 <= len(s) <= 60]
    if sentences and rng.random() < 0.08:
        summary = "".join(rng.sample(sentences, min(len(sentences), rng.choice((2, 3)))))
        box = [
            Block("box", "核心阅读", "核心阅读", flow=False, indent=False),
            Block("box", summary, summary, width=width),
        ]
        blocks = box + blocks
        tags.add("box_core")
    elif sentences and rng.random() < 0.07:
        note = "编者按：" + "".join(rng.sample(sentences, min(len(sentences), 2)))
        blocks.insert(0, Block("box", note, note, width=width))
        tags.add("box_editor")
    if sentences and rng.random() < 0.07:
        text = "".join(rng.sample(sentences, min(len(sentences), rng.choice((2, 3)))))
        blocks += [
            Block("box", "记者手记", "记者手记", flow=False, indent=False),
            Block("box", text, text, width=width),
        ]
        tags.add("box_notes")
    return blocks


def trailer(rng: random.Random, last: str, names: list[str], people: list[Person]) -> str | None:
    """A trailer closing the body (`（作者为…，本报记者X整理）`, `（X参与采写）`), or None."""
    if rng.random() >= 0.14 or last.startswith("（"):
        return None
    if people and all(role == "" for role, _ in people):
        if rng.random() < 0.6:
            return f"（作者为{rng.choice(SCHOLARS)}，本报记者{rng.choice(names)}整理）"
        return f"（本报记者{rng.choice(names)}采访整理）"
    return rng.choice((f"（{rng.choice(names)}参与采写）", f"（实习生{rng.choice(names)}参与采写）"))


def headline_lines(rng: random.Random, story: Story, width: int, tags: set[str]) -> tuple[list[str], str]:
    """The headline as printed (one or two lines) and as the truth records it."""
    headline = story.headline
    if "（" not in headline[-12:] and rng.random() < 0.15:
        headline += f"（{rng.choice(COLUMN_TAGS)}）"
    if "（" in headline and headline.endswith("）"):
        tags.add("headline_column_tag")
    parts = headline.split("，")
    if len(parts) == 2 and all(3 <= len(p) <= 12 for p in parts) and rng.random() < 0.5:
        headline = "  ".join(parts)
    if re.search(r"\S {2}\S", headline):
        tags.add("headline_two_part")
    lines = [headline]
    cut = headline.find("，") + 1
    if len(headline) > width + 2 and 4 <= cut <= len(headline) - 4 and rng.random() < 0.3:
        lines = [headline[:cut], headline[cut:]]  # the comma ends the first line: one headline, wrapped
        tags.add("headline_two_lines")
    return lines, headline


def compose(rng: random.Random, story: Story, texts: Texts, width: int, page: dict) -> Printed:
    """One article of a page: choose its conventions and print it."""
    tags: set[str] = set()
    names = texts.names
    cap = rng.choice((400, 700, 1000, 1500, 2200))
    paragraphs: list[str] = []
    for p in story.paragraphs:
        if paragraphs and sum(map(len, paragraphs)) + len(p) > cap:
            break
        paragraphs.append(p)
    # the head stack
    head: list[Block] = []
    kicker = story.kicker
    if kicker is None and rng.random() < 0.3:
        pool = [c for c in clauses(" ".join(story.paragraphs[1:]), 8, 26) if phrase(c)]
        kicker = rng.choice(pool) if pool else None
    if kicker is not None:
        printed = kicker
        if not kicker.endswith("——") and rng.random() < 0.25:
            printed = kicker + "——"
        head.append(Block("kicker", printed, flow=False, indent=False, ocr=False))
        tags.add("kicker")
        tags.update({"kicker_long"} if len(kicker) > width else set())
        tags.update({"kicker_dash"} if printed.endswith("——") else set())
    lines, headline = headline_lines(rng, story, width, tags)
    head += [Block("headline", line, flow=False, indent=False, ocr=False) for line in lines]
    subtitle = story.subtitle
    if subtitle is None and rng.random() < 0.18:
        pool = [c for c in clauses(" ".join(story.paragraphs), 8, 22) if phrase(c)]
        subtitle = rng.choice(pool) if pool else None
    if subtitle is not None:
        dash = rng.random() < 0.55
        head.append(Block("subtitle", ("——" if dash else "") + subtitle, flow=False, indent=False, ocr=False))
        tags.add("subtitle_dash" if dash else "subtitle")
    # byline or dateline
    if story.dateline is not None or (not story.bare and rng.random() < 0.3):
        by = dateline(rng, story, names)
    elif not story.bare and not story.people and rng.random() < 0.08:
        by = Byline([], [], "byline_none")
    else:
        by = top_byline(rng, story, names, width)
    tags.add(by.tag.split("+")[0])
    if "+helpers" in by.tag:
        tags.add("byline_two_roles")
    body = body_blocks(rng, story, paragraphs, width, tags, story.paragraphs)
    if by.dateline is not None:
        first = next(b for b in body if b.role == "body")
        first.text = by.dateline + rng.choice(("", " ", "  ")) + first.text
    end = trailer(rng, paragraphs[-1], names, by.people)
    if end:
        body.append(Block("trailer", end, end, width=width))
        tags.add("trailer")
    # photos
    photos: list[Block] = []
    where = None
    own = story.captions and rng.random() < 0.85
    if own or (texts.photos and rng.random() < page["photo_rate"]):
        if own:
            pairs, last = story.captions[:4], ""
            if any(re.match(r"图[①-⑩]", c) for c, _ in pairs):
                tags.add("captions_numbered")
        else:
            chosen = rng.sample(texts.photos, min(len(texts.photos), rng.choice((1, 1, 2, 3))))
            pairs, last = photo_pairs(rng, chosen, tags)
        cap_width = width if rng.random() < 0.5 else rng.randint(20, 36)
        photos = article_photos(rng, pairs, last, cap_width, tags)
        where = rng.choices(("top", "before_byline", "before_body", "after"), (0.2, 0.15, 0.2, 0.45))[0]
        tags.add(f"photos_{where}")
    byline_blocks = [Block("byline", line, flow=False, indent=False) for line in by.lines]
    after = rng.random() < page["headline_after"]
    tags.add("headline_after" if after else "headline_before")
    order: list[Block] = []
    if where == "top":
        order += photos
    if not after:
        order += head
    if where == "before_byline":
        order += photos
    order += byline_blocks
    if where == "before_body":
        order += photos
    order += body
    if where == "after":
        order += photos
    if after:
        order += head
    for block in order:
        if block.flow and block.role in ("body", "box", "trailer"):
            block.width = width
    truth = {
        "kind": "article",
        "kicker": kicker.rstrip("—") if kicker else None,
        "headline": headline,
        "subtitle": subtitle,
        "byline": fold(by.dateline if by.dateline is not None else " ".join(by.lines).lstrip("■ ")) or None,
        "authors": [{"role": role, "name": name} for role, name in by.people],
        "paragraphs": [b.truth for b in order if b.truth],
    }
    return Printed(order, truth, tags, top=where == "top")


def standalone_photo(rng: random.Random, photo: Photo, width: int) -> Printed:
    """A photo standing alone (kind photo): caption, credit as its byline, with or without a title."""
    tags = {"photo_alone"}
    form = rng.random()
    caption = photo.caption
    if form < 0.3:
        org = photo.org or "本报记者"
        credit = f"{org} {photo.name}"
        printed = caption + rng.choice((" ", "  ")) + "■ " + credit
        blocks = [Block("caption", printed, caption, width=width, indent=False)]
        people = [("记者", photo.name)]
        tags.add("photo_credit_box")
    elif form < 0.65:
        credit = credit_text(rng, photo)
        blocks = [
            Block("caption", caption, caption, width=width, indent=False),
            Block("credit", credit, flow=False, indent=False),
        ]
        # the role word printed, if any
        people = [("记者" if "记者" in (photo.org or "") else "", photo.name)]
        tags.add("photo_credit_line")
    else:
        credit = (photo.org or "") + photo.name + "摄"
        printed = caption + f"（{credit}）"
        blocks = [Block("caption", printed, caption, width=width, indent=False)]
        people = [("记者" if "记者" in (photo.org or "") else "", photo.name)]
        tags.add("photo_credit_end")
    title = None
    if rng.random() < 0.55:
        title = photo.title
        title_block = Block("photo_title", title, flow=False, indent=False, ocr=False)
        blocks = [title_block] + blocks if rng.random() < 0.65 else blocks + [title_block]
        tags.add("photo_title")
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": title,
        "subtitle": None,
        "byline": squeeze(credit),
        "authors": [{"role": role, "name": name} for role, name in people],
        "paragraphs": [caption],
    }
    return Printed(blocks, truth, tags)
