"""Bylines and credits: who wrote or photographed an item, as printed and as (role, name) pairs.

Forms seen on Chinese newspaper pages:
- a dateline opening the first paragraph: `本报讯（记者 张三）`, `本报北京1月1日电（记者 李四）`,
  `本报北京1月1日讯记者张三报道：`;
- a byline line of its own: `■ 本报记者 王五`, `本报通讯员 赵六 孙七`, letter-spaced `本 报 记 者`;
- several roles in one byline (`记者 张三 通讯员 李四`), two-character names padded to three
  (`王  五`), signed commentaries with names only (role "");
- photo credits at the end of a caption: `■ 本报记者 周八`, `吴  九摄（人民视觉）` (role 摄影;
  a photo item records the role word its credit prints, see `credited`).

The list of people each form prints, its role words and names, is read in `reader.page.people`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model import Author
from reader.page import rx
from reader.page.names import PLACE_RANKS, may_be_name, surnamed
from reader.page.people import (
    MEDIA,
    MEDIA_ROLE,
    PARTNER,
    PUBLISHER,
    REPORTED,
    ROLE,
    ROLE_TOKEN,
    parse_people,
)
from reader.page.textclean import MARKERS, squeeze_letter_spacing

_DATELINE = rx.compile(
    rf"^\s*(?P<src>(?:据\s*)?(?:{PUBLISHER}|{PARTNER})[^（(，。“”\n]{{0,20}}?(?:讯|电)(?!\s*员))\s*"
    r"(?:[（(](?P<inner>[^）)\n]{1,60})[）)])?\s*"
)
DATELINE_FIRST = "本新中据"  # the characters a publisher's dateline can open with


def may_open_dateline(text: str) -> bool:
    """A cheap test before a dateline's pattern: could the text open with one? It opens with a character
    a publisher's name opens with, or holds a date's `日电` or `日讯`, as a partner paper's closes."""
    return text[:1] in DATELINE_FIRST or "日电" in text or "日讯" in text


# a dateline naming no one: the publisher, a place and a date at most (`本报讯`, `本报北京1月4日讯`)
_BARE_DATELINE = rx.compile(
    rf"据?(?:{PUBLISHER}|{PARTNER})(?:(?:(?!记者|通讯员)[\u4e00-\u9fff·]){{1,10}}?(?:[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日)?)?[讯电]"
)
# a credit in brackets closing a caption: `（周八摄）`, `（新华社记者 周八摄）`
_BRACKET_CREDIT = rx.compile(r"[（(](?P<names>[^（）()，。]{2,24}?)\s*摄[）)]$")
# one credit for every photo above it: `以上图片均为周八摄`
_ALL_PHOTOS = rx.compile(
    r"^(?:以上|上|左|右|本组)?图片?(?:均|都)?(?:为|由|系)\s*(?P<names>[^，。]{2,24}?)\s*摄$"
)
# text and photos credited apart: `文/张三  图/李四`
_TEXT_AND_PHOTOS = rx.compile(
    r"^文(?:字)?\s*[/／]\s*(?P<text>[^/／]{2,24}?)(?:\s+(?:图|摄影)\s*[/／]\s*(?P<photo>[^/／]{2,24}))?$"
)
# (a name transliterated from another language parts its words by `·`: `胡安·佩雷斯摄`)
_PHOTO_CREDIT = rx.compile(
    r"(?:^|(?<=[\s。！？”）…]))(?P<credit>(?:[\u3400-\u9fff]{1,4}(?:·[\u3400-\u9fff]{1,8}){0,3}\s*){1,6}"
    r"[/／]?摄(?:[（(][^）)]{1,20}[）)])?)\s*$"
)


LONGEST_LINE = 40  # characters of a byline line at most (`line_byline` asks it first, as a cheap test)
LONGEST_ROLE_LINE = 64  # … and of one opening with a role word (`本报驻某国记者  X  …`)


@dataclass(slots=True)
class Byline:
    """A byline as printed (cleaned of markers and stray spaces) and the people it names."""

    text: str
    authors: list[Author]


def reporters(byline: Byline) -> bool:
    """Does `byline` name someone by a reporter's role (`记者`, `通讯员`: not a photographer's)?"""
    return any(a.role and a.role != "摄影" for a in byline.authors)


# a report's first sentence naming its reporters: `新华社记者X、本报记者Y报道：…`
_REPORTED_BY = rx.compile(r"^[^，。：:]{2,30}?报\s*道[：:]")


def reported_in_text(line: str, next_line: str) -> bool:
    """Does the line, read as a byline, run on into `next_line` (the next line of its block) as the
    first sentence of a report (`…电新华社` / `记者X、本报记者Y报` / `道：…`)? The reporters named in
    the text's own sentence are no byline line, however the line breaks fall."""
    return "道" in next_line[:12] and _REPORTED_BY.match(line.strip() + next_line.strip()) is not None


def listed_in_text(text: str, width: int, above_width: int, col: int) -> bool:
    """Is a line read as a byline (`记者走访甲、乙、丙等`) the words of a text's sentence, set tight
    between its lines? Names listed with `、` that fill the column, under a full line of text and
    over a line tight under them, run on as a sentence does; a byline line stands short of the
    column's end or under its heading. On the truths of all sets, such full lines were a text's 5
    times (four programs) and a byline's never; bylines listing names with `、` were narrower (3)."""
    return "、" in text and width >= col - 2 and above_width >= col - 2


def word_under_reporters(above: Byline, text: str, byline: Byline) -> bool:
    """Is the line `text` (read as the names-only `byline`) a lone two-letter word set tight under a
    reporter's line (`above`: `本报记者 X Y` / `赏析`)? Then it opens the text: a two-letter name
    wrapped from the line above prints spaced out (`王  五`) or among other names."""
    return len(text) == 2 and len(byline.authors) == 1 and not byline.authors[0].role and reporters(above)


def names_over_reporters(above: Byline, byline: Byline | None) -> bool:
    """Is the line read as `byline` a reporter's line set right under names alone (`above`: a
    title's last word wrapped, `…持续` / `改善`, or the signature of the text above)? No byline
    names someone without a role before someone with one (on the truths of every set never, but
    `文/X  图/Y`), so the two lines are no one byline."""
    return byline is not None and not any(a.role for a in above.authors) and reporters(byline)


def stray_bylines(found: list[tuple[int, Byline, str]]) -> set[int]:
    """Of the units of one item read as bylines (`found`: position in the item, byline, text as
    printed, in page order), those that are none of its byline: an article prints its byline in one
    place, so a line read as one further down (after its box, photos or text) is a subhead of the
    text, and so is a word under its reporter's line (`word_under_reporters`)."""
    stray: set[int] = set()
    for n, (k, byline, text) in enumerate(found[1:], 1):
        above, above_byline, _ = found[n - 1]
        if k != above + 1 or above in stray or word_under_reporters(above_byline, text, byline):
            stray.add(k)
    return stray


def _photographers(names: str, printed: list[str] | None = None) -> list[Author] | None:
    """The people of a photo credit's names part, all with the role 摄影 (`printed`, if given,
    receives its role words as printed and the names, as `parse_people` gives them)."""
    people = parse_people(names, default_role="摄影", printed=printed)
    return [Author("摄影", a.name) for a in people] if people else None


def _photo_credit(names: str, before: str = "", after: str = "") -> Byline | None:
    """A photographer's credit with its wording as printed: what stands `before` the names
    (`以上图片均为`), their role words (`新华社记者`), the names, 摄 and what stands `after` it
    (`（人民视觉）`); the letter-spacing of names dropped, as a byline prints them."""
    printed: list[str] = []
    authors = _photographers(names, printed)
    if not authors:
        return None
    return Byline("".join(before.split()) + " ".join(printed) + "摄" + "".join(after.split()), authors)


_ROLE_WORD = rx.compile(ROLE)


def credited(credit: Byline) -> list[Author]:
    """A photo item's people as its credit prints them: a photographer named under a role word
    keeps that word (`本报记者 周八摄`, `新华社记者 吴九摄` → 记者), as a byline's reporter does; one
    credited by name alone (`周八摄`, `吴九摄（人民视觉）`) has no role, as a signed name has none:
    the credit prints none (four of the five independently laid-out page sets of 2026 texts mark
    it so, one 摄影). (Inside the segmenter every photographer is 摄影: that is how a credit is
    told from a byline.)"""
    text, at, role, people = credit.text, 0, "", []
    for person in credit.authors:
        found = text.find(person.name, at) if person.role == "摄影" else -1
        if found < 0:
            people.append(person)
            continue
        words = _ROLE_WORD.findall(text, at, found)
        if words:
            role = words[-1]
        people.append(Author(role, person.name))
        at = found + len(person.name)
    return people


# … or each name followed by what it did: `本报记者 张三/文  李四/图`
_WORK_AFTER = rx.compile(r"^(?P<text>[^/／]{2,24}?)\s*[/／]\s*文\s+(?P<photo>[^/／]{2,24}?)\s*[/／]\s*图$")


def _works_after(body: str) -> Byline | None:
    """`本报记者 张三/文  李四/图`: the writer (role as printed, else none) and the photographer."""
    match = _WORK_AFTER.match(body)
    if match is None:
        return None
    shown: list[str] = []
    writers = parse_people(match.group("text"), printed=shown)
    shot: list[str] = []
    shooters = _photographers(match.group("photo"), shot)
    if not writers or not shooters:
        return None
    return Byline(" ".join(shown) + "/文 " + " ".join(shot) + "/图", writers + shooters)


def _text_and_photos(body: str) -> Byline | None:
    """`文/张三  图/李四`: the writer (role as printed, else none) and the photographer."""
    match = _TEXT_AND_PHOTOS.match(body)
    if match is None:
        return None
    shown: list[str] = []  # (the role words as printed: `文/本报记者 X`)
    writers = parse_people(match.group("text"), printed=shown)
    shooters = _photographers(match.group("photo")) if match.group("photo") else []
    if not writers or shooters is None:
        return None
    text = "文/" + " ".join(shown)
    if shooters:
        text += " 图/" + " ".join(a.name for a in shooters)
    return Byline(text, writers + shooters)


# a word letter-spaced (`祁 嘉 禾`: single ideographs, one space between) or printed tight
_SPACED_WORD = rx.compile(r"[\u3400-\u9fff](?: [\u3400-\u9fff])+|[^\s]+")
_WORD_GAP = rx.compile(r"\s{2,}")


def _words_of_spaced_line(body: str) -> str:
    """A byline set letter by letter with wider gaps between its words (`本 报 记 者  祁 嘉 禾  王
    五`): the single spaces are letter-spacing, the wide gaps part the words, so the letters of each
    word close up (`本报记者  祁嘉禾  王五`). Otherwise the text as it is (where a wide gap also pads
    a name, `王  五`, the words are told apart by `merge_names`)."""
    if " " not in body or not _WORD_GAP.search(body):
        return body
    words = _WORD_GAP.split(body)
    if not all(_SPACED_WORD.fullmatch(word) for word in words) or all(" " not in word for word in words):
        return body
    return "  ".join(word.replace(" ", "") for word in words)


# the writer took the photos too: `本报记者 王五 文/图` (the words close the byline and name no one),
# or `文/图  本报记者 王五`, `图·文 王五` (they open it); `文并图` says the same in words
_BOTH = r"(?:文\s*[/／·・]\s*图|图\s*[/／·・]\s*文|文\s*并\s*[图摄])"
_BOTH_WORKS = rx.compile(rf"(?<=[\u3400-\u9fff])\s*{_BOTH}$")
_BOTH_FIRST = rx.compile(rf"^{_BOTH}\s*(?=[\u3400-\u9fff])")


_ROLE_GAP = rx.compile(rf"(?:{ROLE})\s")  # a role word and the gap a byline prints after it
# a byline signing for the paper, naming no one (`本报评论员`, `X日报评论员`, `本报评论部`)
_COLLECTIVE = rx.compile(rf"(?:{PUBLISHER}|{MEDIA})(?:(?:特约)?评论员|评论部|编辑部)")


def parse_byline_line(line: str) -> Byline | None:
    """A byline standing on its own line (`■ 本报记者 王五`), or None. A byline closed or opened by
    `文/图` (the writer's photos too: `图/文`, `文·图`) names its people with the role it prints, as
    without those words."""
    stripped = line.strip()
    marked = stripped[:1] in MARKERS
    body = _words_of_spaced_line(stripped.lstrip(MARKERS).strip())
    squeezed = squeeze_letter_spacing(body)
    if _COLLECTIVE.fullmatch(squeezed.replace(" ", "")):
        return Byline("".join(body.split()), [])  # (`本报评论员`: the paper's voice, no one's name)
    first = _BOTH_FIRST.match(body)
    if first is not None:
        # (the words mark a credit as a marker does: names alone after them sign the text)
        found = parse_byline_line("■ " + body[first.end() :])
        return Byline(f"{''.join(first.group().split())} {found.text}", found.authors) if found else None
    if body[:1] == "文":
        return _text_and_photos(body)
    if body[-1:] == "图" and (works := _works_after(body)) is not None:
        return works
    both = _BOTH_WORKS.search(body)
    if both is not None:
        # (the words mark a credit as a marker does: names alone before them sign the text)
        found = parse_byline_line("■ " + body[: both.start()])
        return Byline(f"{found.text} {''.join(both.group().split())}", found.authors) if found else None
    # (a joint report's reporters, each under their post abroad, run longer than any other byline)
    longest = LONGEST_ROLE_LINE if ROLE_TOKEN.match(body) else LONGEST_LINE
    if not body or len(body) > longest or any(ch in body for ch in "，。：；！？“”,:;!?"):
        return None
    if body[-1] in "、/／":
        return None  # (names are listed with separators between them, never after the last: `张三/`)
    head = squeezed.split()
    # (`本 报记者 X`: a stray space inside the role word)
    opening = head[0] + head[1] if len(head) > 1 else head[0]
    own_role = bool(ROLE_TOKEN.match(head[0]) or (len(head) > 1 and ROLE_TOKEN.match(opening)))
    media_role = None if own_role else MEDIA_ROLE.match(opening)
    has_role = own_role or media_role is not None
    if not has_role and not marked:
        return None
    placed = _PLACED_NAME.fullmatch(body) if marked and not has_role else None
    if placed is not None and surnamed(placed["name"]):
        # (`■ 某省某市  王五`: a reader or official writing from where they live or work)
        return Byline(f"{placed['place']} {placed['name']}", [Author("", placed["name"])])
    printed: list[str] = []
    authors = parse_people(body, printed=printed)
    if not authors:
        return None
    if media_role is not None and (
        not all(2 <= len(a.name) <= 4 and surnamed(a.name) for a in authors)
        or (media_role["media"].endswith("网") and not _ROLE_GAP.search(body))
    ):
        # (another publication's name and a role word open headlines and sentences too, `X时报记者
        # 遭驱逐`, `《X》记者被捕`: the byline it opens names people, each with a surname; a news
        # site's, after a gap: `X网` names much else, `电网`, `互联网`, and kickers run on from its
        # role word, `X网记者黄河行`)
        return None
    # names alone (a signed commentary) only when they look like names: `■ 深化改革` is a subhead
    if not has_role and (
        len(authors) > 4
        or "、" in body
        or "/" in body  # (`■ 一/二`: words parted by a slash, not names a byline prints)
        or "／" in body
        or any(not 2 <= len(a.name) <= 3 or not may_be_name(a.name) for a in authors)
    ):
        return None
    # (a photographer's credit keeps its 摄, a report its `摄影报道`: `本报记者 周八摄` is printed so)
    end = REPORTED.search(body)
    closing = end.group().strip() if end else "摄" if body.endswith("摄") else ""
    return Byline(" ".join(printed) + closing, authors)


# a signature of a place and a name, apart (`某省某市  王五`)
_PLACED_NAME = rx.compile(
    rf"(?P<place>[\u4e00-\u9fff]{{1,12}}[{PLACE_RANKS}])\s+(?P<name>[\u4e00-\u9fff]{{2,3}})"
)

# the reporters a dateline names without brackets, up to the colon that opens the text
_REPORTERS_AFTER = rx.compile(
    rf"\s*(?P<people>(?:{PUBLISHER})?(?:{ROLE})[^，。：:（(“”]{{1,30}}?)\s*报\s*道\s*[：:]\s*"
)


def split_dateline(paragraph: str) -> tuple[Byline, str] | None:
    """Split `本报讯（记者 张三）3月12日，…` into the byline and the rest of the paragraph. A dateline
    may name its reporters without brackets, in the text's first words up to `报道：`
    (`本报讯记者张三报道：…`, an older form of the same): they are the byline's too."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    source = "".join(match.group("src").split())
    inner = match.group("inner")
    if not inner and not _BARE_DATELINE.fullmatch(source):
        return None  # `本报记者从电力部门获悉`: a sentence, not a dateline
    authors: list[Author] = []
    text = source
    end = match.end()
    if inner:
        shown: list[str] = []
        aside: list[str] = []
        people = parse_people(inner, bracketed=True, printed=shown, aside=aside)
        if people is None and not (aside and shown):  # (`shown` is filled only where it parsed)
            return None
        authors = people or []
        # (words naming no one, `（记者 张三 江城日报供稿）`, stay in the byline as printed)
        text = f"{source}（{' '.join(shown)}）"
    elif reported := _REPORTERS_AFTER.match(paragraph, end):
        # `本报讯记者张三报道：…`: the dateline names its reporters without brackets, up to the colon
        people = parse_people(reported.group("people"))
        if people and all(a.role for a in people):
            authors, end = people, reported.end()
            text = source + "".join(reported.group("people").split()) + "报道"
    return Byline(text, authors), paragraph[end:]


# a note closing a body that names who helped: `（肖航参与采写）`, `（作者为…，本报记者X整理）`
_HELPERS = rx.compile(
    r"[（(](?:[^（）()]*[，,；;])?\s*(?:本报|新华社)?(?:记者|实习生|通讯员)?\s*"
    r"(?P<names>[\u3400-\u9fff]{2,4}(?:[、，\s]+[\u3400-\u9fff]{2,4})*)\s*"
    r"(?:参与采写|参加采写|对本文亦有贡献|整理)[）)]$"
)


def trailer_helpers(paragraph: str) -> list[str]:
    """The people a closing trailer names as helpers (not authors), or none."""
    text = paragraph.rstrip()
    if not text.endswith(("）", ")")):
        return []
    match = _HELPERS.search(squeeze_letter_spacing(text[-60:]))
    if match is None:
        return []
    return [n for n in re.split(r"[、，\s]+", match.group("names")) if n]


def publisher(text: str) -> str:
    """The publisher a byline or credit prints before its role word (`本报`, `新华社`), or ""."""
    found = _PUBLISHER_AT.search(text)
    return found.group() if found else ""


_PUBLISHER_AT = rx.compile(PUBLISHER)
