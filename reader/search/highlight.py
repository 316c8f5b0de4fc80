"""Where a query's hits are in an article: spans for the reading pane, one-line snippets for result lists.

Offsets are the article's own: text is folded one character for one character (`textnorm.fold`), so a
hit found in folded text highlights the original characters without an offset map.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.model import Article
from reader.search.boundaries import is_word
from reader.search.plan import PinyinWords, Plan, PlanTerm, alternatives, exclusion
from reader.search.query import Query
from reader.search.rank import is_excluded
from reader.search.segment import fold_article
from reader.search.textnorm import BREAK, collapse_whitespace, fold, fold_body

Span = tuple[int, int]

SNIPPET_BEFORE = 14
"""Characters of context before the hit a snippet starts with."""
SNIPPET_CHARS = 64


def find_spans(folded: str, strings: Iterable[str], start: int = 0, end: int | None = None) -> list[Span]:
    """Every occurrence of each of `strings` in `folded` (or in `folded[start:end]`, as offsets into
    `folded`), sorted; overlapping hits become one, adjacent ones stay two (so the reader can step
    through them)."""
    found: list[Span] = []
    stop = len(folded) if end is None else end
    for s in strings:
        n = len(s)
        if not n:
            continue
        i = folded.find(s, start, stop)
        while i >= 0:
            found.append((i, i + n))
            i = folded.find(s, i + n, stop)
    found.sort()
    merged: list[Span] = []
    for a, b in found:
        if merged and a < merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


@dataclass(frozen=True, slots=True)
class ArticleHits:
    """The hits of a query in one article, per field, as offsets into that field's own text."""

    kicker: tuple[Span, ...] = ()
    headline: tuple[Span, ...] = ()
    subtitle: tuple[Span, ...] = ()
    byline: tuple[Span, ...] = ()
    text: tuple[Span, ...] = ()
    """The body (`Article.text`)."""

    @property
    def count(self) -> int:
        """Hits in the head, the byline and the body together: what "N hits" in the reader counts."""
        return len(self.kicker) + len(self.headline) + len(self.subtitle) + len(self.byline) + len(self.text)


def excludes(query: Query, article: Article) -> bool:
    """Does `query` keep `article` out (it holds an excluded term in the field the term names)?"""
    negative = [exclusion(term) for term in query.negative]
    if not negative:
        return False
    doc, hlen, blen = fold_article(article)
    return is_excluded(doc, hlen, blen, negative)


def article_hits(article: Article, query: Query, pinyin_words: PinyinWords) -> ArticleHits:
    """Every hit of `query` in `article`: plain terms in the head, the byline and the body, `headline:`
    terms in the head only, `author:` terms in the byline only (with the simplified form of a traditional
    term and the words a pinyin term names). None at all in an article the query excludes."""
    if excludes(query, article):
        return ArticleHits()
    body: list[str] = []
    head: list[str] = []
    names: list[str] = []
    for term in query.positive:
        strings = [alt.text for alt in alternatives(term, pinyin_words)]
        if term.field != "author":
            head.extend(strings)
        if term.field != "headline":
            names.extend(strings)
        if term.field == "any":
            body.extend(strings)
    return ArticleHits(
        kicker=tuple(find_spans(fold(article.kicker or ""), head)) if article.kicker else (),
        headline=tuple(find_spans(fold(article.headline or ""), head)) if article.headline else (),
        subtitle=tuple(find_spans(fold(article.subtitle or ""), head)) if article.subtitle else (),
        byline=tuple(find_spans(fold(article.byline or ""), names)) if article.byline else (),
        text=tuple(find_spans(fold_body(article.text), body)),
    )


def _rarity(term: PlanTerm) -> float:
    """How rare a term is, for choosing the hit a snippet shows: its forms' largest idf, those cut by a
    break left out (rarer than the term itself by far, they would put every such term first)."""
    whole = [a.idf for a in term.alts if BREAK not in a.text]
    return -max(whole or [a.idf for a in term.alts])


def best_offset(doc: str, start: int, stop: int, mask: bytes, plan: Plan) -> int:
    """Offset in `doc[start:stop]` (the body) of the best hit, or -1: the rarest term's first
    whole-word occurrence, else its first occurrence; literal forms before the others."""
    terms = sorted(plan.terms, key=_rarity)
    for term in terms:
        if term.head_only:
            continue
        for alt in sorted(term.alts, key=lambda a: a.tier):
            s = alt.text
            i = doc.find(s, start, stop)
            first = i
            while i >= 0 and not is_word(mask, i, i + len(s)):
                i = doc.find(s, i + 1, stop)
            pos = i if i >= 0 else first
            if pos >= 0:
                return pos - start
    return -1


def snippet(body: str, offset: int) -> str:
    """One line of `body` around `offset` (-1: its start), whitespace folded, "…" where cut."""
    return snippet_at(body, offset)[0]


def snippet_at(body: str, offset: int) -> tuple[str, int]:
    """`snippet(body, offset)` and how many of its characters stand before the hit (0 where there is
    none), so a narrow screen can cut the snippet's start rather than its hit."""
    begin = max(0, offset - SNIPPET_BEFORE) if offset >= 0 else 0
    end = min(len(body), begin + SNIPPET_CHARS)
    if end - begin < SNIPPET_CHARS:
        begin = max(0, end - SNIPPET_CHARS)
    text = collapse_whitespace(body[begin:end])
    opened = "…" if begin > 0 else ""
    lead = 0
    if offset > begin:
        # (the text before the hit, folded as the snippet is; its trailing space is kept there)
        before = body[begin:offset]
        folded = len(collapse_whitespace(before))
        lead = len(opened) + folded + (folded > 0 and before[-1:].isspace())
    return opened + text + ("…" if end < len(body) else ""), lead
