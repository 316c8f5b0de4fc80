"""How many articles a query matches in all, without scoring them: what "N of M" in a result list says.

Ranking every match to count them (`SearchIndex.search` with no limit) scores each one (~1-2 s for
`的` at 30,000 articles); counting needs only whether each article matches. A form of one or two
characters is matched by its posting list alone (exact for such strings); an article found only in the
lists of a term's other forms (longer, cut by a break, or in the head only: lists of candidates) is
checked with `str.find` in its text, as are the exclusions and byline filters: the tests of
`rank.scorer`, without the term frequencies.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.search.plan import Alt, Plan
from reader.search.rank import Docs, has_authors, is_excluded
from reader.search.segment import DOC_MASK
from reader.search.textnorm import BREAK
from reader.search.texts import reader


def _listed(alts: list[Alt]) -> set[int]:
    """The documents in the posting lists of `alts`."""
    found: set[int] = set()
    for alt in alts:
        for blob, start, end, base in alt.lists or ():
            found.update(base + (code & DOC_MASK) for code in blob[start:end])
    return found


def _exact(alt: Alt, head_only: bool) -> bool:
    """Are the posting lists of `alt` its matches exactly (one or two characters, anywhere)?"""
    return not head_only and len(alt.text) <= 2 and BREAK not in alt.text


STOP_EVERY = 1024
"""Candidates checked between two asks of `stop`."""


def count_matches(
    plan: Plan, tables: Docs, keep: bytes | None = None, stop: Callable[[], bool] | None = None
) -> int | None:
    """How many documents (in `keep`, when given) match `plan`, a plan with terms: live first copies
    only, as search ranks them. None when `stop()` said so on the way (it is asked every `STOP_EVERY`
    candidates, the first included): a newer keystroke's count replaces this one."""
    # per term: the documents its exact forms' lists hold (they match), those its other forms' lists
    # hold (they may), and those other forms as `rank.scorer` looks for them
    terms = []
    for term in plan.terms:
        exact = [a for a in term.alts if _exact(a, term.head_only)]
        other = [a for a in term.alts if not _exact(a, term.head_only)]
        sure = _listed(exact)
        forms = [(a.text, BREAK in a.text) for a in other]
        terms.append((sure, _listed(other) - sure, forms, term.head_only))
    terms.sort(key=lambda t: len(t[0]) + len(t[1]))
    live = tables.live
    text_of = reader(tables.docs)
    hlens = tables.hlens
    blens = tables.blens
    n = 0
    for i, d in enumerate(terms[0][0] | terms[0][1]):
        if stop is not None and not i % STOP_EVERY and stop():
            return None
        if live[d] is None or (keep is not None and not keep[d]):
            continue
        doc = None
        for sure, maybe, forms, head_only in terms:
            if d in sure:
                continue
            if d not in maybe:
                break
            doc = doc if doc is not None else text_of(d)
            end = hlens[d] if head_only else len(doc)
            broken = BREAK in doc and not head_only
            if not any(doc.find(s, 0, end) >= 0 for s, cut in forms if broken or not cut):
                break
        else:
            if plan.excluded or plan.authors:
                doc = doc if doc is not None else text_of(d)
                hlen = hlens[d]
                if plan.excluded and is_excluded(doc, hlen, blens[d], plan.excluded):
                    continue
                if plan.authors and not has_authors(doc, hlen, blens[d], plan.authors):
                    continue
            n += 1
    return n
