"""Composition of one page: which conventions each article draws, its printed blocks and its truth.

Every convention is an independent draw with a rate from `RATES` (documented in README.md). An
article is printed as blocks in page order; its truth is written at the same time from the same
text, so the truth never depends on the typesetting (wrapping, column breaks, OCR spaces).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .texts import Photo, Pools, Story
from .typeset import Block

RATES: dict[str, float] = {
    "kicker": 0.30,  # an article prints a kicker (its own, or a spare real head line)
    "kicker_long": 0.40,  # …chosen longer than the article's column
    "kicker_dash": 0.30,  # …ending with "——"
    "column_tag": 0.15,  # headline ends with a column tag in full-width brackets
    "two_part_headline": 0.85,  # of headlines with one "，" between two short halves: printed "A  B"
    "headline_wrapped": 0.08,  # a headline of 12+ characters printed over two lines
    "subtitle": 0.25,  # an article prints a subtitle (its own, or a spare head line)
    "subtitle_dash": 0.50,  # …led by "——"
    "heads_after_body": 0.30,  # kicker/headline/subtitle printed after the body (per article)
    "heads_blank_between": 0.50,  # blank lines between the head lines
    "byline_boxed": 0.35,  # a reporter byline led by "■ "
    "names_letter_spaced": 0.65,  # two-character names printed "姜  峰"
    "role_letter_spaced": 0.06,  # "本 报 记 者"
    "trailer": 0.10,  # a trailer added to a story without one
    "core_reading": 0.07,  # 核心阅读 box (label + summary) at the body's start
    "editor_note": 0.06,  # 编者按：… at the body's start
    "reporter_notes": 0.06,  # 记者手记 label before the last paragraphs (stories of 4+ paragraphs)
    "subheads": 0.18,  # 2–3 in-body subheads (stories of 5+ paragraphs)
    "subhead_question": 0.40,  # …the first a question followed by a one-line sub-subhead
    "photos": 0.25,  # an article prints 1–3 captioned photos
    "photo_numbered": 0.80,  # captions numbered 图①… when there are two or more
    "photos_page_top": 0.25,  # …printed at the top of the page (one article a page at most)
    "photos_after": 0.45,  # …else after the body (rest: before the article)
    "mixed_width": 0.30,  # an article's column differs from the page's base column
    "wide_short_item": 0.50,  # a short article (≤ 3 paragraphs, ≤ 400 characters) in wider lines
    "tight_paragraphs": 0.12,  # some paragraph breaks without a blank line
    "ocr_digits": 0.30,  # spaces around ASCII digit runs
    "ocr_han": 0.08,  # stray spaces between Han characters (per line, 15%)
    "running_head": 0.65,  # page furniture
    "editor_line": 0.50,
    "designer_line": 0.35,
    "furniture_at_end": 0.60,  # 本版责编/版式设计 after the last item (else under the running head)
    "modern_page": 0.22,  # a page laid out from modern stories (while they last)
}

# Byline forms of a story with no byline of its own (1998 stories); shares sum to 1.
BYLINE_FORMS: dict[str, float] = {
    "reporter": 0.20,  # 本报记者  X
    "multi_spaced": 0.13,  # 本报记者  李增辉  姜  峰  刘新吾
    "stationed": 0.08,  # 本报驻X记者  Y
    "bare_name": 0.10,  # 王  浩 (commentary)
    "correspondent": 0.10,  # 本报记者  X  /  本报通讯员  Y  Z (two lines)
    "dateline_benbao": 0.15,  # 本报北京1月1日电  （记者X）
    "dateline_xinhua": 0.08,  # 新华社北京1月1日电（记者X）
    "dateline_xun": 0.12,  # 本报讯（记者 X  通讯员 Y）
    "none": 0.04,  # no byline
}
PHOTO_CREDITS: dict[str, float] = {
    "own_line": 0.35,
    "caption_end": 0.35,
    "all_photos": 0.15,
    "supplied": 0.15,
}
STANDALONE_PHOTOS: dict[int, float] = {0: 0.55, 1: 0.33, 2: 0.12}
STANDALONE_TITLE = 0.5
STANDALONE_CREDITS: dict[str, float] = {
    "boxed_end": 0.35,
    "photo_line": 0.35,
    "agency": 0.15,
    "supplied": 0.15,
}

COLUMN_TAGS = [
    "经济聚焦", "新春走基层", "话说新农村", "人民时评", "今日谈", "国际视点", "民生调查", "记者调查",
    "一线调研", "人民论坛", "环球走笔", "法治头条", "经济透视", "新语", "纵横", "快评", "热点解读",
    "蹲点调研", "数说", "走进县城看发展",
]  # fmt: skip
CITIES = [
    "北京", "上海", "天津", "重庆", "广州", "南京", "杭州", "成都", "武汉", "西安", "沈阳", "长沙",
    "郑州", "济南", "福州", "昆明", "南宁", "兰州", "乌鲁木齐", "拉萨", "哈尔滨", "合肥", "太原",
]  # fmt: skip
PROVINCES = [
    "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
    "湖南", "广东", "四川", "贵州", "云南", "陕西", "甘肃", "新疆", "广西", "西藏", "青海",
]  # fmt: skip
ABROAD = ["美国", "日本", "俄罗斯", "德国", "法国", "英国", "巴西", "南非", "埃及", "印度尼西亚", "澳大利亚"]
SECTIONS = ["要闻", "经济", "社会", "政治", "文化", "国际", "评论", "地方", "综合", "科技", "体育", "生态"]
ORGS = ["中国人民大学", "北京大学", "清华大学", "中国社会科学院", "国务院发展研究中心", "复旦大学",
        "中国农业科学院", "南开大学", "武汉大学", "中央党校（国家行政学院）"]  # fmt: skip
TITLES = ["教授", "研究员", "副教授", "副研究员", "院长", "主任"]
SUPPLIERS = ["新华社", "受访者", "当地宣传部", "视觉中国", "资料图片", "县委宣传部", "人民图片"]
AGENCIES = ["人民视觉", "影像中国", "新华社发", "人民图片"]
WEEKDAYS = "一二三四五六日"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


@dataclass
class Context:
    """What one page's articles share."""

    rng: random.Random
    pools: Pools
    names: list[str]
    base_chars: int
    month: int
    day: int
    used_photos: set[str] = field(default_factory=set)
    top_photos: list[Block] = field(default_factory=list)
    counters: int = 0

    def name(self) -> str:
        """A real reporter's name."""
        return self.rng.choice(self.names)

    def head(self, longer_than: int = 0, shorter_than: int = 99) -> str | None:
        """A spare real head line of fitting length, taken out of the pool."""
        pool = self.pools.heads
        for _ in range(40):
            if not pool:
                return None
            k = self.rng.randrange(len(pool))
            if longer_than < len(pool[k]) < shorter_than:
                return pool.pop(k)
        return None


def pick(rng: random.Random, shares: dict) -> object:
    """One key of `shares`, drawn by its share."""
    x = rng.random()
    acc = 0.0
    for key, share in shares.items():
        acc += share
        if x < acc:
            return key
    return list(shares)[-1]


def spaced(name: str, on: bool) -> str:
    """A two-character name letter-spaced as papers print it."""
    return f"{name[0]}  {name[1]}" if on and len(name) == 2 else name


def pagedate(ctx: Context) -> str:
    """The dateline's day: the page's day or the day before."""
    day = ctx.day - (1 if ctx.rng.random() < 0.5 and ctx.day > 1 else 0)
    return f"{ctx.month}月{day}日"


def byline_groups(story: Story, ctx: Context, form: str) -> list[tuple[str, list[str]]]:
    """The (role, names) groups a drawn byline form prints (synthetic names from the real pool)."""
    rng = ctx.rng
    if form in ("reporter", "stationed", "dateline_benbao", "dateline_xinhua"):
        return [("记者", [ctx.name() for _ in range(1 if rng.random() < 0.75 else 2)])]
    if form == "multi_spaced":
        return [("记者", [ctx.name() for _ in range(rng.randint(2, 4))])]
    if form == "bare_name":
        return [("", [ctx.name()])]
    if form == "correspondent":
        return [("记者", [ctx.name()]), ("通讯员", [ctx.name() for _ in range(rng.randint(1, 2))])]
    if form == "dateline_xun":
        if rng.random() < 0.4:
            return [("通讯员", [ctx.name()])]
        groups = [("记者", [ctx.name()])]
        if rng.random() < 0.5:
            groups.append(("通讯员", [ctx.name()]))
        return groups
    return []


def dedupe(groups: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Groups with each name once (a name drawn twice would be one person)."""
    seen: list[str] = []
    out = []
    for role, names in groups:
        keep = []
        for n in names:
            if n not in seen:
                seen.append(n)
                keep.append(n)
        if keep:
            out.append((role, keep))
    return out


def authors_of(groups: list[tuple[str, list[str]]]) -> list[dict[str, str]]:
    """Truth authors: role 记者/通讯员 or "" for a bare name, names without spaces."""
    return [{"role": role, "name": n} for role, names in groups for n in names]


@dataclass
class Article:
    """One composed article (or stand-alone photo): its blocks in page order, truth and tags."""

    blocks: list[Block]
    truth: dict
    tags: list[str]
    key: str


def render_byline(
    story: Story, ctx: Context, tags: list[str]
) -> tuple[list[Block], str | None, str | None, list]:
    """Byline blocks, or the dateline text that opens the first paragraph; truth byline and groups."""
    rng = ctx.rng
    spaced_names = rng.random() < RATES["names_letter_spaced"]
    boxed = rng.random() < RATES["byline_boxed"]
    role_spaced = rng.random() < RATES["role_letter_spaced"]
    if story.dateline is not None:
        form = "own_dateline"
        groups = story.dateline_who or []
    elif story.byline:
        groups = story.byline
        if groups[0][0] == "":
            form = "bare_name"
        elif any(role == "通讯员" for role, _ in groups) and len(groups) > 1:
            form = "correspondent"
        elif len(groups[0][1]) > 1:
            form = "multi_spaced"
        else:
            form = "reporter"
    else:
        form = str(pick(rng, BYLINE_FORMS))
        groups = byline_groups(story, ctx, form)
    groups = dedupe(groups)
    tags.append(f"byline_{form}")
    if form == "none":
        return [], None, None, []
    if form.startswith("dateline") or form == "own_dateline":
        if form == "own_dateline":
            head = story.dateline or ""
        elif form == "dateline_benbao":
            head = f"本报{rng.choice(CITIES)}{pagedate(ctx)}电"
        elif form == "dateline_xinhua":
            head = f"新华社{rng.choice(CITIES + ABROAD)}{pagedate(ctx)}电"
            if rng.random() < 0.2:
                groups = []
        else:
            head = "本报讯"
        who = ""
        if groups:
            space = " " if form == "dateline_xun" else ""
            inner = "  ".join((role + space if role else "") + "、".join(names) for role, names in groups)
            who = f"（{inner}）"
        gap = rng.choice(["  ", "", " "]) if who else ""
        printed = head + gap + who + rng.choice(["  ", " ", ""])
        return [], printed, head + who.replace("  ", " "), groups
    lines: list[str] = []
    labels: list[str] = []
    if form == "bare_name":
        lines.append("  ".join(spaced(n, spaced_names) for n in groups[0][1]))
        labels.append("")
    else:
        for k, (role, names) in enumerate(groups):
            label = "本报记者" if role == "记者" else "本报通讯员"
            if form == "stationed" and k == 0:
                label = f"本报驻{rng.choice(PROVINCES + ABROAD)}记者"
            labels.append(label)
            shown = " ".join(label) if role_spaced else label
            prefix = "■ " if boxed and k == 0 else ""
            lines.append(prefix + shown + "  " + "  ".join(spaced(n, spaced_names) for n in names))
    if boxed and form != "bare_name":
        tags.append("byline_boxed")
    truth = " ".join(
        " ".join(([label] if label else []) + names) for label, (_, names) in zip(labels, groups, strict=True)
    )
    blocks = [Block(lines[0], "byline")] + [Block(text, "byline", blank_before=False) for text in lines[1:]]
    return blocks, None, truth, groups


def wrap_headline(text: str, rng: random.Random) -> list[str]:
    """A headline printed over two lines, broken near its middle (never inside a two-space join)."""
    at = len(text) // 2 + rng.randint(-2, 2)
    return [text[:at].rstrip(), text[at:].lstrip()]


def compose_article(story: Story, ctx: Context, *, allow_top_photos: bool) -> Article:
    """Draw every convention for one story and print it as blocks with its truth."""
    rng = ctx.rng
    tags: list[str] = [f"source_{story.era}"]
    paragraphs = list(story.paragraphs)
    body_chars = sum(len(p) for p in paragraphs)
    chars = ctx.base_chars
    if rng.random() < RATES["mixed_width"]:
        chars = rng.choice([c for c in range(12, 21) if c != ctx.base_chars])
        tags.append("mixed_width")
    if len(paragraphs) <= 3 and body_chars <= 400 and rng.random() < RATES["wide_short_item"]:
        chars = rng.randint(22, 34)
        tags.append("wide_short_item")
    cells = 2 * chars
    ctx.counters += 1
    column = ctx.counters

    # heads
    kicker = None
    if rng.random() < RATES["kicker"]:
        long = rng.random() < RATES["kicker_long"]
        own = story.kicker.rstrip("—") if story.kicker else None
        if own and (not long or len(own) > chars):
            kicker = own
        else:
            kicker = ctx.head(longer_than=chars if long else 2, shorter_than=99 if long else chars)
        if kicker:
            tags.append("kicker")
            if len(kicker) > chars:
                tags.append("kicker_long")
            if rng.random() < RATES["kicker_dash"]:
                kicker += "——"
                tags.append("kicker_dash")
    headline = story.headline
    halves = headline.split("，")
    if (
        len(halves) == 2
        and all(3 <= len(h) <= 12 for h in halves)
        and rng.random() < RATES["two_part_headline"]
    ):
        headline = "  ".join(halves)
        tags.append("two_part_headline")
    elif "  " in headline:
        tags.append("two_part_headline")
    if rng.random() < RATES["column_tag"] and not headline.endswith("）"):
        headline += f"（{rng.choice(COLUMN_TAGS)}）"
        tags.append("column_tag")
    subtitle = None
    if rng.random() < RATES["subtitle"]:
        subtitle = (story.subtitle or "").lstrip("—") or ctx.head(longer_than=5)
        if subtitle:
            tags.append("subtitle")
            if rng.random() < RATES["subtitle_dash"]:
                subtitle = "——" + subtitle
                tags.append("subtitle_dash")
    head_lines = [headline]
    if len(headline) >= 12 and "  " not in headline and rng.random() < RATES["headline_wrapped"]:
        head_lines = wrap_headline(headline, rng)
        tags.append("headline_wrapped")
    tight_heads = rng.random() >= RATES["heads_blank_between"]
    heads: list[Block] = []
    if kicker:
        heads.append(Block(kicker, "kicker"))
    heads.append(Block(headline, "headline", lines=head_lines, blank_before=not (heads and tight_heads)))
    if subtitle:
        heads.append(Block(subtitle, "subtitle", blank_before=not tight_heads))

    # byline
    byline_blocks, dateline, byline_truth, groups = render_byline(story, ctx, tags)

    # trailer
    contributors: list[str] = []
    last = paragraphs[-1]
    if last.startswith("（") and last.endswith("）") and len(last) < 80:
        tags.append("trailer")
        contributors = re.findall(r"记者([\u4e00-\u9fff]{2,3}?)(?:参与采写|采访整理|整理)", last)
        contributors += re.findall(r"^（([\u4e00-\u9fff]{2,3})参与采写）$", last)
    elif rng.random() < RATES["trailer"]:
        who = ctx.name()
        kind = rng.randrange(3)
        if kind == 0:
            trailer = f"（{who}参与采写）"
            contributors = [who]
        elif kind == 1:
            trailer = f"（作者为{rng.choice(ORGS)}{rng.choice(TITLES)}，本报记者{who}整理）"
            contributors = [who]
        else:
            trailer = f"（作者为{rng.choice(ORGS)}{rng.choice(TITLES)}）"
        paragraphs.append(trailer)
        tags.append("trailer")

    # boxes and subheads, all kept in the body
    body: list[tuple[str, str]] = [("body", p) for p in paragraphs]
    if len(paragraphs) >= 5 and rng.random() < RATES["subheads"]:
        n = rng.randint(2, 3)
        spots = sorted(rng.sample(range(1, len(paragraphs) - 1), min(n, len(paragraphs) - 2)), reverse=True)
        question = rng.random() < RATES["subhead_question"] and ctx.pools.questions
        for k, at in enumerate(spots):
            inserted: list[tuple[str, str]] = []
            if question and k == len(spots) - 1:
                q = ctx.pools.questions.pop(rng.randrange(len(ctx.pools.questions)))
                sub = ctx.head(longer_than=3, shorter_than=min(chars, 16))
                inserted = [("subhead", q)] + ([("subsubhead", sub)] if sub else [])
                tags.append("subhead_question")
            else:
                text = ctx.head(longer_than=3, shorter_than=min(chars + 1, 16))
                if text:
                    inserted = [("subhead", text)]
            body[at:at] = inserted
        tags.append("subheads")
    if len(paragraphs) >= 4 and rng.random() < RATES["reporter_notes"]:
        body.insert(len(body) - rng.randint(1, 2), ("subhead", "记者手记"))
        tags.append("box_reporter_notes")
    if rng.random() < RATES["editor_note"] and ctx.pools.sentences:
        body.insert(0, ("box", "编者按：" + ctx.pools.sentences.pop(rng.randrange(len(ctx.pools.sentences)))))
        tags.append("box_editor_note")
    if rng.random() < RATES["core_reading"] and ctx.pools.sentences:
        summary = ctx.pools.sentences.pop(rng.randrange(len(ctx.pools.sentences)))
        body[0:0] = [("subhead", "核心阅读"), ("box", summary)]
        tags.append("box_core_reading")

    # photos
    photo_blocks: list[Block] = []
    photo_paras: list[str] = []
    where = None
    if rng.random() < RATES["photos"]:
        own = [p for p in story.photos if p.caption not in ctx.used_photos]
        pool = [p for p in ctx.pools.captions if p.caption not in ctx.used_photos]
        photos = own[: rng.randint(1, 3)] or rng.sample(pool, min(len(pool), rng.randint(1, 3)))
        if photos:
            photo_blocks, photo_paras = caption_blocks(photos, ctx, chars, tags)
            if allow_top_photos and rng.random() < RATES["photos_page_top"]:
                where = "top"
            else:
                where = "after" if rng.random() < RATES["photos_after"] else "before"
            tags.append(f"photos_{where}")

    # body blocks
    tight = rng.random() < RATES["tight_paragraphs"]
    if tight:
        tags.append("tight_paragraphs")
    ocr_d = 0.6 if rng.random() < RATES["ocr_digits"] else 0.0
    ocr_h = 0.15 if rng.random() < RATES["ocr_han"] else 0.0
    if ocr_d:
        tags.append("ocr_digits")
    if ocr_h:
        tags.append("ocr_han")
    body_blocks: list[Block] = []
    truth_paras: list[str] = []
    for k, (role, text) in enumerate(body):
        printed = text
        if k == 0 and dateline:
            printed = dateline + text
        blank = not (tight and k > 0 and role == "body" and rng.random() < 0.5)
        if role in ("subhead", "subsubhead"):
            body_blocks.append(Block(printed, "subhead", blank_before=role == "subhead"))
        else:
            body_blocks.append(
                Block(
                    printed,
                    "body",
                    cells=cells,
                    blank_before=blank,
                    column=column,
                    ocr_digits=ocr_d,
                    ocr_han=ocr_h,
                )
            )
        truth_paras.append(text)
    for b in byline_blocks + heads:
        b.ocr_han = ocr_h

    blocks: list[Block] = []
    after = rng.random() < RATES["heads_after_body"]
    tags.append("heads_after_body" if after else "heads_before_body")
    if where == "top":
        ctx.top_photos.extend(photo_blocks)
    if where == "before":
        blocks += photo_blocks
    if after:
        blocks += byline_blocks + body_blocks
        if where == "after":
            blocks += photo_blocks
        blocks += heads
    else:
        blocks += heads + byline_blocks + body_blocks
        if where == "after":
            blocks += photo_blocks
    if where in ("top", "before"):
        paras = photo_paras + truth_paras
    elif where == "after":
        paras = truth_paras + photo_paras
    else:
        paras = truth_paras
    truth = {
        "kind": "article",
        "kicker": kicker,
        "headline": headline.replace("  ", " "),
        "subtitle": subtitle.lstrip("—") if subtitle else None,
        "byline": byline_truth,
        "authors": authors_of(groups),
        "paragraphs": paras,
    }
    if contributors:
        truth["contributors"] = contributors
    return Article(blocks, truth, tags, story.key)


def caption_blocks(
    photos: list[Photo], ctx: Context, chars: int, tags: list[str]
) -> tuple[list[Block], list[str]]:
    """An article's captions (numbered when drawn) with credits in a drawn style; truth paragraphs."""
    rng = ctx.rng
    numbered = len(photos) >= 2 and rng.random() < RATES["photo_numbered"]
    style = str(pick(rng, PHOTO_CREDITS))
    wide = rng.random() < 0.5
    cells = 2 * (rng.randint(chars + 4, 40) if wide else chars)
    if numbered:
        tags.append("photo_numbered")
    tags.append(f"credit_{style}")
    blocks: list[Block] = []
    paras: list[str] = []
    shooter = spaced(ctx.name(), rng.random() < 0.6)
    for k, photo in enumerate(photos):
        ctx.used_photos.add(photo.caption)
        cap = (f"图{CIRCLED[k]}：" if numbered else "") + photo.caption
        credit = photo.credit or f"{spaced(ctx.name(), rng.random() < 0.6)}摄"
        if style == "caption_end":
            cap = cap + rng.choice(["　　", "  ", " "]) + credit
            credit = ""
        elif style in ("all_photos", "supplied"):
            credit = ""
        blocks.append(Block(cap, "caption", cells=cells))
        paras.append(cap)
        if credit:
            blocks.append(Block(credit, "credit", blank_before=rng.random() < 0.5))
            paras.append(credit)
    if style == "all_photos":
        line = (
            f"{'以上图片均为' if len(photos) > 1 else ''}本报记者{shooter}摄" if rng.random() < 0.5 else None
        )
        line = line or f"{'以上图片均为' if len(photos) > 1 else ''}{shooter}摄"
        blocks.append(Block(line, "credit"))
        paras.append(line)
    elif style == "supplied":
        line = f"{rng.choice(SUPPLIERS)}供图"
        blocks.append(Block(line, "credit", blank_before=rng.random() < 0.5))
        paras.append(line)
    return blocks, [re.sub(r"\s+", "", p) for p in paras]  # layout spaces are not text


def compose_photo(ctx: Context, photo: Photo, extra: str | None) -> Article:
    """A stand-alone photo: optional title, caption (and a second caption paragraph), credit."""
    rng = ctx.rng
    ctx.used_photos.add(photo.caption)
    tags = ["standalone_photo"]
    title = ctx.head(longer_than=3, shorter_than=20) if rng.random() < STANDALONE_TITLE else None
    if title:
        tags.append("standalone_photo_titled")
    style = str(pick(rng, STANDALONE_CREDITS))
    tags.append(f"standalone_credit_{style}")
    cells = 2 * rng.randint(24, 58)
    name = ctx.name()
    paras = [photo.caption] + ([extra] if extra else [])
    blocks: list[Block] = []
    if title:
        blocks.append(Block(title, "title"))
    authors: list[dict[str, str]] = []
    if style == "boxed_end":
        byline = f"本报记者 {name}"
        authors = [{"role": "记者", "name": name}]
        printed = paras[:-1] + [paras[-1] + " ■ " + "本报记者 " + name]
        credit_line = None
    elif style == "photo_line":
        byline = f"本报记者 {name}摄"
        authors = [{"role": "记者", "name": name}]
        printed = list(paras)
        credit_line = f"本报记者  {spaced(name, rng.random() < 0.6)}摄"
    elif style == "agency":
        byline = f"{name}摄（{rng.choice(AGENCIES[:2])}）"
        authors = [{"role": "", "name": name}]
        printed = list(paras)
        credit_line = f"{spaced(name, rng.random() < 0.6)}摄（{byline.split('（')[1]}"
    else:
        byline = f"{rng.choice(SUPPLIERS)}供图"
        printed = paras[:-1] + [paras[-1] + "　　" + byline]
        credit_line = None
    for text in printed:
        blocks.append(Block(text, "caption", cells=cells, blank_before=True))
    if credit_line:
        blocks.append(Block(credit_line, "credit", blank_before=False))
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": title,
        "subtitle": None,
        "byline": byline,
        "authors": authors,
        "paragraphs": paras,
    }
    return Article(blocks, truth, tags, "photo:" + photo.caption[:12])


def furniture(ctx: Context, page_no: int, year: int, tags: list[str]) -> tuple[list[Block], list[Block]]:
    """Running head (top) and 本版责编/版式设计 lines (top or end) as drawn."""
    rng = ctx.rng
    top: list[Block] = []
    end: list[Block] = []
    import datetime

    weekday = WEEKDAYS[datetime.date(year, ctx.month, ctx.day).weekday()]
    date = f"{year}年{ctx.month}月{ctx.day}日  星期{weekday}"
    section = rng.choice(SECTIONS)
    if rng.random() < RATES["running_head"]:
        form = rng.randrange(4)
        if form == 0:
            text = f"{page_no}  {section}  {date}"
        elif form == 1:
            text = f"{date}  {section}  {page_no}"
        elif form == 2:
            text = f"人民日报  {date}  第{page_no}版  {section}"
        else:
            text = f"{section} {page_no:02d}  {date}"
        top.append(Block(text, "furniture"))
        tags.append("running_head")
    staff = []
    if rng.random() < RATES["editor_line"]:
        staff.append("本版责编：" + "  ".join(spaced(ctx.name(), True) for _ in range(rng.randint(1, 3))))
        tags.append("editor_line")
    if rng.random() < RATES["designer_line"]:
        staff.append("版式设计：" + spaced(ctx.name(), True))
        tags.append("designer_line")
    if staff:
        lines = ["  ".join(staff)] if len(staff) == 2 and rng.random() < 0.5 else staff
        target = end if rng.random() < RATES["furniture_at_end"] else top
        for k, text in enumerate(lines):
            target.append(Block(text, "furniture", blank_before=k == 0))
    return top, end
