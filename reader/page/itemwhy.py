"""Why an item starts, or does not start, at a unit: for `duba segment --explain` only.

The labelling (`reader.page.labels.label`) decides at each unit whether a new item (an article, a
photo) opens there, together with the unit's state. Its runner-up per unit (`Labelling.rivals`) is
about the state; this module gives the other question its own runner-up: the best labelling that
decides the other way at that unit (opening an item where the chosen one goes on, or going on where
it opens one), the state it gives the unit, and by how much the chosen labelling beat it.

It reads the rows the dynamic programme kept for --explain (`Labelling.trace`): each unit's forward
row (the best score of the page down to each of its states) and backward row (the best score of the
rest of the page after each), and works out the unit's step from the unit above once more, split
into its two kinds (opening an item, going on). Nothing here runs when a page is only segmented.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.page.grammar import STATES, State
from reader.page.labels import Labelling
from reader.page.steps import best_ends, forward_shape, printed


@dataclass(frozen=True, slots=True)
class StartRival:
    """The best labelling that decides the other way whether an item starts at a unit."""

    starts: bool
    """Whether that labelling opens an item at the unit (the chosen one does the opposite)."""
    state: State
    """The unit's state in that labelling."""
    margin: float
    """How much better the chosen labelling scored."""


def start_rivals(labelling: Labelling) -> list[StartRival | None]:
    """For each unit, the best labelling that decides the other way whether an item starts there;
    None for the first unit (an item always starts there), where no such labelling fits the grammar,
    and when the labelling kept no trace (`label(units, rivals=True)` keeps one)."""
    trace = labelling.trace
    n = len(labelling.starts)
    found: list[StartRival | None] = [None] * n
    if not trace:
        return found
    fwd, bwd, emits, contexts = trace["fwd"], trace["bwd"], trace["emits"], trace["contexts"]
    for i in range(1, n):
        prev, behind, emit = fwd[i - 1], bwd[i], emits[i]
        closers, rows = forward_shape(contexts[i], prev, emit)
        values, ats = best_ends(prev, closers)
        best = {True: (float("-inf"), -1), False: (float("-inf"), -1)}  # opening, going on: (score, state)
        for state, preds, opening, kind in rows:
            if state not in behind:
                continue
            rest = emit[state] + behind[state]
            going_on = max((prev[p] + t for p, t in preds), default=None)
            if going_on is not None and going_on + rest > best[False][0]:
                best[False] = (going_on + rest, state)
            value, closer = values[kind], ats[kind]
            if opening is not None and closer >= 0 and value + opening + rest > best[True][0]:
                best[True] = (value + opening + rest, state)
        chosen, other = best[labelling.starts[i]], best[not labelling.starts[i]]
        if other[1] >= 0 and chosen[1] >= 0:
            rival = printed(STATES[other[1]])
            found[i] = StartRival(not labelling.starts[i], rival, round(chosen[0] - other[0], 2))
    return found
