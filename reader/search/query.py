"""Search query syntax: what a reader types into the search box, parsed into terms.

    集聚 新高地          both terms must occur (AND), anywhere in the article
    "经济 发展"          an exact phrase (quotes: ASCII "…", full-width ＂…＂ or Chinese “…”)
    集体“三资”           quotes inside a word are text: a phrase pasted from an article is found
    -广告                the article must not contain 广告 (also -"a phrase")
    author:刘桐          a byline filter (作者:刘桐 works too)
    headline:人才        the term must occur in the headline, kicker or subtitle (标题:人才 too)
                         (`author:` or `headline:` with nothing after it is a filter with no value, as
                         `date:` alone is: kept in `Filters.problems`, matching nothing, and said)
    date:2025-01  paper:人民日报  page:1  section:要闻
                         where and when the article was printed (see `reader.search.filters`)
    3 月 12 日  本 报 记 者
                         a date, or a word of four letters or more typed letter by letter (spacing pasted)
                         is one term, as a page's text reads it; so is such a phrase in quotes (`_joined`,
                         `_as_printed`)

Parsing never fails: every character is either syntax or text, and regex or shell metacharacters are
plain text. A very long query is cut to `MAX_QUERY_CHARS` characters and `MAX_TERMS` terms, so a pasted
page costs bounded time; `Query.truncated` says when that happened.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Literal

from reader.search.filters import FILTER_NAMES, Filters, extract
from reader.search.textnorm import CJK_RE, fold

Field = Literal["any", "author", "headline"]

MAX_QUERY_CHARS = 2000
MAX_TERMS = 32

_FIELDS: dict[str, Field] = {
    "author": "author",
    "by": "author",
    "作者": "author",
    "headline": "headline",
    "title": "headline",
    "标题": "headline",
}
EXAMPLES = {
    "date": "date:2025-01",
    "paper": "paper:人民日报",
    "page": "page:1..4",
    "section": "section:要闻",
    "author": "author:刘桐",
    "headline": "headline:人才",
}
"""A filter written right, by filter: what a message about one with no value shows."""
_OPEN_QUOTES = {'"': '"', "＂": "＂", "“": "”", "「": "」"}
_COLONS = (":", "：")
_CONTROLS = dict.fromkeys([*range(0x20), 0x7F], " ")
"""Control characters (which a paste may carry) separate terms like spaces; they are never text."""


@dataclass(frozen=True, slots=True)
class Term:
    """One condition of a query."""

    text: str
    """The term folded with `textnorm.fold` (half-width, lower case), as matched against folded text."""
    raw: str
    """The term as typed."""
    field: Field = "any"
    phrase: bool = False
    """Quoted: matched literally, without pinyin or traditional-character alternatives."""
    negate: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: its terms in the order typed."""

    raw: str
    terms: tuple[Term, ...] = ()
    truncated: bool = False
    filters: Filters = field(default_factory=Filters)
    """Date, paper, page and section filters, taken out of the text before it is cut into terms."""

    @property
    def positive(self) -> tuple[Term, ...]:
        """Terms an article must match."""
        return tuple(t for t in self.terms if not t.negate)

    @property
    def negative(self) -> tuple[Term, ...]:
        """Terms an article must not match."""
        return tuple(t for t in self.terms if t.negate)

    def __bool__(self) -> bool:
        return bool(self.terms or self.filters)


def _is_prefix(text: str) -> bool:
    """Is `text` only syntax that may precede a quoted phrase: `-`, a field name and colon, or both?"""
    if text.startswith(("-", "－")):
        text = text[1:]
    if not text:
        return True
    return text[-1] in _COLONS and text[:-1].lower() in _FIELDS


def _split(text: str) -> list[tuple[str, bool]]:
    """Cut the query into (chunk, quoted) pieces: whitespace separates, quotes group (an open quote runs to
    the end). A prefix such as `-` or `author:` stays glued to the quoted chunk that follows it.

    A quote is syntax only at the edges of a word: one that opens after other text (集体“三资”) or closes
    before more text (“五心工程”建设) is part of the text, as in a phrase pasted from an article.
    """
    pieces: list[tuple[str, bool]] = []
    buf: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            if buf:
                pieces.append(("".join(buf), False))
                buf = []
            i += 1
        elif char in _OPEN_QUOTES and _is_prefix("".join(buf)):
            close = _OPEN_QUOTES[char]
            end = text.find(close, i + 1)
            if end < 0 and close == "”":  # a Chinese opening quote closed by an ASCII one
                end = text.find('"', i + 1)
            if end < 0:
                end = n
            elif end + 1 < n and not text[end + 1].isspace():
                buf.append(char)  # closed right before more text: the quotes are text
                i += 1
                continue
            prefix = "".join(buf)
            buf = []
            pieces.append((prefix + "\x00" + text[i + 1 : end], True))
            i = end + 1
        else:
            buf.append(char)
            i += 1
    if buf:
        pieces.append(("".join(buf), False))
    return pieces


def _empty_field(piece: str, quoted: bool) -> str:
    """`author:` or `headline:` with nothing after it (`author:`, `-标题：`, `author:""`), as typed; ""
    for any other piece. It matched the word "author:" itself: "No match", where `date:` alone said its
    filter had no value."""
    prefix, _, body = piece.partition("\x00") if quoted else (piece, "", "")
    name = prefix.lstrip("-－")
    if not name or name[-1] not in _COLONS or name[:-1].lower() not in _FIELDS or body.strip():
        return ""
    return prefix + ('""' if quoted else "")


def is_empty_filter(problem: str) -> bool:
    """Whether `problem`, a filter of `Filters.problems` as typed, has no value (`date:`, `author:`)
    rather than one not understood (`date:1998-13`)."""
    return problem.endswith((*_COLONS, '""'))


def filter_name(token: str) -> str:
    """The filter a token as typed names: `date`, `paper`, `page`, `section`, `author` or `headline`
    (`作者：` → `author`); "" for none."""
    name = re.split("[:：]", token.lstrip("-－"), maxsplit=1)[0].lower()
    return _FIELDS.get(name) or FILTER_NAMES.get(name, "")


def filter_example(problem: str) -> str:
    """The filter `problem` (as typed) names, written right: `author:` → `author:刘桐`."""
    return EXAMPLES.get(filter_name(problem), "date:2025-01")


def problem_text(problem: str) -> str:
    """`problem`, a filter of `Filters.problems` as typed, and what is wrong with it, for a message:
    `author: has no value (author:刘桐)`, `date:1998-13: not a date or page number this filter
    understands (date:2025-01)`, each with an example of that filter written right."""
    example = filter_example(problem)
    if is_empty_filter(problem):
        return f"{problem} has no value ({example})"
    return f"{problem}: not a date or page number this filter understands ({example})"


def _term(piece: str, quoted: bool) -> Term | None:
    prefix, _, body = piece.partition("\x00") if quoted else ("", "", piece)
    head = prefix if quoted else body
    negate = False
    if head.startswith(("-", "－")) and (len(head) > 1 or quoted):
        negate = True
        head = head[1:]
    field: Field = "any"
    for colon in _COLONS:
        name, sep, rest = head.partition(colon)
        if sep and name.lower() in _FIELDS and (rest or quoted):
            field = _FIELDS[name.lower()]
            head = rest
            break
    text = body if quoted else head
    if quoted and head:  # text before the quote that is not a prefix: keep it as part of the phrase
        text = head + text
    text = text.strip() if quoted else text
    if not text:
        return None
    folded = fold(_as_printed(text) if quoted else text)
    return Term(text=folded, raw=text, field=field, phrase=quoted, negate=negate)


def _as_printed(phrase: str) -> str:
    """A phrase as a page's text reads it once its spacing is cleaned (`reader.page.textclean`): a word
    letter-spaced is the word (`本 报 记 者`), a space between Chinese and Latin letters or digits goes
    (`3 月 12 日`), one between two Chinese phrases stays (`经济 发展`, as a two-part title prints it)."""
    if " " not in phrase and "\u3000" not in phrase:
        return phrase
    from reader.page.textclean import clean_spacing, letter_spaced

    return "".join(phrase.split()) if letter_spaced(phrase) else clean_spacing(phrase)


def _letter(piece: str) -> bool:
    """Is `piece` one Chinese character or a number: a letter of a word typed letter-spaced?"""
    return piece.isdigit() or (len(piece) == 1 and CJK_RE.match(piece) is not None)


def _joined(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The pieces with each run of letters typed apart (`_letter`, a Chinese character among them) as
    one, where it is a number and its unit or four letters or more: `3 月 12 日`, `2026 年` and `本 报 记
    者` are a date, a year and a word whose spacing was pasted in, which the page's text prints without
    it, not words each to be found anywhere in an article. Up to three characters alone (`县 东`, `中 美
    俄`: three countries, each named anywhere) stay apart."""
    out: list[tuple[str, bool]] = []
    run: list[str] = []
    for piece in [*pieces, ("", True)]:
        if not piece[1] and _letter(piece[0]):
            run.append(piece[0])
            continue
        numbered = any(p.isdigit() for p in run)
        if len(run) >= (2 if numbered else 4) and not all(p.isdigit() for p in run):
            out.append(("".join(run), False))
        else:
            out.extend((p, False) for p in run)
        run = []
        out.append(piece)
    return out[:-1]


def parse(query: str) -> Query:
    """Parse a query string; see the module docstring for the syntax. Empty or blank gives an empty Query."""
    raw = query
    truncated = len(query) > MAX_QUERY_CHARS
    query, filters = extract(query[:MAX_QUERY_CHARS].translate(_CONTROLS))
    terms: list[Term] = []
    empty: list[str] = []
    for piece, quoted in _joined(_split(query)):
        if problem := _empty_field(piece, quoted):
            empty.append(problem)
            continue
        term = _term(piece, quoted)
        if term is None:
            continue
        if len(terms) == MAX_TERMS:
            truncated = True
            break
        terms.append(term)
    if empty:  # (matching nothing, as a date: with no value does)
        filters = dataclasses.replace(filters, problems=tuple(dict.fromkeys([*filters.problems, *empty])))
    return Query(raw=raw, terms=tuple(terms), truncated=truncated, filters=filters)
