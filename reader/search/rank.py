"""Ranking: BM25 scores of articles for a plan, and the top k found without scoring every article.

Scoring. BM25 (k1=1.2, b=0.75) where the term frequency counts each occurrence of the term, a headline
occurrence `HEAD_WEIGHT` times, and an occurrence whose ends are not jieba word boundaries only
`CROSS_WORD_WEIGHT`: 人才 as a word beats the 人 and 才 of 个人才能. (Which occurrences are whole words is
checked on the first six in an article and the share applied to the rest: past a handful, BM25 has
saturated anyway.) With several terms, an article where they stand together as one phrase gets
`PHRASE_BONUS` times the BM25 score of that phrase on top. A one-character term counts every occurrence
(it is nearly always the first keystroke of a longer query, rarely a word).

Top k. Posting lists are sorted by an upper bound of the BM25 term-frequency part (see
`reader.search.segment`), so the top k are found by Fagin's threshold algorithm: read the lists
best-first, score each new article exactly, stop when the k-th best score beats what any unread article
could still reach. A one- or two-character term usually stops after a few dozen articles, even if it
occurs in every article.

Everything here is a plain function of its arguments; `scorer` returns a closure only so the per-article
loop binds its tables once.
"""

from __future__ import annotations

import heapq
import math
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reader.search.plan import TIER_PENALTY, Plan, PlanTerm
from reader.search.segment import DOC_BITS, DOC_MASK, HEAD_WEIGHT, K1, Q
from reader.search.textnorm import BREAK

CROSS_WORD_WEIGHT = 0.4
"""Weight of an occurrence that starts or ends inside a jieba word."""
PHRASE_BONUS = 0.5
"""Several terms found next to each other score this times the phrase's own BM25 score in addition."""
ALIGN_SAMPLE = 6
"""Occurrences per article checked for whole-word alignment; the share found is applied to the rest."""
BATCH = 8
"""Postings read from each term's lists per round of the threshold algorithm."""
EXHAUST = 256
"""A term with at most this many postings left is read to the end instead (every match is in it)."""

Scored = tuple[float, float, int]
"""(ranking key, BM25 score, worst tier): the key is the score less the tier penalties."""
Score = Callable[[int], "Scored | None"]
Ranked = tuple[float, int, float, int]
"""(ranking key, document, score, tier), as `rank` returns them best first."""
Cursor = list[Any]
"""[position, end, blob, base, scale, penalty]: a read position in one posting list."""


@dataclass(slots=True)
class Docs:
    """The per-document tables scoring reads, parallel lists indexed by document number."""

    live: Sequence[object | None]
    """The article of each document, None for a dead one (its page changed or is gone)."""
    docs: Sequence[str]
    """Folded `head \\x1e body \\x1f byline` strings."""
    hlens: array
    blens: array
    masks: Sequence[bytes]
    norms: array
    """BM25's length normalisation k1·(1 - b + b·dl/avgdl) of each document."""


def term_frequency(doc: str, s: str, n: int, hlen: int, mask: bytes, head_only: bool) -> float:
    """Weighted occurrences of `s` (of length `n`) in `doc`: head ones `HEAD_WEIGHT` times, and the
    whole count scaled down by the share of sampled occurrences that cut across jieba words."""
    # Occurrences are counted in C; whether they are whole jieba words is checked on the first few
    # (all of them, for the usual handful) and the share applied to the rest.
    stop = hlen if head_only else len(doc)
    i = doc.find(s, 0, stop)
    if i < 0:
        return 0.0
    if head_only:
        weighted = doc.count(s, 0, hlen) * HEAD_WEIGHT
    else:
        in_head = doc.count(s, 0, hlen) if i < hlen else 0
        weighted = doc.count(s, i) + in_head * (HEAD_WEIGHT - 1)
    checked = aligned = 0
    while i >= 0 and checked < ALIGN_SAMPLE:
        e = i + n
        checked += 1
        if (mask[i >> 3] >> (i & 7)) & 1 and (mask[e >> 3] >> (e & 7)) & 1:
            aligned += 1
        i = doc.find(s, e, stop)
    if aligned == checked:
        return float(weighted)
    cross = CROSS_WORD_WEIGHT
    return weighted * (cross + (1 - cross) * aligned / checked)


def char_frequency(doc: str, s: str, hlen: int, head_only: bool) -> float:
    """Weighted occurrences of one character: every one counts (a single character is a prefix being
    typed far more often than a one-character word), so the posting list's bound is exact."""
    in_head = doc.count(s, 0, hlen) if hlen else 0
    return float(in_head * HEAD_WEIGHT if head_only else in_head * (HEAD_WEIGHT - 1) + doc.count(s))


def is_excluded(doc: str, hlen: int, blen: int, excluded: Iterable[tuple[list[str], str]]) -> bool:
    """Does `doc` hold one of the strings the plan excludes, in the field each names?"""
    for texts, field in excluded:
        if field == "author":
            start, stop = hlen + blen + 2, len(doc)
        elif field == "headline":
            start, stop = 0, hlen
        else:
            start, stop = 0, len(doc)
        for s in texts:
            if doc.find(s, start, stop) >= 0:
                return True
    return False


def has_authors(doc: str, hlen: int, blen: int, authors: Iterable[list[str]]) -> bool:
    """Does the byline of `doc` hold one of the strings of every author filter?"""
    by = hlen + blen + 2
    return all(any(doc.find(s, by) >= 0 for s in texts) for texts in authors)


def scorer(plan: Plan, tables: Docs) -> Score:
    """Exact ranking key, score and match tier of a document for `plan`, or None if it does not match."""
    live = tables.live
    docs = tables.docs
    hlens = tables.hlens
    blens = tables.blens
    masks = tables.masks
    norms = tables.norms
    # Most selective term first: an article that lacks it is rejected after one search.
    ordered = sorted(plan.terms, key=lambda t: -min(a.idf for a in t.alts))
    terms = [
        ([(a.text, len(a.text), a.idf * (K1 + 1), a.tier, BREAK in a.text) for a in t.alts], t.head_only)
        for t in ordered
    ]
    excluded = plan.excluded
    authors = plan.authors
    phrase = plan.phrase
    phrase_text = phrase.text if phrase else ""
    phrase_len = len(phrase_text)
    phrase_weight = phrase.idf * (K1 + 1) * PHRASE_BONUS if phrase else 0.0
    penalty = TIER_PENALTY
    tf_of = term_frequency
    raw_tf = char_frequency
    inf = math.inf

    def score(d: int) -> Scored | None:
        if live[d] is None:
            return None
        doc = docs[d]
        hlen = hlens[d]
        if excluded and is_excluded(doc, hlen, blens[d], excluded):
            return None
        if authors and not has_authors(doc, hlen, blens[d], authors):
            return None
        mask = masks[d]
        norm = norms[d]
        raw = 0.0
        pen = 0.0
        tier = 0
        broken = None  # (does the body hold a marked break? asked once, and only if a term needs it)
        for alts, head_only in terms:
            best_key = -inf
            best = None
            for s, n, weight, alt_tier, cut in alts:
                if cut:
                    if broken is None:
                        broken = BREAK in doc
                    if not broken or head_only:
                        continue
                tf = raw_tf(doc, s, hlen, head_only) if n == 1 else tf_of(doc, s, n, hlen, mask, head_only)
                if tf:
                    value = weight * tf / (tf + norm)
                    key = value - penalty[alt_tier]
                    if key > best_key:
                        best_key = key
                        best = (value, alt_tier)
            if best is None:
                return None
            raw += best[0]
            pen += penalty[best[1]]
            if best[1] > tier:
                tier = best[1]
        if phrase_len:
            tf = tf_of(doc, phrase_text, phrase_len, hlen, mask, False)
            if tf:
                raw += phrase_weight * tf / (tf + norm)
        return raw - pen, raw, tier

    return score


def exhaustive(candidates: Iterable[int], score: Score, k: int) -> list[Ranked]:
    """Top `k` of `candidates`, every one scored."""
    results = []
    for d in candidates:
        r = score(d)
        if r is not None:
            results.append((r[0], -d, r[1], r[2]))
    best = heapq.nlargest(k, results)
    return [(key, -neg, raw, tier) for key, neg, raw, tier in best]


def author_candidates(bylines: str, starts: array, texts: list[str]) -> list[int]:
    """Documents whose byline holds one of `texts`; `bylines` is every byline NUL-joined, `starts` the
    offset of each in it."""
    found: set[int] = set()
    for s in texts:
        i = bylines.find(s)
        while i >= 0:
            found.add(bisect_right(starts, i) - 1)
            i = bylines.find(s, i + 1)
    return sorted(found)


def cursors_of(term: PlanTerm, unit: float) -> tuple[list[Cursor], list[Cursor]]:
    """Cursors over the posting lists of `term`'s alternatives (one per segment), and the literal ones."""
    cursors: list[Cursor] = []
    literal: list[Cursor] = []
    for alt in term.alts:
        assert alt.lists is not None
        for blob, start, end, base in alt.lists:
            cursor = [start, end, blob, base, alt.idf * unit, TIER_PENALTY[alt.tier]]
            cursors.append(cursor)
            if alt.tier == 0:
                literal.append(cursor)
    return cursors, literal


def bound(cursors: list[Cursor]) -> float:
    """The best score (less penalty) any unread posting of these lists can still reach; -inf if none."""
    shift = DOC_BITS
    q = Q
    best = -math.inf
    for pos, end, blob, _base, scale, pen in cursors:
        if pos < end:
            value = (q - (blob[pos] >> shift)) * scale - pen
            if value > best:
                best = value
    return best


def phrase_bound(optional: list[Cursor], literal: list[list[Cursor]], scale: float) -> float:
    """Bound of the phrase bonus: the phrase occurs at most as often as each of its terms, so the terms'
    literal lists bound it too."""
    shift = DOC_BITS
    q = Q
    level = bound(optional) / scale
    for cursors in literal:
        best = 0
        for pos, end, blob, *_ in cursors:
            if pos < end and q - (blob[pos] >> shift) > best:
                best = q - (blob[pos] >> shift)
        if best < level:
            level = best
    return level * scale


def advance(
    cursors: list[Cursor], steps: int, score: Score, heap: list[Ranked], seen: set[int], k: int
) -> None:
    """Read `steps` postings, best first across `cursors`, scoring each article not seen yet into the
    min-heap `heap` of the best `k` (items `(key, -doc, score, tier)`)."""
    shift = DOC_BITS
    mask = DOC_MASK
    q = Q
    push = heapq.heappush
    replace = heapq.heapreplace
    for _ in range(steps):
        chosen = None
        best = -math.inf
        for cursor in cursors:
            pos = cursor[0]
            if pos < cursor[1]:
                value = (q - (cursor[2][pos] >> shift)) * cursor[4] - cursor[5]
                if value > best:
                    best = value
                    chosen = cursor
        if chosen is None:
            return
        pos = chosen[0]
        chosen[0] = pos + 1
        d = chosen[3] + (chosen[2][pos] & mask)
        if d in seen:
            continue
        seen.add(d)
        r = score(d)
        if r is None:
            continue
        item = (r[0], -d, r[1], r[2])
        if len(heap) < k:
            push(heap, item)
        elif item > heap[0]:
            replace(heap, item)


def threshold(plan: Plan, score: Score, k: int) -> list[Ranked]:
    """Fagin's threshold algorithm over the terms' best-first posting lists.

    Each term reads, best first, the lists of its alternatives (one per segment); the phrase, when
    there is one, is an optional term. Every article met is scored exactly. The search stops when
    the k-th best score reaches the sum of the terms' next possible scores, or when a term has no
    unread article left (then every article matching all terms has been scored).
    """
    unit = (K1 + 1) / Q * (1 + 1e-9)
    required: list[list[Cursor]] = []
    literal: list[list[Cursor]] = []
    for term in plan.terms:
        cursors, literal_cursors = cursors_of(term, unit)
        required.append(cursors)
        if not term.head_only:
            literal.append(literal_cursors)
    optional: list[Cursor] = []
    phrase_scale = 0.0
    if plan.phrase is not None and plan.phrase.lists:
        phrase_scale = plan.phrase.idf * unit * PHRASE_BONUS
        optional = [
            [start, end, blob, base, phrase_scale, 0.0] for blob, start, end, base in plan.phrase.lists
        ]

    heap: list[Ranked] = []
    seen: set[int] = set()
    inf = math.inf
    # A term with a short list: every match is in it, so score all of it and read nothing else.
    remaining = [sum(c[1] - c[0] for c in cursors) for cursors in required]
    if min(remaining) <= EXHAUST:
        advance(required[remaining.index(min(remaining))], min(remaining), score, heap, seen, k)
        return [(key, -neg, raw, tier) for key, neg, raw, tier in sorted(heap, reverse=True)]
    while True:
        tau = 0.0
        for cursors in required:
            b = bound(cursors)
            if b == -inf:  # no unread article left for this term: every match was scored
                tau = inf
                break
            tau += b
        if tau == inf:
            break
        if optional:
            b = phrase_bound(optional, literal, phrase_scale)
            if b > 0:
                tau += b
        if len(heap) >= k and heap[0][0] >= tau:
            break
        # Round robin: every term's bound comes down together (reading the most promising list
        # alone, or finishing the shortest list early, were both measured slower).
        if optional:
            advance(optional, BATCH, score, heap, seen, k)
        for cursors in required:
            advance(cursors, BATCH, score, heap, seen, k)
    return [(key, -neg, raw, tier) for key, neg, raw, tier in sorted(heap, reverse=True)]


def rank(
    plan: Plan, score: Score, k: int, documents: int, authors: Callable[[list[str]], list[int]]
) -> list[Ranked]:
    """Top `k` (key, doc, score, tier) for `plan` over `documents` documents, best first.

    With an author filter, the articles of the first author's bylines (`authors`) are scored; with no
    positive term (only exclusions), every article; otherwise the threshold algorithm reads the lists.
    """
    if plan.authors:
        return exhaustive(authors(plan.authors[0]), score, k)
    if not plan.terms:
        return exhaustive(range(documents), score, k)
    return threshold(plan, score, k)
