"""Bylines and credits: who wrote or photographed an item, as printed and as (role, name) pairs.

Forms seen on Chinese newspaper pages:
- a dateline opening the first paragraph: `本报讯（记者 张三）`, `本报北京1月1日电（记者 李四）`,
  `本报北京1月1日讯记者张三报道：`;
- a byline line of its own: `■ 本报记者 王五`, `本报通讯员 赵六 孙七`, letter-spaced `本 报 记 者`;
- several roles in one byline (`记者 张三 通讯员 李四`), two-character names padded to three
  (`王  五`), signed commentaries with names only (role "");
- photo credits at the end of a caption: `■ 本报记者 周八`, `吴  九摄（人民视觉）` (role 摄影;
  a photo item records the role word its credit prints, see `credited`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model import Author
from reader.page import rx
from reader.page.names import COMMON_SURNAMES, SURNAMES, commoner, may_be_name, merge_names
from reader.page.textclean import MARKERS, squeeze_letter_spacing

# Publishers that prefix a role (本报记者) and are not part of the role word as recorded.
_PUBLISHER = r"(?:本报|本刊|本台|新华社|中新社)"
ROLE_WORDS = (
    "特约评论员",
    "本报评论员",
    "摄影记者",
    "特约记者",
    "特派记者",
    "见习记者",
    "首席记者",
    "实习记者",
    "通讯员",
    "实习生",
    "评论员",
    "记者",
    "编译",
    "整理",
)
_ROLE = "|".join(ROLE_WORDS)
_PUBLISHER_ONLY = rx.compile(rf"^{_PUBLISHER}$")
# another news organisation named before a role word in a joint report's dateline
# (`（X台记者 甲、新华社记者 乙）`): it prefixes the role word as a publisher does
_ORGANISATION = rx.compile(r"^[\u4e00-\u9fff]{2,12}(?:电台|电视台|日报|晚报|报社|通讯社|杂志社)$")
# `本报驻南非记者`: a correspondent posted abroad or to a province
_ROLE_TOKEN = rx.compile(rf"^(?:{_PUBLISHER}(?:驻[\u4e00-\u9fff]{{1,8}}?)?)?({_ROLE})(.*)$")
_SEPARATORS = rx.compile(r"[\s、，,；;/／]+")
# a role word run onto the name before it when a line break fell between them (`张三通讯员`)
_GLUED_ROLE = rx.compile(rf"(?<=[\u3400-\u9fff]{{2}})(?=(?:{_PUBLISHER})?(?:{_ROLE}))")
_REPORTED = rx.compile(r"\s*(?:摄影报道|报道|报导)$")
_CREDIT_WORDS = ("供图", "摄影", "制图")
_NAME = rx.compile(r"^[\u3400-\u9fff·]{1,6}$")
_DATELINE = rx.compile(
    rf"^\s*(?P<src>(?:据\s*)?{_PUBLISHER}[^（(，。“”\n]{{0,20}}?(?:讯|电)(?!\s*员))\s*"
    r"(?:[（(](?P<inner>[^）)\n]{1,60})[）)])?\s*"
)
# a dateline naming no one: the publisher, a place and a date at most (`本报讯`, `本报北京1月4日讯`)
_BARE_DATELINE = rx.compile(
    rf"据?{_PUBLISHER}(?:(?:(?!记者|通讯员)[\u4e00-\u9fff·]){{1,10}}?(?:[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日)?)?[讯电]"
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
_PHOTO_CREDIT = rx.compile(
    r"(?:^|(?<=[\s。！？”）…]))(?P<credit>(?:[\u3400-\u9fff]{1,4}\s*){1,6}摄(?:[（(][^）)]{1,20}[）)])?)\s*$"
)


@dataclass(slots=True)
class Byline:
    """A byline as printed (cleaned of markers and stray spaces) and the people it names."""

    text: str
    authors: list[Author]


def _unglue(token: str) -> list[str]:
    """`张三通讯员` → `张三`, `通讯员` (the role word opening a token stays on it)."""
    role = _ROLE_TOKEN.match(token)
    if role and role.group(2):
        head = token[: len(token) - len(role.group(2))]
        rest = _unglue(role.group(2))
        return [head + rest[0], *rest[1:]]
    if role or not _GLUED_ROLE.search(token):
        return [token]
    return _GLUED_ROLE.split(token)


def parse_people(
    text: str,
    default_role: str = "",
    printed: list[str] | None = None,
    bracketed: bool = False,
    aside: list[str] | None = None,
) -> list[Author] | None:
    """Parse `记者 张三 通讯员 李四` into authors; None when the text is not a list of people.

    `printed`, if given, receives the role words as printed and the names, in order (for the
    byline's text: `本报驻曼谷记者  李  四` → `本报驻曼谷记者`, `李四`). `bracketed`: the text is a
    dateline's brackets, so a token of five or six letters that parts into no names (`江城日报供稿`,
    who sent the report) names no one but leaves the people beside it theirs: `aside`, if given,
    receives such tokens, and they stay in `printed` in their place."""
    text = _REPORTED.sub("", text.strip())
    photo = False
    if text.endswith("摄"):
        photo, text = True, text[:-1].rstrip(" /／")
    raw = _join_post([t for part in _SEPARATORS.split(text) for t in _unglue(part) if t])
    if not raw:
        return None
    # Join letter-spaced role words (`本 报 记 者`; a post abroad: up to 14 characters),
    # but never across a role word and a name.
    tokens: list[str] = []
    for token in raw:
        tokens.append(token)
        # the last token and the single characters before it, up to 14: only they may join (the
        # last may be longer: `本 报记者`, a stray space inside the role word)
        run = 1
        for last in reversed(tokens[:-1]):
            if len(last) != 1 or run == 14:
                break
            run += 1
        for size in range(run, 1, -1):
            joined = "".join(tokens[-size:])
            match = _ROLE_TOKEN.match(joined)
            if match and not match.group(2):
                tokens[-size:] = [joined]
                break
            if match and match.end(1) > len(joined) - len(token) and size > 2:
                # `本 报 记 者王五`: the name set tight against the spaced role word's last letter
                tokens[-size:] = [joined[: match.end(1)], match.group(2)]
                break
        else:
            # (`本报记 者 X`, `本报记 者X`: a stray space inside the role word, the name after it)
            if len(tokens) > 1 and not _ROLE_TOKEN.match(tokens[-2]):
                match = _ROLE_TOKEN.match(tokens[-2] + token)
                if match and match.end(1) > len(tokens[-2]):
                    role_word, name = match.string[: match.end(1)], match.group(2)
                    tokens[-2:] = [role_word, name] if name else [role_word]
    authors: list[Author] = []
    role = default_role
    names: list[str] = []

    shown: list[str] = []

    def flush() -> None:
        for token in merge_names(names):
            parts = _tight_names(token)
            if parts is None:
                if not bracketed or not _NAME.match(token):
                    raise ValueError(token)  # (longer, a note or a date in brackets: no people)
                # (no author's name has five letters or more, `·` aside: on the truths of every
                # set, of 5,394 names in a dateline's brackets none)
                shown.append(token)
                if aside is not None:
                    aside.append(token)
                continue
            for name in parts:
                if not _NAME.match(name) or name.endswith(_CREDIT_WORDS):
                    raise ValueError(name)  # (`供图` broken off its credit's line is no one's name)
                authors.append(Author(role, name))
                shown.append(name)
        names.clear()

    publisher = ""
    try:
        for token in tokens:
            if _PUBLISHER_ONLY.match(token) or (bracketed and _ORGANISATION.match(token)):
                # `新华社 记者 X`: the publisher spaced off its role word is no one's name (it is
                # shown as printed, with the role word after it)
                flush()
                publisher = token
                continue
            match = _ROLE_TOKEN.match(token)
            if match:
                flush()
                role = match.group(1)
                shown.append(publisher + token[: len(token) - len(match.group(2))])
                publisher = ""
                if match.group(2):
                    names.append(match.group(2))
            else:
                if publisher:
                    shown.append(publisher)
                    publisher = ""
                names.append(token)
        flush()
        if publisher:
            shown.append(publisher)
    except ValueError:
        return None
    if photo:
        authors = [Author("摄影", a.name) for a in authors]
    if printed is not None:
        printed.extend(shown)
    return authors or None


_POST = rx.compile(rf"^{_PUBLISHER}驻")


def _join_post(raw: list[str]) -> list[str]:
    """A correspondent's post split by a stray space (`本报驻新 西兰记者`, tokens `本报驻新`, `西兰`,
    `记者`): the tokens from the post's opening up to its role word are one role word."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        size = 1
        if _POST.match(raw[k]) and not _ROLE_TOKEN.match(raw[k]):
            for m in range(2, min(5, len(raw) - k + 1)):
                found = _ROLE_TOKEN.match("".join(raw[k : k + m]))
                if found and not found.group(2):
                    size = m
                    break
        out.append("".join(raw[k : k + size]))
        k += size
    return out


def _tight_names(name: str) -> list[str] | None:
    """The names in a token of five letters or more, or None. Names of two or three letters run
    together where a line break took the space between them (`记者 张晓丰` / `李大光`, `王五` /
    `赵六一`): five or six letters that part into two such names, each opening with a surname, are
    those two (where five part both ways, at the commoner surname, by `names.commoner` where both
    are common; where that cannot tell, the token stays as printed). No one's name has five
    letters or more unless `·` parts it: one that parts into no names is a sentence's words
    (`记者X、Y今日凌` / `晨…`)."""
    if len(name) <= 4 or "·" in name:
        return [name]
    cuts = (
        [k for k in (2, 3) if 2 <= len(name) - k <= 3 and name[k] in SURNAMES] if name[0] in SURNAMES else []
    )
    if len(cuts) > 1:
        cuts = [k for k in cuts if name[k] in COMMON_SURNAMES] or cuts
    if len(cuts) > 1 and name[cuts[0]] in COMMON_SURNAMES:
        # both cuts open the second name with a common surname: the commoner surname tells (on
        # the truths of the non-blind sets, two such names side by side: 110 times, 5 not)
        cuts = [cuts[0] if commoner(name[cuts[0]], name[cuts[1]]) == name[cuts[0]] else cuts[1]]
    if len(cuts) == 1:
        return [name[: cuts[0]], name[cuts[0] :]]
    return [name] if cuts else None


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
    return (
        len(text) == 2
        and len(byline.authors) == 1
        and not byline.authors[0].role
        and any(a.role and a.role != "摄影" for a in above.authors)
    )


def names_over_reporters(above: Byline, byline: Byline | None) -> bool:
    """Is the line read as `byline` a reporter's line set right under names alone (`above`: a
    title's last word wrapped, `…持续` / `改善`, or the signature of the text above)? No byline
    names someone without a role before someone with one (on the truths of every set never, but
    `文/X  图/Y`), so the two lines are no one byline."""
    return (
        byline is not None
        and not any(a.role for a in above.authors)
        and any(a.role and a.role != "摄影" for a in byline.authors)
    )


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


def people_text(people: list[Author]) -> str:
    """`记者 张三 通讯员 李四`: each role once, then its names, single spaces between."""
    parts: list[str] = []
    role: str | None = None
    for person in people:
        if person.role != role:
            role = person.role
            if role:
                parts.append(role)
        parts.append(person.name)
    return " ".join(parts)


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


_ROLE_WORD = rx.compile(_ROLE)


def credited(credit: Byline) -> list[Author]:
    """A photo item's people as its credit prints them: a photographer named under a role word
    keeps that word (`本报记者 周八摄`, `新华社记者 吴九摄` → 记者), as a byline's reporter does; one
    credited by name alone (`周八摄`, `吴九摄（人民视觉）`) is the photographer, 摄影. (Inside the
    segmenter every photographer is 摄影: that is how a credit is told from a byline.)"""
    text, at, role, people = credit.text, 0, "摄影", []
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


# the writer took the photos too: `本报记者 王五 文/图` (the words close the byline and name no one)
_BOTH_WORKS = rx.compile(r"(?<=[\u3400-\u9fff])\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文)$")


def parse_byline_line(line: str) -> Byline | None:
    """A byline standing on its own line (`■ 本报记者 王五`), or None. A byline closed by `文/图`
    (the writer's photos too) names its people with the role it prints, as without those words."""
    stripped = line.strip()
    marked = stripped[:1] in MARKERS
    body = _words_of_spaced_line(stripped.lstrip(MARKERS).strip())
    if body[:1] == "文":
        return _text_and_photos(body)
    both = _BOTH_WORKS.search(body)
    if both is not None:
        # (the words mark a credit as a marker does: names alone before them sign the text)
        found = parse_byline_line("■ " + body[: both.start()])
        return Byline(f"{found.text} {''.join(both.group().split())}", found.authors) if found else None
    # (names are listed with separators between them, never after the last: `张三/` is no byline)
    if not body or len(body) > 40 or any(ch in body for ch in "，。：；！？“”,:;!?") or body[-1] in "、/／":
        return None
    head = squeeze_letter_spacing(body).split()
    # (`本 报记者 X`: a stray space inside the role word)
    has_role = bool(_ROLE_TOKEN.match(head[0]) or (len(head) > 1 and _ROLE_TOKEN.match(head[0] + head[1])))
    if not has_role and not marked:
        return None
    printed: list[str] = []
    authors = parse_people(body, printed=printed)
    if not authors:
        return None
    # names alone (a signed commentary) only when they look like names: `■ 深化改革` is a subhead
    if not has_role and (
        len(authors) > 4
        or "、" in body
        or any(not 2 <= len(a.name) <= 3 or not may_be_name(a.name) for a in authors)
    ):
        return None
    # (a photographer's credit keeps its 摄, a report its `摄影报道`: `本报记者 周八摄` is printed so)
    end = _REPORTED.search(body)
    closing = end.group().strip() if end else "摄" if body.endswith("摄") else ""
    return Byline(" ".join(printed) + closing, authors)


# the reporters a dateline names without brackets, up to the colon that opens the text
_REPORTERS_AFTER = rx.compile(
    rf"\s*(?P<people>(?:{_PUBLISHER})?(?:{_ROLE})[^，。：:（(“”]{{1,30}}?)\s*报\s*道\s*[：:]\s*"
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


_PUBLISHER_AT = rx.compile(_PUBLISHER)
