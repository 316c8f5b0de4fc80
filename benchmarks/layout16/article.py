"""One article (or stand-alone photo) as printed lines plus its truth record (layout16)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .sources import Story
from .typeset import column_breaks, fold, spaced_digits, spaced_roles, wrap

COLUMN_TAGS = ["经济聚焦", "新春走基层", "民生一线", "一线见闻", "法治头条", "大国小村", "新时代画卷", "看台"]
P = {
    "headline_after": 0.25,
    "column_tag": 0.15,
    "two_part": 0.5,
    "kicker_dash": 0.25,
    "kicker_wrapped": 0.4,
    "subtitle_dash": 0.5,
    "title_blank_lines": 0.5,
    "byline_square": 0.3,
    "byline_folded": 0.3,
    "dateline_synth": 0.2,
    "signed_end": 0.3,
    "core_box": 0.08,
    "editor_note": 0.05,
    "notes_box": 0.06,
    "photo_before": 0.25,
    "photo_after": 0.25,
    "photo_top": 0.1,
    "photo_split_sentence": 0.35,
    "credit_own_line": 0.5,
    "wide_short_item": 0.5,
    "photo_byline_square": 0.5,
}


@dataclass
class Style:
    """What one page draws once."""

    width: int  # column width in cells (full-width characters count 2)
    para_mark: str  # "blank", "indent" or "none"
    col_height: int  # printed lines per column
    kinsoku: bool
    noise: bool
    rng: random.Random
    tags: list[str] = field(default_factory=list)


@dataclass
class Unit:
    kind: str  # par, cap, credit, head
    text: str
    split_with: list[Unit] | None = None  # a photo printed between two lines of this paragraph


def first_sentence(text: str) -> str | None:
    m = re.match(r"^[^。！？“”‘’]{12,80}[。！？]", text)
    return m.group(0) if m else None


def credit_as_signature(credit: str | None) -> tuple[str, list[dict]] | None:
    """'本报记者  罗阳奇摄' -> ('本报记者 罗阳奇', authors) for a '■ 本报记者 X' signature."""
    m = re.match(r"^(本报记者|新华社记者)\s*([\u4e00-\u9fff ]{2,8}?)\s*摄$", credit or "")
    if not m:
        return None
    name = "".join(m.group(2).split())
    if not 2 <= len(name) <= 4:
        return None
    return f"{m.group(1)} {name}", [{"name": name, "role": "记者"}]


def _lines(units: list[Unit], st: Style, width: int) -> list[str]:
    out: list[str] = []
    for k, u in enumerate(units):
        text = u.text
        if st.para_mark == "indent" and u.kind == "par":
            text = "\u3000\u3000" + text
        lines = wrap(text, width, st.kinsoku)
        if st.noise:
            lines = [spaced_digits(ln, st.rng, 0.3) for ln in lines]
        if u.split_with and len(lines) >= 2:
            cut = st.rng.randrange(1, len(lines))
            inner = _lines(u.split_with, st, width)
            lines = lines[:cut] + [""] + inner + [""] + lines[cut:]
        elif u.split_with:
            lines = lines + [""] + _lines(u.split_with, st, width)
        if k and st.para_mark == "blank" and out and out[-1] != "":
            out.append("")
        out.extend(lines)
    return out


def _caption_units(photos: list[tuple[str, str | None]], st: Style) -> list[Unit]:
    units = []
    for cap, credit in photos:
        if credit and st.rng.random() < P["credit_own_line"]:
            units += [Unit("cap", cap), Unit("credit", credit)]
        elif credit:
            units.append(Unit("cap", cap + st.rng.choice(["\u3000\u3000", "  ", " "]) + credit))
        else:
            units.append(Unit("cap", cap))
    return units


def _truth_pars(units: list[Unit]) -> list[str]:
    out = []
    for u in units:
        out.append(u.text)
        if u.split_with:
            out += [w.text for w in u.split_with]  # convention: a cut paragraph stays whole, its photo after
    return out


def render_article(
    s: Story, st: Style, top: list[str], headline_first: bool = False
) -> tuple[list[str], dict]:
    """Printed lines of one story; captions drawn to the page top are appended to `top`."""
    rng = st.rng
    width = st.width
    if len(s.paragraphs) <= 2 and s.size() < 400 and rng.random() < P["wide_short_item"]:
        width = int(width * rng.choice([1.5, 2]))
        st.tags.append("wide_short_item")
    headline = s.headline
    if "（" not in headline and rng.random() < P["column_tag"]:
        headline += f"（{rng.choice(COLUMN_TAGS)}）"
        st.tags.append("column_tag")
    parts = re.split(r"[，、 ]+", headline)
    if (
        len(parts) == 2
        and all(3 <= len(x) <= 9 for x in parts)
        and not re.search(r"[“”（]", headline)
        and rng.random() < P["two_part"]
    ):
        headline = "  ".join(parts)
        st.tags.append("two_part_headline")
    kicker = s.kicker
    if kicker and not kicker.endswith("——") and rng.random() < P["kicker_dash"]:
        kicker += "——"
        st.tags.append("kicker_dash")
    title: list[str] = []
    if kicker:
        if len(kicker) * 2 > width and rng.random() < P["kicker_wrapped"]:
            title += wrap(kicker, width, st.kinsoku)
            st.tags.append("kicker_wrapped")
        else:
            title.append(kicker)
    title.append(headline)
    if s.subtitle:
        dash = rng.random() < P["subtitle_dash"]
        title.append(("——" if dash else "") + s.subtitle)
    if rng.random() < P["title_blank_lines"]:
        title = [x for t in title for x in (t, "")][:-1]

    truth = {
        "kind": "article",
        "kicker": kicker,
        "headline": headline,
        "subtitle": s.subtitle,
        "byline": None,
        "authors": [dict(a) for a in s.authors],
        "paragraphs": [],
    }
    head_lines: list[str] = []  # byline lines printed before the body
    tail_lines: list[str] = []  # a signature after the body
    pars = list(s.paragraphs)
    lead = ""  # an inline dateline before the first paragraph
    byline = s.byline
    staff = bool(byline) and byline.startswith(("本报记者", "本报通讯员"))
    if (
        staff
        and all(a["role"] for a in s.authors)
        and len(s.authors) <= 3
        and rng.random() < P["dateline_synth"]
    ):
        # '本报讯（记者 A  B 通讯员 C）', as on the bundled page
        groups: list[str] = []
        for a in s.authors:
            if not groups or not groups[-1].startswith(a["role"]):
                groups.append(a["role"] + " " + a["name"])
            else:
                groups[-1] += "  " + a["name"]
        lead = "本报讯（" + " ".join(groups) + "）"
        truth["byline"] = fold(lead)
        byline = None
        st.tags.append("dateline_synth")
    if s.dateline:
        lead = s.dateline
        truth["byline"] = fold(s.dateline)
        st.tags.append("dateline_lifted")
    if byline:
        truth["byline"] = fold(byline)
        printed = byline
        if rng.random() < P["byline_folded"]:
            printed = fold(byline)
        if st.noise and rng.random() < 0.5:
            printed = spaced_roles(printed)
            st.tags.append("noise_spaced_role")
        bare = all(a["role"] == "" for a in s.authors)
        if bare and rng.random() < P["signed_end"]:
            tail_lines = [rng.choice([printed, f"（{printed}）", "\u3000" * 6 + printed])]
            st.tags.append("signed_at_end")
        else:
            if rng.random() < P["byline_square"]:
                printed = "■ " + printed
            head_lines = [printed]
    if lead:
        sep = rng.choice(["", "  ", " "])
        if st.noise and rng.random() < 0.5:
            lead = spaced_roles(lead)
        pars[0] = lead + sep + pars[0]

    units = [Unit("par", p) for p in pars]
    truth_first = s.paragraphs[0] if lead else None
    box: list[Unit] = []
    if len(pars) >= 5 and rng.random() < P["core_box"]:
        summ = first_sentence(s.paragraphs[1])
        if summ:
            box = [Unit("head", "核心阅读"), Unit("par", summ)]
            st.tags.append("box_core_reading")
    elif len(pars) >= 3 and rng.random() < P["editor_note"]:
        summ = first_sentence(s.paragraphs[-1])
        if summ:
            box = [Unit("par", "编者按：" + summ)]
            st.tags.append("box_editor_note")
    if len(units) >= 6 and rng.random() < P["notes_box"]:
        units.insert(len(units) - 2, Unit("head", "记者手记"))
        st.tags.append("box_reporter_notes")
    units = box + units
    truth_lead = [u.text for u in box]

    caps = _caption_units(s.photos, st) if s.photos else []
    where = None
    if caps:
        r = rng.random()
        if r < P["photo_before"]:
            where = "before"
            units = caps + units
        elif r < P["photo_before"] + P["photo_after"]:
            where = "after"
            units = units + caps
        elif r < P["photo_before"] + P["photo_after"] + P["photo_top"]:
            where = "top"
        else:
            where = "inline"
            k = rng.randrange(1, len(units)) if len(units) > 1 else 0
            host = units[k - 1] if k else units[0]
            if host.kind == "par" and len(host.text) > 40 and rng.random() < P["photo_split_sentence"]:
                host.split_with = caps
                where = "inline_split"
            else:
                units = units[:k] + caps + units[k:]
        st.tags.append("photo_" + where)

    body = column_breaks(_lines(units, st, width), st.col_height, rng)
    tpars = _truth_pars(units)
    if truth_first is not None:
        # the printed first paragraph carries the dateline; the truth lifts it into the byline
        i = len(truth_lead) + (len(caps) if where == "before" else 0)
        tpars[i] = truth_first
    if where == "top":
        top.extend(_lines(caps, st, width * 2) + [""])
        tpars = [u.text for u in caps] + tpars
    truth["paragraphs"] = tpars

    before = head_lines + ([""] if head_lines and rng.random() < 0.5 else [])
    if not headline_first and rng.random() < P["headline_after"]:
        lines = before + body + tail_lines + [""] + title
        st.tags.append("headline_after_body")
    else:
        lines = title + [""] + before + body + tail_lines
    return lines, truth


def render_photo(title: str | None, cap: str, credit: str | None, st: Style) -> tuple[list[str], dict]:
    """A stand-alone photo: a caption, maybe a title, a credit at the end or a '■ 本报记者 X' signature."""
    rng = st.rng
    width = int(st.width * rng.choice([1, 2, 3]))
    truth = {
        "kind": "photo",
        "kicker": None,
        "headline": title,
        "subtitle": None,
        "byline": None,
        "authors": [],
        "paragraphs": [],
    }
    sig = credit_as_signature(credit)
    if sig and rng.random() < P["photo_byline_square"]:
        truth["byline"], truth["authors"] = sig
        lines = wrap(cap + " ■ " + sig[0], width, st.kinsoku)
        truth["paragraphs"] = [cap]
        st.tags.append("photo_signature")
    else:
        units = _caption_units([(cap, credit)], st)
        lines = _lines(units, st, width)
        truth["paragraphs"] = [u.text for u in units]
    if title:
        lines = [title, ""] + lines if rng.random() < 0.5 else lines + ["", title]
    return lines, truth
