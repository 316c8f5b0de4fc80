"""Lay out one People's Daily page (2020s) as a PDF/OCR text extractor returns it, with its truth.

Every convention is an independent random choice with the probability in `P` (README.md lists them);
the page's manifest tags say which conventions the page uses. The truth follows the issue's conventions:
authors are the byline's people with their roles (a dateline's （记者X） is a byline), trailers, boxes and
subheads stay in the body, captions printed with an article are its paragraphs in page order (with their
credit lines), and a photo that stands alone is an item of kind photo whose credit is its byline.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.layout9.stories import ROLES, Photo, Story
from benchmarks.layout9.wrap import text_width, wrap

# probability of each convention (per page, per article or per photo, as README.md says)
P = {
    # page
    "running_head_number_first": 0.45,  # "2  要闻  2026年1月2日  星期五" (else date first)
    "running_head_number_alone": 0.15,  # the page number on a line of its own above the running head
    "running_head_ocr_spaces": 0.15,  # "2026 年 1 月 2 日"
    "editor_line_top": 0.3,  # "本版责编：…" after the running head (else at the end)
    "editor_line_split": 0.4,  # 责编 and 版式设计 on two lines
    "ocr_spaces": 0.35,  # the page's digit/Latin runs get spaces around them ("3 月 12 日")
    "digits_wide": 0.25,  # figures set full width (else half width: a line holds more characters)
    "width_mixed": 0.5,  # the page has two column widths (12–20)
    "photo_items_1": 0.35,  # one stand-alone photo item
    "photo_items_2": 0.15,  # two
    "items_two_blank_lines": 0.3,  # two blank lines between items (else one)
    # paragraph style per page: blank line / blank line mostly (one in five missing) / indent / nothing
    "para_blank": 0.5,
    "para_mixed": 0.2,
    "para_indent": 0.2,
    # article
    "page_headlines_after": 0.35,  # (per page) the extractor gives most titles after their bodies
    "headline_after_body": 0.85,  # (per article) title after body on such a page
    "headline_after_stray": 0.08,  # (per article) title after body on a page that gives titles first
    "title_blank_between": 0.4,  # a blank line between kicker, headline and subtitle (each gap)
    "kicker_as_subtitle": 0.35,  # the source kicker printed under the headline as its subtitle
    "kicker_dash_added": 0.15,  # a kicker gets a closing "——"
    "subtitle_dash_toggle": 0.3,  # a subtitle gains or loses its leading "——"
    "column_tag_added": 0.1,  # "（经济聚焦）" after a headline that has no tag
    "headline_two_lines": 0.25,  # a two-part headline printed on two lines
    "title_narrow": 0.3,  # a title block one column wide (when its headline fits two lines there)
    "byline_plain": 0.15,
    "byline_marker": 0.15,  # "■ 本报记者 X"
    "byline_ocr_role": 0.08,  # "本 报 记 者  X"
    "byline_resident": 0.1,  # "本报驻X记者  Y" (one reporter)
    "byline_two_lines": 0.3,  # three or more reporters over two lines
    "byline_correspondent": 0.12,  # a reporter byline adds "本报通讯员  Y" (same line or the next)
    "dateline_correspondent": 0.3,  # "本报讯（记者 X 通讯员 Y）"
    "byline_to_dateline": 0.15,  # a reporter byline printed as "本报X月X日电  （记者Y）" instead
    "dateline_tight": 0.25,  # "…电（记者X）" with no space (else two spaces, as the source)
    "dateline_name_space": 0.15,  # "（记者 X）"
    "dateline_xun": 0.15,  # "本报讯（记者 X）" for a 本报 dateline
    "signed_at_end": 0.2,  # a signed commentary's bare name printed after its body
    "signed_spaced": 0.6,  # a two-letter signature letter-spaced ("王  浩")
    "box_core_reading": 0.12,  # "核心阅读" + a summary paragraph (articles of 5+ paragraphs)
    "box_editor_note": 0.06,  # "编者按：" opens the first paragraph
    "box_reporter_notebook": 0.08,  # "记者手记" before the last paragraph (5+ paragraphs)
    "subheads_added": 0.15,  # two in-body subheads (articles of 6+ paragraphs)
    "subhead_question": 0.5,  # an added subhead is a question, sometimes with a one-line sub-subhead
    "trailer_added": 0.08,  # "（X参与采写）" closes the body
    "width_wide_item": 0.35,  # a short item (< 600 characters) in wider lines (22–30)
    # photos printed with an article
    "captions_printed": 0.7,  # a story's own photos are printed
    "caption_synthesised": 0.5,  # a story with no photo but a dated sentence gets it as a caption
    "captions_top": 0.35,  # the first article's captions at the page's top (else before/after)
    "captions_far_top": 0.12,  # (per page) a later article's captions printed at the page's top
    "captions_before": 0.4,  # before the article (else after its body)
    "caption_credit_own_line": 0.45,  # the credit on a line of its own (else at the caption's end)
    "caption_credit_all": 0.3,  # "以上图片均为X摄" once for several photos
    "caption_numbered": 0.5,  # "图①：" for several photos
    "caption_wide": 0.6,  # captions set wider than the column (24–48)
    "photo_item_template": 0.4,  # a stand-alone photo's captions made up (date, who, where, doing)
    "photo_item_titled": 0.4,  # a stand-alone photo with a title of its own
    "photo_item_title_after": 0.25,  # its title printed after the captions
}

SECTIONS = ("要闻", "评论", "经济", "社会", "文化", "国际", "生态", "政治", "地方", "体育", "科技", "综合")
CITIES = (
    "北京",
    "上海",
    "广州",
    "南京",
    "杭州",
    "成都",
    "武汉",
    "西安",
    "沈阳",
    "长沙",
    "昆明",
    "兰州",
    "福州",
)
CAPITALS = (
    ("江苏", "南京"),
    ("浙江", "杭州"),
    ("广东", "广州"),
    ("四川", "成都"),
    ("湖北", "武汉"),
    ("陕西", "西安"),
    ("辽宁", "沈阳"),
    ("湖南", "长沙"),
    ("云南", "昆明"),
    ("甘肃", "兰州"),
    ("福建", "福州"),
    ("河南", "郑州"),
)
PROVINCES = ("江苏", "浙江", "广东", "四川", "湖北", "陕西", "辽宁", "湖南", "云南", "甘肃", "福建", "河南")
COLUMN_TAGS = (
    "（经济聚焦）",
    "（新春走基层）",
    "（话说新农村）",
    "（民生一线）",
    "（一线调研）",
    "（在现场）",
    "（微观）",
    "（大地欢歌）",
    "（高质量发展调研行）",
    "（新时代画卷）",
)
QUESTIONS = (
    "钱从哪里来？",
    "难题怎么破？",
    "效果怎么样？",
    "下一步怎么走？",
    "难点在哪里？",
    "人才从哪来？",
    "路子怎么选？",
    "怎样留住人？",
    "机制如何建？",
    "群众认不认？",
)
STATEMENTS = (
    "因地制宜谋发展",
    "创新机制添活力",
    "补齐短板惠民生",
    "数字赋能提效率",
    "聚焦需求优服务",
    "多方联动找出路",
    "算好长远账",
    "久久为功见实效",
    "守住底线防风险",
    "小切口推动大变化",
)
PHOTO_TITLES = (
    "春耕正当时",
    "夜色里的灯火",
    "丰收季",
    "冰雪欢乐多",
    "古村新颜",
    "港口繁忙",
    "田间管护忙",
    "花开迎客来",
    "晨光中的城市",
    "织就绿色屏障",
    "雪后初晴",
    "节日氛围浓",
)
AGENCIES = ("（人民视觉）", "（影像中国）", "（新华社发）", "")
WEEKDAYS = "一二三四五六日"
CIRCLED = "①②③④⑤⑥⑦⑧⑨"


@dataclass
class Out:
    """The page's lines as they are emitted, with the column breaks of the body flow."""

    height: int
    lines: list[str] = field(default_factory=list)
    since_break: int = 0
    mid_paragraph_breaks: int = 0

    def blank(self, n: int = 1) -> None:
        if not self.lines:
            return
        while self.lines[-n:] != [""] * n:
            self.lines.append("")

    def plain(self, lines: list[str]) -> None:
        self.lines.extend(lines)

    def flow(self, lines: list[str]) -> None:
        """Body lines: a blank line where the column ends, even mid-paragraph."""
        for i, line in enumerate(lines):
            if self.since_break >= self.height:
                if self.lines and self.lines[-1] != "":
                    self.lines.append("")
                    self.mid_paragraph_breaks += i > 0
                self.since_break = 0
            self.lines.append(line)
            self.since_break += 1


def chance(rng: random.Random, name: str) -> bool:
    return rng.random() < P[name]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def spaced_name(name: str) -> str:
    """A two-letter name letter-spaced as printed ("姜  峰")."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def ocr_spaces(text: str, rng: random.Random) -> str:
    """Spaces around some digit/Latin runs next to ideographs, as an OCR pass leaves them."""

    def one(m: re.Match) -> str:
        return f" {m.group(0)} " if rng.random() < 0.5 else m.group(0)

    out = re.sub(r"(?<=[\u4e00-\u9fff])[0-9A-Za-z][0-9A-Za-z.%]*(?=[\u4e00-\u9fff])", one, text)
    return out


def sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]+[。！？]", text) if "“" not in s and "”" not in s]


def weighted_sample(rng: random.Random, items: list, weights: list[float], n: int) -> list:
    """`n` distinct items, each drawn with chance proportional to its weight."""
    pool = list(zip(items, weights, strict=True))
    out = []
    for _ in range(min(n, len(pool))):
        r = rng.random() * sum(w for _, w in pool)
        for i, (item, w) in enumerate(pool):
            r -= w
            if r < 0 or i == len(pool) - 1:
                out.append(item)
                pool.pop(i)
                break
    return out


DATED = re.compile(r"^\d{1,2}月\d{1,2}日，")
WHO = (
    "游客",
    "市民",
    "村民",
    "工人",
    "学生",
    "志愿者",
    "小朋友",
    "农户",
    "技术人员",
    "工作人员",
    "运动员",
    "居民",
)
SPOTS = (
    "一处公园",
    "街头",
    "一家工厂的车间内",
    "田间",
    "港口码头",
    "一家博物馆",
    "滑雪场",
    "社区活动中心",
    "高铁站",
    "夜市",
    "一处古镇",
    "湿地公园",
)
DOINGS = (
    "参观游览",
    "采摘果实",
    "检修设备",
    "体验非遗技艺",
    "装运货物",
    "选购年货",
    "赏花拍照",
    "进行训练",
    "展示作品",
    "排队乘车",
    "观看演出",
    "晾晒农作物",
)


def template_caption(rng: random.Random) -> str:
    """A made-up caption of the usual shape: date, who, where, doing what."""
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(240))
    province, city = rng.choice(CAPITALS)
    place = f"{province}省{city}市{rng.choice(SPOTS)}"
    return f"{day.month}月{day.day}日，{rng.choice(WHO)}在{place}{rng.choice(DOINGS)}。"


def dated_sentences(story: Story) -> list[str]:
    """Sentences of a reported story that read like a caption: opening with a date, 14–60 long."""
    if story.signed:
        return []
    said = [s for p in story.paragraphs for s in sentences(p) if 14 <= len(s) <= 60]
    return [s for s in said if DATED.match(s)]


def caption_pool(story: Story) -> list[str]:
    """Captions a stand-alone photo can take from a story: its own, or its dated sentences."""
    return [p.caption for p in story.photos] + dated_sentences(story)


@dataclass
class Item:
    """One laid-out item: its truth and the tags of the conventions it used."""

    truth: dict
    tags: set[str]


class PageBuilder:
    """Lays out one page from a seed and a pool of stories (and a pool of names for credits)."""

    def __init__(self, seed: int, stories: list[Story], names: list[str]) -> None:
        self.rng = random.Random(seed)
        self.stories = stories
        self.names = names
        self.tags: set[str] = {"text_2026"}
        rng = self.rng
        self.narrow = 1.0 if chance(rng, "digits_wide") else 0.5
        self.tags.add("digits_wide" if self.narrow == 1.0 else "digits_narrow")
        self.ocr = chance(rng, "ocr_spaces")
        if self.ocr:
            self.tags.add("ocr_spaces")
        base = rng.randint(12, 20)
        self.widths = [base]
        if chance(rng, "width_mixed"):
            other = min(20, max(12, base + rng.choice((-4, -3, -2, 2, 3, 4))))
            if other != base:
                self.widths.append(other)
                self.tags.add("width_mixed")
        self.tags.add(
            "width_narrow" if min(self.widths) <= 14 else "width_wide" if base >= 18 else "width_mid"
        )
        r = rng.random()
        if r < P["para_blank"]:
            self.para = "blank"
        elif r < P["para_blank"] + P["para_mixed"]:
            self.para = "mixed"
        elif r < P["para_blank"] + P["para_mixed"] + P["para_indent"]:
            self.para = "indent"
        else:
            self.para = "none"
        self.tags.add(f"para_{self.para}")
        self.out = Out(height=rng.randint(24, 60))
        self.gap = 2 if chance(rng, "items_two_blank_lines") else 1
        self.after_page = chance(rng, "page_headlines_after")
        self.tags.add("page_headlines_after" if self.after_page else "page_headlines_before")

    # -- text helpers -------------------------------------------------------------------------------
    def printed(self, text: str) -> str:
        return ocr_spaces(text, self.rng) if self.ocr else text

    def name(self) -> str:
        return self.rng.choice(self.names)

    def body_paragraph(self, text: str, width: float) -> None:
        """One body paragraph in the page's paragraph style."""
        rng, out = self.rng, self.out
        if self.para == "blank" or (self.para == "mixed" and rng.random() < 0.8):
            out.blank()
        indent = "　　" if self.para == "indent" else ""
        out.flow(wrap(self.printed(text), width, self.narrow, indent))

    # -- page ------------------------------------------------------------------------------------
    def running_head(self, date: dt.date, number: int, section: str) -> list[str]:
        rng = self.rng
        day = f"{date.year}年{date.month}月{date.day}日"
        if chance(rng, "running_head_ocr_spaces"):
            day = f"{date.year} 年 {date.month} 月 {date.day} 日"
            self.tags.add("running_head_ocr_spaces")
        week = f"星期{WEEKDAYS[date.weekday()]}"
        lines = []
        if chance(rng, "running_head_number_alone"):
            lines.append(str(number))
            self.tags.add("running_head_number_alone")
        if chance(rng, "running_head_number_first"):
            lines.append(f"{number}  {section}  {day}  {week}")
            self.tags.add("running_head_number_first")
        else:
            lines.append(f"{day}  {week}  {section}  {number}")
            self.tags.add("running_head_date_first")
        return lines

    def editor_line(self) -> list[str]:
        rng = self.rng
        editors = "  ".join(spaced_name(n) if rng.random() < 0.5 else n for n in rng.sample(self.names, 2))
        design = self.name()
        if chance(rng, "editor_line_split"):
            return [f"本版责编：{editors}", f"版式设计：{design}"]
        return [f"本版责编：{editors}  版式设计：{design}"]

    def build(self) -> tuple[str, list[dict], list[str]]:
        rng, out = self.rng, self.out
        n = rng.choice((3, 4, 4, 5, 5, 6))
        # signed commentary is a third of the texts but a smaller share of a daily's items
        chosen = weighted_sample(rng, self.stories, [0.5 if s.signed else 1.0 for s in self.stories], n)
        rest = [s for s in self.stories if s not in chosen and caption_pool(s)]
        k = 2 if rng.random() < P["photo_items_2"] else 1 if rng.random() < P["photo_items_1"] else 0
        slots: list[tuple[str, Story]] = [("article", s) for s in chosen]
        for s in rng.sample(rest, k):
            slots.insert(rng.randint(0, len(slots)), ("photo", s))
        date = dt.date.fromisoformat(chosen[0].date)
        out.plain(self.running_head(date, rng.randint(1, 20), rng.choice(SECTIONS)))
        editor_top = chance(rng, "editor_line_top")
        if editor_top:
            out.blank()
            out.plain(self.editor_line())
            self.tags.add("editor_line_top")
        far, far_captions = -1, None
        later = [i for i, (kind, s) in enumerate(slots) if kind == "article" and i > 0 and caption_pool(s)]
        if later and chance(rng, "captions_far_top"):
            far = rng.choice(later)
            far_tags: set[str] = set()
            far_captions = self.caption_paragraphs(self.captions_of(slots[far][1], forced=True), far_tags)
            self.tags |= far_tags | {"captions_far_top"}
            out.blank()
            self.print_captions(far_captions, rng.choice(self.widths))
        items: list[Item] = []
        for i, (kind, story) in enumerate(slots):
            out.blank(self.gap)
            if kind == "photo":
                items.append(self.photo_item(story))
            else:
                items.append(
                    self.article(story, first=i == 0, far_captions=far_captions if i == far else None)
                )
        if not editor_top:
            out.blank()
            out.plain(self.editor_line())
            self.tags.add("editor_line_bottom")
        if out.mid_paragraph_breaks:
            self.tags.add("column_break_mid_paragraph")
        for item in items:
            self.tags |= item.tags
        text = "\n".join(out.lines).rstrip("\n") + "\n"
        return text, [it.truth for it in items], sorted(self.tags)

    # -- photos ---------------------------------------------------------------------------------------
    def credit(self) -> tuple[str, tuple[str, str] | None]:
        """A made-up credit line and the (role, name) it names (None for a 供图 credit)."""
        rng, name = self.rng, self.name()
        r = rng.random()
        if r < 0.3:
            return f"本报记者  {spaced_name(name)}摄", ("记者", name)
        if r < 0.45:
            return f"新华社记者  {spaced_name(name)}摄", ("记者", name)
        if r < 0.85:
            return f"{spaced_name(name)}摄{rng.choice(AGENCIES)}", ("", name)
        return rng.choice(("受访者供图", f"{rng.choice(CITIES)}市委宣传部供图", "资料图片")), None

    def captions_of(self, story: Story, forced: bool = False) -> list[Photo]:
        """The story's own photos, or one made from a sentence of its own (`forced`: always some)."""
        rng = self.rng
        if story.photos and (forced or chance(rng, "captions_printed")):
            return [Photo(p.caption, p.credit) for p in story.photos[:4]]
        if not story.photos and (forced or chance(rng, "caption_synthesised")):
            pool = dated_sentences(story)
            if pool:
                return [Photo(rng.choice(pool), self.credit()[0])]
        return []

    def caption_paragraphs(self, photos: list[Photo], tags: set[str]) -> list[str]:
        """The caption paragraphs as printed (credits at the end or on their own line)."""
        rng = self.rng
        photos = [Photo(p.caption, p.credit) for p in photos]
        if len(photos) > 1 and not photos[0].caption.startswith("图") and chance(rng, "caption_numbered"):
            for i, p in enumerate(photos):
                p.caption = f"图{CIRCLED[i]}：{p.caption}"
            tags.add("caption_numbered")
        trailing = None
        credits = [p.credit for p in photos if p.credit and not p.credit.startswith("以上")]
        if len(photos) > 1 and credits and chance(rng, "caption_credit_all"):
            who = re.sub(r"摄.*$", "", credits[0])
            if who and "供图" not in who and "资料" not in who:
                trailing = f"以上图片均为{who.replace('  ', '')}摄"
                for p in photos:
                    p.credit = None
                tags.add("caption_credit_all")
        own_line = chance(rng, "caption_credit_own_line")
        sep = rng.choice(("　　", "  ", " "))
        paras: list[str] = []
        for p in photos:
            if p.credit and p.credit.startswith("以上"):
                paras += [p.caption, p.credit]
            elif p.credit and own_line:
                paras += [p.caption, p.credit]
                tags.add("caption_credit_own_line")
            elif p.credit:
                paras.append(f"{p.caption}{sep}{p.credit}")
                tags.add("caption_credit_end")
            else:
                paras.append(p.caption)
            if p.credit and "供图" in p.credit:
                tags.add("caption_supplied")
        if trailing:
            paras.append(trailing)
        return paras

    def print_captions(self, paras: list[str], width: int) -> None:
        rng, out = self.rng, self.out
        wide = rng.randint(24, 48) if chance(rng, "caption_wide") else width
        for text in paras:
            if self.para != "none":
                out.blank()
            out.flow(wrap(self.printed(text), wide, self.narrow))

    def photo_item(self, story: Story) -> Item:
        """A stand-alone photo: 1–3 captions, one credit (its byline), maybe a title of its own."""
        rng, out, tags = self.rng, self.out, {"photo_item"}
        count = rng.choice((1, 1, 2, 3))
        if chance(rng, "photo_item_template"):
            captions = [template_caption(rng) for _ in range(count)]
            tags.add("photo_item_template")
        else:
            pool = caption_pool(story)
            captions = rng.sample(pool, min(len(pool), count))
        if len(captions) > 1 and rng.random() < 0.5:
            captions = [f"图{CIRCLED[i]}：{c}" for i, c in enumerate(captions)]
            tags.add("caption_numbered")
        name = self.name()
        r = rng.random()
        if r < 0.3:
            credit = f"■ 本报记者 {name}"
        elif r < 0.6:
            credit = f"本报记者  {spaced_name(name)}摄"
        elif r < 0.8:
            credit = f"新华社记者  {spaced_name(name)}摄"
        else:
            credit = f"以上图片均为本报记者{name}摄" if len(captions) > 1 else f"本报记者  {name}摄"
        title = rng.choice(PHOTO_TITLES) if chance(rng, "photo_item_titled") else None
        after = title is not None and chance(rng, "photo_item_title_after")
        if title:
            tags.add("photo_item_titled")
        width = rng.randint(24, 48) if chance(rng, "caption_wide") else rng.choice(self.widths)
        if title and not after:
            out.plain([title])
            out.blank()
        own = chance(rng, "caption_credit_own_line")
        for i, c in enumerate(captions):
            if i:
                out.blank()
            text = c if own or i < len(captions) - 1 else f"{c}{rng.choice(('  ', ' ', '　　'))}{credit}"
            out.flow(wrap(self.printed(text), width, self.narrow))
        if own:
            out.plain([credit])
        if title and after:
            out.blank()
            out.plain([title])
        truth = {
            "kind": "photo",
            "kicker": None,
            "headline": title,
            "subtitle": None,
            "byline": credit,
            "authors": [{"role": "记者", "name": name}],
            "paragraphs": captions,
        }
        return Item(truth, tags)

    # -- articles ---------------------------------------------------------------------------------------
    def byline_lines(
        self, story: Story, tags: set[str], width: int
    ) -> tuple[list[str], list[tuple[str, str]]]:
        """The byline as printed for a story whose byline is a `> ` line, and the people it adds."""
        lines = self.byline_only(story, tags)
        roles = {r for r, _ in story.authors}
        if roles == {"记者"} and not story.signed and chance(self.rng, "byline_correspondent"):
            name = self.name()
            tags.add("byline_correspondent")
            if self.rng.random() < 0.5:
                return [*lines[:-1], f"{lines[-1]}  本报通讯员  {spaced_name(name)}"], [("通讯员", name)]
            return [*lines, f"本报通讯员  {spaced_name(name)}"], [("通讯员", name)]
        return lines, []

    def byline_only(self, story: Story, tags: set[str]) -> list[str]:
        """The story's own byline as printed."""
        rng = self.rng
        names = [n for _, n in story.authors]
        roles = {r for r, _ in story.authors}
        if story.signed:
            tags.add("byline_signed")
            return ["  ".join(spaced_name(n) if chance(rng, "signed_spaced") else n for n in names)]
        assert story.byline is not None
        if roles == {"记者"} and len(names) >= 3 and chance(rng, "byline_two_lines"):
            tags.add("byline_two_lines")
            cut = len(names) // 2 + 1
            first = "本报记者  " + "  ".join(spaced_name(n) for n in names[:cut])
            return [first, "  ".join(spaced_name(n) for n in names[cut:])]
        r = rng.random()
        prefix = next((p for p, _ in ROLES if story.byline.startswith(p)), "")
        if r < P["byline_plain"]:
            tags.add("byline_plain")
            return [f"{prefix} {' '.join(names)}"]
        r -= P["byline_plain"]
        if r < P["byline_marker"]:
            tags.add("byline_marker")
            return [f"■ {prefix} {' '.join(names)}"]
        r -= P["byline_marker"]
        if r < P["byline_ocr_role"]:
            tags.add("byline_ocr_role")
            return [" ".join(prefix) + "  " + "  ".join(" ".join(n) for n in names)]
        r -= P["byline_ocr_role"]
        if r < P["byline_resident"] and roles == {"记者"} and len(names) == 1 and prefix == "本报记者":
            tags.add("byline_resident")
            return [f"本报驻{rng.choice(PROVINCES)}记者  {spaced_name(names[0])}"]
        tags.add("byline_spaced")
        return [story.byline]

    def dateline(self, story: Story, tags: set[str]) -> tuple[str, list[tuple[str, str]]]:
        """The printed dateline (to open the first paragraph) and its people."""
        rng = self.rng
        authors = story.authors
        if story.dateline:
            place = story.dateline
        else:  # a reporter byline printed as a dateline
            day = dt.date.fromisoformat(story.date) - dt.timedelta(days=1)
            place = f"本报{rng.choice(CITIES)}{day.month}月{day.day}日电"
            tags.add("dateline_converted")
        tags.add("dateline_xinhua" if "新华社" in place else "dateline_benbao")
        if not authors:
            return place + "  ", authors
        if place.startswith("本报") and chance(rng, "dateline_xun"):
            place = "本报讯"
            tags.add("dateline_xun")
        by_role: list[str] = []
        for role in dict.fromkeys(r for r, _ in authors):
            names = [n for r, n in authors if r == role]
            space = " " if chance(rng, "dateline_name_space") else ""
            by_role.append(f"{role}{space}{'、'.join(names)}")
        if (
            place == "本报讯"
            and authors
            and {r for r, _ in authors} == {"记者"}
            and chance(rng, "dateline_correspondent")
        ):
            name = self.name()
            by_role.append(f"通讯员{' ' if rng.random() < 0.5 else ''}{name}")
            authors = [*authors, ("通讯员", name)]
            tags.add("dateline_correspondent")
        paren = f"（{' '.join(by_role)}）"
        sep = "" if chance(rng, "dateline_tight") or place == "本报讯" else "  "
        return place + sep + paren, authors

    def title_block(
        self, kicker: str | None, headline: str, subtitle: str | None, width: int, tags: set
    ) -> None:
        rng, out = self.rng, self.out
        # a title one column wide only when it takes at most two lines there
        narrow = text_width(headline) <= 2 * width and chance(rng, "title_narrow")
        span = width if narrow else width * rng.choice((2, 3, 3, 4))
        parts: list[list[str]] = []
        if kicker:
            lines = [kicker] if text_width(kicker) <= span else wrap(kicker, span, self.narrow)
            if len(lines) > 1:
                tags.add("kicker_wrapped")
            parts.append(lines)
        if "  " in headline and chance(rng, "headline_two_lines"):
            lines = headline.split("  ", 1)
            tags.add("headline_two_lines")
        elif text_width(headline) > span:
            lines = wrap(headline, span, self.narrow)
            tags.add("headline_wrapped")
        else:
            lines = [headline]
        parts.append(lines)
        if subtitle:
            parts.append([subtitle] if text_width(subtitle) <= span else wrap(subtitle, span, self.narrow))
        for i, lines in enumerate(parts):
            if i and chance(rng, "title_blank_between"):
                out.blank()
            out.plain(lines)

    def article(self, story: Story, first: bool, far_captions: list[str] | None = None) -> Item:
        rng, out = self.rng, self.out
        tags: set[str] = set()
        width = rng.choice(self.widths)
        if story.chars < 600 and chance(rng, "width_wide_item"):
            width = rng.randint(22, 30)
            tags.add("width_wide_item")
        # titles
        kicker, headline, subtitle = story.kicker, story.headline, story.subtitle
        if kicker and not subtitle and not kicker.endswith("——") and chance(rng, "kicker_as_subtitle"):
            kicker, subtitle = None, kicker.rstrip("—")
        if kicker and not kicker.endswith("——") and chance(rng, "kicker_dash_added"):
            kicker += "——"
        if "（" not in headline and chance(rng, "column_tag_added"):
            headline += rng.choice(COLUMN_TAGS)
        if subtitle and chance(rng, "subtitle_dash_toggle"):
            subtitle = subtitle[2:] if subtitle.startswith("——") else "——" + subtitle
        if kicker:
            tags.add("kicker")
            if kicker.endswith("——"):
                tags.add("kicker_dash")
        if subtitle:
            tags.add("subtitle_dash" if subtitle.startswith("——") else "subtitle")
        if re.search(r"（[^）]+）$", headline):
            tags.add("headline_column_tag")
        if "  " in headline:
            tags.add("headline_two_part")
        # byline or dateline
        body = list(story.paragraphs)
        byline_lines: list[str] = []
        signed_end = False
        byline = None
        authors = story.authors
        to_dateline = (
            not story.dateline
            and story.byline
            and {r for r, _ in authors} == {"记者"}
            and chance(rng, "byline_to_dateline")
        )
        if story.dateline or to_dateline:
            byline, authors = self.dateline(story, tags)
            body[0] = byline + body[0]
        elif story.byline:
            byline_lines, extra = self.byline_lines(story, tags, width)
            authors = [*authors, *extra]
            byline = " ".join(byline_lines)
            signed_end = story.signed and chance(rng, "signed_at_end")
            if signed_end:
                tags.add("byline_signed_end")
        else:
            tags.add("byline_none")
        truth_body = list(body)
        if story.dateline or to_dateline:
            truth_body[0] = story.paragraphs[0]
        # boxes, subheads, trailers (text the truth keeps in the body)
        pre: list[str] = []
        reported = any(r == "记者" for r, _ in authors)
        if len(body) >= 5 and reported and chance(rng, "box_core_reading"):
            firsts = [s[0] for p in story.paragraphs[1:4] if (s := sentences(p))]
            if firsts:
                pre = ["核心阅读", "".join(firsts)]
                tags.add("box_core_reading")
        if not pre and not (story.dateline or to_dateline) and chance(rng, "box_editor_note"):
            body[0] = truth_body[0] = "编者按：" + body[0]
            tags.add("box_editor_note")
        last_is_trailer = body[-1].startswith("（") and body[-1].endswith("）")
        if len(body) >= 6 and reported and chance(rng, "subheads_added"):
            spots = sorted(rng.sample(range(2, len(body) - 1), 2), reverse=True)
            for at in spots:
                if chance(rng, "subhead_question"):
                    heads = [rng.choice(QUESTIONS)]
                    if rng.random() < 0.4:
                        heads.append(rng.choice(STATEMENTS))
                    tags.add("subhead_question")
                else:
                    heads = [rng.choice(STATEMENTS)]
                body[at:at] = heads
                truth_body[at:at] = heads
            tags.add("subhead")
        if len(body) >= 5 and reported and not last_is_trailer and chance(rng, "box_reporter_notebook"):
            body.insert(len(body) - 1, "记者手记")
            truth_body.insert(len(truth_body) - 1, "记者手记")
            tags.add("box_reporter_notebook")
        if not last_is_trailer and not story.signed and chance(rng, "trailer_added"):
            trailer = f"（{self.name()}参与采写）"
            body.append(trailer)
            truth_body.append(trailer)
            tags.add("trailer")
        elif last_is_trailer:
            tags.add("trailer")
        # photos
        photos = [] if far_captions is not None else self.captions_of(story)
        captions = self.caption_paragraphs(photos, tags) if photos else []
        where = None
        if far_captions is not None:
            captions, where = far_captions, "far_top"
        elif captions:
            if first and chance(rng, "captions_top"):
                where = "top"
            else:
                where = "before" if chance(rng, "captions_before") else "after"
            tags.add(f"captions_{where}")
        after = chance(rng, "headline_after_body" if self.after_page else "headline_after_stray")
        tags.add("headline_after_body" if after else "headline_before_body")
        # print
        if where in ("top", "before"):
            self.print_captions(captions, width)
            out.blank(self.gap if where == "top" else 1)
        if not after:
            self.title_block(kicker, headline, subtitle, width, tags)
        if byline_lines and not signed_end:
            out.blank()
            out.plain(byline_lines)
        for text in pre:
            out.blank()
            out.plain(wrap(text, width, self.narrow))
        for text in body:
            self.body_paragraph(text, width)
        if signed_end:
            out.plain(byline_lines)
        if where == "after":
            self.print_captions(captions, width)
        if after:
            out.blank()
            self.title_block(kicker, headline, subtitle, width, tags)
        paragraphs = truth_body
        if pre:
            paragraphs = pre + paragraphs
        if where in ("top", "before", "far_top"):
            paragraphs = captions + paragraphs
        elif where == "after":
            paragraphs = paragraphs + captions
        truth = {
            "kind": "article",
            "kicker": kicker,
            "headline": headline,
            "subtitle": subtitle,
            "byline": byline,
            "authors": [{"role": r, "name": n} for r, n in authors],
            "paragraphs": paragraphs,
        }
        return Item(truth, tags)


def check(text: str, articles: list[dict]) -> None:
    """Every truth string occurs on the page, each article's paragraphs in page order."""
    flat = squeeze(text)
    for a in articles:
        for name in ("kicker", "headline", "subtitle"):
            if a[name]:
                assert squeeze(a[name]) in flat, (name, a[name])
        for person in a["authors"]:
            assert person["name"] in flat, person
        at = 0
        for p in a["paragraphs"]:
            found = flat.find(squeeze(p), at)
            assert found >= 0, ("paragraph not in page order", p[:40])
            at = found + len(squeeze(p))


def make_page(seed: int, stories: list[Story], names: list[str]) -> tuple[str, dict, list[str]]:
    """The page text, its truth and its convention tags, for `seed`."""
    text, articles, tags = PageBuilder(seed, stories, names).build()
    check(text, articles)
    return text, {"seed": seed, "articles": articles}, tags
