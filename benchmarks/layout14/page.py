"""Lay one page out: furniture, articles, photos and a brief column, with the truth of each item.

Every convention is an independent draw with its own rate (the RATES table; README.md lists them).
A page is a list of (line, limit) pairs: limit is the widest the line may be when it was cut at a
column width, None for lines set across columns (headlines, furniture); "" is a blank line.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .texts import Story, parse_credit_people
from .typeset import letter_space, max_line_width, ocr_spaces, truth_text, width, wrap

RATES = {
    "headline_after": 0.25,  # per article: the title block printed after the body
    "kicker_headline_one_line": 0.15,  # per article with a kicker of <= 10 characters
    "headline_cut": 0.12,  # per article with a one-part headline of >= 10 characters
    "spaced_headline": 0.3,  # per article with a headline of <= 7 characters
    "subtitle_dash_added": 0.3,  # per subtitle without a leading dash
    "byline_square": 0.25,  # per byline: a mark before it, "■ " mostly, "□ ", "◎"
    "byline_wen": 0.05,  # per reporter byline: "文/本报记者 X"
    "byline_1998_spaced": 0.6,  # per 1998 byline: a gap between role and name
    "byline_spaced_role": 0.1,  # per reporter byline: the role letter-spaced
    "core_box": 0.08,  # per 2026 byline article with >= 5 paragraphs
    "editor_note": 0.06,  # per other 2026 byline article with >= 4 paragraphs: 编者按 of its own sentences
    "reporter_notes": 0.06,  # per 2026 byline article with >= 6 paragraphs: 记者手记 before the last two
    "number_captions": 0.3,  # per article with >= 2 unnumbered photos: 图①：…
    "spaced_label": 0.3,  # per box label printed letter-spaced
    "credit_own_line": 0.4,  # per article with photos: credits on their own line
    "credit_added": 0.3,  # per photo with no credit: 受访者供图 / 资料图片
    "wide_caption": 0.3,  # per article with photos: captions wider than the column
    "link_box": 0.07,  # per article with >= 4 paragraphs
    "continued_to": 0.08,  # per page: the first article jumps to another page
    "continued_from": 0.06,  # per page: one article is a jump from page 1
    "wide_item": 0.3,  # per short article (< 450 characters)
    "own_width": 0.3,  # per article: its own column width (12-20), not the page's
    "missing_blank": 0.03,  # per paragraph join, blank-separated pages, short last line
    "tight_titles": 0.35,  # per page: kicker, headline and subtitle lines with no blank line between
    "running_head": 0.75,  # per page
    "mid_running_head": 0.08,  # per page: the running head printed at a column break mid-page
    "feet": 0.6,  # per page: 本版责编 (and 版式设计 at half that)
    "ocr_page": 0.5,  # per page: spaces between digits and ideographs, each at ocr_rate
    "ocr_rate": 0.5,
    "standalone_photo": 0.35,  # per page
    "brief_column": 0.12,  # per page
    "brief_inline": 0.5,  # per brief column: lead phrases run into the text
    "dateline_provincial": 0.15,  # per 2026 本报 dateline: printed "本报讯（记者 X）"
}
PHOTO_PLACE = (("before", 0.35), ("after", 0.35), ("top", 0.15), ("inside", 0.15))
INDENT = (("blank", 0.72), ("indent", 0.14), ("indent_noblank", 0.14))
SECTIONS = ("要闻", "经济", "社会", "综合", "地方新闻", "评论", "文化", "民生", "国际", "县域经济", "城事")
PAPERS = ("人民日报", "大众日报", "南方日报", "新华日报", "湖北日报", "河南日报", "钱江晚报", "齐鲁晚报")
BRIEF_HEADS = ("新闻速递", "简讯", "本地快讯", "短讯", "要闻简报", "一句话新闻")
LINK_HEADS = ("相关链接", "延伸阅读", "■相关链接", "链接")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏辉宁健"
WEEKDAYS = "一二三四五六日"

Line = tuple[str, float | None]


def pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    """One choice of a weighted table."""
    x = rng.random()
    for name, p in table:
        x -= p
        if x < 0:
            return name
    return table[-1][0]


@dataclass
class PageStyle:
    """Page-wide habits."""

    cols: int
    indent: str
    ocr: float
    era: str
    page_no: int
    date: str
    section: str
    paper: str
    tight_titles: bool = False  # no blank line between a title block's lines


@dataclass
class Item:
    """One printed item (article or photo) with its truth."""

    lines: list[Line]
    truth: dict
    tags: set[str] = field(default_factory=set)
    top: list[Line] = field(default_factory=list)  # photo captions printed at the top of the page


def fake_name(rng: random.Random) -> str:
    """A made-up two- or three-character name for page furniture."""
    n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return n if len(n) == 3 else n[0] + "  " + n[1]


def running_head(rng: random.Random, st: PageStyle) -> str:
    """A running head: page number, section, paper and date."""
    forms = (
        f"{st.page_no}  {st.section}  {st.date}",
        f"{st.date}  {st.section}  {st.page_no}",
        f"{st.paper}  {st.date}  {st.section}  第{st.page_no}版",
        f"{st.section}  {st.page_no:02d}  {st.paper}  {st.date}",
    )
    return rng.choice(forms)


def feet(rng: random.Random) -> list[str]:
    """本版责编 / 版式设计 lines."""
    out = ["本版责编：" + "  ".join(fake_name(rng) for _ in range(rng.randint(1, 3)))]
    if rng.random() < 0.5:
        out.append("版式设计：" + fake_name(rng))
    if rng.random() < 0.4:
        out = ["　".join(out)]
    return out


def para_lines(text: str, cols: int, st: PageStyle, rng: random.Random, indent: bool) -> list[Line]:
    """A body paragraph cut at the column width, with the page's indent and OCR habits."""
    shown = ocr_spaces(text, rng, st.ocr) if st.ocr else text
    lead = "　　" if indent and st.indent != "blank" else ""
    limit = max_line_width(cols)
    return [(ln, limit) for ln in wrap(shown, cols, lead)]


OPENERS, CLOSERS = "《“（‘「", "》”）’」"
PHRASE_END = "，、：；！？ 　" + CLOSERS


def title_cuts(text: str) -> dict[int, int]:
    """Where an editor may break a headline, with a cost: 0 after punctuation, 2 between two words.

    Never inside 《…》, “…” or （…）, and never next to a one-character word ("本月|起施行" is a
    cut inside a phrase), so a break falls between phrases.
    """
    import jieba  # noqa: PLC0415 (loads its dictionary; only cut headlines need it)

    inside = [0] * (len(text) + 1)
    depth = 0
    for i, c in enumerate(text):
        depth += (c in OPENERS) - (c in CLOSERS)
        inside[i + 1] = max(depth, 0)
    cuts: dict[int, int] = {}
    at = 0
    words = jieba.lcut(text)
    for a, b in zip(words, words[1:], strict=False):
        at += len(a)
        if inside[at]:
            continue
        if a[-1] in PHRASE_END:
            cuts[at] = 0
        elif len(a) >= 2 and len(b) >= 2 and b[0] not in PHRASE_END:
            cuts[at] = 2
    return cuts


def title_lines(text: str, rng: random.Random, cut: bool) -> list[Line]:
    """A headline on one line, or cut over two or three narrow lines at phrase boundaries."""
    if not cut:
        return [(text, None)]
    parts = rng.choice((2, 3)) if len(text) >= 16 else 2
    cuts = title_cuts(text)
    for n in (parts, 2) if parts == 3 else (2,):
        at, chosen = 0, []
        for k in range(1, n):
            target = len(text) * k // n
            ok = [
                c
                for c in cuts
                if c - at >= 4
                and len(text) - c >= 4 * (n - k)
                # after punctuation a line may be shorter than between two words
                and abs(c - target) <= (target * 2 // 3 if cuts[c] == 0 else target // 2)
            ]
            if not ok:
                break
            at = min(ok, key=lambda c: (abs(c - target) + cuts[c], c))
            chosen.append(at)
        else:
            bounds = [0, *chosen, len(text)]
            return [(text[a:b].strip(" 　"), None) for a, b in zip(bounds, bounds[1:], strict=False)]
    return [(text, None)]  # no phrase boundary near the middle: the headline stays on one line


def credit_people(credit: str) -> list[tuple[str, str]]:
    """The people a photo credit names: "新华社记者X摄" -> 记者 X; "X摄（Y）" -> X with no role.

    摄 names the role of a person the credit gives no other role (the convention of validation10).
    """
    core = re.sub(r"（[^（）]*）$", "", credit.strip()).strip()
    shot = core.endswith("摄")
    core = re.sub(r"\s*摄$", "", core)
    got = parse_credit_people(core) or []
    if not shot and all(not r for r, _ in got):
        return []  # "资料图片", "受访者供图": a source, not a person
    return [("" if shot and not r else r, n) for r, n in got]


def join_blocks(blocks: list[list[Line]], glue: list[bool]) -> list[Line]:
    """Blocks one after another, a blank line between them unless glue[i] says they run on."""
    out: list[Line] = []
    for i, b in enumerate(blocks):
        if not b:
            continue
        if out and not (i < len(glue) and glue[i]):
            out.append(("", None))
        out.extend(b)
    return out


def column_breaks(lines: list[Line], rng: random.Random, mid_head: str | None) -> tuple[list[Line], bool]:
    """Blank lines where a column ends, mid-paragraph or not; maybe a running head at one of them."""
    height = rng.randint(9, 26)
    count = rng.randint(0, height // 2)
    out: list[Line] = []
    used = False
    for i, (ln, lim) in enumerate(lines):
        out.append((ln, lim))
        if not ln:
            continue
        count += 1
        if count >= height and i + 1 < len(lines):
            count = 0
            if lines[i + 1][0]:
                out.append(("", None))
            if mid_head and not used:
                if lines[i + 1][0]:
                    out.extend([(mid_head, None), ("", None)])
                else:
                    out.extend([("", None), (mid_head, None)])
                used = True
    return out, used


def byline_lines(shown: str, cols: int) -> list[str]:
    """A byline set in its column: a line too long breaks between names, never inside one."""
    if width(shown) <= cols + 2:
        return [shown]
    parts = re.split(r"(\s{2,}|\u3000)", shown)
    lines, cur = [], ""
    for i in range(0, len(parts), 2):
        word = parts[i]
        gap = parts[i - 1] if i else ""
        if cur and width(cur + gap + word) > cols + 2 and not re.fullmatch(r"\S", word):
            lines.append(cur)
            cur = word
        else:
            cur = cur + gap + word
    lines.append(cur)
    return lines


def provincial_dateline(dateline: str, authors: list[tuple[str, str]]) -> str:
    """A wire-style dateline as a provincial daily prints it: "本报讯（记者 X）"."""
    if not dateline.startswith("本报") or not authors:
        return dateline
    roles: dict[str, list[str]] = {}
    for r, n in authors:
        roles.setdefault(r, []).append(n)
    inner = " ".join(f"{r} {' '.join(ns)}" for r, ns in roles.items())
    return f"本报讯（{inner}）"


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, each with its closing mark; none cut out of a quotation."""
    found = re.findall(r"[^。！？]+[。！？]”?", text)
    return [s for s in found if len(s) >= 16 and s.count("“") == s.count("”")]


def render_article(
    story: Story,
    st: PageStyle,
    rng: random.Random,
    *,
    jump_to: int | None = None,
    jump_from: int | None = None,
    mid_head: str | None = None,
) -> Item:
    """One article as printed, with its truth and the conventions it shows."""
    tags: set[str] = {"era_" + story.era}
    cols = st.cols
    items = list(story.items)
    if rng.random() < RATES["own_width"]:
        cols = rng.randint(12, 20)
        if cols != st.cols:
            tags.add("mixed_widths")
    if story.body_chars() < 450 and rng.random() < RATES["wide_item"]:
        cols = st.cols + rng.randint(4, 12)
        tags.add("wide_item")
    kicker, headline, subtitle = story.kicker, story.headline, story.subtitle
    byline, authors, dateline = story.byline, list(story.authors), story.dateline
    if jump_from is not None:
        start = rng.randint(2, len(items) - 2)
        items = items[start:]
        kicker = subtitle = byline = dateline = None
        authors = []
        tags.add("continued_from")
    if jump_to is not None:
        # stop after the second body paragraph at the earliest, before the last item
        bodies = [i for i, (k, _) in enumerate(items) if k == "body"]
        stop = rng.randint(bodies[1] + 1, max(bodies[1] + 1, min(len(items) - 1, 6)))
        items = items[:stop]
        kind, last = items[-1]
        if kind == "body" and len(last) > 40:
            items[-1] = (kind, last[: rng.randint(20, len(last) - 10)])
        tags.add("continued_to")

    # ---- title block
    head_lines: list[list[Line]] = []
    kwidth = rng.randint(cols + 2, cols * 3)
    one_line = bool(kicker and len(kicker) <= 10 and rng.random() < RATES["kicker_headline_one_line"])
    if kicker:
        tags.add("kicker")
        if kicker.endswith("——"):
            tags.add("kicker_dash")
        if len(kicker) > cols:
            tags.add("kicker_long")
        if not one_line:
            head_lines.append([(ln, None) for ln in wrap(kicker, kwidth)])
    two_part = "  " in headline
    if two_part:
        tags.add("two_part_headline")
    if re.search(r"（[^（）]+）$", headline):
        tags.add("column_tag")
    if one_line:
        tags.add("kicker_headline_one_line")
        head_lines.append([(kicker + rng.choice(("  ", "　", " ")) + headline, None)])
    elif len(headline) <= 7 and rng.random() < RATES["spaced_headline"]:
        tags.add("spaced_heading")
        head_lines.append([(letter_space(headline, rng.choice((" ", "  "))), None)])
    else:
        cut = not two_part and len(headline) >= 10 and rng.random() < RATES["headline_cut"]
        head_lines.append(title_lines(headline, rng, cut))
        if len(head_lines[-1]) > 1:
            tags.add("headline_cut")
    if jump_from is not None:
        head_lines.append([(f"（上接第{jump_from}版）", None)])
    if subtitle:
        tags.add("subtitle")
        shown = subtitle
        if not subtitle.startswith("——") and rng.random() < RATES["subtitle_dash_added"]:
            shown = "——" + subtitle
        if shown.startswith("——"):
            tags.add("subtitle_dash")
        head_lines.append([(ln, None) for ln in wrap(shown, kwidth)])

    # ---- byline
    by_block: list[Line] = []
    truth_byline = None
    if byline:
        truth_byline = " ".join(byline.split())
        shown = byline
        roles = {r for r, _ in authors}
        if story.era == "1998" and rng.random() < RATES["byline_1998_spaced"]:
            # the 1998 text runs role and name together; a modern typesetting puts a gap between
            shown = re.sub(r"^(\S*?(?:记者|通讯员))(?=\S)", r"\1" + rng.choice(("  ", " ")), shown)
        if len(authors) > 1:
            tags.add("byline_multi")
        if roles == {""}:
            tags.add("byline_bare_name")
        elif rng.random() < RATES["byline_spaced_role"]:
            m = re.match(r"^(\S+?(?:记者|通讯员))\s*", shown)
            if m:
                shown = letter_space(m.group(1)) + "  " + shown[m.end() :]
                tags.add("byline_spaced_role")
        if "byline_spaced_role" not in tags and roles == {"记者"} and rng.random() < RATES["byline_wen"]:
            shown = "文/" + shown
            tags.add("byline_wen")
        if rng.random() < RATES["byline_square"]:
            shown = rng.choice(("■ ", "■ ", "■", "□ ", "◎")) + shown
            tags.add("byline_square")
        by_block = [(ln, None) for ln in byline_lines(shown, cols)]
        if len(by_block) > 1:
            tags.add("byline_two_lines")
        tags.add("byline")
    elif dateline:
        if story.era == "2026" and rng.random() < RATES["dateline_provincial"]:
            dateline = provincial_dateline(dateline, authors)
            tags.add("dateline_provincial")
        truth_byline = " ".join(dateline.split())
        tags.add("dateline")

    # ---- body
    truth_paras: list[str] = []
    blocks: list[list[Line]] = []
    glue: list[bool] = []
    indent_noblank = st.indent == "indent_noblank"
    core: list[str] = []
    body_texts = [t for k, t in items if k == "body"]
    reporter = bool(byline) and any(r == "记者" for r, _ in authors)
    if (
        story.era == "2026"
        and reporter
        and jump_from is None
        and len(body_texts) >= 5
        and rng.random() < RATES["core_box"]
    ):
        picked = sentences(body_texts[1])[:1] + sentences(body_texts[-1])[:1]
        if picked:
            core = ["核心阅读", "".join(picked)]
            tags.add("core_box")
    elif (
        story.era == "2026"
        and reporter
        and jump_from is None
        and len(body_texts) >= 4
        and rng.random() < RATES["editor_note"]
    ):
        picked = sentences(body_texts[len(body_texts) // 2])[:1] + sentences(body_texts[-1])[:1]
        if picked:
            note = "编者按：" + "".join(picked)
            blocks.append(para_lines(note, cols, st, rng, False))
            glue.append(False)
            truth_paras.append(note)
            tags.add("editor_note")
    if core:
        label = letter_space(core[0]) if rng.random() < RATES["spaced_label"] else core[0]
        blocks.append([(label, None)])
        glue.append(False)
        blocks.append(para_lines(core[1], cols, st, rng, False))
        glue.append(False)
        truth_paras.extend(core)
    notes_at = None
    if (
        story.era == "2026"
        and reporter
        and jump_to is None
        and len(body_texts) >= 6
        and items[-2][0] == "body"
        and not any("手记" in t for _, t in items)
        and rng.random() < RATES["reporter_notes"]
    ):
        notes_at = len(items) - 2

    # photos of the 2026 texts
    cap_blocks: list[list[Line]] = []
    cap_truth: list[str] = []
    place = pick(rng, PHOTO_PLACE)
    if story.photos and jump_from is None and jump_to is None:
        own = rng.random() < RATES["credit_own_line"]
        cw = cols + rng.randint(4, 20) if rng.random() < RATES["wide_caption"] else cols
        credited = any(credit for _, credit in story.photos)
        photos = list(story.photos)
        numbered = any(re.match(r"图[①-⑩]", c) for c, _ in photos)
        if len(photos) >= 2 and not numbered and rng.random() < RATES["number_captions"]:
            marks = "①②③④⑤⑥⑦⑧⑨⑩"
            photos = [
                (f"图{marks[i]}：{c}" if c and not c.startswith(("数据来源", "本版")) else c, cr)
                for i, (c, cr) in enumerate(photos[:10])
            ]
        for cap, credit in photos:
            if (
                not credited
                and not credit
                and cap
                and not cap.startswith(("数据来源", "本版"))
                and rng.random() < RATES["credit_added"]
            ):
                credit = rng.choice(("受访者供图", "资料图片"))
                tags.add("credit_supplied")
            if cap.startswith("图") and re.match(r"图[①-⑩]", cap):
                tags.add("photo_numbered")
            if credit.startswith("以上图片"):
                tags.add("photos_all_credit")
            if credit.endswith("供图"):
                tags.add("photo_supplied")
            if own or not cap:
                if cap:
                    cap_blocks.append([(ln, max_line_width(cw)) for ln in wrap(cap, cw)])
                    cap_truth.append(truth_text(cap))
                if credit:
                    cap_blocks.append([(credit, None)])
                    cap_truth.append(truth_text(credit))
                    tags.add("credit_own_line")
            else:
                text = cap + (rng.choice(("　　", "  ", " ")) + credit if credit else "")
                cap_blocks.append([(ln, max_line_width(cw)) for ln in wrap(text, cw)])
                cap_truth.append(truth_text(text))
                if credit:
                    tags.add("credit_end")
        tags.add("photo_" + place)

    # the body's items
    link_at = None
    long_last = items[-1][0] == "body" and len(items[-1][1]) >= 50
    if len(body_texts) >= 4 and long_last and jump_to is None and rng.random() < RATES["link_box"]:
        link_at = len(items) - 1
        tags.add("link_box")
    inside_at = rng.randint(1, max(1, len(items) - 1)) if place == "inside" else -1
    first_body = True
    prev_short = False
    for idx, (kind, text) in enumerate(items):
        if idx == inside_at and cap_blocks:
            for b in cap_blocks:
                blocks.append(b)
                glue.append(False)
            truth_paras.extend(cap_truth)
            prev_short = False
        if idx == notes_at:
            label = rng.choice(("记者手记", "■记者手记", "记 者 手 记"))
            blocks.append([(label, None)])
            glue.append(False)
            truth_paras.append(truth_text(label.lstrip("■")))
            tags.add("reporter_notes")
        if idx == link_at:
            blocks.append([(rng.choice(LINK_HEADS), None)])
            glue.append(False)
            truth_paras.append(blocks[-1][0][0].lstrip("■"))
        if kind == "subhead":
            tags.add("subheads")
            if text.endswith("？"):
                tags.add("question_subhead")
                if idx + 1 < len(items) and items[idx + 1][0] == "subhead":
                    tags.add("question_subsubhead")
            if "记者手记" in text:
                tags.add("reporter_notes")
            shown = letter_space(text) if len(text) <= 5 and rng.random() < RATES["spaced_label"] else text
            # a subhead is set in its column: a long one runs over two lines
            blocks.append([(ln, max_line_width(cols)) for ln in wrap(shown, cols)])
            glue.append(False)
            truth_paras.append(truth_text(text))
            prev_short = False
            continue
        if kind == "caption":
            tags.add("photo_1998_caption")
            m = re.search(r"（([^（）]*摄)）$", text)
            if m and rng.random() < RATES["credit_own_line"]:
                cap, credit = text[: m.start()], m.group(1)
                blocks.append(para_lines(cap, cols, st, rng, False))
                glue.append(False)
                blocks.append([(credit, None)])
                glue.append(False)
                truth_paras.extend([truth_text(cap), truth_text(credit)])
                tags.add("credit_own_line")
            else:
                blocks.append(para_lines(text, cols, st, rng, False))
                glue.append(False)
                truth_paras.append(truth_text(text))
                if m:
                    tags.add("credit_end")
            prev_short = False
            continue
        if text.startswith("编者按") or text.replace(" ", "") == "——编者":
            tags.add("editor_note")
        if re.match(r"^（.*(作者为|参与采写|整理|摘编自)", text):
            tags.add("trailer")
        shown = text
        if first_body and dateline:
            sep = rng.choice(("  ", " ", "", "　")) if story.era == "2026" else rng.choice(("", " "))
            shown = dateline + sep + text
        lines = para_lines(shown, cols, st, rng, True)
        run_on = False
        if not first_body and indent_noblank:
            run_on = True
            tags.add("indent_noblank")
        elif (
            not first_body
            and st.indent != "indent_noblank"
            and prev_short
            and rng.random() < RATES["missing_blank"]
        ):
            run_on = True
            tags.add("missing_blank")
        blocks.append(lines)
        glue.append(run_on)
        truth_paras.append(truth_text(text))
        first_body = False
        last = lines[-1][0] if lines else ""
        prev_short = width(last) < cols - 1.5
    if jump_to is not None:
        blocks.append([(f"（下转第{jump_to}版）", None)])
        glue.append(False)
    if st.indent != "blank":
        tags.add("indent")

    # ---- assemble in print order
    body_lines = join_blocks(blocks, glue)
    cap_lines = join_blocks(cap_blocks, [False] * len(cap_blocks))
    parts: list[list[Line]] = []
    paras: list[str] = []
    top: list[Line] = []
    title = join_blocks(head_lines, [st.tight_titles] * len(head_lines))
    if st.tight_titles and len(head_lines) > 1:
        tags.add("title_lines_tight")
    after = rng.random() < RATES["headline_after"]
    if after:
        tags.add("headline_after")
    else:
        parts.append(title)
    parts.append(by_block)
    if cap_blocks and place == "top":
        top = cap_lines
        paras.extend(cap_truth)
    elif cap_blocks and place == "before":
        parts.append(cap_lines)
        paras.extend(cap_truth)
    flow, used_head = column_breaks(body_lines, rng, mid_head)
    if used_head:
        tags.add("mid_running_head")
    parts.append(flow)
    paras.extend(truth_paras)
    if cap_blocks and place == "after":
        parts.append(cap_lines)
        paras.extend(cap_truth)
    if after:
        parts.append(title)
    lines = join_blocks(parts, [False] * len(parts))
    truth = {
        "kind": "article",
        "kicker": kicker,
        "headline": headline,
        "subtitle": subtitle,
        "byline": truth_byline,
        "authors": [{"role": r, "name": n} for r, n in authors],
        "paragraphs": paras,
    }
    return Item(lines=lines, truth=truth, tags=tags, top=top)


def render_photo(
    title: str | None, captions: list[str], credit: str | None, st: PageStyle, rng: random.Random
) -> Item:
    """A photo standing alone: an optional title, caption lines wider than the column, a credit."""
    tags = {"standalone_photo", "era_" + st.era}
    cw = st.cols + rng.randint(6, 30)
    credit_shown = None
    blocks: list[list[Line]] = []
    if title:
        blocks.append([(title, None)])
        tags.add("photo_title")
    texts = list(captions)
    own = bool(credit) and rng.random() < RATES["credit_own_line"]
    if credit and not own:
        credit_shown = rng.choice(("  ■ ", " ■ ", "　　", "  "))
        texts[-1] = texts[-1] + credit_shown + credit
        tags.add("credit_end")
    for t in texts:
        blocks.append([(ln, max_line_width(cw)) for ln in wrap(t, cw)])
    if own and credit:
        blocks.append([(credit, None)])
        tags.add("credit_own_line")
    people = credit_people(credit) if credit else []
    byline = None
    if credit:
        byline = " ".join(re.sub(r"（[^（）]*）$", "", credit).removesuffix("摄").split()) or None
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": title,
        "subtitle": None,
        "byline": byline,
        "authors": [{"role": r, "name": n} for r, n in people],
        "paragraphs": [truth_text(c) for c in captions],
    }
    return Item(lines=join_blocks(blocks, [False] * len(blocks)), truth=truth, tags=tags)


def render_briefs(stories: list[Story], st: PageStyle, rng: random.Random) -> tuple[list[Line], list[Item]]:
    """A brief-news column: a heading, then short items each led by its own headline."""
    head = rng.choice(BRIEF_HEADS)
    lines: list[Line] = [(letter_space(head) if rng.random() < RATES["spaced_label"] else head, None)]
    inline = rng.random() < RATES["brief_inline"]
    items = []
    for s in stories:
        text = s.items[0][1]
        shown = (s.dateline + rng.choice(("", " ", "  ")) if s.dateline else "") + text
        block: list[Line]
        if inline:
            lead = rng.choice(("■", "●", "")) + s.headline + rng.choice(("　", "  ", " "))
            block = para_lines(lead + shown, st.cols, st, rng, False)
        else:
            block = [(s.headline, None), ("", None), *para_lines(shown, st.cols, st, rng, False)]
        truth = {
            "kind": "article",
            "kicker": None,
            "headline": s.headline,
            "subtitle": None,
            "byline": " ".join(s.dateline.split()) if s.dateline else None,
            "authors": [{"role": r, "name": n} for r, n in s.authors],
            "paragraphs": [truth_text(text)],
        }
        items.append(Item(lines=block, truth=truth, tags={"brief_column", "era_" + s.era}))
    return lines, items
