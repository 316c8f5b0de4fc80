"""Compose one newspaper page from stories: the page text, its truth and its convention tags.

Every convention is an independent random choice with the rate given here and in README.md. The
truth follows the issue and the bundled page's truth: a dateline that opens the body is the byline
(cut from the first paragraph); captions printed with an article are its paragraphs in page order,
with their credits; a photo that stands alone is an item of kind "photo" whose credit is its byline;
trailers and boxes stay in the body; authors are the byline's names.
"""

from __future__ import annotations

import datetime
import random
import re

from .texts import Photo, Story, parse_people
from .typeset import CLOSING, Column, cells, ocr_spaces, wrap

SECTIONS = ["要闻", "经济", "社会", "文化", "评论", "国际", "法治", "政治", "生态", "综合", "民生", "地方"]
COLUMN_TAGS = [
    "经济聚焦",
    "新春走基层",
    "话说新农村",
    "民生一线",
    "一线调研",
    "法治头条",
    "绿色家园",
    "微观",
    "暖闻热评",
]
PLACES = ["日本", "美国", "德国", "巴西", "南非", "广西", "新疆", "俄罗斯", "埃及", "法国"]
WEEKDAYS = "一二三四五六日"
# invented names for furniture, added correspondents, trailers and photo credits
NAMES = [
    "张文青",
    "王友欣",
    "刘  海",
    "陈晓明",
    "李  欣",
    "赵宇航",
    "孙立新",
    "周  颖",
    "吴凡",
    "郑海涛",
    "黄  海",
    "曹金娟",
    "许金松",
    "马  骏",
    "胡佳怡",
    "高  远",
    "林晓燕",
    "何  平",
    "罗志刚",
    "宋  扬",
    "谢文静",
    "韩  冰",
    "唐思远",
    "冯  瑶",
    "董立军",
    "袁晓雯",
    "邓  超",
    "蒋一鸣",
    "沈丽华",
    "魏  东",
]
# an in-body question subhead and the one-line sub-subhead printed under it
QUESTIONS = [
    "山要怎么分？",
    "钱从哪里来？",
    "难题怎么破？",
    "人从哪里来？",
    "效果怎么样？",
    "下一步怎么干？",
    "路子怎么找？",
]
ANSWERS = [
    "因地制宜，分类施策",
    "多方协同，形成合力",
    "建章立制，久久为功",
    "创新机制，激活资源",
    "精准对接，各取所需",
]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
END_PUNCT = tuple("。！？…”」）；：")


def squash(text: str) -> str:
    """Whitespace folded to single spaces (how the truth records bylines and titles)."""
    return " ".join(text.split())


def nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def plain(name: str) -> str:
    return nospace(name)


class Page:
    """Page-wide choices; each one independent."""

    def __init__(self, rng: random.Random):
        r = rng.random
        self.rng = rng
        self.width = rng.randint(12, 20)
        self.mixed_widths = r() < 0.35
        mode = r()
        self.heading = "before" if mode < 0.5 else "after" if mode < 0.75 else "mixed"
        self.box_mark = r() < 0.35  # "■ " before reporter bylines
        self.byline_spacing = rng.choice(["  ", "  ", " ", "\u3000"])
        self.ocr = r() < 0.15
        self.indent = r() < 0.08
        self.lost_gap = r() < 0.12
        self.head = r() < 0.85
        self.foot = r() < 0.75
        self.standalone = r() < 0.3
        self.wide_heads = r() < 0.5
        self.tags: set[str] = set()
        self.captions: list[str] = []  # every caption paragraph printed (to tell where the page starts)


def blank(out: list[str]) -> None:
    if out and out[-1] != "":
        out.append("")


def heading_block(page: Page, art: Story, truth: dict, width: int) -> list[str]:
    """Kicker, headline and subtitle lines, with the truth fields they print."""
    rng, r, tags = page.rng, page.rng.random, page.tags
    hw = rng.randint(max(width, 16), 40) if page.wide_heads else rng.randint(width + 4, width + 16)
    lines: list[str] = []

    def sep() -> None:
        if r() < 0.35:
            lines.append("")

    if art.kicker:
        kicker = art.kicker
        if not kicker.endswith("——") and r() < 0.15:
            kicker += "——"
        if kicker.endswith("——"):
            tags.add("kicker_dash")
        kw = rng.randint(max(width, 12), 30)
        kl = wrap(kicker, kw)
        if len(kl) > 1:
            tags.add("kicker_wrapped")
        tags.add("kicker")
        lines += kl
        truth["kicker"] = squash(kicker)
        sep()
    headline = art.headline or ""
    if not headline.endswith("）") and r() < 0.12:
        headline += f"（{rng.choice(COLUMN_TAGS)}）"
    if re.search(r"（[^（）]{2,16}）$", headline):
        tags.add("column_tag")
    if re.search(r"\S(  |\u3000| )\S", headline.split("（")[0]):
        tags.add("two_part_headline")
        gap = rng.choice(["  ", "  ", " ", "\u3000"])
        printed = re.sub(r"(  |\u3000| )", gap, headline)
        hl = [printed]  # a two-part headline stays on one line
    else:
        hl = split_headline(headline) if cells_of(headline) > hw else [headline]
        if len(hl) > 1:
            tags.add("hl_wrapped")
    lines += hl
    truth["headline"] = squash(headline)
    if art.subtitle:
        sub = art.subtitle
        if sub.startswith("——"):
            if r() < 0.3:
                sub = sub[2:]
        elif r() < 0.5:
            sub = "——" + sub
        tags.add("subtitle_dash" if sub.startswith("——") else "subtitle")
        if r() < 0.3:
            lines.append("")
        lines += wrap(sub, rng.randint(max(width, 14), 34))
        truth["subtitle"] = squash(sub)
    return lines


def split_headline(headline: str) -> list[str]:
    """A headline too wide for its space, set in two lines as a typesetter would: before its column
    tag, or after a comma, or else near the middle, never inside quotes, brackets or a number."""
    n = len(headline)
    depth, safe = 0, []
    for k in range(1, n):
        ch = headline[k - 1]
        depth += ch in "“《（‘「" or 0
        depth -= ch in "”》）’」" or 0
        if depth == 0 and not (ch.isascii() and headline[k].isascii()) and headline[k] not in CLOSING:
            safe.append(k)
    tag = re.search(r"（[^（）]+）$", headline)
    if tag and tag.start() in safe and tag.start() >= 0.4 * n:
        k = tag.start()
    else:
        cuts = [k for k in safe if headline[k - 1] in "，、：；？！" and 0.3 * n <= k <= 0.75 * n]
        pool = cuts or safe or [(n + 1) // 2]
        k = min(pool, key=lambda c: abs(c - n / 2))
    return [headline[:k], headline[k:]]


def cells_of(text: str) -> float:
    return sum(cells(c) for c in text)


def print_byline(page: Page, text: str) -> str:
    """The byline as printed: the page's spacing, a "■", OCR letter-spacing."""
    out = text.replace("  ", page.byline_spacing)
    if page.ocr and page.rng.random() < 0.5:
        m = re.match(r"^(本报记者|本报通讯员)", out)
        if m:
            out = " ".join(m.group(1)) + " " + out[m.end() :].lstrip()
    return out


def byline_block(page: Page, art: Story, truth: dict) -> list[str]:
    rng, r, tags = page.rng, page.rng.random, page.tags
    if not art.byline:
        return []
    byline = art.byline
    lines = []
    if byline.startswith("本报记者"):
        people = parse_people(byline)
        if len(people) == 1 and r() < 0.12:
            byline = f"本报驻{rng.choice(PLACES)}记者  " + byline[len("本报记者") :].strip()
            tags.add("byline_zhu")
        if len(people) > 1:
            tags.add("byline_multi")
        if re.search(r"(^|\s)\S\s+\S(\s|$)", byline[4:]):
            tags.add("byline_spaced_name")
        mark = "■ " if page.box_mark else ""
        if mark:
            tags.add("byline_box")
        lines.append(mark + print_byline(page, byline))
        if r() < 0.1:
            extra = "本报通讯员  " + "  ".join(rng.sample(NAMES, rng.choice([1, 1, 2])))
            lines.append(print_byline(page, extra))
            byline = byline + "  " + extra
            tags.add("byline_tongxunyuan")
    else:
        people = parse_people(byline)
        if people and all(role == "" for role, _ in people):
            tags.add("byline_bare")
        else:
            tags.add("byline_other")
        lines.append(print_byline(page, byline))
    truth["byline"] = squash(byline)
    truth["authors"] = [{"role": role, "name": plain(name)} for role, name in parse_people(byline)]
    return lines


def dateline_text(page: Page, art: Story, truth: dict) -> str:
    """The dateline as printed at the head of the first paragraph ("" when there is none)."""
    rng, r, tags = page.rng, page.rng.random, page.tags
    if not art.dateline:
        return ""
    m = re.match(r"^(\S+?电)\s*(（.*）)?$", art.dateline)
    text = art.dateline
    paren = m.group(2) if m else None
    if m:
        head = m.group(1)
        people = parse_people(art.dateline)
        roles = {role for role, _ in people}
        if head.startswith("本报") and paren and len(roles) == 1 and "" not in roles and r() < 0.25:
            role = roles.pop()
            if r() < 0.3:
                role = "通讯员"  # a local paper's 本报讯 often credits a correspondent
            inner = f"{role} " + " ".join(name for _, name in people)
            if r() < 0.2:
                other = "通讯员" if role == "记者" else "记者"
                inner += f" {other} " + rng.choice(NAMES).replace("  ", "")
            text = "本报讯" + (" " if page.ocr and r() < 0.5 else "") + f"（{inner}）"
            tags.add("dateline_xun")
        else:
            gap = rng.choice(["  ", "  ", " ", ""]) if paren else ""
            text = head + (gap + paren if paren else "")
            tags.add("dateline_xinhua" if "新华社" in head else "dateline_benbao")
    truth["byline"] = squash(text)
    truth["authors"] = [{"role": role, "name": plain(name)} for role, name in parse_people(text)]
    # after the parentheses the body runs on; a bare dateline is followed by a gap
    after = (" " if page.ocr and r() < 0.5 else "") if paren else rng.choice(["  ", "  ", " "])
    return text + after


def credit_lines(credit: str, width: int) -> list[str]:
    """A credit line runs on one line up to 22 cells, wider than a narrow column if need be."""
    return wrap(credit, max(width, min(cells_of(credit), 22)))


def caption_blocks(page: Page, photos: list[Photo], width: int) -> list[tuple[list[str], str]]:
    """Caption (and credit) blocks as (printed lines, truth paragraph); one block per paragraph."""
    rng, r, tags = page.rng, page.rng.random, page.tags
    photos = [Photo(p.caption, p.credit) for p in photos]
    if len(photos) > 1 and not any(p.caption.startswith("图") for p in photos) and r() < 0.5:
        for k, p in enumerate(photos[:10]):
            p.caption = f"图{CIRCLED[k]}：{p.caption}"
    if any(re.match(r"^图[①-⑩]", p.caption) for p in photos):
        tags.add("photo_numbered")
    mode = rng.choices(["end", "own", "all"], [45, 40, 15])[0]
    credited = [p for p in photos if p.credit and p.credit.endswith("摄") and not p.credit.startswith("以上")]
    summary = None
    if mode == "all" and len(photos) > 1 and len(credited) == len(photos):
        summary = "以上图片均为" + credited[0].credit
        for p in photos:
            p.credit = None
    elif mode == "all":
        mode = "end"
    for p in photos:
        if p.credit and p.credit.endswith("摄") and not p.credit.startswith(("本报", "以上")) and r() < 0.1:
            p.credit = p.credit[:-1] + "供图"
    cw = width if r() < 0.6 else rng.randint(max(width, 20), 40)
    blocks = []
    for p in photos:
        credit = p.credit
        if credit and credit.startswith("以上图片均为"):
            tags.add("photo_credit_all")
            blocks.append((wrap(p.caption, cw), nospace(p.caption)))
            blocks.append((credit_lines(credit, cw), nospace(credit)))
            continue
        if credit and "供图" in credit:
            tags.add("photo_gongtu")
        if credit and mode == "end":
            tags.add("photo_credit_end")
            gap = rng.choice(["\u3000\u3000", "  ", " "])
            # the credit is set whole at the end of the caption's last line (it may run past the column)
            lines = wrap(p.caption, cw)
            lines[-1] += gap + credit
            blocks.append((lines, nospace(p.caption + credit)))
        elif credit:
            tags.add("photo_credit_own")
            lines = wrap(p.caption, cw) + credit_lines(credit, cw)
            # a caption and its credit line: two truth paragraphs, printed with no gap between
            blocks.append((lines, nospace(p.caption) + "\n" + nospace(credit)))
        else:
            blocks.append((wrap(p.caption, cw), nospace(p.caption)))
    if summary:
        tags.add("photo_credit_all")
        blocks.append((credit_lines(summary, cw), nospace(summary)))
    page.captions.extend(text for _, text in blocks)
    return blocks


def article(page: Page, art: Story, width: int, heading: str, photos_at: str) -> tuple[list[str], dict, list]:
    """The printed lines of one article, its truth, and caption blocks that go to the page top."""
    rng, r, tags = page.rng, page.rng.random, page.tags
    truth: dict = {
        "kind": "article",
        "kicker": None,
        "headline": None,
        "subtitle": None,
        "byline": None,
        "authors": [],
        "paragraphs": [],
    }
    heads = heading_block(page, art, truth, width)
    by_lines = byline_block(page, art, truth)
    dateline = dateline_text(page, art, truth)
    if not by_lines and not dateline:
        tags.add("no_byline")
    paras = list(art.paragraphs)
    if len(paras) > 4 and r() < 0.3:
        paras = paras[: rng.randint(3, 5)]
    # boxes inside the article
    pre: list[str] = []  # box paragraphs printed before the body
    if not dateline and len(paras) >= 4 and r() < 0.07:
        pre = ["核心阅读", paras.pop(-2)]
        tags.add("box_hexin")
    elif not dateline and len(paras) >= 3 and r() < 0.05:
        pre = ["编者按：" + paras.pop(1)]
        tags.add("box_bianzhe")
    if art.byline and art.byline.startswith("本报记者") and len(paras) >= 5 and r() < 0.06:
        paras.insert(len(paras) - 2, rng.choice(["记者手记", "■记者手记"]))
    if len(paras) >= 5 and r() < 0.06:
        k = rng.randint(2, len(paras) - 2)
        paras[k:k] = [rng.choice(QUESTIONS), rng.choice(ANSWERS)]
    if any(p in ("记者手记", "■记者手记") for p in paras):
        tags.add("box_shouji")
    if any(p.startswith("编者按") for p in paras):
        tags.add("box_bianzhe")
    if r() < 0.06:
        paras.append(f"（{rng.choice(NAMES).replace('  ', '')}参与采写）")
    if re.match(r"^（.*）$", paras[-1]):
        tags.add("trailer")
    for p in paras[1:]:
        if len(p) <= 20 and p.endswith("？"):
            tags.add("subheads_question")
        elif len(p) <= 20 and not p.endswith(END_PUNCT):
            tags.add("subheads")
    # widths: a short item may run in wider lines
    if len(paras) <= 3 and sum(len(p) for p in paras) <= 400 and r() < 0.4:
        width = rng.randint(22, 34)
        tags.add("wide_short")
    # photos
    caps = caption_blocks(page, art.photos, width) if art.photos and r() < 0.9 else []
    if caps:
        tags.add("photo_" + photos_at)

    out: list[str] = []
    top_caps: list = []
    column = Column(out, rng.randint(10, 40), rng, start=rng.randint(0, 9))
    order: list[str] = []  # truth paragraphs in page order

    def put_caps(blocks) -> None:
        for lines, text in blocks:
            blank(out)
            out.extend(ocr_spaces(x, rng) if page.ocr else x for x in lines)
            order.extend(text.split("\n"))
        blank(out)

    def put_para(text: str, printed: str) -> None:
        lines = wrap(printed, width)
        if page.indent:
            lines = wrap("\u3000\u3000" + printed, width)
        if page.ocr:
            lines = [ocr_spaces(x, rng) for x in lines]
        column.emit(lines)
        order.append(text)
        if page.indent:
            return
        if page.lost_gap and r() < 0.2:
            tags.add("lost_gap")
            return
        blank(out)

    if heading == "before":
        out.extend(heads)
        blank(out)
    before = photos_at == "before" and caps
    if before and r() < 0.5:
        put_caps(caps)
        before = False
    if by_lines:
        out.extend(ocr_spaces(x, rng, stray=False) if page.ocr else x for x in by_lines)
        if r() < 0.8:
            blank(out)
    if before:
        put_caps(caps)
    if photos_at == "top" and caps:
        top_caps = caps
        order.extend(t for _, text in caps for t in text.split("\n"))
    for p in pre:
        put_para(p, p)
    mid = rng.randint(1, len(paras) - 1) if photos_at == "mid" and caps and len(paras) >= 2 else -1
    for k, p in enumerate(paras):
        if k == mid:
            put_caps(caps)
        put_para(p, (dateline + p) if k == 0 else p)
    if photos_at == "after" and caps:
        put_caps(caps)
    if heading == "after":
        blank(out)
        out.extend(heads)
    blank(out)
    truth["paragraphs"] = order
    return out, truth, top_caps


def standalone_photo(page: Page, story: Story) -> tuple[list[str], dict]:
    rng, r, tags = page.rng, page.rng.random, page.tags
    tags.add("photo_standalone")
    k = rng.randint(1, min(2, len(story.photos)))
    start = rng.randint(0, len(story.photos) - k)
    captions = [re.sub(r"^图[①-⑩]：", "", p.caption) for p in story.photos[start : start + k]]
    name = rng.choice(NAMES)
    title = None
    if r() < 0.5:
        cand = [t for t in (story.kicker, story.headline) if t and len(t) <= 18 and not t.endswith("——")]
        if cand:
            title = cand[0]
            tags.add("photo_standalone_title")
    cw = rng.randint(30, 56) if r() < 0.6 else page.width
    out: list[str] = []
    if title:
        out += [title, ""]
    form = rng.choice(["bundled", "own", "own_box"])
    for n, cap in enumerate(captions):
        last = n == len(captions) - 1
        lines = [ocr_spaces(x, rng) if page.ocr else x for x in wrap(cap, cw)]
        if last and form == "bundled":
            lines[-1] += f" ■ 本报记者 {name}"  # whole, at the end of the last line (as the bundled page)
        out += lines
        if not last:
            out.append("")
    if form == "own":
        out.append(f"本报记者  {name}摄")
    elif form == "own_box":
        out.append(f"■ 本报记者  {name}")
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": title,
        "subtitle": None,
        "byline": "本报记者 " + plain(name),
        "authors": [{"role": "记者", "name": plain(name)}],
        "paragraphs": [nospace(c) for c in captions],
    }
    page.captions.extend(truth["paragraphs"])
    return out, truth


def furniture(page: Page, date: str, number: int) -> tuple[list[str], list[str]]:
    rng, r = page.rng, page.rng.random
    try:
        d = datetime.date.fromisoformat(date)
    except ValueError:
        d = datetime.date(2026, 1, 2)
    section = rng.choice(SECTIONS)
    day = f"{d.year}年{d.month}月{d.day}日"
    week = f"星期{WEEKDAYS[d.weekday()]}"
    head: list[str] = []
    if page.head:
        page.tags.add("furniture_head")
        form = rng.randrange(3)
        if form == 0:
            head = [f"{number}  {section}  {day}  {week}"]
        elif form == 1:
            head = [f"{day}  {week}", section, str(number)]
        else:
            head = [f"人民日报  {day}  {week}", f"{section}  {number}"]
    foot: list[str] = []
    if page.foot:
        page.tags.add("furniture_foot")
        editors = "  ".join(rng.sample(NAMES, rng.randint(1, 3)))
        design = f"版式设计：{rng.choice(NAMES)}"
        foot = [f"本版责编：{editors}  {design}"] if r() < 0.5 else [f"本版责编：{editors}", design]
    return head, foot


def compose(
    stories: list[Story], photo_stories: list[Story], rng: random.Random
) -> tuple[str, dict, list[str], list[str]]:
    """One page from `stories` (the articles, in order): its text, truth, sorted tags and the
    names of the stories it used (a stand-alone photo's story among them)."""
    page = Page(rng)
    r = rng.random
    head, foot = furniture(page, stories[0].date, rng.randint(1, 20))
    if page.mixed_widths:
        page.tags.add("widths_mixed")
    if page.ocr:
        page.tags.add("ocr_spaces")
    if page.indent:
        page.tags.add("indent")
    items: list[tuple[list[str], dict]] = []
    top: list = []
    top_taken = False
    headings = []
    for story in stories:
        width = rng.randint(12, 20) if page.mixed_widths else page.width
        heading = page.heading if page.heading != "mixed" else rng.choice(["before", "after"])
        headings.append(heading)
        place = rng.choices(["before", "after", "top", "mid"], [35, 35, 15, 15])[0]
        if place == "top" and (top_taken or not story.photos):
            place = "before"
        lines, truth, top_caps = article(page, story, width, heading, place)
        if top_caps:
            top_taken = True
            top = top_caps
        items.append((lines, truth))
    page.tags.add("hl_before" if "before" in headings else "hl_after")
    if "after" in headings:
        page.tags.add("hl_after")
    if len(set(headings)) > 1:
        page.tags.add("hl_mixed")
    used = [story.name for story in stories]
    if page.standalone and photo_stories:
        source = rng.choice(photo_stories)
        used.append(source.name)
        items.insert(rng.randint(0, len(items)), standalone_photo(page, source))
    out: list[str] = list(head)
    if head:
        out.append("")
    if top:
        for lines, _ in top:
            out.extend(ocr_spaces(x, rng) if page.ocr else x for x in lines)
            out.append("")
    for lines, _ in items:
        blank(out)
        if r() < 0.2:
            out.append("")
        out.extend(lines)
    blank(out)
    out.extend(foot)
    text = "\n".join(out).strip("\n") + "\n"
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    # where the page starts (after its running head)
    body_start = text.split("\n")[len(head) + (1 if head else 0) :]
    start = next((x for x in body_start if x.strip()), "")
    if start and any(nospace(start) in c for c in page.captions):
        page.tags.add("starts_with_caption")
    elif start and (start.lstrip("■ ").startswith(("本报记者", "本 报", "本报驻"))):
        page.tags.add("starts_with_byline")
    truth = {"articles": [t for _, t in items]}
    return text, truth, sorted(page.tags), used
