"""Bylines broken over lines or paragraphs: a dateline set alone (`本报北京3月9日电`) with its bracket
naming the reporters (`（记者 张三）…`) opening the paragraph under it, where the extraction left a blank
line between them; a byline run over two or three lines of a narrow column."""

from __future__ import annotations

import re

from reader.model import Author
from reader.page import rx
from reader.page.byline import Byline, split_dateline
from reader.page.names import surnamed
from reader.page.people import ROLE_WORDS, parse_people

# the role words a byline may print alone on its line, its names wrapped onto the next (a stray space
# inside a word, as letter-spaced or OCR'd lines set them)
_ROLE_WORD = r"(?:记\s*者|通\s*讯\s*员|评\s*论\s*员)"
_ROLE_ALONE = rx.compile(rf"^[■●◆]?\s*(?:本\s*报\s*)?{_ROLE_WORD}$")  # (`■ 本报记者`)
# … such a word closing a line, searched for in a whole page first (most pages hold none: their lines
# need not be read)
ROLE_LINE_END = rx.compile(rf"{_ROLE_WORD}[ \t\u3000]*$", re.MULTILINE)


def role_line_end(text: str) -> bool:
    """Does a line of `text` end with a role word (`ROLE_LINE_END`)? Such a line ends with 者 or 员 (and
    spaces): each of those letters is found by `str.find`, and the pattern asked only where one closes a
    line. (The pattern's search tried every letter of the page: 35 µs on the bundled page, this 9.)"""
    n = len(text)
    for last in "者员":
        k = text.find(last)
        while k >= 0:
            k += 1
            while k < n and text[k] in " \t\u3000":
                k += 1
            if k == n or text[k] == "\n":
                return ROLE_LINE_END.search(text) is not None
            k = text.find(last, k)
    return False


def join_role_lines(lines: list[str]) -> list[str]:
    """Raw `lines` with a byline's role word set alone on a line (`■ 本报记者`) joined to the names
    wrapped onto the line under it (`张三 李四五`), as one byline line (`■ 本报记者  张三 李四五`): read
    apart, the role word stood as a title and the names ran on into the text under them."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and ("者" in line or "员" in line) and _ROLE_ALONE.match(line.strip()):
            people = parse_people(lines[k + 1].strip())
            if people and all(not a.role and 2 <= len(a.name) <= 3 for a in people):
                out.append(line.rstrip() + "  " + lines[k + 1].strip())
                k += 2
                continue
        out.append(line)
        k += 1
    return out


# a bracket opening a paragraph (`（记者 张三 李四）今天…`)
_OPENING_BRACKET = rx.compile(r"[（(](?P<inner>[^（）()\n]{1,40})[）)]")


def dateline_at(paras: list[str], k: int, raw: str = "") -> tuple[Byline, str] | None:
    """The dateline opening paragraph `k` and the rest of it (`split_dateline`), or None. Where the
    paragraph is a dateline alone naming no one and the next one opens with a bracket naming people by
    their role, the two are one dateline set apart by a blank line: the bracket is its, and the next
    paragraph is emptied (its text after the bracket becomes the rest). On the laid-out pages of the
    non-blind sets, such a bracket under a dateline alone (tight or after a blank) named that story's
    reporters 260 times of 262 (fifteen sets; the other two on one program's pages). `raw` is the
    paragraph's first two lines as printed, spaces kept: a dateline naming its reporters without a
    bracket sets them apart by gaps (`reporters_in_gaps`)."""
    found = split_dateline(paras[k])
    if found is not None and not found[0].authors and raw:
        found = reporters_in_gaps(raw, found) or found
    if found is None or found[0].authors or found[1].strip() or k + 1 >= len(paras):
        return found
    bracket = _OPENING_BRACKET.match(paras[k + 1])
    people = parse_people(bracket.group("inner"), bracketed=True) if bracket else None
    if not people or not all(a.role for a in people):
        return found
    joined = split_dateline(paras[k].rstrip() + paras[k + 1])
    if joined is None or not joined[0].authors:
        return found
    paras[k + 1] = ""
    return joined


def reporters_in_gaps(raw: str, found: tuple[Byline, str]) -> tuple[Byline, str] | None:
    """A dateline naming its reporters without a bracket, each set apart by gaps from the text that
    follows (`本报讯 记者王丹 通讯员黄晓燕 下午4时，…`, `本报X电  记者Y  清晨，…`: city papers print
    them so), read off the paragraph's first lines as printed (`raw`): the byline naming them, and the
    text after them in the reflowed paragraph (`found`, the dateline naming no one and the rest). Each
    word after the dateline is a role and a name (`记者王丹`, or `记者 王丹`), one with a surname, as a
    reporter's: the gaps say where the last name ends, which the reflowed text no longer shows. None
    where no such word follows, or no text after them."""
    dateline, rest = found
    words = raw.split()
    source = "".join(dateline.text.split())
    k, taken = 0, ""
    while k < len(words) and len(taken) < len(source):
        taken += words[k]
        k += 1
    if taken != source:
        return None
    authors: list[Author] = []
    printed: list[str] = []
    while k < len(words) - 1:  # (the text goes on after the names)
        role = words[k] if words[k] in ROLE_WORDS else ""
        at = k + 1 if role else k
        word = words[at]
        people = parse_people(role + word)
        if people and len(people[-1].name) == 1 and at + 2 < len(words) and len(words[at + 1]) == 1:
            word += words[at + 1]  # (a name of two letters spaced apart: `沈  洁`, `通讯员李  娟`)
            people = parse_people(role + word)
        if not people or len(people) != 1 or any(ch in word for ch in "，。：；、,:;（）()“”"):
            break
        person = people[0]
        # (each name after its role word: a word alone after a name may be the text's first, `华为`)
        if not person.role or not 2 <= len(person.name) <= 4 or not surnamed(person.name):
            break
        authors.append(person)
        printed.append(role + word)
        k = at + 1 + (len(words[at]) < len(word))
    if not authors or k >= len(words):
        return None
    named = "".join(printed)
    at = 0
    for ch in named:  # (the reflowed text holds the same letters, its gaps read already)
        while at < len(rest) and rest[at].isspace():
            at += 1
        if at >= len(rest) or rest[at] != ch:
            return None
        at += 1
    return Byline(f"{source}  {' '.join(printed)}", authors), rest[at:]


def join_lines(bylines: list[Byline | None]) -> Byline:
    """The byline of a unit of byline lines, each read as one (`reader.page.measure`). Names alone on a
    line are more of the reporters above, wrapped (`本报记者  李  四  王  五` / `赵  六`), under the role
    word printed last above them: a line that ends on its role word (`本报记者 甲 本报通讯员` / `乙 丙`)
    names its people on the next line. No one's name is one letter (of the 16,809 names on the truths
    of the non-blind sets, none): a line ending on one carried the rest of that name onto the next
    (`…  何` / `秋山`), which opens with it."""
    found = [b for b in bylines if b is not None]
    authors: list[Author] = []
    above = ""
    for byline in found:
        people = list(byline.authors)
        if (
            authors
            and len(authors[-1].name) == 1
            and people
            and not people[0].role
            and len(people[0].name) <= 2
        ):
            authors[-1] = Author(authors[-1].role, authors[-1].name + people.pop(0).name)
        dangling = next((word for word in ROLE_WORDS if authors and above.endswith(word)), "")
        role = dangling or (authors[-1].role if authors and authors[-1].role != "摄影" else "")
        if role and not any(a.role for a in people):
            authors.extend(Author(role, a.name) for a in people)
        else:
            authors.extend(people)
        above = byline.text.rstrip()
    return Byline(" ".join(b.text for b in found), authors)
