"""Lay real stories out into a raw newspaper page, as PDF/OCR extraction gives it, with its truth.

Each convention is an independent random choice drawn from one `random.Random(seed)`, so a seed
always gives the same page. The truth follows the hand-checked files (`tests/data/*.json` format,
scored by `tests/tools/score_pages.py`): kicker, headline and subtitle as printed (no OCR spaces,
no leading "——"); authors are the byline's names only; trailers, boxes, subheads and the captions
printed with an article stay in its body as paragraphs, in page order, credits included; a photo
standing alone is an item of kind "photo"; page furniture belongs to no item.

Only the role words and layout marks are built here (本报记者, 图①：, 本版责编：, 星期四); every
headline, body, name, place, caption and question comes from `benchmarks.layout.stories`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.layout.stories import Photo, Story, Texts
from reader.page.textclean import cell_width

WEEKDAYS = "一二三四五六日"
SECTIONS = ("要闻", "国际", "经济", "政治", "社会", "文化", "评论", "理论", "地方", "综合", "副刊", "体育")
AGENCIES = ("（人民视觉）", "（新华社发）", "（影像中国）", "")
NUMBERS = "①②③④⑤⑥"
_HANGING = "，。、；：！？”’）》…"


@dataclass
class Block:
    """Lines printed together, followed by a blank line."""

    lines: list[str]


@dataclass
class Item:
    """One article or photo as the truth has it, and the blocks that print it."""

    truth: dict
    head: list[Block] = field(default_factory=list)  # kicker, headline, subtitle
    front: list[Block] = field(default_factory=list)  # byline lines, captions before the body
    body: list[Block] = field(default_factory=list)  # body paragraphs (with column breaks), captions after
    headline_after: bool = False


class Page:
    """One laid-out page: `text` as extraction prints it, `truth` to score against, `tags` used."""

    def __init__(self, texts: Texts, seed: int) -> None:
        self.rng = random.Random(seed)
        self.texts = texts
        self.tags: set[str] = set()
        self.used: set[int] = set()  # ids of the stories and photos printed, each at most once
        self.seed = seed
        self.text, self.truth = self._compose()

    # -- small helpers ------------------------------------------------------------------

    def _photos_left(self) -> list[Photo]:
        return [p for p in self.texts.photos if id(p) not in self.used]

    def _photos(self, count: int) -> list[Photo]:
        """Photos not yet printed on this page (a page never prints one twice)."""
        photos = self.rng.sample(self._photos_left(), min(count, len(self._photos_left())))
        self.used.update(id(p) for p in photos)
        return photos

    def _other_headline(self) -> str:
        """A real headline of a story not printed on this page, for a kicker, subtitle or subhead."""
        for _ in range(100):
            story = self.rng.choice(self.texts.stories)
            if id(story) not in self.used:
                self.used.add(id(story))
                return story.headline
        return story.headline

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def spaced(self, name: str) -> str:
        """A two-character name letter-spaced to the width of three, as papers print it."""
        return f"{name[0]}  {name[1]}" if len(name) == 2 else name

    def name(self) -> str:
        return self.rng.choice(self.texts.names)

    def cut(self, text: str, width: int, indent: str) -> list[str]:
        """Cut a paragraph into lines of `width` characters; the first line indented as chosen."""
        cells = width * 2
        lines: list[str] = []
        first = {"none": 0, "dropped": 4, "indented": 4}[indent]
        line = "\u3000\u3000" if indent == "indented" else ""
        limit = cells - (first if indent == "dropped" else 0)
        for ch in text:
            if cell_width(line + ch) > limit and ch not in _HANGING and line.strip():
                lines.append(line)
                line = ""
                limit = cells
            line += ch
        if line:
            lines.append(line)
        return lines

    def ocr(self, text: str) -> str:
        """Spaces that extraction leaves between digits or Latin and ideographs (`3 月 12 日`)."""
        if not self.ocr_spaces:
            return text
        out = re.sub(
            r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[\u4e00-\u9fff])",
            lambda m: " " if self.rng.random() < 0.6 else "",
            text,
        )
        return out

    # -- the page ------------------------------------------------------------------------

    def _compose(self) -> tuple[str, dict]:
        rng = self.rng
        self.width = rng.randint(12, 20)
        self.mixed_widths = self.chance(0.3)  # articles of one page set in columns of different widths
        if self.mixed_widths:
            self.tags.add("mixed-widths")
        self.indent = rng.choice(["dropped", "dropped", "none", "indented"])
        self.ocr_spaces = self.chance(0.4)
        if self.ocr_spaces:
            self.tags.add("ocr-spaces")
        self.tags.add(f"indent-{self.indent}")
        placement = rng.choices(["before", "after", "mixed"], [0.6, 0.3, 0.1])[0]
        self.date = dt.date(rng.choice([1998, 2024]), 1, 1) + dt.timedelta(days=rng.randint(0, 360))
        self.column_left = rng.randint(8, 40)

        n = min(rng.randint(2, 6), len(self.texts.stories))
        stories = rng.sample(self.texts.stories, n)
        self.used.update(id(s) for s in stories)
        wide = rng.randrange(n) if self.chance(0.25) else None
        items: list[Item] = []
        for k, story in enumerate(stories):
            after = placement == "after" or (placement == "mixed" and self.chance(0.5))
            items.append(self._article(story, after, wide=(k == wide)))
        if self._photos_left() and self.chance(0.35):
            items.insert(rng.randint(0, len(items)), self._standalone_photo())
        top_captions: list[Block] = []
        first = next((it for it in items if it.truth["kind"] == "article"), None)
        if first is not None and self._photos_left() and self.chance(0.12):
            caps, paras = self._captions(rng.randint(1, 2))
            top_captions = caps
            first.truth["paragraphs"][:0] = paras
            self.tags.update({"photos-top", "photo-caption"})

        out: list[str] = []
        head_lines, foot_lines = self._furniture()
        for line in head_lines:
            out += [line, ""]
        for block in top_captions:
            out += block.lines + [""]
        for k, item in enumerate(items):
            order = (
                item.front + item.body + item.head
                if item.headline_after
                else item.head + item.front + item.body
            )
            if k == 0 and not head_lines and not top_captions and item.headline_after and item.front:
                self.tags.add("page-starts-with-byline")
            for block in order:
                out += block.lines + [""]
        for line in foot_lines:
            out += [line, ""]
        if any(it.headline_after for it in items):
            self.tags.add("headline-after")
        if any(not it.headline_after and it.truth["kind"] == "article" for it in items):
            self.tags.add("headline-before")
        text = "\n".join(out).rstrip("\n") + "\n"
        return text, {"articles": [it.truth for it in items]}

    def _furniture(self) -> tuple[list[str], list[str]]:
        rng = self.rng
        day = f"{self.date.year}年{self.date.month}月{self.date.day}日 星期{WEEKDAYS[self.date.weekday()]}"
        page_no = rng.randint(1, 24)
        section = rng.choice(SECTIONS)
        head: list[str] = []
        foot: list[str] = []
        if self.chance(0.6):
            form = rng.choice(
                [
                    f"{page_no:02d}  {section}  {day}",
                    f"{day}  {section}  {page_no}",
                    f"人民日报  {day}  第{page_no}版  {section}",
                    f"{section}  {page_no:02d}",
                ]
            )
            head.append(form)
            self.tags.add("running-head")
        if self.chance(0.5):
            names = "  ".join(self.name() for _ in range(rng.randint(1, 3)))
            line = f"本版责编：{names}"
            if self.chance(0.5):
                line += f"  版式设计：{self.name()}"
                self.tags.add("layout-credit")
            (foot if self.chance(0.7) else head).append(line)
            self.tags.add("editors-line")
        return head, foot

    # -- articles ------------------------------------------------------------------------

    def _article(self, story: Story, after: bool, wide: bool) -> Item:
        rng = self.rng
        truth: dict = {
            "kind": "article",
            "kicker": None,
            "headline": story.headline,
            "subtitle": None,
            "byline": None,
            "authors": [],
            "paragraphs": [],
        }
        item = Item(truth, headline_after=after)
        width = rng.randint(12, 20) if self.mixed_widths else self.width
        width = width + rng.randint(6, 12) if wide else width
        paragraphs = list(story.paragraphs)
        if wide:
            paragraphs = paragraphs[: rng.randint(1, 2)]
            self.tags.add("wide-short-item")

        # -- heading
        headline = story.headline
        if story.column is None and self.texts.columns and self.chance(0.12):
            headline = f"{headline}（{rng.choice(self.texts.columns)}）"
            self.tags.add("column-tag")
        elif story.column:
            self.tags.add("column-tag")
        parts = headline.split("，")
        middle = [k for k in story.headline_words if abs(2 * k - len(headline)) <= 1 and k >= 4]
        if len(parts) == 2 and all(3 <= len(p) <= 10 for p in parts) and self.chance(0.6):
            headline = "  ".join(parts)
            self.tags.add("two-part-headline")
        elif len(parts) == 1 and middle and not re.search(r"[^\u4e00-\u9fff]", headline) and self.chance(0.2):
            # two parts of a headline printed on one line with a gap ("村里游客多  村民腰包鼓")
            headline = headline[: middle[0]] + "  " + headline[middle[0] :]
            self.tags.add("two-part-headline")
        truth["headline"] = headline
        # Real pages print a kicker far more often than a subtitle (the 2026 texts: 54 kickers, 10
        # subtitles), a kicker with or without a closing "——", on its own or right above the headline,
        # and a subtitle mostly with a leading "——" right under it.
        head_lines: list[Block] = []
        lines: list[str] = []
        kicker = story.kicker
        if kicker is None and self.chance(0.3):
            long = self.texts.kickers and self.chance(0.4)
            kicker = self.rng.choice(self.texts.kickers) if long else self._other_headline()
        if kicker:
            truth["kicker"] = kicker
            printed = kicker + ("——" if self.chance(0.3) else "")
            if printed.endswith("——"):
                self.tags.add("kicker-dash")
            if len(kicker) > self.width:
                self.tags.add("kicker-long")
            self.tags.add("kicker")
            if self.chance(0.5):
                lines.append(printed)  # printed right above the headline, no blank line between
                self.tags.add("kicker-stacked")
            else:
                head_lines.append(Block([printed]))
        lines.append(headline)
        subtitle = story.subtitle or (self._other_headline() if self.chance(0.03) else None)
        if subtitle:
            truth["subtitle"] = subtitle
            dash = self.chance(0.75)
            self.tags.add("subtitle-dash" if dash else "subtitle")
            lines.append(("——" if dash else "") + subtitle)
        head_lines.append(Block(lines))
        item.head = head_lines

        # -- byline
        front, dateline = self._byline(story, truth)
        item.front = front

        # -- boxes and subheads inside the body (they stay in the body)
        body: list[str] = list(paragraphs)
        if not wide and len(body) >= 3:
            r = rng.random()
            if r < 0.08:
                body[:0] = ["核心阅读", self._sentence(body[-1])]
                self.tags.add("box-core-reading")
            elif r < 0.14:
                body[:0] = ["编者按：" + self._sentence(body[1])]
                self.tags.add("editor-note")
            elif r < 0.20:
                body.insert(len(body) - 1, "记者手记")
                self.tags.add("box-reporter-notes")
            if len(body) >= 4 and self.chance(0.2):
                at = rng.randint(1, len(body) - 2)
                if self.texts.questions and self.chance(0.4):
                    body[at:at] = [rng.choice(self.texts.questions), self._short_heading()]
                    self.tags.add("question-subhead")
                else:
                    body.insert(at, self._short_heading())
                    self.tags.add("subhead")
        if story.trailer:
            body.append(story.trailer)
            self.tags.add("trailer")
        elif self.chance(0.08):
            helper = self.name()
            body.append(f"（{helper}参与采写）")
            truth["contributors"] = [helper]
            self.tags.add("trailer")
        if story.trailer and self.chance(0.4):
            body[-2:] = [body[-2] + body[-1]]  # the trailer closing the last paragraph

        # -- captions before or after the body
        captions: list[Block] = []
        cap_truth: list[str] = []
        where = None
        if self._photos_left() and not wide and self.chance(0.2):
            captions, cap_truth = self._captions(rng.randint(1, 3))
            where = rng.choice(["before", "after"])
            self.tags.update({f"photos-{where}", "photo-caption"})

        self.short_lines = {p for p in body if len(p) <= 16 and p[-1] not in "。”）"}
        truth_body = list(body)
        printed_body = list(body)
        if dateline:
            at = body.index(paragraphs[0])  # after a box that heads the article
            printed_body[at] = dateline + printed_body[at]
        blocks = self._body_blocks(printed_body, width)
        if where == "before":
            item.front = item.front + captions
            truth_body = cap_truth + truth_body
        elif where == "after":
            blocks = blocks + captions
            truth_body = truth_body + cap_truth
        item.body = blocks
        truth["paragraphs"] = truth_body
        return item

    def _sentence(self, paragraph: str) -> str:
        m = re.match(r".+?[。！？](?:”)?", paragraph)
        return m.group(0) if m else paragraph

    def _short_heading(self) -> str:
        """A subhead: a real headline short enough to stand on one line of a column."""
        for _ in range(50):
            headline = self._other_headline()
            if len(headline) <= 14:
                return headline
        return headline

    def _body_blocks(self, paragraphs: list[str], width: int) -> list[Block]:
        blocks: list[Block] = []
        for para in paragraphs:
            if para in self.short_lines:
                blocks.append(Block([para]))  # a subhead or box title: one line, never cut
                continue
            lines = self.cut(self.ocr(para), width, self.indent)
            current: list[str] = []
            for j, line in enumerate(lines):
                current.append(line)
                self.column_left -= 1
                if self.column_left <= 0:
                    self.column_left = self.rng.randint(14, 40)
                    if j < len(lines) - 1:
                        # a column ends mid-paragraph: extraction prints a blank line here
                        blocks.append(Block(current))
                        current = []
                        self.tags.add("column-break")
            if current:
                blocks.append(Block(current))
        return blocks

    def _byline(self, story: Story, truth: dict) -> tuple[list[Block], str | None]:
        """Byline blocks before the body, or a dateline opening it; fills truth byline/authors."""
        rng = self.rng
        reporters = [n for r, n in story.authors if r == "记者"]
        signed = [n for r, n in story.authors if r == ""]
        if signed and self.chance(0.6):
            reporters, signed = signed, []  # print the writer of a commentary as a reporter instead
        place = story.place or rng.choice(self.texts.places)
        day = self.date - dt.timedelta(days=1)
        date = f"{day.month}月{day.day}日"
        if signed:
            form = "signed"
        else:
            form = rng.choices(
                [
                    "marker",
                    "multi",
                    "posted",
                    "with-correspondent",
                    "signed",
                    "dateline",
                    "xinhua",
                    "xun",
                    "none",
                ],
                [0.2, 0.1, 0.08, 0.08, 0.06, 0.18, 0.12, 0.12, 0.06],
            )[0]
        if not reporters:
            reporters = [self.name() for _ in range(3 if form == "multi" else 1)]
        elif form == "multi" and len(reporters) < 2:
            reporters = reporters + [self.name() for _ in range(2)]
        first = reporters[0]
        if form == "marker":
            marker = rng.choice(["■ ", "■", "● ", ""])
            shown = self.spaced(first) if self.chance(0.3) else first
            truth["byline"] = f"本报记者 {first}"
            truth["authors"] = [{"role": "记者", "name": first}]
            self.tags.add("byline-line")
            return [Block([f"{marker}本报记者 {shown}"])], None
        if form == "multi":
            names = reporters[:4]
            truth["byline"] = "本报记者 " + " ".join(names)
            truth["authors"] = [{"role": "记者", "name": n} for n in names]
            self.tags.add("multi-reporter")
            return [Block(["本报记者  " + "  ".join(self.spaced(n) for n in names)])], None
        if form == "posted":
            post = rng.choice(self.texts.places)
            truth["byline"] = f"本报驻{post}记者 {first}"
            truth["authors"] = [{"role": "记者", "name": first}]
            self.tags.add("posted-reporter")
            return [Block([f"本报驻{post}记者  {self.spaced(first)}"])], None
        if form == "with-correspondent":
            others = [self.name() for _ in range(rng.randint(1, 2))]
            truth["byline"] = f"本报记者 {first} 本报通讯员 {' '.join(others)}"
            truth["authors"] = [{"role": "记者", "name": first}] + [
                {"role": "通讯员", "name": n} for n in others
            ]
            self.tags.add("byline-correspondent")
            return [Block([f"■ 本报记者 {first}", "本报通讯员 " + " ".join(others)])], None
        if form == "signed":
            name = signed[0] if signed else first
            truth["byline"] = name
            truth["authors"] = [{"role": "", "name": name}]
            self.tags.add("signed-commentary")
            return [Block([self.spaced(name)])], None
        if form == "dateline":
            truth["byline"] = f"本报{place}{date}电（记者 {first}）"
            truth["authors"] = [{"role": "记者", "name": first}]
            self.tags.add("inline-dateline")
            return [], f"本报{place}{date}电  （记者{first}）"
        if form == "xinhua":
            self.tags.add("xinhua-dateline")
            if story.authors or self.chance(0.6):
                truth["byline"] = f"新华社{place}{date}电（记者 {first}）"
                truth["authors"] = [{"role": "记者", "name": first}]
                return [], f"新华社{place}{date}电（记者{first}）"
            truth["byline"] = f"新华社{place}{date}电"
            return [], f"新华社{place}{date}电  "
        if form == "xun":
            self.tags.add("inline-dateline")
            if self.chance(0.5):
                truth["byline"] = f"本报讯（通讯员 {first}）"
                truth["authors"] = [{"role": "通讯员", "name": first}]
                return [], f"本报讯（通讯员 {first}）"
            other = self.name()
            truth["byline"] = f"本报讯（记者 {first} 通讯员 {other}）"
            truth["authors"] = [{"role": "记者", "name": first}, {"role": "通讯员", "name": other}]
            return [], f"本报讯（记者 {first} 通讯员 {other}）"
        self.tags.add("no-byline")
        return [], None

    # -- photos --------------------------------------------------------------------------

    def _captions(self, count: int) -> tuple[list[Block], list[str]]:
        """Caption blocks printed with an article, and the paragraphs the truth keeps for them."""
        rng = self.rng
        photos = self._photos(count)
        numbered = count > 1 or self.chance(0.3)
        credit = rng.choice(["end", "own-line", "all", "supplied"])
        blocks: list[Block] = []
        truth: list[str] = []
        wide = self.width * rng.randint(2, 3)
        for k, photo in enumerate(photos):
            text = (f"图{NUMBERS[k]}：" if numbered else "") + photo.caption
            if credit == "end":
                text += f"  {self.spaced(photo.photographer)}摄"
            blocks.append(Block(self.cut(text, wide, "none")))
            truth.append(re.sub(r"\s+", "", text))
            if credit == "own-line":
                line = f"{self.spaced(photo.photographer)}摄{rng.choice(AGENCIES)}"
                blocks.append(Block([line]))
                truth.append(re.sub(r"\s+", "", line))
        if credit == "all":
            line = f"以上图片均为{photos[0].photographer}摄"
            blocks.append(Block([line]))
            truth.append(line)
        if credit == "supplied":
            line = f"{photos[0].photographer}供图"
            blocks.append(Block([line]))
            truth.append(line)
        if numbered:
            self.tags.add("photo-numbered")
        self.tags.add(
            {
                "end": "credit-caption-end",
                "own-line": "credit-own-line",
                "all": "credit-all",
                "supplied": "credit-supplied",
            }[credit]
        )
        return blocks, truth

    def _standalone_photo(self) -> Item:
        rng = self.rng
        photo = self._photos(1)[0]
        truth = {
            "kind": "photo",
            "kicker": None,
            "headline": None,
            "subtitle": None,
            "byline": None,
            "authors": [],
            "paragraphs": [photo.caption],
        }
        head: list[Block] = []
        if photo.title and self.chance(0.5):
            truth["headline"] = photo.title
            head.append(Block([photo.title]))
        lines = self.cut(photo.caption, self.width * rng.randint(2, 4), "none")
        if self.chance(0.5):
            lines[-1] += f" ■ 本报记者 {photo.photographer}"
            truth["byline"] = f"本报记者 {photo.photographer}"
            truth["authors"] = [{"role": "记者", "name": photo.photographer}]
        else:
            lines[-1] += f"  {self.spaced(photo.photographer)}摄"
            truth["byline"] = f"{photo.photographer}摄"
            truth["authors"] = [{"role": "", "name": photo.photographer}]
        self.tags.add("standalone-photo")
        return Item(truth, head=head, body=[Block(lines)])
