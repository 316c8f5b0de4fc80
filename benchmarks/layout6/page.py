"""One laid-out page: every convention an independent seeded choice, the printed text and its truth.

A page is a running head, a foot (本版责编/版式设计), articles and standalone photos. Each article is
printed from a real story: its title stack (kicker, headline, subtitle: wrapped or not, blank lines
between or not), its byline (as printed, with ■, letter-spaced, folded, turned into a 本报讯 dateline
or a 本报驻X记者 line), its body cut into lines at its column width and into columns with a blank line
at each column break (even mid-sentence), boxes and subheads, and its photos' captions before the
body, after it or at the top of the page. The truth is what a careful annotator writes for it (see
`benchmarks/make_validation6.py` for the choices).
"""

from __future__ import annotations

import datetime
import math
import random
import re
from dataclasses import dataclass, field

from .noise import digit_spaces, inner_space, letterspace
from .stories import Photo, Story, byline_authors, fold, join_spaced, split_role
from .typeset import cells, wrap

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
WEEKDAYS = "一二三四五六日"
SECTIONS = (
    "要闻",
    "经济",
    "社会",
    "文化",
    "评论",
    "国际",
    "政治",
    "生态",
    "综合",
    "读者来信",
    "科技",
    "体育",
)
# the province of a city in a 本报X电 dateline (for 本报驻X记者 bylines)
PROVINCE = {
    "南宁": "广西",
    "成都": "四川",
    "贵阳": "贵州",
    "杭州": "浙江",
    "南京": "江苏",
    "合肥": "安徽",
    "昆明": "云南",
    "沈阳": "辽宁",
    "太原": "山西",
    "乌鲁木齐": "新疆",
}


@dataclass
class Ctx:
    """The page's choices that every article follows."""

    rng: random.Random
    head_mode: str  # before / after / mixed
    para_mode: str  # blank / tight / indent
    kinsoku: str  # hang / push / none
    widths: list[int]
    caption_width: int
    p_digit: float
    p_inner: float
    letterspace_ok: bool
    names: list[str] = field(default_factory=list)  # real names for correspondents and editors
    subheads: list[tuple[str, str]] = field(default_factory=list)  # (story key, real subhead)
    questions: list[tuple[str, str]] = field(default_factory=list)  # (story key, short question)
    tags: set[str] = field(default_factory=set)


@dataclass
class Printed:
    """An item as printed (regions of lines) and its truth."""

    truth: dict
    regions: list[list[str]]  # in page order; joined with one blank line
    top: list[str] = field(default_factory=list)  # captions printed at the top of the page


def sentences(text: str) -> list[str]:
    """`text` cut after 。！？ (a closing quote stays with its sentence)."""
    return [s for s in re.findall(r"[^。！？]*[。！？]+[”’]?", text) if s]


def credit_authors(credit: str) -> list[dict]:
    """The photographers a credit names (`黄  海摄（人民视觉）` -> 黄海); none for 供图 or 资料图片."""
    text = re.sub(r"（[^）]*）$", "", join_spaced(credit)).strip()
    text = re.sub(r"^以上图片均为", "", text)
    if not re.search(r"摄(影报道)?$", text):
        return []
    return byline_authors(text)


# ----------------------------------------------------------------------------- body


def _units(story: Story, ctx: Ctx, tags: set[str]) -> tuple[list[tuple[str, str]], int]:
    """(the story's body as (kind, printed text) units, the index of its first paragraph).

    The body is cut, with the boxes and subheads this page adds.
    """
    rng = ctx.rng
    blocks = [(b.kind, b.text) for b in story.blocks]
    # a long story is often cut: keep a prefix of five or more blocks (the trailer goes with the cut)
    if len(blocks) > 8 and rng.random() < 0.6:
        blocks = blocks[: rng.randint(5, len(blocks) - 1)]
    while len(blocks) > 2 and blocks[-1][0] in ("subhead", "boxhead"):
        blocks.pop()
    has_sub = any(k == "subhead" for k, _ in blocks)
    paras = [i for i, (k, _) in enumerate(blocks) if k == "para"]
    # subheads the page adds, from the real subheads of other stories of the split (a subhead is a
    # short unpunctuated line; its words do not matter to the layout, and copying a clause of the
    # paragraph under it would print the same words twice)
    subheads = [t for k, t in ctx.subheads if k != story.key]
    questions = [t for k, t in ctx.questions if k != story.key]
    if not has_sub and len(paras) >= 5 and subheads and rng.random() < 0.3:
        for i in sorted(rng.sample(paras[1:], min(rng.randint(1, 3), len(paras) - 1)), reverse=True):
            blocks.insert(i, ("subhead", rng.choice(subheads)))
        tags.add("subhead")
    if len(paras) >= 4 and questions and rng.random() < 0.3:
        i = rng.choice([j for j, (k, _) in enumerate(blocks) if k == "para"][2:] or [len(blocks) - 1])
        blocks.insert(i, ("subhead", rng.choice(questions)))
        if subheads and rng.random() < 0.7:
            blocks.insert(i + 1, ("subhead", rng.choice(subheads)))
        tags.add("subhead_question")
    # boxes: 核心阅读 or 编者按 over the body, 记者手记 over its last paragraphs
    lead = 0
    body_sents = [s for k, t in blocks[1:] if k == "para" for s in sentences(t) if 12 <= len(s) <= 70]
    box = rng.random()
    if box < 0.12 and len(body_sents) >= 2:
        summary = "".join(rng.sample(body_sents, 2))
        blocks[0:0] = [("boxhead", "核心阅读"), ("para", summary)]
        lead = 2
        tags.add("box_core")
    elif box < 0.2 and body_sents:
        blocks.insert(0, ("para", "编者按：" + rng.choice(body_sents)))
        lead = 1
        tags.add("box_editor")
    elif box < 0.28 and len(paras) >= 5:
        last = [j for j, (k, _) in enumerate(blocks) if k == "para"][-rng.randint(1, 2)]
        head = rng.choice(["记者手记", "■记者手记", "记者手记"])
        blocks.insert(last, ("boxhead", head))
        tags.add("box_note")
    return blocks, lead


def _column(units: list[tuple[str, str]], width: int, ctx: Ctx, tags: set[str]) -> list[str]:
    """The body units as column lines: paragraphs set, then cut into columns of H lines."""
    rng = ctx.rng
    lines: list[str] = []
    blank_heads = ctx.para_mode == "blank" or rng.random() < 0.5
    for n, (kind, text) in enumerate(units):
        heading = kind in ("subhead", "boxhead")
        if n:
            if ctx.para_mode == "blank":
                if heading or units[n - 1][0] in ("subhead", "boxhead") or rng.random() > 0.06:
                    lines.append("")
                else:
                    tags.add("para_blank_dropped")
            elif (heading or units[n - 1][0] in ("subhead", "boxhead")) and blank_heads:
                lines.append("")
        if heading:
            lines.extend(wrap(text, width, kinsoku=ctx.kinsoku))
        elif ctx.para_mode == "indent":
            set_ = wrap(text, width, width - 2, ctx.kinsoku)
            lines.extend(["\u3000\u3000" + set_[0]] + set_[1:])
        else:
            lines.extend(wrap(text, width, width - 2, ctx.kinsoku))
    height = rng.randint(8, 30)
    out: list[str] = []
    count = 0
    for i, line in enumerate(lines):
        if line:
            if count and count % height == 0 and out and out[-1] != "":
                out.append("")
                if i and lines[i - 1]:
                    tags.add("column_break_midpara")
            count += 1
        out.append(line)
    return out


# ----------------------------------------------------------------------------- bylines


def _helper(authors: list[dict], ctx: Ctx) -> str | None:
    """A real name of the split (not one of `authors`) for a correspondent the page adds."""
    taken = {a["name"] for a in authors}
    free = [n for n in ctx.names if n not in taken]
    return ctx.rng.choice(free) if free else None


def _byline(story: Story, width: int, ctx: Ctx, tags: set[str]) -> tuple[list[str], str | None, list, str]:
    """(byline lines, truth byline, authors, dateline printed before the first paragraph)."""
    rng = ctx.rng
    if story.byline:
        src = story.byline
        truth = join_spaced(src)
        authors = byline_authors(src)
        role, _ = split_role(src.split()[0])
        roles = {a["role"] for a in authors}
        if not role:
            tags.add("byline_bare_name" if len(authors) == 1 and len(src.split()) <= 2 else "byline_other")
        form = rng.random()
        if role == "记者" and src.startswith("本报记者") and roles == {"记者"} and form < 0.2:
            names = " ".join(a["name"] for a in authors)
            sep = rng.choice(["", " "])
            inner = rng.choice([f"记者 {names}", f"记者{names.replace(' ', '、')}"])
            helper = _helper(authors, ctx)
            if helper and rng.random() < 0.3:
                # a correspondent beside the reporters (本报讯（记者 X 通讯员 Y）)
                inner = f"记者 {names} 通讯员 {helper}"
                authors = authors + [{"role": "通讯员", "name": helper}]
                tags.add("dateline_two_roles")
            printed = f"本报讯{sep}（{inner}）"
            tags.add("dateline_benbaoxun")
            return [], fold(printed), authors, printed + rng.choice(["", " ", "  "])
        if form < 0.45:
            printed = src
            tags.add("byline_plain")
        elif form < 0.7:
            printed = rng.choice(["■ ", "■", "■  "]) + src
            tags.add("byline_square")
        else:
            printed = truth
            tags.add("byline_folded")
        if ctx.letterspace_ok and role and rng.random() < 0.25:
            word = src.split()[0]
            printed = printed.replace(word, letterspace(word), 1)
            tags.add("byline_letterspaced")
            tags.add("ocr_letterspaced")
        second: list[str] = []
        helper = _helper(authors, ctx)
        if src.startswith("本报记者") and helper and rng.random() < 0.15:
            # a second line for a correspondent, as on the bundled page
            second = ["本报通讯员  " + spaced_name(helper)]
            truth = f"{truth} 本报通讯员 {helper}"
            authors = authors + [{"role": "通讯员", "name": helper}]
            tags.add("byline_two_roles")
        if len(authors) > 1:
            tags.add("byline_multi")
        lines = [printed]
        if cells(printed) > width + 1:
            # names do not break: the byline wraps between them
            parts = re.split(r"(\s{2,})", printed)
            lines = [""]
            for part in parts:
                if lines[-1] and not part.isspace() and cells(lines[-1] + part) > width + 1:
                    lines.append("")
                if part.isspace() and not lines[-1].strip():
                    continue
                lines[-1] += part
            lines = [ln.rstrip() for ln in lines if ln.strip()]
            if len(lines) > 1:
                tags.add("byline_wrapped")
        return lines + second, truth, authors, ""
    if story.dateline:
        dl = story.dateline
        m = re.match(r"^(\S+?电)\s*(（.*）)?$", dl)
        place, paren = (m.group(1), m.group(2) or "") if m else (dl, "")
        authors = byline_authors(paren[1:-1]) if paren else []
        tags.add("dateline_xinhua" if "新华社" in place else "dateline_benbao")
        if not authors:
            tags.add("dateline_noname")
        city = re.match(r"^本报(\D+?)\d", place)
        zhu = city and city.group(1) in PROVINCE and authors and all(a["role"] == "记者" for a in authors)
        if zhu and rng.random() < 0.2:
            names = "  ".join(spaced_name(a["name"]) for a in authors)
            printed = f"本报驻{PROVINCE[city.group(1)]}记者  {names}"
            tags.add("byline_zhu")
            return [printed], join_spaced(printed), authors, ""
        sep = rng.choice(["  ", "  ", " ", ""]) if paren else ""
        printed = place + sep + paren
        return [], fold(printed), authors, printed + rng.choice(["", " ", "  "]) if paren else printed + "  "
    tags.add("no_byline")
    return [], None, [], ""


# ----------------------------------------------------------------------------- titles


def _titles(story: Story, width: int, ctx: Ctx, tags: set[str]) -> tuple[list[str], dict]:
    """The title stack as printed lines and its truth fields."""
    rng = ctx.rng
    kicker, headline, subtitle = story.kicker, story.headline, story.subtitle
    sub_text = subtitle.lstrip("—").strip() if subtitle else None
    truth = {
        "kicker": fold(kicker) if kicker else None,
        "headline": fold(headline),
        "subtitle": fold(sub_text) if sub_text else None,
    }
    if re.search(r"\S {2}\S", headline):
        headline = re.sub(r"(?<=\S) {2}(?=\S)", rng.choice(["  ", "  ", " ", "\u3000"]), headline)
    printed_sub = None
    if sub_text:
        dash = subtitle.startswith("——") or rng.random() < 0.5
        printed_sub = ("——" if dash else "") + sub_text
        tags.add("subtitle_dash" if dash else "subtitle_nodash")
    # each title line wraps or not on its own: a kicker often at about the column's width, a headline
    # or a subtitle less often and over more columns
    wrap_at = {
        "kicker": rng.randint(width, width + 4) if rng.random() < 0.5 else None,
        "headline": rng.randint(width, 2 * width) if rng.random() < 0.25 else None,
        "subtitle": rng.randint(width, 2 * width) if rng.random() < 0.3 else None,
    }
    stack: list[tuple[str, list[str]]] = []
    for role, text in (("kicker", kicker), ("headline", headline), ("subtitle", printed_sub)):
        if not text:
            continue
        if ctx.letterspace_ok and role != "subtitle" and len(text) <= 6 and rng.random() < 0.25:
            text = letterspace(text)
            tags.add("ocr_letterspaced")
            tags.add("title_letterspaced")
        lines = [text]
        if wrap_at[role] and cells(text) > wrap_at[role]:
            # a typesetter balances a title's lines (no lone character on the last one)
            count = math.ceil(cells(text) / wrap_at[role])
            lines = wrap(text, math.ceil(cells(text) / count), kinsoku="hang")
            if len(lines) > 1:
                tags.add(f"{role}_wrapped")
        stack.append((role, lines))
    pattern = rng.choice(["tight", "loose", "bundled", "bundled"])
    out: list[str] = []
    for n, (role, lines) in enumerate(stack):
        if n and (pattern == "loose" or (pattern == "bundled" and role == "headline")):
            out.append("")
        out.extend(lines)
    return out, truth


# ----------------------------------------------------------------------------- captions


def _captions(photos: list[Photo], ctx: Ctx, tags: set[str], numbered: bool, inline: bool):
    """(caption lines, truth paragraphs) of an article's photos."""
    rng = ctx.rng
    lines: list[str] = []
    truth: list[str] = []
    gap = rng.random() < 0.5
    for n, ph in enumerate(photos):
        cap = ph.caption
        if numbered and not cap.startswith("图") and n < len(CIRCLED):
            cap = f"图{CIRCLED[n]}：{cap}"
        if gap and lines:
            lines.append("")
        credit = ph.credit
        if credit and inline:
            text = cap + rng.choice(["\u3000\u3000", "  ", " "]) + credit
            lines.extend(wrap(text, ctx.caption_width, kinsoku=ctx.kinsoku))
            truth.append(fold(cap) + " " + join_spaced(credit))
        else:
            lines.extend(wrap(cap, ctx.caption_width, kinsoku=ctx.kinsoku))
            truth.append(fold(cap))
            if credit:
                lines.append(credit)
                truth.append(join_spaced(credit))
        if credit.startswith("以上图片均为"):
            tags.add("caption_all_credit")
        if credit.endswith("供图") or "资料图片" in credit:
            tags.add("caption_supplied")
    if any(p.caption.startswith("图") or numbered for p in photos):
        tags.add("caption_numbered")
    tags.add("credit_inline" if inline else "credit_own_line")
    return lines, truth


def article(story: Story, ctx: Ctx, width: int, first: bool) -> Printed:
    """A story printed as an article, with its truth."""
    rng = ctx.rng
    tags = ctx.tags
    tags.update(story.source_tags)
    head_after = ctx.head_mode == "after" or (ctx.head_mode == "mixed" and rng.random() < 0.5)
    tags.add("article_head_after" if head_after else "article_head_before")
    title_lines, title_truth = _titles(story, width, ctx, tags)
    by_lines, by_truth, authors, dateline = _byline(story, width, ctx, tags)
    units, lead = _units(story, ctx, tags)
    body_truth = [fold(t) for _, t in units]
    if dateline:
        # the dateline opens the first paragraph; the truth keeps it as the byline
        units[lead] = (units[lead][0], dateline + units[lead][1])
    body_lines = _column(units, width, ctx, tags)
    cap_lines: list[str] = []
    cap_truth: list[str] = []
    place = None
    if story.photos:
        numbered = len(story.photos) >= 2 and rng.random() < 0.4
        cap_lines, cap_truth = _captions(story.photos, ctx, tags, numbered, rng.random() < 0.5)
        place = rng.choice(["before", "after", "before", "after"] + (["top", "top"] if first else []))
        tags.add(f"photos_{place}")
    regions: list[list[str]] = []
    top: list[str] = []
    paragraphs: list[str] = []
    if place == "top":
        top = cap_lines
        paragraphs += cap_truth
    if head_after:
        if place == "before" and rng.random() < 0.5:
            regions += [cap_lines, by_lines]
        else:
            regions += [by_lines] + ([cap_lines] if place == "before" else [])
        regions.append(body_lines)
        if place == "after":
            regions.append(cap_lines)
        regions.append(title_lines)
    else:
        if place == "before" and rng.random() < 0.5:
            regions += [cap_lines, title_lines, by_lines]
        else:
            regions += [title_lines, by_lines] + ([cap_lines] if place == "before" else [])
        regions.append(body_lines)
        if place == "after":
            regions.append(cap_lines)
    if place == "before":
        paragraphs += cap_truth
    paragraphs += body_truth
    if place == "after":
        paragraphs += cap_truth
    truth = {
        "kind": "article",
        **title_truth,
        "byline": by_truth,
        "authors": authors,
        "paragraphs": paragraphs,
    }
    return Printed(truth, [r for r in regions if r], top)


def photo(ph: Photo, title: str | None, ctx: Ctx) -> Printed:
    """A photo that stands alone: its title (or none), its caption and its credit."""
    rng = ctx.rng
    tags = ctx.tags
    tags.add("photo_standalone")
    tags.add("photo_titled" if title else "photo_untitled")
    credit = ph.credit
    lines: list[str] = []
    if credit and rng.random() < 0.5:
        lines = wrap(ph.caption + rng.choice(["\u3000\u3000", "  ", " "]) + credit, ctx.caption_width)
        tags.add("photo_credit_inline")
    else:
        lines = wrap(ph.caption, ctx.caption_width)
        if credit:
            lines.append(credit)
            tags.add("photo_credit_own_line")
    regions = [lines]
    if title:
        if ctx.letterspace_ok and len(title) <= 6 and rng.random() < 0.3:
            printed_title = letterspace(title)
            tags.add("ocr_letterspaced")
        else:
            printed_title = title
        regions.insert(0 if rng.random() < 0.8 else 1, [printed_title])
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": title,
        "subtitle": None,
        "byline": join_spaced(credit) if credit else None,
        "authors": credit_authors(credit) if credit else [],
        "paragraphs": [fold(ph.caption)],
    }
    return Printed(truth, regions)


# ----------------------------------------------------------------------------- furniture


def furniture(rng: random.Random, names: list[str], page_no: int) -> tuple[list[str], list[str], set[str]]:
    """(running head lines, foot lines, tags): page number, section, date; 本版责编, 版式设计."""
    tags: set[str] = set()
    day = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 250))
    date = f"{day.year}年{day.month}月{day.day}日"
    week = f"星期{WEEKDAYS[day.weekday()]}"
    section = rng.choice(SECTIONS)
    head: list[str] = []
    if rng.random() < 0.75:
        num = rng.choice([str(page_no), f"第{page_no}版", f"{page_no:02d}"])
        sec = letterspace(section) if rng.random() < 0.3 else section
        parts = [num, sec, date + rng.choice([" ", "  "]) + week]
        if rng.random() < 0.5:
            parts.insert(rng.randint(0, 3), "人民日报")
        if rng.random() < 0.3:
            rng.shuffle(parts)
        sep = rng.choice(["  ", "   ", " ", "\u3000"])
        if rng.random() < 0.3:
            cut = rng.randint(1, len(parts) - 1)
            head = [sep.join(parts[:cut]), sep.join(parts[cut:])]
        else:
            head = [sep.join(parts)]
        tags.add("furniture_head")
    foot: list[str] = []
    if rng.random() < 0.7:
        editors = "  ".join(rng.sample(names, rng.randint(1, 3)))
        foot = [f"本版责编：{editors}"]
        if rng.random() < 0.6:
            design = f"版式设计：{rng.choice(names)}"
            if rng.random() < 0.5:
                foot[0] += "  " + design
            else:
                foot.append(design)
        tags.add("furniture_foot")
    return head, foot, tags


def noisy(lines: list[str], ctx: Ctx) -> list[str]:
    """OCR noise on every printed line (spaces only)."""
    out = []
    for line in lines:
        if line:
            new = digit_spaces(line, ctx.rng, ctx.p_digit)
            if new != line:
                ctx.tags.add("ocr_digit_spaces")
            if ctx.p_inner and ctx.rng.random() < ctx.p_inner:
                new = inner_space(new, ctx.rng)
                ctx.tags.add("ocr_inner_spaces")
            line = new
        out.append(line)
    return out


def spaced_name(name: str) -> str:
    """A two-character name as the paper letter-spaces it (`姜  峰`)."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def build(
    stories: list[Story],
    photos: list[tuple[Photo, str | None]],
    rng: random.Random,
    names: list[str],
    page_no: int,
    pools: tuple[list[tuple[str, str]], list[tuple[str, str]]] = ([], []),
) -> tuple[str, dict, list[str], set[str]]:
    """(page text, truth, furniture lines, tags) of one page of `stories` and standalone `photos`.

    `names` are real names for the foot's editors; `pools` the split's real subheads and short
    questions, (story key, text), for the subheads a page adds.
    """
    head_mode = rng.choices(["before", "after", "mixed"], [0.5, 0.25, 0.25])[0]
    base = rng.randint(12, 20)
    if rng.random() < 0.4:
        widths = [base]
    else:
        widths = sorted({base, *(rng.randint(12, 20) for _ in range(rng.randint(1, 2)))})
    ctx = Ctx(
        rng=rng,
        head_mode=head_mode,
        para_mode=rng.choices(["blank", "tight", "indent"], [0.5, 0.3, 0.2])[0],
        kinsoku=rng.choices(["hang", "push", "none"], [0.45, 0.4, 0.15])[0],
        widths=widths,
        caption_width=rng.randint(18, 40),
        p_digit=rng.choice([0.0, 0.0, 0.3, 0.8]),
        p_inner=rng.choice([0.0, 0.0, 0.01, 0.03]),
        letterspace_ok=rng.random() < 0.5,
        names=names,
        subheads=pools[0],
        questions=pools[1],
    )
    tags = ctx.tags
    tags.add(f"head_{head_mode}")
    tags.add(f"para_{ctx.para_mode}")
    tags.add(f"kinsoku_{ctx.kinsoku}")
    tags.add("width_mixed" if len(widths) > 1 else "width_uniform")
    items: list[Printed] = []
    for n, story in enumerate(stories):
        width = rng.choice(widths)
        short = len(story.blocks) <= 3 and sum(len(b.text) for b in story.blocks) <= 500
        if short and rng.random() < 0.5:
            width = min(width + rng.randint(4, 12), 32)
            tags.add("wide_short_item")
        items.append(article(story, ctx, width, first=n == 0))
    for ph, title in photos:
        # captions printed at the top of the page lead it: a photo cannot come before them
        items.insert(rng.randint(1 if items[0].top else 0, len(items)), photo(ph, title, ctx))
    head, foot, ftags = furniture(rng, [spaced_name(n) for n in names], page_no)
    tags.update(ftags)
    lines: list[str] = []
    if head:
        lines += head + [""]
    foot_top = bool(foot) and rng.random() < 0.25
    if foot_top:
        lines += foot + [""]
        tags.add("furniture_foot_top")
    body_start = len(lines)
    top = [ln for it in items for ln in it.top]
    if top:
        lines += noisy(top, ctx) + [""]
    for it in items:
        for region in it.regions:
            lines += noisy(region, ctx) + [""]
        if rng.random() < 0.3:
            lines.append("")
    if foot and not foot_top:
        lines += foot + [""]
    # what the page starts with (after its furniture)
    first = next((ln for ln in lines[body_start:] if ln.strip()), "")
    first_item = items[0]
    if top:
        tags.add("starts_caption")
    elif first_item.truth["kind"] == "photo":
        tags.add("starts_photo")
    elif first_item.truth["byline"] and first.replace(" ", "").lstrip("■").startswith(
        (first_item.truth["byline"] or "").replace(" ", "")[:4]
    ):
        tags.add("starts_byline")
    text = "\n".join(lines).rstrip("\n") + "\n"
    # truth articles in page order (an article whose captions lead the page comes first anyway)
    truth = {"articles": [it.truth for it in items]}
    return text, truth, head + foot, tags
