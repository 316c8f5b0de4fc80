"""Ranking within a filtered set of articles (`date:`, `paper:`, `page:`, `section:` filters), and the
first matches in date order.

Which way is cheaper depends on how many filtered articles can match, estimated as the filter's share
of the articles times the length of the rarest term's posting lists. Few (a day, a page of one paper,
a rare word): score just those, found through the lists. Many (a frequent word in a wide period):
the threshold algorithm, which reads the lists best first and stops early, skipping articles outside
the filter before scoring them; it reads about 1/share times as far as without a filter.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.search import rank
from reader.search.plan import Plan, PlanTerm
from reader.search.segment import DOC_MASK

EXHAUSTIVE_MAX = 400
"""Expected filtered matches up to which scoring them all beats the threshold algorithm."""


def _list_length(term: PlanTerm) -> int:
    return sum(end - start for alt in term.alts for _, start, end, _ in alt.lists or ())


def candidates(plan: Plan, keep: bytes | None = None) -> set[int] | None:
    """Every document that may match `plan` (those in its rarest term's lists), only those with a 1 in
    `keep` when given; None without terms."""
    if not plan.terms:
        return None
    term = min(plan.terms, key=_list_length)
    found: set[int] = set()
    for alt in term.alts:
        for blob, start, end, base in alt.lists or ():
            if keep is None:
                found.update([base + (x & DOC_MASK) for x in blob[start:end]])
            else:
                found.update([d for x in blob[start:end] if keep[d := base + (x & DOC_MASK)]])
    return found


def mask_of(documents: int, allowed: Sequence[int]) -> bytearray:
    """One byte per document, 1 for those in `allowed`: what `rank_within` tests (made once per filter)."""
    keep = bytearray(documents)
    for d in allowed:
        keep[d] = 1
    return keep


def rank_within(
    plan: Plan,
    score: rank.Score,
    k: int,
    documents: int,
    allowed: Sequence[int],
    keep: bytes | None = None,
) -> list[rank.Ranked]:
    """Top `k` (key, doc, score, tier) for `plan` among the documents `allowed`, best first.

    `keep` is `mask_of(documents, allowed)`, which a caller asking for the same filter on every keystroke
    should keep: made here, it costs a pass over `allowed` (~2 ms for 30,000 articles).
    """
    shortest = min(map(_list_length, plan.terms)) if plan.terms else 0
    expected = shortest * len(allowed) / max(1, documents)
    if plan.terms and (expected > EXHAUSTIVE_MAX or keep is not None):
        keep = keep if keep is not None else mask_of(documents, allowed)
        if expected > EXHAUSTIVE_MAX:

            def filtered(d: int) -> tuple[float, float, int] | None:
                return score(d) if keep[d] else None

            return rank.threshold(plan, filtered, k)
        if shortest < len(allowed):  # through the rarest term's lists, not the whole filter
            return rank.exhaustive(candidates(plan, keep) or (), score, k)
    possible = candidates(plan)
    chosen = allowed if possible is None else [d for d in allowed if d in possible]
    return rank.exhaustive(chosen, score, k)


def first_by_date(
    plan: Plan,
    score: rank.Score,
    k: int,
    in_date_order: Sequence[int],
    date_rank: Sequence[int] | None = None,
    keep: bytes | None = None,
) -> list[rank.Ranked]:
    """The first `k` matches of `plan` among `in_date_order` (documents sorted by date), in that order.

    Only documents that may match are scored (the rarest term's postings), and the walk stops at the
    k-th match: sorting by date costs a pass over one posting list and the scores of what is shown,
    not a ranking of every match. `date_rank` (each document's place in the date order of the whole
    index) lets a short posting list be sorted instead of walking all of `in_date_order`; when that is
    a filter's documents, `keep` must be their `mask_of`.
    """
    possible = candidates(plan, keep)
    found: list[rank.Ranked] = []
    if possible is None:
        wanted: Sequence[int] = in_date_order
    elif date_rank is not None and len(possible) < len(in_date_order):
        wanted = sorted(possible, key=date_rank.__getitem__)
    else:
        wanted = [d for d in in_date_order if d in possible]
    for d in wanted:
        r = score(d)
        if r is not None:
            found.append((r[0], d, r[1], r[2]))
            if len(found) >= k:
                break
    return found
