"""Query plans: what each term of a parsed query may match, in which tier, and which posting lists to read.

A term matches as itself (tier 0, "literal"), as its OpenCC simplified form when it holds traditional
characters (tier 1, `東阿縣` finds 东阿县) or as the corpus words its pinyin names (tier 2, see
`reader.search.pinyin`); a term of Chinese is also found cut once by a break in a body that may be a
misread column break (tier 0 too, `broken_forms`). Every literal match ranks above every match through
another tier: the ranking key subtracts `TIER_PENALTY` per term matched otherwise. Several plain terms
also make an optional phrase (the terms written together), scored as a bonus where they stand next to
each other.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from reader.search.query import Query, Term
from reader.search.segment import PostingList
from reader.search.textnorm import BREAK, CJK_RE, fold, has_cjk, is_pinyin_candidate, to_simplified

MATCH_KINDS = ("literal", "traditional", "pinyin")
"""The name of each tier, as `Hit.match` reports it."""
TIER_PENALTY = (0.0, 1e4, 2e4)
"""Subtracted from the ranking key per term matched other than literally: literal hits always come first."""
MAX_ALTERNATIVE_CHARS = 64
"""Terms longer than this are matched literally only."""
MAX_BROKEN_CHARS = 24
"""Terms longer than this are not looked for cut by a break (`broken_forms`): one form per place."""

Lists = Callable[[str], "list[PostingList] | None"]
"""The posting lists to read for a string, per segment (see `segment.posting_lists`)."""
PinyinWords = Callable[[str], "list[str]"]
"""The corpus words a Latin-letter term names (see `pinyin.PinyinTables.words`)."""


@dataclass(slots=True)
class Alt:
    """One string a term may match as: the term itself, its simplified form, or a word its pinyin names."""

    text: str
    tier: int
    idf: float = 0.0
    lists: list[tuple[array, int, int, int]] | None = None
    """(blob, start, end, document base) of the posting list to read, per segment."""


@dataclass(slots=True)
class PlanTerm:
    """A term an article must match through one of its alternatives (in its head only, if `head_only`)."""

    alts: list[Alt]
    head_only: bool


@dataclass(slots=True)
class Plan:
    """What a query asks of an article, ready to score."""

    terms: list[PlanTerm]
    excluded: list[tuple[list[str], str]]
    """(strings, field) an article must not contain."""
    authors: list[list[str]]
    """Each a list of strings of which one must be in the byline."""
    phrase: Alt | None = None
    """The plain terms written together, scored as an optional extra term (found via its own list)."""
    impossible: bool = False


def idf(n: int, df: int) -> float:
    """BM25's inverse document frequency of a string found in `df` of `n` articles."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def simplified_form(text: str) -> str | None:
    """The folded simplified form of a term with traditional characters, or None if it has none."""
    if not has_cjk(text) or len(text) > MAX_ALTERNATIVE_CHARS:
        return None
    simplified = fold(to_simplified(text))
    return simplified if simplified != text else None


HALF_MARKS = ",:;()!?"
FULL_MARKS = "，：；（）！？"
"""Punctuation a Chinese text prints full-width (`textnorm.CJK_PUNCTUATION`, which folding keeps) and a
query typed on a Latin keyboard, or pasted from a PDF, often holds half-width: the same mark."""
_TO_FULL = str.maketrans(HALF_MARKS, FULL_MARKS)
_TO_HALF = str.maketrans(FULL_MARKS, HALF_MARKS)


def other_marks(text: str) -> str | None:
    """`text` with its punctuation in the other width (`经济,发展` ↔ `经济，发展`), where it is Chinese
    text holding such a mark; else None."""
    if not has_cjk(text):
        return None
    other = text.translate(_TO_FULL)
    if other == text:
        other = text.translate(_TO_HALF)
    return other if other != text else None


def broken_forms(text: str) -> list[str]:
    """`text` cut once between two of its ideographs by `BREAK`: how a body holds it where a misread
    column break fell inside it (`textnorm.mark_breaks`). None for a term longer than `MAX_BROKEN_CHARS`."""
    if len(text) > MAX_BROKEN_CHARS or not has_cjk(text):
        return []
    ideograph = [bool(CJK_RE.match(ch)) for ch in text]
    return [text[:i] + BREAK + text[i:] for i in range(1, len(text)) if ideograph[i - 1] and ideograph[i]]


def alternatives(term: Term, pinyin_words: PinyinWords) -> list[Alt]:
    """The strings `term` may match as, literal first (a quoted phrase only literally, its punctuation
    in either width: `other_marks`; cut by a break that may be a misread column break: `broken_forms`)."""
    alts = [Alt(term.text, 0)]
    if (marks := other_marks(term.text)) is not None:
        alts.append(Alt(marks, 0))
    alts.extend(Alt(form, 0) for form in broken_forms(term.text))
    if term.phrase or len(term.text) > MAX_ALTERNATIVE_CHARS:
        return alts
    if has_cjk(term.text):
        simplified = simplified_form(term.text)
        if simplified is not None:
            alts.append(Alt(simplified, 1))
    elif is_pinyin_candidate(term.text):
        alts.extend(Alt(word, 2) for word in pinyin_words(term.text))
    return alts


def exclusion(term: Term) -> tuple[list[str], str]:
    """(strings, field) a negated term keeps out: the term, and its simplified form unless quoted."""
    texts = [term.text]
    if (marks := other_marks(term.text)) is not None:
        texts.append(marks)
    simplified = None if term.phrase else simplified_form(term.text)
    if simplified is not None:
        texts.append(simplified)
    if term.field != "author":
        texts.extend(broken_forms(term.text))
    return texts, term.field


def _weigh_forms_together(alts: list[Alt], n: int, dfs: list[int]) -> None:
    """Every form of a term as typed (printed whole, with its punctuation in the other width, cut by a
    break: tier 0) weighs the idf of the term over all of them, found in up to `sum(dfs)` articles. Each
    form weighed by its own short posting list made an article outrank another for how the word was
    printed, not for what it says: one holding a word cut by a rare misread break above those printing
    it whole (or the other way round), and in a query of two or more terms that weight decided the
    order. Simplified forms and pinyin words are other words: they keep their own."""
    literal = [i for i, alt in enumerate(alts) if alt.tier == 0]
    if len(literal) > 1:
        weight = idf(n, min(n, sum(dfs[i] for i in literal)))
        for i in literal:
            alts[i].idf = weight


def make_plan(query: Query, live: int, lists: Lists, pinyin_words: PinyinWords) -> Plan:
    """The plan of `query` over an index of `live` articles: impossible when a term is found nowhere."""
    plan = Plan([], [], [])
    n = max(1, live)
    for term in query.terms:
        if term.negate:
            plan.excluded.append(exclusion(term))
            continue
        alts = alternatives(term, pinyin_words)
        if term.field == "author":
            plan.authors.append([a.text for a in alts if a.tier < 2 and BREAK not in a.text])
            continue
        kept = []
        dfs = []
        for alt in alts:
            found = lists(alt.text)
            if found is None:
                continue
            dfs.append(sum(end - start for _, start, end, _ in found))
            alt.idf = idf(n, dfs[-1])
            alt.lists = found
            kept.append(alt)
        if not kept:
            plan.impossible = True
            return plan
        _weigh_forms_together(kept, n, dfs)
        plan.terms.append(PlanTerm(kept, term.field == "headline"))
    if not plan.terms and not plan.authors and not plan.excluded:
        plan.impossible = True
    plain = [t.text for t in query.positive if t.field == "any"]
    if len(plain) >= 2 and sum(map(len, plain)) <= MAX_ALTERNATIVE_CHARS:
        joiner = " " if all(t.isascii() for t in plain) else ""
        phrase = Alt(joiner.join(plain), 0)
        found = lists(phrase.text)
        if found is not None:
            phrase.idf = idf(n, sum(end - start for _, start, end, _ in found))
            phrase.lists = found
            plan.phrase = phrase
    return plan
