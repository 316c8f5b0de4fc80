"""One story laid out as a PDF extractor gives it, with its truth.

Every convention is its own random draw at the rate in RATES (README.md lists them). Truth holds
the text as printed on paper: the extractor's OCR spaces and line cuts are not in it; captions
printed with a story are paragraphs of it, in page order, with their credit lines.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .stories import CJK_NAME, ROLE_LABEL, Byline, Caption, Story, fold, parse_names
from .text import balanced_cut, letter_spaced, ocr_spaces, spaced_name, width, wrap

RATES = {
    "own_width": 0.3,  # an item set at its own column width (12–20), not the page's
    "wide_short_item": 0.35,  # a short item set in wider lines than the page's columns
    "kicker_one_line": 0.8,  # a kicker longer than the column printed on one wide line (else cut)
    "kicker_add_dash": 0.15,  # a kicker printed with a closing "——"
    "headline_two_lines": 0.3,  # a two-part headline printed as two lines
    "headline_cut": 0.4,  # a headline longer than 22 characters cut over two lines
    "column_tag_own_line": 0.15,  # a column tag （今日谈） printed on the line after the headline
    "subtitle_add_dash": 0.45,  # a subtitle without "——" printed with one
    "subtitle_drop_dash": 0.2,  # a subtitle with "——" printed without it
    "byline_groups_one_line": 0.5,  # several byline groups on one line (else one line each)
    "bare_name_at_end": 0.1,  # a bare signed name printed after the body
    "dateline_close": 0.25,  # dateline run into the text with no gap (else two spaces or one)
    "dateline_inner_space": 0.2,  # （记者 X） with a space after the role
    "core_box": 0.05,  # 核心阅读 box made of the first paragraph (long features)
    "captions_before_title": 0.2,
    "captions_before_body": 0.2,
    "captions_inside": 0.3,
    "captions_after_body": 0.25,
    "captions_top_of_page": 0.05,
    "credit_own_line": 0.45,  # a caption's credit on its own line (else at the caption's end)
    "caption_wide": 0.5,  # captions set wider than the column (a photo spanning columns)
    "caption_gap": 0.7,  # a blank line between two captions
    "pull_quote": 0.05,  # a sentence of the story repeated in large type (not in truth)
    "subhead_blank": 0.7,  # an in-body subhead set off by blank lines
}


@dataclass
class Habits:
    """One page's extractor and typesetting habits."""

    width: int
    para_blank: float
    indent: bool
    ocr: float
    name_gap: str
    mark: float
    role_spaced: bool
    title_blank: float
    col_height: tuple[int, int]
    after: float
    norm: Callable[[str], str]


@dataclass
class Piece:
    """Lines printed together (blank lines inside are column or block breaks); `limit` bounds widths."""

    lines: list[str]
    limit: float


@dataclass
class Rendered:
    """A laid-out item: its pieces in page order, truth, tags; captions set at the top of the page."""

    pieces: list[Piece]
    truth: dict
    tags: set[str] = field(default_factory=set)
    top: Piece | None = None


def _hit(rng: random.Random, name: str) -> bool:
    return rng.random() < RATES[name]


def byline_lines(bylines: list[Byline], h: Habits, rng: random.Random) -> tuple[list[str], set[str]]:
    """The printed byline: role label, two-space gaps, letter-spaced two-character names."""
    tags: set[str] = set()
    texts = []
    for b in bylines:
        names = "  ".join(spaced_name(n, h.name_gap) for n in b.names)
        if not b.label:
            texts.append(names)
            tags.add("byline_bare")
            continue
        label = letter_spaced(b.label) if h.role_spaced else b.label
        if h.role_spaced:
            tags.add("byline_role_spaced")
        texts.append(label + rng.choice(["  ", " ", "  "]) + names)
        if len(b.names) > 1:
            tags.add("byline_multi")
        if "驻" in b.label:
            tags.add("byline_resident")
    if any(len(n) == 2 for b in bylines for n in b.names) and h.name_gap:
        tags.add("names_letter_spaced")
    if len(texts) > 1 and _hit(rng, "byline_groups_one_line"):
        texts = ["  ".join(texts)]
    if bylines[0].label and rng.random() < h.mark:
        texts[0] = "■ " + texts[0]
        tags.add("byline_mark")
    return texts, tags


def caption_blocks(
    caps: list[Caption], cw: float, h: Habits, rng: random.Random, own_line: bool
) -> tuple[list[str], list[str], set[str]]:
    """Printed lines and truth paragraphs of a story's captions."""
    lines: list[str] = []
    paras: list[str] = []
    tags = {"captions"}
    for k, c in enumerate(caps):
        text = h.norm(c.text)
        credit = h.norm(c.credit) if c.credit else None
        if re.match(r"^图[①-⑳]", text):
            tags.add("caption_numbered")
        if credit and credit.startswith("以上图片均为"):
            tags.add("credit_all")
        if credit and credit.endswith("供图"):
            tags.add("credit_supplied")
        if k and _hit(rng, "caption_gap"):
            lines.append("")
        if credit and own_line:
            lines += wrap(ocr_spaces(text, rng, h.ocr), cw) + wrap(credit, cw)
            paras += [text, credit]
            tags.add("credit_own_line")
        elif credit:
            joined = text + "  " + credit
            lines += wrap(ocr_spaces(joined, rng, h.ocr), cw)
            paras.append(joined)
            tags.add("credit_at_end")
        else:
            lines += wrap(ocr_spaces(text, rng, h.ocr), cw)
            paras.append(text)
    return lines, paras, tags


def column_breaks(lines: list[str], rng: random.Random, h: Habits) -> list[str]:
    """A blank line after every column's worth of text lines, even mid-sentence."""
    height = rng.randint(*h.col_height)
    out: list[str] = []
    run = 0
    for line in lines:
        if not line:
            out.append(line)
            continue
        if run == height:
            if out and out[-1]:
                out.append("")
            run = 0
        out.append(line)
        run += 1
    return out


def title_lines(
    story: Story, w: float, h: Habits, rng: random.Random
) -> tuple[list[list[str]], dict, set[str]]:
    """Kicker, headline and subtitle as printed (groups of lines) and their truth fields."""
    tags: set[str] = set()
    groups: list[list[str]] = []
    truth: dict = {"kicker": None, "headline": None, "subtitle": None}
    if story.kicker:
        k = h.norm(story.kicker)
        truth["kicker"] = k
        tags.add("kicker")
        if not k.endswith("——") and _hit(rng, "kicker_add_dash"):
            k += "——"
        if k.endswith("——"):
            tags.add("kicker_dash")
        if width(k) > w:
            tags.add("kicker_long")
            groups.append([k] if _hit(rng, "kicker_one_line") else wrap(k, w))
        else:
            groups.append([k])
    head = h.norm(story.headline)
    truth["headline"] = head
    tag = re.search(r"（[^（）]{2,10}）$", head)
    lines = [head]
    if tag:
        tags.add("column_tag")
    if "  " in head:
        tags.add("headline_two_part")
        if _hit(rng, "headline_two_lines"):
            lines = [p.strip() for p in head.split("  ") if p.strip()]
            tags.add("headline_two_lines")
    elif tag and _hit(rng, "column_tag_own_line"):
        lines = [head[: tag.start()], tag.group()]
        tags.add("column_tag_own_line")
    elif len(head) > 22 and _hit(rng, "headline_cut"):
        lines = balanced_cut(head)
        tags.add("headline_cut")
    groups.append(lines)
    if story.subtitle:
        s = h.norm(story.subtitle)
        truth["subtitle"] = s
        tags.add("subtitle")
        if s.startswith("——"):
            if _hit(rng, "subtitle_drop_dash"):
                s = s[2:]
        elif _hit(rng, "subtitle_add_dash"):
            s = "——" + s
        tags.add("subtitle_dash" if s.startswith("——") else "subtitle_plain")
        groups.append([s] if width(s) <= max(w, 30) else wrap(s, max(w, 30)))
    return groups, truth, tags


def _title_piece(groups: list[list[str]], h: Habits, rng: random.Random) -> Piece:
    lines: list[str] = []
    for g in groups:
        if lines and rng.random() < h.title_blank:
            lines.append("")
        lines += g
    return Piece(lines, max(width(x) for x in lines))


def _dateline_text(story: Story, h: Habits, rng: random.Random) -> str:
    text = h.norm(story.dateline or "")
    if _hit(rng, "dateline_inner_space"):
        text = re.sub(r"（(记者|通讯员)(?=[\u4e00-\u9fff])", r"（\1 ", text)
    if _hit(rng, "dateline_close"):
        return text.replace("  ", "")
    return text + rng.choice(["  ", " "]) if not text.endswith(" ") else text


def render_article(story: Story, h: Habits, rng: random.Random) -> Rendered:
    """A story as pieces of printed lines plus its truth."""
    tags: set[str] = {"source_" + story.source}
    paras = [h.norm(p) for p in story.paragraphs]
    w: float = h.width
    if _hit(rng, "own_width"):
        w = rng.randint(12, 20)
        tags.add("own_width")
    if len(paras) <= 3 and sum(map(len, paras)) <= 320 and _hit(rng, "wide_short_item"):
        w = min(w + rng.randint(3, 9), 30)
        tags.add("wide_item")
    groups, truth, ttags = title_lines(story, w, h, rng)
    tags |= ttags
    after = rng.random() < h.after
    tags.add("head_after" if after else "head_before")

    # boxes and subheads stay in the body; a 核心阅读 box is the first paragraph under its label
    body: list[tuple[str, str]] = [("p", p) for p in paras]
    reporters = bool(story.bylines and story.bylines[0].label)
    lede_ok = len(paras) >= 5 and 40 <= len(paras[0]) <= 160 and paras[0].endswith("。")
    if reporters and lede_ok and _hit(rng, "core_box"):
        body.insert(0, ("box", "核心阅读"))
        tags.add("box_core")
    joined = "\n".join(paras)
    for label, tag in (("编者按", "box_editor"), ("记者手记", "box_notes"), ("延伸阅读", "box_more")):
        if label in joined:
            tags.add(tag)
    if any(re.fullmatch(r"（.{2,60}(参与采写|整理|作者为.*)）", p) for p in paras[-2:]):
        tags.add("trailer")

    place = None
    cw: float = w
    cap_lines: list[str] = []
    cap_paras: list[str] = []
    if story.captions:
        place = rng.choices(
            ["before_title", "before_body", "inside", "after_body", "top"],
            [
                RATES["captions_" + k]
                for k in ("before_title", "before_body", "inside", "after_body", "top_of_page")
            ],
        )[0]
        cw = w if not _hit(rng, "caption_wide") else min(w + rng.randint(4, 22), 40)
        cap_lines, cap_paras, ctags = caption_blocks(story.captions, cw, h, rng, _hit(rng, "credit_own_line"))
        tags |= ctags | {"captions_" + place}

    # the body: paragraphs cut at the column width, blank lines where the extractor puts them
    lines: list[str] = []
    truth_paras: list[str] = []
    inside_at = None
    if place == "inside":
        inside_at = story.caption_at if 0 < story.caption_at < len(body) else rng.randint(1, len(body) - 1)
    pull_at = None
    pull = None
    if len(paras) >= 6 and _hit(rng, "pull_quote"):
        src = rng.randrange(1, len(paras) - 2)
        sents = [s + "。" for s in paras[src].split("。") if 12 <= len(s) <= 34]
        if sents:
            pull, pull_at = rng.choice(sents), src + 2
            tags.add("pull_quote")
    for i, (kind, text) in enumerate(body):
        if i == inside_at:
            lines += ([""] if lines and lines[-1] else []) + cap_lines + [""]
            truth_paras += cap_paras
        if i == pull_at and pull:
            lines += ([""] if lines and lines[-1] else []) + wrap("“" + pull + "”", max(w - 3, 8)) + [""]
        printed = text
        if i == 0 and story.dateline:
            printed = _dateline_text(story, h, rng) + text
            tags.add("dateline")
        printed = ocr_spaces(printed, rng, h.ocr)
        subhead = kind == "p" and len(text) <= w and not text.endswith(("。", "！", "”", "…"))
        if subhead:
            tags.add("subhead_question" if text.endswith("？") else "subhead")
        if h.indent and kind == "p" and not subhead:
            printed = "\u3000\u3000" + printed
        if subhead and _hit(rng, "subhead_blank") and lines and lines[-1]:
            lines.append("")
        lines += wrap(printed, w)
        truth_paras.append(text)
        if rng.random() < h.para_blank or kind == "box" or (subhead and _hit(rng, "subhead_blank")):
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    lines = column_breaks(lines, rng, h)
    limit = max(w, cw if place == "inside" else 0) + 2

    by_lines: list[str] = []
    by_at_end = False
    if story.bylines:
        by_lines, btags = byline_lines(story.bylines, h, rng)
        tags |= btags
        by_at_end = not story.bylines[0].label and _hit(rng, "bare_name_at_end")
        if by_at_end:
            tags.add("byline_at_end")
    truth.update(
        kind="article",
        byline=story.byline_truth(),
        authors=story.authors(),
    )
    truth = {k: truth[k] for k in ("kind", "kicker", "headline", "subtitle", "byline", "authors")}
    if story.contributors():
        truth["contributors"] = story.contributors()

    title = _title_piece(groups, h, rng)
    byline = Piece(by_lines, max(map(width, by_lines), default=0)) if by_lines else None
    body_piece = Piece(lines, limit)
    caps = Piece(cap_lines, cw + 2) if cap_lines else None
    pieces: list[Piece] = []
    order: list[str] = []
    if not after:
        order = ["caps_title", "title", "caps_body", "byline", "body", "caps_after"]
    else:
        order = ["caps_title", "caps_body", "byline", "body", "caps_after", "title"]
    final_paras: list[str] = []
    for name in order:
        if name == "title":
            pieces.append(title)
        elif name == "byline" and byline and not by_at_end:
            pieces.append(byline)
        elif name == "body":
            pieces.append(body_piece)
            final_paras += truth_paras
            if byline and by_at_end:
                pieces.append(byline)
        elif name.startswith("caps") and caps:
            want = {"caps_title": "before_title", "caps_body": "before_body", "caps_after": "after_body"}[
                name
            ]
            if place == want:
                pieces.append(caps)
                final_paras += cap_paras
    top = None
    if place == "top" and caps:
        top = caps
        final_paras = cap_paras + final_paras
    truth["paragraphs"] = final_paras
    return Rendered(pieces, truth, tags, top)


def credit_people(credit: str, names: list[str] | None = None) -> tuple[str, list[dict]]:
    """A photo credit (新华社记者X摄, 黄  丽摄（影像中国）) as a byline and authors.

    `names`, when given, are the credit's people as the source tagged them (for names printed
    with no gap between them); otherwise they are read from the credit's text.
    """
    core = re.sub(r"（[^（）]*）$", "", credit).strip()
    core = re.sub(r"^(?:(?:以上|本栏|本版)?(?:图片|照片)均为|压题照片[：:])", "", core)
    shot = core.endswith("摄")
    core = core[:-1] if shot else core
    m = ROLE_LABEL.match(core)
    label = m.group(1) if m else ""
    rest = core[len(label) :].replace(" ", "")
    if not (names and "".join(names) == rest):  # tagged names win: "X Y" glued reads as one name
        names = parse_names(core[len(label) :]) if rest else None
        if names is None:
            names = [rest] if CJK_NAME.match(rest) else []
    # "X摄" with no role word before it: the credit prints no role, as a signature prints none
    role = Byline(label, names).role or ("" if shot else None)
    return fold(credit), [{"role": role, "name": n} for n in names]


def render_photo(story: Story, h: Habits, rng: random.Random) -> Rendered:
    """A photo standing alone: its caption in wide lines and its credit (kind photo)."""
    cap = story.captions[0]
    text = h.norm(cap.text)
    credit = h.norm(cap.credit or "")
    cw = rng.randint(max(h.width, 18), 44)
    tags = {"photo_alone"}
    byline, authors = credit_people(credit, cap.names) if credit else (None, [])
    # the ■ mark replaces 摄, so only a credit with a role word before the name takes it
    if credit and authors and authors[0]["role"] not in (None, "") and rng.random() < 0.2:
        printed_credit = "■ " + credit[:-1] if credit.endswith("摄") else "■ " + credit
        tags.add("photo_credit_mark")
    else:
        printed_credit = credit
    if printed_credit and rng.random() < 0.5:
        lines = wrap(ocr_spaces(text + " " + printed_credit, rng, h.ocr), cw)
        tags.add("photo_credit_at_end")
    else:
        lines = wrap(ocr_spaces(text, rng, h.ocr), cw) + ([printed_credit] if printed_credit else [])
        tags.add("photo_credit_own_line")
    if byline and printed_credit.startswith("■ "):
        byline = fold(printed_credit[2:])
    head = h.norm(story.headline) if story.headline and len(story.captions) == 1 else None
    if head:
        lines = [head, *([""] if rng.random() < h.title_blank else []), *lines]
        tags.add("photo_titled")
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": head,
        "subtitle": None,
        "byline": byline,
        "authors": authors,
        "paragraphs": [text],
    }
    limit = max(cw + 2, width(printed_credit), width(head or ""))
    return Rendered([Piece(lines, limit)], truth, tags)
