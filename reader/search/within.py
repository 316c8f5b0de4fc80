"""Ranking within a filtered set of articles (`date:`, `paper:`, `page:`, `section:` filters), and the
first matches in date order.

A wide filter (over a quarter of the articles) keeps the threshold algorithm, which still stops early,
and rejects what fails the filter before scoring it. A narrow one scores just the filtered articles
that can match: those in the posting lists of the plan's rarest term, so a month of a year costs a
pass over one posting list and a few hundred exact scores.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.search import rank
from reader.search.plan import Plan
from reader.search.segment import DOC_MASK

WIDE = 4
"""A filter passing more than 1/WIDE of the articles counts as wide."""


def candidates(plan: Plan) -> set[int] | None:
    """Every document that may match `plan` (those in its rarest term's lists); None without terms."""
    if not plan.terms:
        return None
    term = min(plan.terms, key=lambda t: sum(e - s for a in t.alts for _, s, e, _ in a.lists or ()))
    found: set[int] = set()
    for alt in term.alts:
        for blob, start, end, base in alt.lists or ():
            found.update([base + (x & DOC_MASK) for x in blob[start:end]])
    return found


def rank_within(
    plan: Plan, score: rank.Score, k: int, documents: int, allowed: Sequence[int]
) -> list[rank.Ranked]:
    """Top `k` (key, doc, score, tier) for `plan` among the documents `allowed`, best first."""
    if plan.terms and len(allowed) * WIDE > documents:
        keep = bytearray(documents)
        for d in allowed:
            keep[d] = 1

        def filtered(d: int) -> tuple[float, float, int] | None:
            return score(d) if keep[d] else None

        return rank.threshold(plan, filtered, k)
    possible = candidates(plan)
    chosen = allowed if possible is None else [d for d in allowed if d in possible]
    return rank.exhaustive(chosen, score, k)


def first_by_date(plan: Plan, score: rank.Score, k: int, in_date_order: Sequence[int]) -> list[rank.Ranked]:
    """The first `k` matches of `plan` among `in_date_order` (documents sorted by date), in that order.

    Only documents that may match are scored (the rarest term's postings), and the walk stops at the
    k-th match: sorting by date costs a pass over one posting list and the scores of what is shown,
    not a ranking of every match.
    """
    possible = candidates(plan)
    found: list[rank.Ranked] = []
    wanted = in_date_order if possible is None else [d for d in in_date_order if d in possible]
    for d in wanted:
        r = score(d)
        if r is not None:
            found.append((r[0], d, r[1], r[2]))
            if len(found) >= k:
                break
    return found
