"""One article (or stand-alone photo) of layout10: its printed chunks and its truth.

An article is printed as chunks in extraction order: a title block (kicker, headline, subtitle as
fixed lines), a byline block, photo captions, and a body flow (paragraphs set in the column). Every
choice is an independent draw from the article's own random generator; the tags name the
conventions the article used (the page's manifest lists them).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .stories import Photo, Story, parse_people
from .typeset import SP, letter_space, ocr_numbers, spaced_name, truth, wrap_title

COLUMN_TAGS = (
    "（经济聚焦）",
    "（新春走基层）",
    "（话说新农村）",
    "（一线调研）",
    "（记者调查）",
    "（蹲点日记）",
    "（今日谈）",
    "（人民时评）",
    "（民生观）",
    "（地方传真）",
    "（国际观察）",
    "（微观察）",
)
POSTS = ("广西", "云南", "新疆", "西藏", "香港", "日本", "俄罗斯", "埃及", "巴西", "德国", "美国", "南非")
QUESTIONS = (
    "难在哪里？",
    "怎么破题？",
    "效果如何？",
    "下一步怎么走？",
    "钱从哪里来？",
    "为何要这样做？",
    "路子对不对？",
)
NUMERALS = "一二三四五六七八九"
EDITOR_NOTES = (
    "编者按：{h}。本版今起推出系列报道，记录各地的新探索新做法，敬请关注。",
    "编者按：{h}，是群众关心的事。本期我们走进基层，听听一线的声音。",
)
SUPPLIERS = ("受访者供图", "资料图片", "当地宣传部门供图", "主办方供图")


@dataclass
class Chunk:
    """A printed piece of an item: fixed `lines`, or paragraphs to `flow` at `width`."""

    kind: str  # "title", "byline", "caption", "body", "label"
    lines: list[str] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)
    width: float = 0.0
    kinds: list[str] = field(default_factory=list)  # per paragraph: body, subhead, label, box
    tight: bool = False  # printed with no blank line before it


@dataclass
class Item:
    """An article or photo on the page: chunks in print order, its truth, its convention tags."""

    chunks: list[Chunk]
    truth: dict
    tags: set[str]
    top_captions: list[Chunk] = field(default_factory=list)  # printed at the top of the page


def credit_people(credit: str) -> list[tuple[str, str]] | None:
    """The people a photo credit names.

    `本报记者  李  蕊摄` gives 记者 李蕊; a bare `黄  丽摄（影像中国）` gives 黄丽 with no role;
    `X供图` no one.
    """
    c = re.sub(r"（[^）]*）$", "", credit.strip()).strip()
    c = re.sub(r"^以上图片均为", "", c)
    if c.endswith("供图") or c.startswith(("资料", "制图", "数据")):
        return []
    if not c.endswith("摄"):
        return None
    c = c[:-1]
    if re.search("记者|通讯员", c):
        return parse_people(c)
    found = parse_people(c)
    if found is None:
        return None
    return [("", name) for _, name in found]


def fix_credit(credit: str) -> str:
    """A source credit with its letter-spaced name marked as printed-only spacing."""
    return re.sub(
        r"(^|[ 　]|为)([\u4e00-\u9fff])[ 　]{1,2}([\u4e00-\u9fff])(?=摄|供图|$|[ 　（])",
        lambda m: m.group(1) + m.group(2) + SP + SP + m.group(3),
        credit,
    )


class Composer:
    """Builds items; `ctx` holds the page's choices (width, paragraph style, OCR, names pool)."""

    def __init__(self, rng: random.Random, ctx: dict):
        self.rng = rng
        self.ctx = ctx

    # -- titles ---------------------------------------------------------------------------
    def titles(self, story: Story, tags: set[str]) -> tuple[dict, list[str]]:
        r = self.rng
        head = story.headline
        if story.era == "1998":
            halves = head.split("，")
            if len(halves) == 2 and all(4 <= len(h) <= 12 for h in halves) and r.random() < 0.4:
                head = halves[0] + "  " + halves[1]
            if r.random() < 0.12 and not head.endswith("）"):
                head += r.choice(COLUMN_TAGS)
        if head.endswith("）") and "（" in head:
            tags.add("column_tag")
        kicker, subtitle = story.kicker, story.subtitle
        k_print = kicker
        if kicker:
            tags.add("kicker")
            if not kicker.endswith("——") and r.random() < 0.2:
                k_print = kicker + "——"
            if k_print.endswith("——"):
                tags.add("kicker_dash")
        s_print = subtitle
        if subtitle:
            tags.add("subtitle")
            if not subtitle.startswith("——") and r.random() < 0.5:
                s_print = "——" + subtitle
            if s_print.startswith("——"):
                tags.add("subtitle_dash")
        width = self.ctx["width"]
        span = r.choice([width, 2 * width, 2 * width, 3 * width, 60])
        lines: list[str] = []
        if k_print:
            klines = wrap_title(k_print, span) if r.random() < 0.5 else [k_print]
            if len(klines) > 1:
                tags.add("kicker_wrapped")
            if len(k_print) > width:
                tags.add("kicker_wide")
            lines += klines
            if r.random() < 0.2:
                lines.append("")
        if "  " in head.split("（")[0]:
            tags.add("two_part")
            if r.random() < 0.3:
                tags.add("two_part_lines")
                lines += head.split("  ", 1)
            else:
                lines.append(head)
        elif len(head) > span:
            tags.add("headline_wrapped")
            lines += wrap_title(head, span)
        else:
            lines.append(head)
        if s_print:
            if r.random() < 0.15:
                lines.append("")
            lines += wrap_title(s_print, max(span, 16)) if len(s_print) > max(span, 16) else [s_print]
        fields = {
            "kicker": truth(k_print) if k_print else None,
            "headline": truth(head),
            "subtitle": truth(s_print) if s_print else None,
        }
        return fields, lines

    # -- bylines --------------------------------------------------------------------------
    def byline(self, people: list[tuple[str, str]], tags: set[str]) -> tuple[list[str], str]:
        """Printed byline lines and the truth's byline string for (role, name) pairs."""
        r = self.rng
        if all(role == "" for role, _ in people):
            tags.add("byline_bare")
            text = "  ".join(spaced_name(n) for _, n in people)
            return [text], " ".join(n for _, n in people)
        groups: list[tuple[str, list[str]]] = []
        for role, name in people:
            if groups and groups[-1][0] == role:
                groups[-1][1].append(name)
            else:
                groups.append((role, [name]))
        word = {"记者": "本报记者", "通讯员": "本报通讯员", "实习生": "实习生", "": ""}
        style = r.choice(["square", "spaced", "spaced", "plain", "zhu"])
        if style == "zhu" and (len(groups) != 1 or groups[0][0] != "记者" or len(groups[0][1]) != 1):
            style = "spaced"
        parts = []
        truth_parts = []
        for role, names in groups:
            w = word.get(role, role)
            if style == "zhu":
                w = f"本报驻{r.choice(POSTS)}记者"
                tags.add("byline_posted")
            if self.ctx["ocr"] and r.random() < 0.5:
                w = letter_space(w)
                tags.add("ocr_byline")
            if style == "spaced":
                parts.append((w + "  " + "  ".join(spaced_name(n) for n in names)).strip())
            elif style == "plain":
                parts.append((w + " " + "、".join(names)).strip())
            else:
                parts.append((w + " " + " ".join(names)).strip())
            truth_parts.append(truth(w + " " + " ".join(names)))
        tags.add("byline_" + style)
        if style == "square":
            parts[0] = "■ " + parts[0]
        if len(parts) > 1 and r.random() < 0.5:
            tags.add("byline_two_lines")
            lines = parts
        elif len(people) >= 2 and style != "plain" and r.random() < 0.35:
            # a long byline broken in its column: the names run on to a second line
            tags.add("byline_wrapped")
            words = parts[0].split("  ") if style == "spaced" else parts[0].split(" ")
            cut_at = max(2, len(words) - r.randint(1, 2))
            gap = "  " if style == "spaced" else " "
            lines = [gap.join(words[:cut_at]), gap.join(words[cut_at:])]
        else:
            lines = ["  ".join(parts)]
        if len(people) > 1:
            tags.add("byline_several")
        return lines, " ".join(truth_parts)

    def pick_name(self) -> str:
        return self.rng.choice(self.ctx["names"])

    # -- photos ---------------------------------------------------------------------------
    def captions(self, photos: list[Photo], tags: set[str], era: str) -> tuple[list[str], str]:
        """Caption paragraphs (in the SP text form) for an article's photos; and the credit form used."""
        r = self.rng
        photos = photos[:3]
        numbered = (
            len(photos) > 1 and not any(p.caption.startswith("图") for p in photos) and r.random() < 0.6
        )
        shared = None
        credits = [fix_credit(p.credit) for p in photos]
        if len(photos) == 1 and r.random() < 0.15:
            credits = [r.choice(SUPPLIERS)]
        if len(photos) > 1 and all(c.endswith("摄") for c in credits) and r.random() < 0.3:
            shared = "以上图片均为" + credits[0]
            credits = ["" for _ in credits]
            tags.add("credit_all")
        own_line = r.random() < 0.4
        paras = []
        for k, (p, credit) in enumerate(zip(photos, credits, strict=True)):
            cap = p.caption
            if numbered:
                cap = f"图{'①②③'[k]}：" + cap
                tags.add("caption_numbered")
            if cap.startswith("图") and "：" in cap[:4]:
                tags.add("caption_numbered")
            if era == "1998" and credit:
                paras.append(cap + "（" + credit + "）")
                tags.add("credit_paren")
            elif credit and own_line:
                paras += [cap, credit]
                tags.add("credit_own_line")
            elif credit:
                paras.append(cap + " " + credit)
                tags.add("credit_end")
            else:
                paras.append(cap)
            if credit.endswith("供图"):
                tags.add("credit_supplied")
        if shared:
            paras.append(shared)
        return paras, "own" if own_line else "end"

    # -- article --------------------------------------------------------------------------
    def article(self, story: Story, first: bool) -> Item:
        r, ctx = self.rng, self.ctx
        tags: set[str] = {"era_" + story.era}
        fields, title_lines = self.titles(story, tags)
        people = list(story.byline)
        dateline = story.dateline
        d_people = list(story.dateline_authors)
        if not people and not dateline and story.era == "1998":
            roll = r.random()
            if roll < 0.25:
                people = [("记者", self.pick_name())] + (
                    [("记者", self.pick_name())] if r.random() < 0.3 else []
                )
                if r.random() < 0.5:
                    people += [("通讯员", self.pick_name()) for _ in range(r.randint(1, 2))]
            elif roll < 0.4:
                role = r.choice(["记者", "通讯员", "记者通讯员"])
                if role == "记者通讯员":
                    d_people = [("记者", self.pick_name()), ("通讯员", self.pick_name())]
                    dateline = f"本报讯（记者 {d_people[0][1]} 通讯员 {d_people[1][1]}）"
                else:
                    d_people = [(role, self.pick_name())]
                    dateline = f"本报讯（{role} {d_people[0][1]}）"
            elif roll < 0.48:
                people = [("", self.pick_name())]
        # paragraphs (SP text form)
        budget = r.randint(350, 2200)
        paras: list[str] = []
        for p in story.paragraphs:
            if len(paras) >= 2 and sum(len(x) for x in paras) + len(p) > budget:
                break
            paras.append(p)
        if (
            paras[-1] != story.paragraphs[-1]
            and story.paragraphs[-1].startswith("（")
            and len(story.paragraphs[-1]) < 60
        ):
            paras.append(story.paragraphs[-1])  # keep the source's trailer with a shortened body
        if paras[-1].startswith("（") and paras[-1].endswith("）"):
            tags.add("trailer")
        elif story.era == "1998" and r.random() < 0.06:
            paras.append(f"（{self.pick_name()}参与采写）")
            tags.add("trailer")
        if ctx["ocr"]:
            paras = [ocr_numbers(p) if r.random() < 0.4 else p for p in paras]
            if paras[-1].startswith("（") and r.random() < 0.3:
                t = paras[-1]
                k = r.randint(2, max(2, len(t) - 2))
                paras[-1] = t[:k] + SP + t[k:]
            tags.add("ocr_spaces")
        body_kinds = ["body"] * len(paras)
        self.inserts(paras, body_kinds, fields, tags)
        # dateline printed at the start of the first body paragraph
        truth_byline = None
        authors = []
        byline_lines: list[str] = []
        if story.signature:
            byline_lines, truth_byline = [story.signature], truth(story.signature)
            authors += people
            tags.add("byline_signature")
        elif people:
            byline_lines, truth_byline = self.byline(people, tags)
            authors += people
        if dateline:
            tags.add("dateline")
            if dateline.startswith("新华社") or dateline.startswith("据新华社"):
                tags.add("dateline_xinhua")
            elif dateline.startswith("本报讯"):
                tags.add("dateline_bare")
            if dateline.endswith("报道："):
                tags.add("dateline_reported")  # the 1998 form `本报X１月１日电记者X报道：`
            d_print = (
                dateline.replace(" （", r.choice(["  （", "（", " （"])) if "（" in dateline else dateline
            )
            if ctx["ocr"] and r.random() < 0.3:
                d_print = ocr_numbers(d_print)
            gap = r.choice(["", " ", "  "]) if "（" in dateline else r.choice(["  ", " ", ""])
            k = body_kinds.index("body")
            paras[k] = d_print + SP * len(gap) + paras[k]
            truth_byline = truth(dateline) if not truth_byline else truth_byline + " " + truth(dateline)
            authors += [x for x in d_people if x not in authors]
        # photos
        captions: list[str] = []
        where = None
        if story.photos and r.random() < 0.9:
            captions, _ = self.captions(story.photos, tags, story.era)
            where = r.choice(["before", "after", "after", "middle"] + (["top"] * 3 if first else []))
            if where == "middle" and len(paras) < 3:
                where = "after"
            tags.add("photo_" + where)
        width = ctx["width"]
        if ctx["mixed_widths"] and r.random() < 0.4:
            width = r.randint(12, 20)
            tags.add("width_mixed")
        total = sum(len(p) for p in paras)
        if total < 500 and r.random() < 0.4:
            width = min(width + r.randint(4, 10), 30)
            tags.add("wide_item")
        cap_width = r.choice([width, r.randint(width + 4, 2 * width + 8)])
        # chunks in print order
        title = Chunk("title", lines=title_lines)
        body = Chunk("body", paras=paras, width=width, kinds=body_kinds, tight=r.random() < ctx["tight"])
        rest = None
        if where == "middle":
            # the photo sits between two columns: the body is read up to a paragraph's end, then the
            # caption, then the rest of the body
            at = r.randint(1, len(paras) - 1)
            rest = Chunk("body", paras=paras[at:], width=width, kinds=body_kinds[at:])
            body = Chunk("body", paras=paras[:at], width=width, kinds=body_kinds[:at], tight=body.tight)
        cap = Chunk("caption", paras=captions, width=cap_width)
        signed_end = bool(story.signature) or (
            bool(people) and all(x[0] == "" for x in people) and r.random() < 0.3
        )
        if signed_end:
            tags.add("byline_end")
        by = Chunk("byline", lines=byline_lines, tight=r.random() < 0.6)
        head_after = r.random() < ctx["head_after"]
        tags.add("head_after" if head_after else "head_before")
        chunks: list[Chunk] = []
        top: list[Chunk] = []
        if where == "top":
            top = [cap]
        if head_after:
            byline_with_title = r.random() < 0.4
            if byline_lines and not signed_end and not byline_with_title:
                chunks.append(by)
            if where == "before":
                chunks.append(cap)
            chunks.append(body)
            if rest:
                chunks += [cap, rest]
            if where == "after":
                chunks.append(cap)
            if signed_end:
                chunks.append(by)
            chunks.append(title)
            if byline_lines and not signed_end and byline_with_title:
                tags.add("byline_after_title")
                chunks.append(by)
        else:
            chunks.append(title)
            if byline_lines and not signed_end:
                chunks.append(by)
            if where == "before":
                chunks.append(cap)
            chunks.append(body)
            if rest:
                chunks += [cap, rest]
            if where == "after":
                chunks.append(cap)
            if signed_end:
                chunks.append(by)
        if where in ("top", "before"):
            truth_paras = captions + paras
        elif where == "after":
            truth_paras = paras + captions
        elif where == "middle":
            truth_paras = body.paras + captions + rest.paras
        else:
            truth_paras = paras
        # the dateline is the byline's, not the paragraph's
        truth_list = [truth(p) for p in truth_paras]
        if dateline:
            k = truth_paras.index(paras[body_kinds.index("body")])
            truth_list[k] = truth(story_rest(paras[body_kinds.index("body")], dateline))
        art = {
            "kind": "article",
            **fields,
            "byline": truth_byline,
            "authors": [{"role": role, "name": name} for role, name in authors],
            "paragraphs": truth_list,
        }
        return Item(chunks, art, tags, top)

    def inserts(self, paras: list[str], kinds: list[str], fields: dict, tags: set[str]) -> None:
        """Boxes and in-body subheads, inserted into the body in place (they stay in the body)."""
        r = self.rng
        n = len(paras)
        if n >= 6 and r.random() < 0.25:
            tags.add("subhead")
            slots = sorted(r.sample(range(2, n), min(3, n - 2)))
            numbered = r.random() < 0.3
            planned: list[tuple[int, list[str]]] = []
            for at in slots:
                clauses = [
                    c
                    for c in re.split(r"[，。；：！？、]", paras[at].replace(SP, ""))
                    if 5 <= len(c) <= 14 and not re.search(r"[“”‘’（）《》「」『』\d０-９]", c)
                ]
                if len(clauses) > 1:
                    clauses = clauses[1:]  # not the words that open the paragraph
                clause = r.choice(clauses) if clauses else ""
                if r.random() < 0.3:
                    tags.add("subhead_question")
                    planned.append((at, [r.choice(QUESTIONS)] + ([clause] if clause else [])))
                elif clause:
                    planned.append((at, [clause]))
            for num, (_, heads) in enumerate(planned):
                if numbered:
                    heads[0] = NUMERALS[num] + "、" + heads[0]
            for at, heads in reversed(planned):
                for h in reversed(heads):
                    paras.insert(at, h)
                    kinds.insert(at, "subhead")
        if n >= 5 and r.random() < 0.08:
            tags.add("box_core")
            firsts = [re.split(r"(?<=[。！？])", p.replace(SP, ""))[0] for p in paras[1:3]]
            paras[0:0] = ["核心阅读", "".join(firsts)]
            kinds[0:0] = ["label", "box"]
        elif r.random() < 0.05:
            tags.add("box_editor")
            paras.insert(0, r.choice(EDITOR_NOTES).format(h=fields["headline"].split(" ")[0].rstrip("（")))
            kinds.insert(0, "box")
        if len(paras) >= 5 and r.random() < 0.06:
            tags.add("box_notes")
            at = len(paras) - r.randint(1, 2)
            while at > 1 and kinds[at - 1] != "body":
                at -= 1
            paras.insert(at, "记者手记")
            kinds.insert(at, "label")

    def photo(self, photos: list[Photo], title: str | None) -> Item | None:
        """A stand-alone photo (or a group): optional title, captions, credits; credits name its authors.

        A credit is printed at its caption's end or on its own line, or one `以上图片均为X摄` line
        credits a group; the truth keeps captions as paragraphs and the credited people as authors.
        """
        r = self.rng
        people: list[tuple[str, str]] = []
        credits = [fix_credit(p.credit) for p in photos]
        shared = None
        if (
            len(photos) > 1
            and all(c.endswith("摄") and "以上" not in c for c in credits)
            and r.random() < 0.6
        ):
            shared = "以上图片均为" + credits[0]
            credits = ["" for _ in credits]
        for c in [shared] if shared else credits:
            found = credit_people(c) if c else []
            if found is None:
                return None
            people += [x for x in found if x not in people]
        tags = {"photo_standalone"}
        if len(photos) > 1:
            tags.add("photo_group")
        if shared:
            tags.add("credit_all")
        width = r.randint(self.ctx["width"], 2 * self.ctx["width"] + 10)
        own = r.random() < 0.4
        numbered = (
            len(photos) > 1 and not any(p.caption.startswith("图") for p in photos) and r.random() < 0.5
        )
        paras: list[str] = []
        truths: list[str] = []
        for k, (p, credit) in enumerate(zip(photos, credits, strict=True)):
            cap = (f"图{'①②③'[k]}：" if numbered else "") + p.caption
            truths.append(truth(cap))
            if self.ctx["ocr"] and r.random() < 0.4:
                cap = ocr_numbers(cap)
            if credit.endswith("供图"):
                tags.add("credit_supplied")
            if not credit:
                paras.append(cap)
            elif own:
                paras += [cap, credit]
                tags.add("credit_own_line")
            else:
                paras.append(cap + SP * r.choice([1, 2]) + credit)
                tags.add("credit_end")
        if shared:
            paras.append(shared)
        chunks = [Chunk("caption", paras=paras, width=width)]
        if title:
            tags.add("photo_titled")
            chunks.insert(0 if r.random() < 0.7 else 1, Chunk("title", lines=[title]))
        art = {
            "kind": "photo",
            "kicker": None,
            "headline": title,
            "subtitle": None,
            "byline": " ".join(truth(c) for c in ([shared] if shared else credits) if c) or None,
            "authors": [{"role": role, "name": name} for role, name in people],
            "paragraphs": truths,
        }
        return Item(chunks, art, tags)


def story_rest(first: str, dateline: str) -> str:
    """The first paragraph without its printed dateline (whatever gaps it was printed with)."""
    flat = first.replace(SP, "").replace(" ", "")
    d = dateline.replace(" ", "")
    assert flat.startswith(d), (flat[:30], d)
    # walk the printed text until the dateline's characters are used up
    need = len(d)
    i = 0
    while need:
        if first[i] not in (SP, " "):
            need -= 1
        i += 1
    return first[i:].lstrip(SP + " ")
